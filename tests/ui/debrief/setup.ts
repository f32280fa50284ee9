// Test helpers for the debrief: the app's i18next set-up, and mini.yaml enriched with the debrief
// material a real scenario has (epilogues, a "today" note, a source URL, objectives on options).
import { parse } from 'yaml';
import { loadScenario } from '../../../src/engine/play/load';
import type { Scenario } from '../../../src/engine/play/schema';
import { newSession, type Session } from '../../../src/engine/play/session';
import { soloMove } from '../../engine/play';
import text from '../../fixtures/mini.yaml?raw';

/** The app's own i18next set-up, which registers the 'debrief' namespace. */
export async function initI18n(): Promise<void> {
  await import('../../../src/i18n/index');
}

type Raw = {
  stages: { decision: { options: { id: string; objectives?: string[] }[] } }[];
  endings: { id: string; week?: unknown; month?: unknown }[];
  debrief: { historical: unknown[]; sources: { id: string; url?: string; publisher?: string }[] };
};

export function scenario(): Scenario {
  const raw = parse(text) as Raw;
  for (const stage of raw.stages)
    for (const o of stage.decision.options) if (o.id === 'patch' || o.id === 'cut') o.objectives = ['contain'];
  for (const e of raw.endings) {
    e.week = { nl: 'Een week later draait alles weer.', en: 'A week later everything runs again.' };
    e.month = { nl: 'Een maand later volgt de evaluatie.', en: 'A month later the review follows.' };
  }
  raw.debrief.historical.push({
    stage: 'attack',
    text: {
      nl: 'Vandaag zou de Cyberbeveiligingswet een melding binnen 24 uur vragen.',
      en: 'Today the Cyberbeveiligingswet would ask for a report within 24 hours.',
    },
    sources: ['s1'],
    today: true,
  });
  const source = raw.debrief.sources[0];
  if (source) {
    source.url = 'https://example.org/bron';
    source.publisher = 'Z-CERT';
  }
  const result = loadScenario(JSON.stringify(raw));
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.scenario;
}

export type Step = { type: 'decision.choose'; optionId: string } | { type: 'decision.timeout' } | { type: 'session.undo' };
export const choose = (optionId: string): Step => ({ type: 'decision.choose', optionId });

export function play(s: Scenario, steps: Step[]): Session {
  let session = newSession(s, { role: 'ciso', timerMode: 'realistic' });
  for (const step of steps) {
    const result = soloMove(s, session, step, '2024-03-05T14:30:00Z');
    if (!result.ok) throw new Error(result.reason.message);
    session = result.session;
  }
  return session;
}
