// The running game: the scenario and the engine's live state of its event log. Every action stamps an event with the
// time (the edge of the app is where the clock is read), hands it to the engine, keeps what it returns, and writes the
// session through the storage interface; no rules live here.
import { create } from 'zustand';
import { placeTitle } from '../engine/play/lookup';
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
  parseSave,
  type Rejection,
  remember,
  resume as resumeSession,
  type Session,
  start as startLive,
} from '../engine/play/session';
import { useDiscoveriesStore } from './discoveries';
import { useSavesStore } from './saves';
import { browserStorage, type SessionStorage } from './storage';

export type ResumeOutcome =
  | { ok: true; replayed: boolean }
  | { ok: false; kind: 'missing' | 'unreadable' | 'incompatible' | 'unknown-scenario' | 'newer'; message: string };

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
};

type SessionActions = {
  start: (scenario: Scenario, opts: Omit<NewSessionOptions, 'decisionMode'>) => void;
  choose: (optionId: string) => boolean;
  timeout: () => boolean;
  undo: () => boolean;
  /** Continue after the consequence card: opens the next decision, or ends the session at an ending (the debrief). */
  proceed: () => boolean;
  /** The page was hidden or the player left: the decision timer stands still. */
  pause: () => void;
  resume: () => void;
  dismissReplayed: () => void;
  /** Resume this browser's save of the scenario. A damaged or no-longer-fitting save is moved to quarantine. */
  resumeSaved: (scenario: Scenario) => ResumeOutcome;
  /** Continue a session exported to a file; it becomes this browser's save for its scenario. */
  loadFile: (text: string, findScenario: (id: string) => Promise<Scenario | undefined>) => Promise<ResumeOutcome>;
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
};

export function createSessionStore(storage: SessionStorage, now: () => Date = () => new Date()) {
  return create<SessionState & SessionActions>()((set, get) => {
    /** Keep the engine's answer, save it, and note an ending as found. */
    const accept = (scenario: Scenario, live: Live, extra: Partial<SessionState> = {}) => {
      const game = gameOf(live);
      remember(live);
      set({ scenario, live, session: live.session, game, canUndo: canUndo(live), rejection: null, ...extra });
      storage.save(live.session, {
        scenarioTitle: scenario.title,
        placeTitle: placeTitle(scenario, game.place),
        start: scenario.start,
        clock: game.context.clock,
        done: game.done,
        role: live.session.role,
        savedAt: now().toISOString(),
      });
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

    const adopt = (scenario: Scenario, session: Session): ResumeOutcome => {
      const result = resumeSession(scenario, session);
      if (!result.ok) return { ok: false, kind: result.kind, message: result.message };
      accept(scenario, result.live, { replayed: result.scenarioChanged });
      // Coming back to a paused game: the countdown goes on from where it stood.
      if (result.live.pausedSince !== null) send({ type: 'session.resume' }, { quiet: true });
      return { ok: true, replayed: result.scenarioChanged };
    };

    return {
      ...empty,
      start: (scenario, opts) => {
        const live = startLive(scenario, newSession(scenario, opts));
        set({ scenario, live, session: live.session, game: gameOf(live), canUndo: false, rejection: null, replayed: false });
        // The first stage is on screen at once, so its decision (and its timer) opens now.
        if (!send({ type: 'decision.open' })) accept(scenario, live);
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
      resumeSaved: (scenario) => {
        const saves = useSavesStore.getState();
        const saved = saves.read(scenario.id);
        if (!saved) return { ok: false, kind: 'missing', message: `no save for "${scenario.id}"` };
        const parsed = parseSave(saved.text);
        if (!parsed.ok) {
          saves.quarantine(scenario.id, 'unreadable', parsed.message);
          return { ok: false, kind: parsed.newer ? 'newer' : 'unreadable', message: parsed.message };
        }
        const outcome = adopt(scenario, parsed.session);
        if (!outcome.ok && outcome.kind === 'incompatible') saves.quarantine(scenario.id, 'incompatible', outcome.message);
        return outcome;
      },
      loadFile: async (text, findScenario) => {
        const parsed = parseSave(text);
        if (!parsed.ok) return { ok: false, kind: parsed.newer ? 'newer' : 'unreadable', message: parsed.message };
        const scenario = await findScenario(parsed.session.scenario.id);
        if (!scenario) return { ok: false, kind: 'unknown-scenario', message: `scenario "${parsed.session.scenario.id}" is not available` };
        return adopt(scenario, parsed.session);
      },
      quit: () => {
        send({ type: 'session.pause' }, { quiet: true });
        set(empty);
      },
    };
  });
}

export const useSessionStore = createSessionStore(browserStorage);

export function resetSession(): void {
  useSessionStore.setState(empty);
}
