// Checking one scenario file's text: syntax, schema and reference findings from the loader plus the semantic analysis,
// all as one list of errors and warnings with JSON Pointer, line and kind. The checker CLI prints this.

import { loadScenario } from '../play/load.ts';
import { type AnalyseLimits, type Analysis, analyse, type Finding, type FindingKind, type Stats } from './analyse.ts';

export type CheckMessage = { path: string; line: number | null; message: string; kind: FindingKind };

export type CheckReport = {
  /** The scenario's id, or null when the file does not parse into a scenario. */
  id: string | null;
  ok: boolean;
  errors: CheckMessage[];
  warnings: CheckMessage[];
  stats: Stats | null;
  analysis: Analysis | null;
  /** A limit cut the analysis short: what it could not establish is left out, and the file has not passed. */
  incomplete: boolean;
};

/** The loader's messages are the only record of what kind of problem it found. */
function loaderKind(message: string): FindingKind {
  if (message.startsWith('syntax error')) return 'syntax';
  if (/\btext \((nl|en)\) is (missing|empty)/.test(message)) return 'missing-text';
  if (/^unknown stage/.test(message)) return 'unknown-stage';
  if (/^unknown flag/.test(message)) return 'unknown-flag';
  if (/^unknown metric/.test(message)) return 'unknown-metric';
  if (/^unknown (sender or )?role/.test(message)) return 'unknown-role';
  if (/^duplicate /.test(message)) return 'duplicate-id';
  if (/^unknown |^only the last route|^the last route|^a timed decision|noDecision|^stage time/.test(message)) return 'reference';
  return 'schema';
}

export function checkScenarioText(text: string, limits: AnalyseLimits = {}): CheckReport {
  const loaded = loadScenario(text);
  if (!loaded.ok) {
    const raw = loaded.raw as { id?: unknown } | null;
    return {
      id: raw && typeof raw === 'object' && typeof raw.id === 'string' ? raw.id : null,
      ok: false,
      errors: loaded.findings.map((f) => ({ ...f, kind: loaderKind(f.message) })),
      warnings: [],
      stats: null,
      analysis: null,
      incomplete: false,
    };
  }
  const analysis = analyse(loaded.scenario, limits);
  const { lineOf } = loaded;
  const place = (f: Finding): CheckMessage => ({ path: f.path, line: f.path ? lineOf(f.path) : null, message: f.message, kind: f.kind });
  const errors = analysis.findings.filter((f) => f.severity === 'error').map(place);
  return {
    id: loaded.scenario.id,
    ok: errors.length === 0,
    errors,
    warnings: analysis.findings.filter((f) => f.severity === 'warning').map(place),
    stats: analysis.stats,
    analysis,
    incomplete: analysis.stats.incomplete.length > 0,
  };
}
