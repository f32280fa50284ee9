// A scenario map as Mermaid flowchart text, for a README, an issue or any Markdown viewer that draws Mermaid.
import type { MapGraph } from './graph.ts';

/** Mermaid ids allow letters, digits and _; scenario ids may also hold "-". */
const mid = (id: string) => `n_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
/** Labels go in double quotes; Mermaid reads #quot; for a quote, and <, > as entities keep it from reading markup. */
const label = (s: string) => s.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');

export function toMermaid(graph: MapGraph): string {
  const lines = ['flowchart TD'];
  for (const n of graph.nodes) {
    const text = label(n.label);
    lines.push(n.kind === 'ending' ? `  ${mid(n.id)}(["${text}"])` : `  ${mid(n.id)}["${text}"]`);
  }
  for (const e of graph.edges) {
    const names = e.options.map((o) => label(o.label + (o.conditional ? ' (if …)' : ''))).join(' / ');
    lines.push(`  ${mid(e.from)} -->|"${names}"| ${mid(e.to)}`);
  }
  for (const outcome of ['good', 'mixed', 'bad'] as const) {
    const ids = graph.nodes.filter((n) => n.outcome === outcome).map((n) => mid(n.id));
    if (ids.length) lines.push(`  class ${ids.join(',')} ${outcome}`);
  }
  lines.push(
    '  classDef good fill:#e4f3e8,stroke:#2e7d46',
    '  classDef mixed fill:#fdf2d5,stroke:#8a5d00',
    '  classDef bad fill:#fbe5e4,stroke:#b3261e',
  );
  return `${lines.join('\n')}\n`;
}
