// The CrowdStrike scenario played through the session layer: the historical path, delayed consequences with their
// causes, timeouts that take the "no decision" option, and complete Dutch and English texts.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holds } from '../../src/engine/play/conditions';
import type { HistoryEntry } from '../../src/engine/play/rules';
import { type Game, newSession, replay, type Session } from '../../src/engine/play/session';
import { loadFile, soloMove } from '../engine/play';

const file = resolve(import.meta.dirname, '../../scenarios/crowdstrike-2024.yaml');

const scenario = loadFile(file);
const startOf = (id: string) => scenario.metrics.find((m) => m.id === id)?.start ?? Number.NaN;

type Play = { session: Session; game: Game; visited: string[]; metricsAt: Record<string, Record<string, number>> };

function begin(): Play {
  const session = newSession(scenario, { role: 'ciso', timerMode: 'realistic' });
  const start = replay(scenario, session);
  if (!start.ok) throw new Error('the empty log must replay');
  return {
    session,
    game: start.game,
    visited: [start.game.place],
    metricsAt: {},
  };
}

function step(p: Play, move: { type: 'decision.choose'; optionId: string } | { type: 'decision.timeout' }): Play {
  const from = p.game.place;
  const r = soloMove(scenario, p.session, move, '2024-07-19T06:00:00.000Z');
  if (!r.ok) throw new Error(`${from}: ${JSON.stringify(move)} rejected: ${r.reason.message}`);
  return {
    session: r.session,
    game: r.game,
    visited: [...p.visited, r.game.place],
    metricsAt: { ...p.metricsAt, [from]: r.game.context.metrics },
  };
}

/** Choose the given options in order ('timeout' lets the timer run out). */
function playChoices(choices: string[]): Play {
  return choices.reduce(
    (p, c) => step(p, c === 'timeout' ? { type: 'decision.timeout' } : { type: 'decision.choose', optionId: c }),
    begin(),
  );
}

/** Always take the option marked historical that is available in the current stage. */
function playHistorical(): Play {
  let p = begin();
  for (let guard = 0; !p.game.done && guard < 50; guard++) {
    const stage = scenario.stages.find((s) => s.id === p.game.place);
    const option = stage?.decision.options.find((o) => o.historical && holds(o.when, p.game.context));
    if (!option) throw new Error(`stage "${p.game.place}" has no available historical option`);
    p = step(p, { type: 'decision.choose', optionId: option.id });
  }
  return p;
}

/** Openings the later tests share. To the repair stage: escalate, treat it as a fault, scale down, full diversion. */
const toRepair = ['escalate', 'treat_as_fault', 'scale_down', 'full_diversion'];
/** Servers first, into the downtime stage. */
const toDowntime = [...toRepair, 'servers_first'];
/** Strict paper records and technicians fetching the keys, into the comms decision. */
const toComms = [...toDowntime, 'strict_paper', 'keys_technicians'];

const delayed = (history: HistoryEntry[], consequenceId: string) =>
  history.find((h) => h.kind === 'delayed' && h.consequenceId === consequenceId);

describe('crowdstrike-2024: the historical path', () => {
  const played = playHistorical();

  it('reaches the good ending where care resumed the same afternoon, as at the real hospitals', () => {
    expect(played.game.done).toBe(true);
    expect(played.game.place).toBe('e_afternoon');
    expect(scenario.endings.find((e) => e.id === 'e_afternoon')?.outcome).toBe('good');
  });

  it('scales down care and diverts ambulances through dispatch, then restarts in a controlled way', () => {
    expect(played.visited).toEqual(expect.arrayContaining(['attack_or_fault', 'care', 'roaz', 'repair', 'keys', 'restart', 'report']));
    expect(played.visited).not.toContain('isolation');
    expect(played.visited).not.toContain('seh_pressure');
    expect(played.visited).not.toContain('phish_incident');
    expect(played.game.context.flags).toEqual(expect.arrayContaining(['scaled_down', 'full_diversion', 'servers_first']));
    expect(played.game.context.flags).not.toContain('no_warning');
  });

  it('loses continuity of care when the emergency department closes, while patient safety holds', () => {
    const afterScaleDown = played.metricsAt.care;
    expect(afterScaleDown?.continuity).toBeLessThan(startOf('continuity'));
    expect(afterScaleDown?.patientSafety).toBeGreaterThanOrEqual(startOf('patientSafety'));
    const end = played.game.context.metrics;
    expect(end.continuity).toBeLessThan(startOf('continuity'));
    expect(end.patientSafety).toBeGreaterThanOrEqual(startOf('patientSafety'));
  });

  it('brings IT back up by the afternoon without giving up data protection', () => {
    const end = played.game.context.metrics;
    expect(end.itAvailability).toBeGreaterThan(startOf('itAvailability') + 30);
    expect(end.dataProtection).toBeGreaterThanOrEqual(startOf('dataProtection'));
  });

  it('has a debrief note with sources for every stage it passes, and marks the Cbw note as today, not history', () => {
    const stages = played.visited.filter((id) => scenario.stages.some((s) => s.id === id));
    const notes = scenario.debrief.historical;
    for (const id of stages) expect(notes.some((n) => n.stage === id && !n.today && n.sources.length > 0)).toBe(true);
    const today = notes.filter((n) => n.today);
    expect(today.length).toBeGreaterThan(0);
    for (const n of today) expect(n.text.en).toMatch(/would/);
  });
});

