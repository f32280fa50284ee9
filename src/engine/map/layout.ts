// Lays a scenario map out with elkjs (layered, top to bottom: the incident's time runs down the page).
// Pure and asynchronous; runs in Node (the map script) and in the browser (the debrief), loading elkjs only when called.
import type { MapGraph } from './graph.ts';

export type Point = { x: number; y: number };
export type NodeBox = { id: string; x: number; y: number; width: number; height: number; lines: string[] };
export type EdgeLine = { id: string; points: Point[] };
export type MapLayout = { width: number; height: number; nodes: NodeBox[]; edges: EdgeLine[] };

/** Text metrics without a DOM: an average glyph width for the 13 px sans-serif the SVG uses. */
export const FONT_SIZE = 13;
export const LINE_HEIGHT = 17;
const CHAR_WIDTH = 7.2;
const MAX_CHARS = 26;
const PAD_X = 12;
const PAD_Y = 10;

/** Break a label into lines of at most MAX_CHARS characters, on spaces where possible, at most three lines. */
export function wrap(label: string, max = MAX_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const parts = word.length > max ? (word.match(new RegExp(`.{1,${max}}`, 'g')) ?? [word]) : [word];
    for (const part of parts) {
      if (!line) line = part;
      else if (line.length + 1 + part.length <= max) line = `${line} ${part}`;
      else {
        lines.push(line);
        line = part;
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length > 3) return [...lines.slice(0, 2), `${(lines[2] as string).slice(0, max - 1)}…`];
  return lines.length ? lines : [''];
}

type ElkPoint = { x: number; y: number };
type ElkResult = {
  width?: number;
  height?: number;
  children?: { id: string; x?: number; y?: number; width?: number; height?: number }[];
  edges?: { id: string; sections?: { startPoint: ElkPoint; endPoint: ElkPoint; bendPoints?: ElkPoint[] }[] }[];
};
type Elk = { layout: (graph: unknown) => Promise<ElkResult> };

let elk: Promise<Elk> | null = null;
/** elkjs's bundled build runs the layout in the calling thread, in Node and in browsers alike. */
function loadElk(): Promise<Elk> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default() as unknown as Elk);
  return elk;
}

export async function layoutMap(graph: MapGraph): Promise<MapLayout> {
  const sized = graph.nodes.map((n) => {
    const lines = wrap(n.label);
    const longest = Math.max(...lines.map((l) => l.length));
    return {
      id: n.id,
      lines,
      width: Math.round(Math.max(120, longest * CHAR_WIDTH + 2 * PAD_X)),
      height: lines.length * LINE_HEIGHT + 2 * PAD_Y,
    };
  });
  const result = await (await loadElk()).layout({
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '28',
      'elk.layered.spacing.nodeNodeBetweenLayers': '44',
      'elk.edgeRouting': 'POLYLINE',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    },
    children: sized.map(({ id, width, height }) => ({ id, width, height })),
    edges: graph.edges.map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  });
  const boxes = new Map((result.children ?? []).map((c) => [c.id, c]));
  return {
    width: Math.ceil(result.width ?? 0),
    height: Math.ceil(result.height ?? 0),
    nodes: sized.map((n) => {
      const b = boxes.get(n.id);
      return { id: n.id, lines: n.lines, width: n.width, height: n.height, x: b?.x ?? 0, y: b?.y ?? 0 };
    }),
    edges: (result.edges ?? []).map((e) => ({
      id: e.id,
      points: (e.sections ?? []).flatMap((sec) => [sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint]).map(({ x, y }) => ({ x, y })),
    })),
  };
}
