// The running game: the scenario and the engine's live state of its event log. Every action stamps an event with the
// time (the edge of the app is where the clock is read), hands it to the engine, keeps what it returns, and writes the
// session through the storage interface; no rules live here.
import { create } from 'zustand';
import type { EventOf, Rating } from '../engine/play/events';
import type { FeedbackAnswer } from '../engine/play/feedback';
import { forkSession } from '../engine/play/fork';
import { placeTitle } from '../engine/play/lookup';
import { parseSave, resume as resumeSession } from '../engine/play/save';
import type { Scenario } from '../engine/play/schema';
import {
  applyEvent,
  canUndo,
  type EventInput,
  type Game,
  gameOf,
  type Live,
  type NewSessionOptions,
  newSession,
  type Rejection,
  remember,
  type Session,
  start as startLive,
} from '../engine/play/session';
import { useDiscoveriesStore } from './discoveries';
import { registerSessionStore } from './loaded';
import { looksLikeSave } from './save-label';
import { newSaveId, type StorageProblem, useSavesStore } from './saves';
import { browserStorage, type SessionStorage } from './storage';

export type ResumeOutcome =
  | { ok: true; replayed: boolean; saveId: string }
  | {
      ok: false;
      kind: 'missing' | 'unreadable' | 'incompatible' | 'unknown-scenario' | 'newer' | 'mismatch' | 'not-a-save';
      message: string;
    };

type SessionState = {
  scenario: Scenario | null;
  live: Live | null;
  /** The session and game of `live`, for the screens that only read those. */
  session: Session | null;
  game: Game | null;
  canUndo: boolean;
  /** The engine's reason for the last refused event, until the next accepted one. */
  rejection: Rejection | null;
  /** Set when a save was replayed against a changed scenario; the play screen tells the player once. */
  replayed: boolean;
  /** The browser save this game is written to (`draaiboek.save.<saveId>`). */
  saveId: string | null;
  /** The last save failed (storage full): the game goes on in memory, the play screen says so. */
  storage: StorageProblem | null;
};

type SessionActions = {
  /** Start a new game in a new save (earlier saves of the scenario are kept); returns the save id. */
  start: (scenario: Scenario, opts: Omit<NewSessionOptions, 'decisionMode'>) => string;
  choose: (optionId: string) => boolean;
  timeout: () => boolean;
  undo: () => boolean;
  /** Continue after the consequence card: opens the next decision, or ends the session at an ending (the debrief). */
  proceed: () => boolean;
  /** The page was hidden or the player left: the decision timer stands still. */
  pause: () => void;
  resume: () => void;
  dismissReplayed: () => void;
  /** What if: play on from a decision of this session with another option, as a new session that remembers this one. */
  fork: (seq: number, optionId: string) => boolean;
  /** An evaluator's own rating of an objective, with the reason (appended to the log, shown and exported). */
  overrideRating: (objectiveId: string, rating: Rating, reason: string) => boolean;
  /** The player's feedback form on the debrief (a resend replaces the earlier answer). */
  submitFeedback: (answer: FeedbackAnswer, author: string) => boolean;
  /** A row of the after-action report's improvement plan, written or edited (appended to the log). */
  writePlanRow: (input: Omit<EventOf<'plan.item'>, 'seq' | 'at'>) => boolean;
  /**
   * Resume a save of this browser with the scenario it is labelled with. A damaged or no-longer-fitting save, or one
   * that names another scenario, is refused and moved to quarantine.
   */
  resumeSaved: (scenario: Scenario, saveId: string) => ResumeOutcome;
  /** Continue a session exported to a file, as a new save beside the ones already here. */
  /** `findScenario` gets the scenario a file embeds, if any, and may throw with why it cannot use it. */
  loadFile: (text: string, findScenario: (id: string, embedded?: unknown) => Promise<Scenario | undefined>) => Promise<ResumeOutcome>;
  quit: () => void;
};

const empty: SessionState = {
  scenario: null,
  live: null,
  session: null,
  game: null,
  canUndo: false,
  rejection: null,
  replayed: false,
  saveId: null,
  storage: null,
};