describe('crowdstrike-2024: delayed consequences', () => {
  it('isolating the network and keeping it shut blocks the automatic fix and stalls recovery later', () => {
    const p = playChoices(['isolate', 'verify_first', 'scale_down', 'full_diversion']);
    expect(p.game.place).toBe('repair');
    const hit = delayed(p.game.context.history, 'fix_blocked');
    expect(hit?.stageId).toBe('repair');
    expect(hit?.causes).toEqual([expect.objectContaining({ flag: 'isolation_kept', stageId: 'isolation', optionId: 'verify_first' })]);
    expect(hit?.changes.itAvailability).toBeLessThan(0);
  });

  it('starting with the workstations stalls on BitLocker keys held by the crashed domain controllers', () => {
    const p = playChoices([...toRepair, 'pcs_first', 'strict_paper']);
    expect(p.game.place).toBe('keys');
    const hit = delayed(p.game.context.history, 'key_stall');
    expect(hit?.causes).toEqual([expect.objectContaining({ stageId: 'repair', optionId: 'pcs_first' })]);
    expect(p.game.context.flags).toContain('slow_recovery');
    const restart = scenario.stages.find((s) => s.id === 'restart');
    const allAtOnce = restart?.decision.options.find((o) => o.id === 'all_at_once');
    expect(holds(allAtOnce?.when, p.game.context)).toBe(false);
  });

  it('not warning staff about fake fixes turns into an account takeover in the afternoon', () => {
    const p = playChoices([...toComms, 'media_now', 'warn_later', 'controlled']);
    expect(p.game.place).toBe('phish_incident');
    const hit = delayed(p.game.context.history, 'fake_fix_opened');
    expect(hit?.causes).toEqual([expect.objectContaining({ stageId: 'phishing', optionId: 'warn_later' })]);
    expect(p.game.context.flags).toContain('compromised');
  });

  it('records kept ward by ward without one method lead to a re-entry error and a calamity', () => {
    const p = playChoices([...toDowntime, 'improvise', 'keys_technicians', 'media_now', 'warn_all', 'controlled']);
    expect(p.game.place).toBe('reentry');
    const hit = delayed(p.game.context.history, 'reentry_error');
    expect(hit?.causes).toEqual([expect.objectContaining({ stageId: 'downtime', optionId: 'improvise' })]);
    expect(hit?.changes.patientSafety).toBeLessThan(0);
    const end = step(step(p, { type: 'decision.choose', optionId: 'reentry_team' }), { type: 'decision.choose', optionId: 'report_zcert' });
    expect(end.game.place).toBe('e_calamity');
  });

  it('a compromise never reported to the AP ends in the data-breach ending', () => {
    const p = playChoices([...toComms, 'media_now', 'block_silent', 'controlled', 'contain_only', 'reentry_team', 'report_zcert']);
    expect(p.game.place).toBe('e_breach');
    expect(scenario.endings.find((e) => e.id === 'e_breach')?.outcome).toBe('bad');
  });
});

describe('crowdstrike-2024: timed decisions', () => {
  it('when nobody decides at 06:25, the handover starts without a crisis team', () => {
    const p = step(begin(), { type: 'decision.timeout' });
    const last = p.game.context.history.at(-2);
    expect(last).toMatchObject({ kind: 'timeout', stageId: 'bluescreens', optionId: 'wait_handover' });
    expect(p.game.place).toBe('attack_or_fault');
    expect(delayed(p.game.context.history, 'no_command')?.causes).toEqual([
      expect.objectContaining({ stageId: 'bluescreens', optionId: 'wait_handover' }),
    ]);
  });

  it('when nobody decides on scaling down, the departments muddle on and the emergency department fills up', () => {
    const p = step(playChoices(['escalate', 'treat_as_fault']), { type: 'decision.timeout' });
    expect(p.game.context.history.find((h) => h.kind === 'timeout')).toMatchObject({ stageId: 'care', optionId: 'no_central_call' });
    expect(p.game.place).toBe('seh_pressure');
    // Nobody told dispatch either: the region still sends its ambulances here.
    expect(delayed(p.game.context.history, 'region_blind')?.causes).toEqual([expect.objectContaining({ optionId: 'no_central_call' })]);
    expect(p.game.context.metrics.patientSafety).toBeLessThan(startOf('patientSafety'));
  });

  it('a timeout costs at least the time limit on the simulated clock', () => {
    const before = playChoices(toComms);
    expect(before.game.place).toBe('comms');
    const comms = scenario.stages.find((s) => s.id === 'comms');
    const after = step(before, { type: 'decision.timeout' });
    expect(after.game.context.history.at(-1)).toMatchObject({ kind: 'timeout', optionId: 'no_comms' });
    expect(after.game.context.clock - before.game.context.clock).toBeGreaterThanOrEqual(
      comms?.decision.timeLimit ?? Number.POSITIVE_INFINITY,
    );
    expect(after.game.context.metrics.publicTrust).toBeLessThan(before.game.context.metrics.publicTrust ?? 0);
  });

  it('every timed decision has exactly one no-decision option', () => {
    const timed = scenario.stages.filter((s) => s.decision.timeLimit !== undefined);
    expect(timed.length).toBeGreaterThanOrEqual(3);
    for (const s of timed) expect(s.decision.options.filter((o) => o.noDecision)).toHaveLength(1);
  });
});

