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
import { useSavesStore } from './saves';

export type ResumeOutcome =
  | { ok: true; replayed: boolean }
  | { ok: false; kind: 'missing' | 'unreadable' | 'incompatible' | 'unknown-scenario'; message: string };

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
};

type SessionActions = {
  start: (scenario: Scenario, opts: { role: string; timerMode: TimerMode }) => void;
  choose: (optionId: string) => boolean;
  timeout: () => boolean;
  undo: () => boolean;
  /** Continue after the consequence card. */
  acknowledge: () => void;
  dismissReplayed: () => void;
  /** Resume this browser's save of the scenario. A damaged or no-longer-fitting save is moved to quarantine. */
  resumeSaved: (scenario: Scenario) => ResumeOutcome;
  /** Continue a session exported to a file; it becomes this browser's save for its scenario. */
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
};

export const useSessionStore = create<SessionState & SessionActions>()((set, get) => {
  /** Keep the engine's answer, autosave it, and note an ending as found. */
  const accept = (scenario: Scenario, session: Session, game: Game, canUndo: boolean, extra: Partial<SessionState>) => {
    set({ scenario, session, game, canUndo, rejection: null, ...extra });
    useSavesStore.getState().write(session, {
      scenarioTitle: scenario.title,
      placeTitle: placeTitle(scenario, game.place),
      start: scenario.start,
      clock: game.context.clock,
      done: game.done,
      role: session.role,
      savedAt: new Date().toISOString(),
    });
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

  const adopt = (scenario: Scenario, session: Session): ResumeOutcome => {
    const result = resumeSession(scenario, session);
    if (!result.ok) return { ok: false, kind: result.kind, message: result.message };
    accept(scenario, result.session, result.game, result.canUndo, { reviewing: false, replayed: result.scenarioChanged });
    return { ok: true, replayed: result.scenarioChanged };
  };

  return {
    ...empty,
    start: (scenario, opts) => {
      const session = newSession(scenario, opts);
      adopt(scenario, session);
    },
    choose: (optionId) => send({ type: 'decision.choose', optionId }, true),
    timeout: () => send({ type: 'decision.timeout' }, true),
    undo: () => send({ type: 'session.undo' }, false),
    acknowledge: () => set({ reviewing: false }),
    dismissReplayed: () => set({ replayed: false }),
    resumeSaved: (scenario) => {
      const saves = useSavesStore.getState();
      const saved = saves.read(scenario.id);
      if (!saved) return { ok: false, kind: 'missing', message: `no save for "${scenario.id}"` };
      const parsed = parseSave(saved.text);
      if (!parsed.ok) {
        saves.quarantine(scenario.id, 'unreadable', parsed.message);
        return { ok: false, kind: 'unreadable', message: parsed.message };
      }
      const outcome = adopt(scenario, parsed.session);
      if (!outcome.ok && outcome.kind === 'incompatible') saves.quarantine(scenario.id, 'incompatible', outcome.message);
      return outcome;
    },
    loadFile: async (text, findScenario) => {
      const parsed = parseSave(text);
      if (!parsed.ok) return { ok: false, kind: 'unreadable', message: parsed.message };
      const scenario = await findScenario(parsed.session.scenario.id);
      if (!scenario) return { ok: false, kind: 'unknown-scenario', message: `scenario "${parsed.session.scenario.id}" is not available` };
      return adopt(scenario, parsed.session);
    },
    quit: () => set(empty),
  };
});

export function resetSession(): void {
  useSessionStore.setState(empty);
}
