// The running game: scenario, session (the event log) and the engine's game state derived from it.
// Every action hands an event to the engine, keeps what it returns, and autosaves; no rules live here.
import { create } from 'zustand';
import { placeTitle } from '../engine/play/lookup';
import type { Scenario } from '../engine/play/schema';
import {
  apply,
  type Game,
  newSession,
  parseSave,
  type Rejection,
  resume as resumeSession,
  type Session,
  type SessionEvent,
  type TimerMode,
} from '../engine/play/session';
import { useDiscoveriesStore } from './discoveries';
import { looksLikeSave, newSaveId, type StorageProblem, useSavesStore } from './saves';

export type ResumeOutcome =
  | { ok: true; replayed: boolean; saveId: string }
  | {
      ok: false;
      kind: 'missing' | 'unreadable' | 'incompatible' | 'unknown-scenario' | 'mismatch' | 'not-a-save';
      message: string;
    };

type SessionState = {
  scenario: Scenario | null;
  session: Session | null;
  game: Game | null;
  canUndo: boolean;
  /** The engine's reason for the last refused event, until the next accepted one. */
  rejection: Rejection | null;
  /** True from a choice or timeout until the player has read its consequence card. */
  reviewing: boolean;
  /** Set when a save was replayed against a changed scenario; the play screen tells the player once. */
  replayed: boolean;
  /** The browser save this game is written to (`draaiboek.save.<saveId>`). */
  saveId: string | null;
  /** The last autosave failed (storage full): the game goes on in memory, the play screen says so. */
  storage: StorageProblem | null;
};

type SessionActions = {
  /** Start a new game in a new save (earlier saves of the scenario are kept); returns the save id. */
  start: (scenario: Scenario, opts: { role: string; timerMode: TimerMode }) => string;
  choose: (optionId: string) => boolean;
  timeout: () => boolean;
  undo: () => boolean;
  /** Continue after the consequence card. */
  acknowledge: () => void;
  dismissReplayed: () => void;
  /**
   * Resume a save of this browser with the scenario it is labelled with. A damaged or no-longer-fitting save, or one
   * that names another scenario, is refused and moved to quarantine.
   */
  resumeSaved: (scenario: Scenario, saveId: string) => ResumeOutcome;
  /** Continue a session exported to a file, as a new save beside the ones already here. */
  loadFile: (text: string, findScenario: (id: string) => Promise<Scenario | undefined>) => Promise<ResumeOutcome>;
  quit: () => void;
};

const empty: SessionState = {
  scenario: null,
  session: null,
  game: null,
  canUndo: false,
  rejection: null,
  reviewing: false,
  replayed: false,
  saveId: null,
  storage: null,
};

export const useSessionStore = create<SessionState & SessionActions>()((set, get) => {
  /** Keep the engine's answer, autosave it, and note an ending as found. */
  const accept = (scenario: Scenario, session: Session, game: Game, canUndo: boolean, extra: Partial<SessionState>) => {
    const saveId = extra.saveId ?? get().saveId ?? newSaveId();
    const written = useSavesStore.getState().write(saveId, session, {
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      placeTitle: placeTitle(scenario, game.place),
      start: scenario.start,
      clock: game.context.clock,
      done: game.done,
      role: session.role,
      savedAt: new Date().toISOString(),
    });
    set({ scenario, session, game, canUndo, rejection: null, ...extra, saveId, storage: written.ok ? null : written.problem });
    if (game.done) useDiscoveriesStore.getState().record(scenario.id, game.place);
  };

  const send = (input: { type: SessionEvent['type']; optionId?: string }, reviewing: boolean): boolean => {
    const { scenario, session } = get();
    if (!scenario || !session) return false;
    const result = apply(scenario, session, input);
    if (!result.ok) {
      set({ rejection: result.reason });
      return false;
    }
    accept(scenario, result.session, result.game, result.canUndo, { reviewing });
    return true;
  };

  const adopt = (scenario: Scenario, session: Session, saveId: string): ResumeOutcome => {
    const result = resumeSession(scenario, session);
    if (!result.ok) return { ok: false, kind: result.kind, message: result.message };
    accept(scenario, result.session, result.game, result.canUndo, { reviewing: false, replayed: result.scenarioChanged, saveId });
    return { ok: true, replayed: result.scenarioChanged, saveId };
  };

  return {
    ...empty,
    start: (scenario, opts) => {
      const saveId = newSaveId();
      adopt(scenario, newSession(scenario, opts), saveId);
      return saveId;
    },
    choose: (optionId) => send({ type: 'decision.choose', optionId }, true),
    timeout: () => send({ type: 'decision.timeout' }, true),
    undo: () => send({ type: 'session.undo' }, false),
    acknowledge: () => set({ reviewing: false }),
    dismissReplayed: () => set({ replayed: false }),
    resumeSaved: (scenario, saveId) => {
      const saves = useSavesStore.getState();
      const saved = saves.read(saveId);
      if (!saved) return { ok: false, kind: 'missing', message: `no save "${saveId}"` };
      const parsed = parseSave(saved.text);
      if (!parsed.ok) {
        saves.quarantine(saveId, 'unreadable', parsed.message);
        return { ok: false, kind: 'unreadable', message: parsed.message };
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
      const notASave = looksLikeSave(text);
      if (notASave) return { ok: false, kind: 'not-a-save', message: notASave };
      const parsed = parseSave(text);
      if (!parsed.ok) return { ok: false, kind: 'unreadable', message: parsed.message };
      const scenario = await findScenario(parsed.session.scenario.id);
      if (!scenario) return { ok: false, kind: 'unknown-scenario', message: `scenario "${parsed.session.scenario.id}" is not available` };
      return adopt(scenario, parsed.session, newSaveId());
    },
    quit: () => set(empty),
  };
});

export function resetSession(): void {
  useSessionStore.setState(empty);
}
