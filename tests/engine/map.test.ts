// The scenario map: its graph, the marked paths, the elkjs layout, the SVG tree and its text forms.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historicalPath, scenarioGraph, sessionPath } from '../../src/engine/map/graph';
import { layoutMap, wrap } from '../../src/engine/map/layout';
import { buildMap } from '../../src/engine/map/map';
import { toMermaid } from '../../src/engine/map/mermaid';
import { type SvgChild, type SvgElement, svgToString } from '../../src/engine/map/svg';
import type { Scenario } from '../../src/engine/play/schema';
import { newSession, type Session } from '../../src/engine/play/session';
import { loadFile, soloMove } from './play';

const example = loadFile(resolve(import.meta.dirname, '../../docs/example-scenario.yaml'));
const citrix = loadFile(resolve(import.meta.dirname, '../../scenarios/citrix-2020.yaml'));
const labels = { title: 'Map', team: 'Your path', historical: 'Historical path' };

function play(s: Scenario, moves: ({ optionId: string } | 'timeout' | 'undo')[]): Session {
  let session = newSession(s, { role: s.roles[0]?.id ?? 'x', timerMode: 'realistic' });
  for (const m of moves) {
    const input =
      m === 'timeout'
        ? { type: 'decision.timeout' as const }
        : m === 'undo'
          ? { type: 'session.undo' as const }
          : { type: 'decision.choose' as const, ...m };
    const r = soloMove(s, session, input);
    if (!r.ok) throw new Error(r.reason.message);
    session = r.session;
  }
  return session;
}

function find(node: SvgChild, test: (e: SvgElement) => boolean): SvgElement[] {
  if (typeof node === 'string') return [];
  return [...(test(node) ? [node] : []), ...node.children.flatMap((c) => find(c, test))];
}
const placesMarked = (svg: SvgElement, cls: string) =>
  find(svg, (e) =>
    String(e.attrs.class ?? '')
      .split(' ')
      .includes(cls),
  ).map((e) => e.attrs['data-place']);

describe('scenario map graph', () => {
  it('has a node per stage and ending and joins options that share a target into one edge', () => {
    const g = scenarioGraph(example, 'en');
    expect(g.nodes.map((n) => n.id)).toEqual(['alert', 'supplier', 'morning', 'contained', 'reported', 'late']);
    expect(g.edges.find((e) => e.id === 'alert->supplier')?.options.map((o) => o.id)).toEqual(['block', 'call_first']);
    expect(g.edges.find((e) => e.id === 'alert->morning')?.options.map((o) => o.id)).toEqual(['wait']);
    expect(g.edges.map((e) => e.id)).toContain('morning->late');
    expect(g.nodes.find((n) => n.id === 'late')?.outcome).toBe('bad');
  });

  it('follows the historical options with the engine’s routing', () => {
    expect(historicalPath(example).places).toEqual(['alert', 'supplier', 'morning', 'contained']);
  });

  it('takes the team’s path from the session, leaving undone choices out', () => {
    const session = play(example, [{ optionId: 'block' }, 'undo', { optionId: 'call_first' }, { optionId: 'cut_vpn' }]);
    const path = sessionPath(example, session);
    expect(path.places).toEqual(['alert', 'supplier', 'morning']);
    expect(path.steps).toEqual([
      { from: 'alert', to: 'supplier', optionId: 'call_first' },
      { from: 'supplier', to: 'morning', optionId: 'cut_vpn' },
    ]);
  });
});

describe('scenario map layout and SVG', () => {
  it('wraps long labels into at most three lines', () => {
    expect(wrap('a b c', 26)).toEqual(['a b c']);
    const lines = wrap('word '.repeat(40));
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith('…')).toBe(true);
    expect(wrap('x'.repeat(60), 26)[0]).toHaveLength(26);
  });

  it('places the 20+ places of a real scenario without overlaps, and draws every edge', async () => {
    const g = scenarioGraph(citrix, 'nl');
    const layout = await layoutMap(g);
    expect(layout.nodes).toHaveLength(g.nodes.length);
    expect(layout.edges.every((e) => e.points.length >= 2)).toBe(true);
    for (const a of layout.nodes)
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
  });

  it('marks the team’s path and the historical path on their nodes and edges', async () => {
    const team = sessionPath(example, play(example, ['timeout', 'timeout']));
    const map = await buildMap(example, 'en', labels, { team, historical: historicalPath(example) });
    expect(placesMarked(map.svg, 'map-node--team')).toEqual(['alert', 'morning', 'late']);
    expect(placesMarked(map.svg, 'map-node--historical')).toEqual(['alert', 'supplier', 'morning', 'contained']);
    const edges = find(map.svg, (e) => String(e.attrs.class ?? '').includes('map-edge--team')).map((e) => e.attrs['data-edge']);
    expect(edges).toEqual(['alert->morning', 'morning->late']);
    expect(svgToString(map.svg)).toContain('Your path');
  });

  it('writes scenario text into the SVG as text, never as markup', async () => {
    const hostile = structuredClone(example);
    (hostile.stages[0] as { title: { en: string } }).title.en = '<script>alert("x")</script> & co';
    const text = svgToString((await buildMap(hostile, 'en', labels)).svg);
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });
});

describe('scenario map as Mermaid', () => {
  it('lists every place and connection, endings rounded and coloured by outcome', () => {
    const text = toMermaid(scenarioGraph(example, 'en'));
    expect(text.startsWith('flowchart TD\n')).toBe(true);
    expect(text).toContain('n_contained(["Closed in time"])');
    expect(text).toContain('n_alert -->|"Block the supplier account now / Call the supplier first"| n_supplier');
    expect(text).toContain('n_alert -->|"Wait and see"| n_morning');
    expect(text).toContain('class n_late bad');
  });

  it('keeps quotes and angle brackets in labels from breaking the chart', () => {
    const g = scenarioGraph(example, 'en');
    (g.nodes[0] as { label: string }).label = 'Say "hi" <b>';
    expect(toMermaid(g)).toContain('n_alert["Say #quot;hi#quot; #lt;b#gt;"]');
  });
});
