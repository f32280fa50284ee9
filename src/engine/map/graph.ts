// A scenario as a graph for its map: stages and endings as nodes, one edge per pair of places joined by some option
// (route lists included), and the paths a map marks — the team's, from its session, and the historical one.

import { indexOf } from '../play/index.ts';
import type { Language, Outcome, Scenario } from '../play/schema.ts';
import { apply, newSession, replay, type Session } from '../play/session.ts';

export type MapOption = { id: string; label: string; noDecision: boolean; conditional: boolean; historical: boolean };
export type MapNode = {
  id: string;
  kind: 'stage' | 'ending';
  label: string;
  phase: string | null;
  outcome: Outcome | null;
  initial: boolean;
};
export type MapEdge = { id: string; from: string; to: string; options: MapOption[] };
export type MapGraph = { nodes: MapNode[]; edges: MapEdge[] };

/** A path as the places entered in order; `steps` are the edges taken (from → to), with the option chosen. */
export type MapPath = { places: string[]; steps: { from: string; to: string; optionId: string }[] };

export const edgeId = (from: string, to: string) => `${from}->${to}`;

/** Every place an option can lead to: its single target or each route's. */
function targets(next: Scenario['stages'][number]['decision']['options'][number]['next']): { to: string; conditional: boolean }[] {
  if (typeof next === 'string') return [{ to: next, conditional: false }];
  return next.map((r) => ({ to: r.to, conditional: next.length > 1 }));
}

export function scenarioGraph(s: Scenario, lang: Language): MapGraph {
  const nodes: MapNode[] = [
    ...s.stages.map((st) => ({
      id: st.id,
      kind: 'stage' as const,
      label: st.title[lang],
      phase: st.phase?.[lang] ?? null,
      outcome: null,
      initial: st.id === s.initialStage,
    })),
    ...s.endings.map((e) => ({ id: e.id, kind: 'ending' as const, label: e.title[lang], phase: null, outcome: e.outcome, initial: false })),
  ];
  const known = new Set(nodes.map((n) => n.id));
  const edges = new Map<string, MapEdge>();
  for (const st of s.stages)
    for (const o of st.decision.options)
      for (const { to, conditional } of targets(o.next)) {
        if (!known.has(to)) continue;
        const id = edgeId(st.id, to);
        const edge = edges.get(id) ?? { id, from: st.id, to, options: [] };
        edge.options.push({
          id: o.id,
          label: o.label[lang],
          noDecision: o.noDecision === true,
          conditional,
          historical: o.historical === true,
        });
        edges.set(id, edge);
      }
  return { nodes, edges: [...edges.values()] };
}

/** The path a finished or running session took (undone choices left out): the places entered and the choices between. */
export function sessionPath(s: Scenario, session: Session): MapPath {
  const result = replay(s, session);
  const context = result.ok ? result.game.context : null;
  if (!context) return { places: [s.initialStage], steps: [] };
  const places = context.trail.map((t) => t.placeId);
  const choices = context.history.filter((h) => h.kind !== 'delayed');
  const steps = places.slice(1).map((to, i) => ({ from: places[i] as string, to, optionId: choices[i]?.optionId ?? '' }));
  return { places, steps };
}

/** Follow the options marked `historical` from the start, with the engine's own routing, until an ending or a stage without one. */
export function historicalPath(s: Scenario): MapPath {
  const at = '2000-01-01T00:00:00.000Z';
  let session = newSession(s, { role: s.roles[0]?.id ?? '', timerMode: 'off' });
  const seen = new Set<string>();
  for (;;) {
    const now = replay(s, session);
    if (!now.ok || now.game.done || seen.has(now.game.place)) break;
    const place = now.game.place;
    seen.add(place);
    const option = indexOf(s)
      .stages.get(place)
      ?.decision.options.find((o) => o.historical);
    if (!option) break;
    // In solo play the decision is opened (Continue) before it is chosen; the log holds both, as the player's does.
    const opened = now.live.decision ? { ok: true as const, session } : apply(s, session, { type: 'decision.open' }, at);
    if (!opened.ok) break;
    const chosen = apply(s, opened.session, { type: 'decision.choose', optionId: option.id }, at);
    // A historical option that is unavailable at that point ends the path before it.
    if (!chosen.ok) break;
    session = chosen.session;
  }
  return sessionPath(s, session);
}
