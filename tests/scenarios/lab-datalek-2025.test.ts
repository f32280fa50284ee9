// The lab data-theft scenario (Clinical Diagnostics, 2025, seen from Noorderzorg): the historical path, its delayed
// consequences, the timers and the translations, played through the engine as a session would.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../src/engine/analyse/check';
import { holds } from '../../src/engine/play/conditions';
import { loadScenario } from '../../src/engine/play/load';
import type { GameContext } from '../../src/engine/play/rules';
import type { Scenario } from '../../src/engine/play/schema';
import { type Game, newSession, type Session } from '../../src/engine/play/session';
import { soloMove } from '../engine/play';
import { expectEveryOutcome, expectSeededSize } from './support';

const file = resolve(import.meta.dirname, '../../scenarios/lab-datalek-2025.yaml');
const text = readFileSync(file, 'utf8');

function scenario(): Scenario {
  const result = loadScenario(text);
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.scenario;
}

type Step = { type: 'decision.choose'; optionId: string } | { type: 'decision.timeout' };

/** Play a list of steps from the start; every step must be accepted. Returns the game after each step and the session. */
function playSteps(s: Scenario, steps: Step[]): { games: Game[]; session: Session } {
  let session: Session = newSession(s, { role: 'board', timerMode: 'realistic' });
  const games: Game[] = [];
  for (const step of steps) {
    const r = soloMove(s, session, step, '2025-08-11T16:30:00Z');
    if (!r.ok) throw new Error(`${'optionId' in step ? step.optionId : step.type}: ${r.reason.message}`);
    session = r.session;
    games.push(r.game);
  }
  return { games, session };
}

type Metrics = { patientSafety: number; continuity: number; dataProtection: number; publicTrust: number; compliance: number };
/** The five metrics by name (NaN for a missing one, so a comparison with it fails loudly). */
const named = (values: Record<string, number>): Metrics => ({
  patientSafety: values.patientSafety ?? Number.NaN,
  continuity: values.continuity ?? Number.NaN,
  dataProtection: values.dataProtection ?? Number.NaN,
  publicTrust: values.publicTrust ?? Number.NaN,
  compliance: values.compliance ?? Number.NaN,
});

const play = (s: Scenario, steps: Step[]): Game[] => playSteps(s, steps).games;
const choices = (...ids: string[]): Step[] => ids.map((optionId) => ({ type: 'decision.choose', optionId }));

/** Always take the option marked historical that is available in the current stage. */
function playHistorical(s: Scenario): { places: string[]; games: Game[] } {
  let session: Session = newSession(s, { role: 'board', timerMode: 'off' });
  let place = s.initialStage;
  let context: GameContext | null = null;
  const places = [place];
  const games: Game[] = [];
  for (let i = 0; i < 20; i++) {
    const stage = s.stages.find((st) => st.id === place);
    if (!stage) break;
    const option = stage.decision.options.find((o) => o.historical && (context === null || holds(o.when, context)));
    if (!option) throw new Error(`no historical option available in stage ${place}`);
    const r = soloMove(s, session, { type: 'decision.choose', optionId: option.id });
    if (!r.ok) throw new Error(r.reason.message);
    session = r.session;
    context = r.game.context;
    place = r.game.place;
    places.push(place);
    games.push(r.game);
  }
  return { places, games };
}

describe('lab-datalek-2025: the historical path', () => {
  const s = scenario();
  const start = named(Object.fromEntries(s.metrics.map((m) => [m.id, m.start])));
  const { places, games } = playHistorical(s);
  const at = (place: string) => {
    const g = games.find((x) => x.place === place);
    if (!g) throw new Error(`the historical path never enters ${place}`);
    return named(g.context.metrics);
  };

  it('runs through the media contradiction and the supplier suspension to the long aftermath, as the real events did', () => {
    expect(places).toEqual([
      'leaksite',
      'sample',
      'contradicted',
      'supplier',
      'capacity',
      'controller',
      'ransom',
      'extortion',
      'letters',
      'investigations',
      'final',
      'long_tail',
    ]);
    expect(games.at(-1)?.done).toBe(true);
  });

  it('loses data protection when the sample is confirmed, and public trust when the lab assurance is contradicted', () => {
    expect(at('sample').dataProtection).toBe(start.dataProtection - 15);
    const beforeContradiction = at('sample').publicTrust;
    expect(at('contradicted').publicTrust).toBeLessThan(beforeContradiction);
    expect(at('contradicted').publicTrust).toBeLessThan(start.publicTrust - 15);
  });

  it('suspending the lab costs continuity of care but protects the data that would still have gone to it', () => {
    const before = at('contradicted');
    const after = at('capacity');
    expect(after.continuity).toBe(before.continuity - 15);
    expect(after.dataProtection).toBe(before.dataProtection + 10);
    expect(at('controller').continuity).toBeLessThan(start.continuity);
  });

  it('ends with reporting compliance, trust and continuity all below where they started', () => {
    const end = named(games.at(-1)?.context.metrics ?? {});
    expect(end.compliance).toBeLessThan(start.compliance - 20);
    expect(end.publicTrust).toBeLessThan(start.publicTrust - 30);
    expect(end.continuity).toBeLessThan(start.continuity);
    expect(end.dataProtection).toBeLessThan(start.dataProtection);
  });
});