export function createSessionStore(storage: SessionStorage, now: () => Date = () => new Date()) {
  return create<SessionState & SessionActions>()((set, get) => {
    /** Keep the engine's answer, save it, and note an ending as found. */
    const accept = (scenario: Scenario, live: Live, extra: Partial<SessionState> = {}) => {
      const game = gameOf(live);
      remember(live);
      const saveId = extra.saveId ?? get().saveId ?? newSaveId();
      set({ scenario, live, session: live.session, game, canUndo: canUndo(live), rejection: null, ...extra, saveId });
      const written = storage.save(saveId, live.session, {
        scenarioId: scenario.id,
        scenarioTitle: scenario.title,
        placeTitle: placeTitle(scenario, game.place),
        start: scenario.start,
        clock: game.context.clock,
        done: game.done,
        role: live.session.role,
        savedAt: now().toISOString(),
      });
      set({ storage: written.ok ? null : written.problem });
      if (game.done) useDiscoveriesStore.getState().record(scenario.id, game.place);
    };

    /** Hand one event to the engine; a refusal is kept for the screen unless the caller expects it may not apply. */
    const send = (input: EventInput, opts: { quiet?: boolean } = {}): boolean => {
      const { scenario, live } = get();
      if (!scenario || !live) return false;
      const result = applyEvent(scenario, live, { ...input, at: now().toISOString(), by: 'solo' } as EventInput);
      if (!result.ok) {
        if (!opts.quiet) set({ rejection: result.reason });
        return false;
      }
      accept(scenario, result.live);
      return true;
    };

    const adopt = (scenario: Scenario, session: Session, saveId: string): ResumeOutcome => {
      const result = resumeSession(scenario, session);
      if (!result.ok) return { ok: false, kind: result.kind, message: result.message };
      accept(scenario, result.live, { replayed: result.scenarioChanged, saveId });
      // Coming back to a paused game: the countdown goes on from where it stood.
      if (result.live.pausedSince !== null) send({ type: 'session.resume' }, { quiet: true });
      return { ok: true, replayed: result.scenarioChanged, saveId };
    };

    return {
      ...empty,
      start: (scenario, opts) => {
        const saveId = newSaveId();
        const live = startLive(scenario, newSession(scenario, opts));
        set({ scenario, live, session: live.session, game: gameOf(live), canUndo: false, rejection: null, replayed: false, saveId });
        // The first stage is on screen at once, so its decision (and its timer) opens now.
        if (!send({ type: 'decision.open' })) accept(scenario, live);
        return saveId;
      },
      choose: (optionId) => send({ type: 'decision.choose', optionId }),
      timeout: () => send({ type: 'decision.timeout' }),
      undo: () => send({ type: 'session.undo' }),
      proceed: () => {
        const game = get().game;
        if (!game) return false;
        return game.done ? send({ type: 'session.end' }) : send({ type: 'decision.open' });
      },
      pause: () => {
        send({ type: 'session.pause' }, { quiet: true });
      },
      resume: () => {
        send({ type: 'session.resume' }, { quiet: true });
      },
      dismissReplayed: () => set({ replayed: false }),
      fork: (seq, optionId) => {
        const { scenario, session } = get();
        if (!scenario || !session) return false;
        const result = forkSession(scenario, session, { seq, optionId, at: now().toISOString() });
        if (!result.ok) {
          set({ rejection: result.reason });
          return false;
        }
        // A fork is a new save beside its parent: the parent never changes.
        accept(scenario, result.live, { saveId: newSaveId() });
        return true;
      },
      overrideRating: (objectiveId, rating, reason) => send({ type: 'rating.override', objectiveId, rating, reason }),
      submitFeedback: (answer, author) => send({ type: 'feedback.submit', author, ...answer }),
      writePlanRow: (input) => send(input),
      resumeSaved: (scenario, saveId) => {
        const saves = useSavesStore.getState();
        const saved = saves.read(saveId);
        if (!saved) return { ok: false, kind: 'missing', message: `no save "${saveId}"` };
        const parsed = parseSave(saved.text);
        if (!parsed.ok) {
          saves.quarantine(saveId, 'unreadable', parsed.message);
          return { ok: false, kind: parsed.newer ? 'newer' : 'unreadable', message: parsed.message };
        }
        // Resuming writes to this save: one that names another scenario must never be played (and written) as this one.
        if (parsed.session.scenario.id !== scenario.id) {
          const message = `the save names scenario "${parsed.session.scenario.id}", not "${scenario.id}"`;
          saves.quarantine(saveId, 'mismatch', message);
          return { ok: false, kind: 'mismatch', message };
        }
        const outcome = adopt(scenario, parsed.session, saveId);
        if (!outcome.ok && outcome.kind === 'incompatible') saves.quarantine(saveId, 'incompatible', outcome.message);
        return outcome;
      },
      loadFile: async (text, findScenario) => {
        // A file that is not a session at all gets its own plain message, not the validator's words.
        const notASave = looksLikeSave(text);
        if (notASave) return { ok: false, kind: 'not-a-save', message: notASave };
        const parsed = parseSave(text);
        if (!parsed.ok) return { ok: false, kind: parsed.newer ? 'newer' : 'unreadable', message: parsed.message };
        // A scenario embedded in the file goes to the finder (which checks it); the save kept here stays without it.
        const { embeddedScenario, ...session } = parsed.session;
        let scenario: Scenario | undefined;
        try {
          scenario = await findScenario(session.scenario.id, embeddedScenario);
        } catch (e) {
          return { ok: false, kind: 'unknown-scenario', message: e instanceof Error ? e.message : String(e) };
        }
        if (!scenario) return { ok: false, kind: 'unknown-scenario', message: `scenario "${session.scenario.id}" is not available` };
        return adopt(scenario, session, newSaveId());
      },
      quit: () => {
        send({ type: 'session.pause' }, { quiet: true });
        set(empty);
      },
    };
  });
}

export const useSessionStore = createSessionStore(browserStorage);
registerSessionStore(useSessionStore);

export function resetSession(): void {
  useSessionStore.setState(empty);
}
