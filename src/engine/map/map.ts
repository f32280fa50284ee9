// One call from a scenario to its map: the graph, its elkjs layout and the SVG tree, with the paths to mark.
// The map script and the debrief both use it, so the file and the screen always show the same map.
import type { Language, Scenario } from '../play/schema.ts';
import { type MapGraph, scenarioGraph } from './graph.ts';
import { layoutMap, type MapLayout } from './layout.ts';
import { type MapLabels, type MapMarks, mapSvg, type SvgElement } from './svg.ts';

export type ScenarioMap = { graph: MapGraph; layout: MapLayout; svg: SvgElement };

export async function buildMap(s: Scenario, lang: Language, labels: MapLabels, marks: MapMarks = {}): Promise<ScenarioMap> {
  const graph = scenarioGraph(s, lang);
  const layout = await layoutMap(graph);
  return { graph, layout, svg: mapSvg(graph, layout, labels, marks) };
}