describe('crowdstrike-2024: Dutch and English texts', () => {
  it('differ in every situation, option, inject and ending', () => {
    const pairs: [string, { nl: string; en: string }][] = [];
    for (const s of scenario.stages) {
      pairs.push([`${s.id} situation`, s.situation], [`${s.id} title`, s.title]);
      for (const o of s.decision.options) pairs.push([`${s.id}/${o.id} label`, o.label], [`${s.id}/${o.id} consequence`, o.consequence]);
      for (const i of s.injects ?? []) pairs.push([`${s.id}/${i.id} body`, i.body]);
      for (const c of s.onEnter ?? []) pairs.push([`${s.id}/${c.id} text`, c.text]);
    }
    for (const e of scenario.endings) pairs.push([`${e.id} summary`, e.summary]);
    pairs.push(['realStory', scenario.debrief.realStory]);
    const same = pairs.filter(([, t]) => t.nl.trim() === t.en.trim()).map(([where]) => where);
    expect(same).toEqual([]);
  });

  it('write Dutch as a Dutch hospital does and English in plain English', () => {
    const situations = scenario.stages.map((s) => s.situation);
    expect(situations.some((t) => /\bSEH\b/.test(t.nl))).toBe(true);
    expect(situations.some((t) => /emergency department/.test(t.en))).toBe(true);
    expect(situations.filter((t) => /\b(the|and|with)\b/.test(t.nl))).toEqual([]);
  });
});

/** What a player reads in a stage before deciding: situation, injects, the options' labels and hints (consequences, which tell what follows, excluded). */
describe('crowdstrike-2024: safer practice pays off later', () => {
  const restartVia = (care: string[]) => [
    ...(care[0] === 'scale_down' ? [] : []),
    'escalate',
    'treat_as_fault',
    ...care,
    'servers_first',
    'strict_paper',
    'keys_technicians',
    'media_now',
    'warn_all',
  ];

  it('a diverted, rested emergency department reopens on time at noon', () => {
    const p = playChoices(restartVia(['scale_down', 'full_diversion']));
    expect(p.game.place).toBe('restart');
    expect(delayed(p.game.context.history, 'diverted_rested')?.changes.continuity).toBeGreaterThan(0);
  });

  it('staying open without the EHR leaves a re-entry backlog that costs patient safety', () => {
    const open = step(playChoices(restartVia(['stay_open', 'reinforce'])), { type: 'decision.choose', optionId: 'controlled' });
    const diverted = step(playChoices(restartVia(['scale_down', 'full_diversion'])), { type: 'decision.choose', optionId: 'controlled' });
    expect(open.game.place).toBe('reentry');
    expect(delayed(open.game.context.history, 'open_backlog')?.changes.patientSafety).toBeLessThan(0);
    expect(delayed(diverted.game.context.history, 'open_backlog')).toBeUndefined();
    expect(diverted.game.context.metrics.patientSafety ?? 0).toBeGreaterThan(open.game.context.metrics.patientSafety ?? 0);
  });

  it('reopening everything at once no longer ends as the clean afternoon', () => {
    const p = playChoices([...restartVia(['scale_down', 'full_diversion']), 'all_at_once', 'reentry_team', 'report_zcert']);
    expect(p.game.place).toBe('e_long_tail');
  });

  it('options in the same stage differ later, not only in numbers now', () => {
    const hunt = playChoices(['escalate', 'hunt', 'scale_down', 'full_diversion']);
    expect(hunt.game.place).toBe('repair');
    expect(delayed(hunt.game.context.history, 'soc_cleared')?.causes).toEqual([expect.objectContaining({ optionId: 'hunt' })]);
    const called = playChoices([...restartVia(['scale_down', 'full_diversion']).slice(0, -2), 'phone_patients', 'warn_all']);
    expect(delayed(called.game.context.history, 'door_calm')).toBeDefined();
  });
});
