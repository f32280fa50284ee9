// Builds a scenario map's SVG from its layout as a plain element tree, with the team's and the historical path marked.
// The map script serialises the tree to a file; the debrief turns the same tree into React elements (no HTML strings).
import { edgeId, type MapGraph, type MapNode, type MapPath } from './graph.ts';
import { FONT_SIZE, LINE_HEIGHT, type MapLayout, type Point } from './layout.ts';

export type SvgElement = { tag: string; attrs: Record<string, string | number>; children: SvgChild[] };
export type SvgChild = SvgElement | string;

export type MapMarks = { team?: MapPath | null; historical?: MapPath | null };
export type MapLabels = { title: string; team: string; historical: string };

const el = (tag: string, attrs: SvgElement['attrs'] = {}, children: SvgChild[] = []): SvgElement => ({ tag, attrs, children });

/** Colours chosen for contrast on white (WCAG AA for text, 3:1 for lines); the file stands alone, so no CSS variables. */
export const palette = {
  text: '#1d232b',
  line: '#8a939e',
  stage: { fill: '#ffffff', stroke: '#5b6470' },
  good: { fill: '#e4f3e8', stroke: '#2e7d46' },
  mixed: { fill: '#fdf2d5', stroke: '#8a5d00' },
  bad: { fill: '#fbe5e4', stroke: '#b3261e' },
  team: '#1a56db',
  historical: '#7a3fb0',
} as const;

const LEGEND = 34;

function polyline(points: Point[]): string {
  return points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}
const round = (n: number) => Math.round(n * 10) / 10;

function onPath(path: MapPath | null | undefined) {
  const places = new Set(path?.places ?? []);
  const edges = new Set((path?.steps ?? []).map((s) => edgeId(s.from, s.to)));
  return { place: (id: string) => places.has(id), edge: (id: string) => edges.has(id) };
}

function colours(n: MapNode) {
  return n.kind === 'ending' && n.outcome ? palette[n.outcome] : palette.stage;
}

function marker(id: string, colour: string): SvgElement {
  return el(
    'marker',
    {
      id,
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerWidth: 9,
      markerHeight: 9,
      markerUnits: 'userSpaceOnUse',
      orient: 'auto-start-reverse',
    },
    [el('path', { d: 'M0,0 L10,5 L0,10 z', fill: colour })],
  );
}

function legend(labels: MapLabels, marks: MapMarks, width: number): SvgElement {
  const items: SvgChild[] = [];
  let x = 16;
  const item = (label: string, attrs: SvgElement['attrs']) => {
    items.push(el('line', { x1: x, y1: 17, x2: x + 28, y2: 17, ...attrs }));
    items.push(el('text', { x: x + 36, y: 21, 'font-size': FONT_SIZE, fill: palette.text }, [label]));
    x += 36 + label.length * 7.2 + 24;
  };
  if (marks.team) item(labels.team, { stroke: palette.team, 'stroke-width': 4 });
  if (marks.historical) item(labels.historical, { stroke: palette.historical, 'stroke-width': 3, 'stroke-dasharray': '6 4' });
  return el('g', { class: 'map-legend' }, [
    el('line', { x1: 0, y1: LEGEND - 0.5, x2: width, y2: LEGEND - 0.5, stroke: '#d5dae0' }),
    ...items,
  ]);
}

/** The map as an SVG element tree. Place ids go into `data-place` so tests and styles can find a node. */
export function mapSvg(graph: MapGraph, layout: MapLayout, labels: MapLabels, marks: MapMarks = {}): SvgElement {
  const team = onPath(marks.team);
  const hist = onPath(marks.historical);
  const hasLegend = Boolean(marks.team || marks.historical);
  const top = hasLegend ? LEGEND : 0;
  const width = Math.max(layout.width, hasLegend ? 360 : 0);
  const height = layout.height + top;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));

  const edges: SvgChild[] = layout.edges.map((e) => {
    const pts = polyline(e.points);
    const lines: SvgChild[] = [
      el('polyline', { points: pts, fill: 'none', stroke: palette.line, 'stroke-width': 1.5, 'marker-end': 'url(#map-arrow)' }),
    ];
    if (team.edge(e.id))
      lines.push(
        el('polyline', { points: pts, fill: 'none', stroke: palette.team, 'stroke-width': 4, 'marker-end': 'url(#map-arrow-team)' }),
      );
    if (hist.edge(e.id))
      lines.push(
        el('polyline', {
          points: pts,
          fill: 'none',
          stroke: palette.historical,
          'stroke-width': 2.5,
          'stroke-dasharray': '6 4',
          'marker-end': 'url(#map-arrow-historical)',
        }),
      );
    const cls = ['map-edge', team.edge(e.id) ? 'map-edge--team' : '', hist.edge(e.id) ? 'map-edge--historical' : ''].filter(Boolean);
    return el('g', { class: cls.join(' '), 'data-edge': e.id }, lines);
  });

  const nodes: SvgChild[] = layout.nodes.map((b) => {
    const n = byId.get(b.id);
    const c = n ? colours(n) : palette.stage;
    const onTeam = team.place(b.id);
    const onHist = hist.place(b.id);
    const parts: SvgChild[] = [el('title', {}, [n?.label ?? b.id])];
    if (onHist)
      parts.push(
        el('rect', {
          x: b.x - 5,
          y: b.y - 5,
          width: b.width + 10,
          height: b.height + 10,
          rx: 12,
          fill: 'none',
          stroke: palette.historical,
          'stroke-width': 2,
          'stroke-dasharray': '6 4',
        }),
      );
    parts.push(
      el('rect', {
        x: b.x,
        y: b.y,
        width: b.width,
        height: b.height,
        rx: n?.kind === 'ending' ? 18 : 6,
        fill: c.fill,
        stroke: onTeam ? palette.team : c.stroke,
        'stroke-width': onTeam ? 3.5 : n?.initial ? 2.5 : 1.5,
      }),
    );
    const textTop = b.y + (b.height - b.lines.length * LINE_HEIGHT) / 2 + FONT_SIZE;
    parts.push(
      el(
        'text',
        {
          x: b.x + b.width / 2,
          y: textTop,
          'text-anchor': 'middle',
          'font-size': FONT_SIZE,
          fill: palette.text,
          'font-weight': onTeam ? 700 : 400,
        },
        b.lines.map((line, i) => el('tspan', { x: b.x + b.width / 2, dy: i === 0 ? 0 : LINE_HEIGHT }, [line])),
      ),
    );
    const cls = ['map-node', `map-node--${n?.kind ?? 'stage'}`, onTeam ? 'map-node--team' : '', onHist ? 'map-node--historical' : ''];
    return el('g', { class: cls.filter(Boolean).join(' '), 'data-place': b.id }, parts);
  });

  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-label': labels.title,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    },
    [
      el('title', {}, [labels.title]),
      el('defs', {}, [
        marker('map-arrow', palette.line),
        marker('map-arrow-team', palette.team),
        marker('map-arrow-historical', palette.historical),
      ]),
      el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
      ...(hasLegend ? [legend(labels, marks, width)] : []),
      el('g', { transform: `translate(0 ${top})` }, [...edges, ...nodes]),
    ],
  );
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => escapes[c] as string);

/** Serialise the tree; every text and attribute value is escaped, so scenario text can never become markup. */
export function svgToString(node: SvgChild): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return `<${node.tag}${attrs}>${node.children.map(svgToString).join('')}</${node.tag}>`;
}