describe('lab-datalek-2025: delayed consequences', () => {
  const s = scenario();

  it('the AP inquiry in late August names the decision not to notify on 13 August as its cause', () => {
    const end = playHistorical(s).games.at(-1);
    const inquiry = end?.context.history.find((h) => h.kind === 'delayed' && h.consequenceId === 'ap_asks_why_not');
    expect(inquiry?.stageId).toBe('investigations');
    expect(inquiry?.changes.compliance).toBe(-15);
    expect(inquiry?.causes).toContainEqual(expect.objectContaining({ stageId: 'controller', optionId: 'not_our_breach' }));
  });

  it('not demanding evidence in July leaves the hospital unable to tell who is affected when the letters go out', () => {
    const { games, session } = playSteps(
      s,
      choices('rely_lab', 'investigating', 'carry_on', 'notify_now', 'rely_deletion', 'safety_first'),
    );
    const atLetters = games.at(-1);
    expect(atLetters?.place).toBe('letters');
    const noList = atLetters?.context.history.find((h) => h.consequenceId === 'nobody_asked');
    expect(noList?.causes).toContainEqual(expect.objectContaining({ stageId: 'leaksite', optionId: 'rely_lab' }));

    const refused = soloMove(s, session, { type: 'decision.choose', optionId: 'letter_confirmed' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason.code).toBe('unavailable');
  });

  it('letters without a phishing warning lead to a scam wave that says why', () => {
    const games = play(
      s,
      choices(
        'request_evidence',
        'notify_july',
        'go_public',
        'suspend',
        'triage',
        'notify_now',
        'demand_proof',
        'safety_first',
        'portal_only',
      ),
    );
    const atScam = games.at(-1);
    expect(atScam?.place).toBe('scam');
    const wave = atScam?.context.history.find((h) => h.consequenceId === 'scam_wave_hits');
    expect(wave?.changes.publicTrust).toBe(-10);
    expect(s.stages.find((st) => st.id === 'scam')?.onEnter?.find((c) => c.id === 'scam_wave_hits')?.text.en).toMatch(
      /no letter with a phishing warning/,
    );
  });
});

describe('lab-datalek-2025: timers', () => {
  const s = scenario();

  it('when the journalist deadline passes, the hospital is reported as not responding', () => {
    const [first, second] = play(s, [...choices('rely_lab'), { type: 'decision.timeout' }]);
    const last = second?.context.history.at(-1);
    expect(last?.kind).toBe('timeout');
    expect(last?.optionId).toBe('no_comment');
    expect(second?.place).toBe('supplier');
    expect(second?.context.metrics.publicTrust).toBe((first?.context.metrics.publicTrust ?? 0) - 10);
  });

  it('when nobody decides before 16:00, the courier leaves for the lab with full patient data', () => {
    const games = play(s, [...choices('request_evidence', 'notify_july', 'go_public'), { type: 'decision.timeout' }]);
    const last = games.at(-1)?.context;
    expect(last?.history.filter((h) => h.kind !== 'delayed').at(-1)?.optionId).toBe('courier_leaves');
    expect(last?.flags).toContain('continued');
  });

  it('has at least three timed decisions, each with exactly one no-decision option', () => {
    const timed = s.stages.filter((st) => st.decision.timeLimit !== undefined);
    expect(timed.length).toBeGreaterThanOrEqual(3);
    for (const st of timed) expect(st.decision.options.filter((o) => o.noDecision)).toHaveLength(1);
  });
});

describe('lab-datalek-2025: texts', () => {
  const s = scenario();

  it('has a Dutch and an English text that differ in every situation, option and inject', () => {
    for (const st of s.stages) {
      expect(st.situation.nl, st.id).not.toBe(st.situation.en);
      for (const o of st.decision.options) expect(o.label.nl, `${st.id}/${o.id}`).not.toBe(o.label.en);
      for (const o of st.decision.options) expect(o.consequence.nl, `${st.id}/${o.id}`).not.toBe(o.consequence.en);
      for (const i of st.injects ?? []) expect(i.body.nl, `${st.id}/${i.id}`).not.toBe(i.body.en);
    }
    for (const e of s.endings) expect(e.summary.nl, e.id).not.toBe(e.summary.en);
  });

  it('names the real organisations only in the debrief, and the fictional lab in the story', () => {
    const story = JSON.stringify(s.stages);
    expect(story).not.toMatch(/Clinical Diagnostics/);
    expect(story).toMatch(/Meridiaan/);
    expect(s.debrief.realStory.en).toMatch(/Clinical Diagnostics/);
  });
});

describe('lab-datalek-2025: the checker', () => {
  it('finds no errors and statistics that meet the minimums for a seeded scenario', () => {
    const result = checkScenarioText(text);
    expect(result.errors).toEqual([]);
    const stats = result.stats;
    if (!stats) throw new Error('no statistics');
    expect(stats.capped).toBe(false);
    expectSeededSize(stats);
    expectEveryOutcome(stats.endings);
    expect(Object.keys(stats.pathsPerEnding)).toHaveLength(scenario().endings.length);
    expect(Object.values(stats.pathsPerEnding).filter((n) => n > 1).length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});

describe('lab-datalek-2025: the facts as corrected', () => {
  const s = scenario();
  const stage = (id: string) => s.stages.find((st) => st.id === id);

  it('puts the 72-hour decision on 18 July for a hospital that learns its orders sat on the affected server', () => {
    const overview = stage('overview');
    expect(overview?.at).toBe('2025-07-18T09:00:00+02:00');
    expect(overview?.situation.en).toMatch(/72 hours run from now/);
    const notified = play(s, choices('request_evidence', 'notify_july', 'investigating', 'suspend', 'triage'));
    const atController = play(s, choices('request_evidence', 'notify_july', 'investigating', 'suspend', 'triage', 'not_our_breach'));
    expect(notified.at(-1)?.place).toBe('controller');
    expect(atController.at(-1)?.context.flags).toContain('ap_ontime');
  });

  it('knowing on 18 July and not notifying brings an AP inquiry in late August that names the July choice', () => {
    const steps = choices(
      'request_evidence',
      'wait_for_proof',
      'investigating',
      'suspend',
      'triage',
      'notify_now',
      'demand_proof',
      'safety_first',
      'letter_confirmed',
    );
    const end = play(s, steps).at(-1);
    expect(end?.place).toBe('investigations');
    const gap = end?.context.history.find((h) => h.consequenceId === 'july_gap');
    expect(gap?.causes).toContainEqual(expect.objectContaining({ stageId: 'overview', optionId: 'wait_for_proof' }));
  });

  it('files the police report on Thursday morning, and later texts say Thursday too', () => {
    const games = play(s, choices('rely_lab', 'investigating', 'suspend', 'triage', 'notify_now', 'own_aangifte'));
    expect(games.at(-1)?.place).toBe('police');
    expect(stage('police')?.at).toBe('2025-08-14T09:00:00+02:00');
    expect(stage('police')?.situation.en).toMatch(/^Thursday 14 August/);
    const line = stage('extortion')?.onEnter?.find((c) => c.id === 'police_line');
    expect(line?.text.en).toMatch(/on Thursday/);
    expect(line?.text.nl).toMatch(/donderdag/);
    expect(JSON.stringify(s.stages)).not.toMatch(/report on Wednesday|woensdag aangifte/);
  });

  it('gives a teaching hospital with its own pathology a reason to send samples out', () => {
    expect(s.setting.description.en).toMatch(/own pathology department, but no molecular lab/);
    expect(s.setting.description.nl).toMatch(/eigen afdeling pathologie, maar geen moleculair lab/);
  });

  it('does not present Alrijne as repeating the assurance before the RTL report, and marks inferences', () => {
    const note = s.debrief.historical.find((n) => n.stage === 'sample');
    expect(note?.text.en).toMatch(/On 11 August RTL Nieuws reported/);
    expect(note?.text.en).not.toMatch(/Alrijne relied/);
    expect(note?.inferred?.en).toMatch(/No source shows a hospital repeating/);
    expect(s.debrief.historical.find((n) => n.stage === 'leaksite')?.inferred?.en).toMatch(/not public/);
    expect(s.debrief.historical.find((n) => n.stage === 'contradicted')?.inferred).toBeUndefined();
  });

  it('shows the real incident on the start card, not the fictional hospital', () => {
    expect(s.incident.place.en).toMatch(/Clinical Diagnostics/);
    expect(s.incident.place.en).not.toMatch(/Noorderzorg/);
  });
});
