// The Citrix scenario played through the session layer: the historical MCL path, its delayed consequences,
// the timers' "nobody decided" options, and complete Dutch and English texts.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holds } from '../../src/engine/play/conditions';
import { type Game, newSession, replay, type Session } from '../../src/engine/play/session';
import { loadFile, soloMove } from '../engine/play';

const file = resolve(import.meta.dirname, '../../scenarios/citrix-2020.yaml');

const s = loadFile(file);
const AT = '2020-01-14T21:40:00.000Z';

type Move = string | { timeout: true };

/** Play moves (option ids, or a timeout) from the start; every move must be accepted. */
function play(moves: Move[]): { game: Game; session: Session } {
  let session = newSession(s, { role: 'ciso', timerMode: 'realistic' });
  const first = replay(s, session);
  if (!first.ok) throw new Error('the empty session must replay');
  let game = first.game;
  for (const m of moves) {
    const input = typeof m === 'string' ? { type: 'decision.choose' as const, optionId: m } : { type: 'decision.timeout' as const };
    const r = soloMove(s, session, input, AT);
    if (!r.ok) throw new Error(`move ${JSON.stringify(m)} in "${game.place}" rejected: ${r.reason.message}`);
    session = r.session;
    game = r.game;
  }
  return { game, session };
}

/** Always choose the option marked historical that is available in the current stage. */
function playHistorical(): { game: Game; chosen: string[] } {
  const chosen: string[] = [];
  let { game } = play([]);
  while (!game.done) {
    const stage = s.stages.find((x) => x.id === game.place);
    const option = stage?.decision.options.find((o) => o.historical && holds(o.when, game.context));
    if (!option) throw new Error(`no historical option available in "${game.place}"`);
    chosen.push(option.id);
    game = play(chosen).game;
  }
  return { game, chosen };
}

const start = Object.fromEntries(s.metrics.map((m) => [m.id, m.start]));
const metricsAfter = (game: Game, stageId: string, optionId: string) => {
  const entry = game.context.history.find((h) => h.stageId === stageId && h.optionId === optionId);
  if (!entry) throw new Error(`no choice ${stageId}/${optionId} in the history`);
  return entry.metrics;
};

describe('Citrix scenario: the historical path (MCL)', () => {
  it('waits in December, mitigates late, cuts all external traffic and ends "only the doormat" (mixed)', () => {
    const { game, chosen } = playHistorical();
    expect(chosen).toEqual([
      'wait_patch',
      'wait_monday',
      'apply_as_written',
      'cut_all',
      'open_statement',
      'image_investigate',
      'notify_precaution',
      'keep_off',
      'patch_reopen',
      'tell_and_investigate',
    ]);
    expect(game.place).toBe('end_doormat');
    expect(s.endings.find((e) => e.id === game.place)?.outcome).toBe('mixed');
  });

  it('cutting external traffic drops IT availability and continuity below their start while data protection holds', () => {
    const { game } = playHistorical();
    const beforeCut = metricsAfter(game, 'zcert_call', 'apply_as_written');
    const afterCut = metricsAfter(game, 'intrusion', 'cut_all');
    expect(afterCut.itAvailability).toBe(60);
    expect(afterCut.continuity).toBe(73);
    expect(afterCut.itAvailability).toBeLessThan(start.itAvailability as number);
    expect(afterCut.continuity).toBeLessThan(start.continuity as number);
    // The false sense of safety cost 5 on entering the attack evening; the cut wins it back and nothing leaks after.
    const enteredIntrusion = game.context.history.find((h) => h.kind === 'delayed' && h.consequenceId === 'false_safety');
    expect(enteredIntrusion?.metrics.dataProtection).toBe(65);
    expect(afterCut.dataProtection).toBe(70);
    expect(afterCut.dataProtection).toBeGreaterThanOrEqual(beforeCut.dataProtection as number);
    expect(game.context.metrics.dataProtection).toBeGreaterThanOrEqual(afterCut.dataProtection as number);
    expect(game.context.flags).not.toContain('lateral');
  });

  it('comes back online on Wednesday 22 January after patching: IT availability recovers but stays below its start', () => {
    const { game } = playHistorical();
    const afterReopen = metricsAfter(game, 'reopen', 'patch_reopen');
    const keptOff = metricsAfter(game, 'vws_advice', 'keep_off');
    expect(afterReopen.itAvailability).toBeGreaterThan(keptOff.itAvailability as number);
    expect(afterReopen.itAvailability).toBeLessThan(start.itAvailability as number);
    expect(game.context.metrics.compliance).toBeGreaterThan(start.compliance as number);
  });
});

describe('Citrix scenario: delayed consequences name their cause', () => {
  it('the unchecked 12.1 build bites on the attack evening and names the late Monday workaround', () => {
    const { game } = play(['wait_patch', 'wait_monday', 'apply_as_written']);
    expect(game.place).toBe('intrusion');
    const fired = game.context.history.find((h) => h.kind === 'delayed' && h.consequenceId === 'false_safety');
    expect(fired?.stageId).toBe('intrusion');
    expect(fired?.causes).toContainEqual(
      expect.objectContaining({ flag: 'mitigated', stageId: 'zcert_call', optionId: 'apply_as_written' }),
    );
  });

  it('a December workaround on the old build still leaves the door open, and the cause is the December choice', () => {
    const { game } = play(['wa_tonight', 'trust_december', 'plan_wednesday']);
    expect(game.place).toBe('intrusion');
    const fired = game.context.history.find((h) => h.consequenceId === 'false_safety');
    expect(fired?.causes).toContainEqual(expect.objectContaining({ stageId: 'advisory', optionId: 'wa_tonight' }));
  });

  it('testing the workaround from outside on Saturday turns the attack evening into a repelled wave', () => {
    const { game } = play(['wa_tonight', 'verify_outside', 'plan_wednesday']);
    expect(game.place).toBe('probe_evening');
    expect(game.context.history.some((h) => h.consequenceId === 'false_safety')).toBe(false);
  });

  it('skipping the December workaround brings the forensics burden and the Kamervragen, both traced to 17 December', () => {
    const { game } = playHistorical();
    for (const id of ['forensic_burden', 'named_in_parliament']) {
      const fired = game.context.history.find((h) => h.kind === 'delayed' && h.consequenceId === id);
      expect(fired, id).toBeDefined();
      expect(fired?.causes).toContainEqual(expect.objectContaining({ flag: 'waited_dec', stageId: 'advisory', optionId: 'wait_patch' }));
    }
  });

  it('missing the 72 hours brings a letter from the AP three weeks later and an ending about it', () => {
    const moves = ['wait_patch', 'wait_monday', 'apply_as_written', 'cut_all', 'open_statement', 'image_investigate'];
    const { game } = play([...moves, { timeout: true }, 'keep_off', 'patch_reopen', 'tell_and_investigate']);
    const letter = game.context.history.find((h) => h.consequenceId === 'ap_letter_arrives');
    expect(letter?.causes).toContainEqual(expect.objectContaining({ flag: 'ap_missed', stageId: 'ap_notice', optionId: 'wait_report' }));
    expect(game.context.trail.find((t) => t.placeId === 'aftermath')?.injects).toContain('af_ap_letter');
    expect(game.place).toBe('end_ap_letter');
  });
});

describe('Citrix scenario: when nobody decides', () => {
  it('the timer on the attack evening takes "wait for the call-back": cut three hours late, the attacker gets past the doormat', () => {
    const { game } = play(['wait_patch', 'wait_monday', 'apply_as_written', { timeout: true }]);
    const last = game.context.history.at(-1);
    expect(last).toMatchObject({ kind: 'timeout', stageId: 'intrusion', optionId: 'wait_callback' });
    expect(game.place).toBe('press');
    // Everything still goes off in the end, but data protection ends lower than after a prompt cut.
    const prompt = play(['wait_patch', 'wait_monday', 'apply_as_written', 'cut_all']).game;
    expect(game.context.flags).toContain('cut_all');
    expect(game.context.metrics.itAvailability).toBe(prompt.context.metrics.itAvailability);
    expect(game.context.metrics.dataProtection).toBeLessThan(prompt.context.metrics.dataProtection as number);
    const next = play(['wait_patch', 'wait_monday', 'apply_as_written', { timeout: true }, 'open_statement']).game;
    expect(next.place).toBe('forensics_foothold');
    expect(next.context.flags).toContain('lateral');
  });

  it('every timed decision has exactly one no-decision option', () => {
    const timed = s.stages.filter((st) => st.decision.timeLimit !== undefined);
    expect(timed.length).toBeGreaterThanOrEqual(3);
    for (const st of timed) expect(st.decision.options.filter((o) => o.noDecision).length, st.id).toBe(1);
  });
});

describe('Citrix scenario: Dutch and English', () => {
  it('every situation, option, consequence and inject is written in both languages, not copied', () => {
    for (const st of s.stages) {
      expect(st.situation.nl, st.id).not.toBe(st.situation.en);
      expect(st.title.nl, st.id).not.toBe(st.title.en);
      for (const o of st.decision.options) {
        expect(o.label.nl, `${st.id}/${o.id}`).not.toBe(o.label.en);
        expect(o.consequence.nl, `${st.id}/${o.id}`).not.toBe(o.consequence.en);
      }
      for (const i of st.injects ?? []) expect(i.body.nl, `${st.id}/${i.id}`).not.toBe(i.body.en);
      for (const c of st.onEnter ?? []) expect(c.text.nl, `${st.id}/${c.id}`).not.toBe(c.text.en);
    }
    for (const e of s.endings) expect(e.summary.nl, e.id).not.toBe(e.summary.en);
  });
});

describe('Citrix scenario: the facts as corrected', () => {
  const texts = (id: string): string[] => {
    const st = s.stages.find((x) => x.id === id);
    if (!st) return [];
    return [
      st.situation,
      ...(st.injects ?? []).flatMap((i) => [i.subject, i.body]),
      ...st.decision.options.flatMap((o) => [o.label, o.hint, o.consequence]),
      ...(st.onEnter ?? []).map((c) => c.text),
    ].flatMap((t) => (t ? [t.nl, t.en] : []));
  };
  const ncscLine = Date.parse('2020-01-19T22:00:00+01:00');

  it('no stage before the NCSC published it on 19 January (22:00) speaks of the 9 January line', () => {
    const before = s.stages.filter((st) => Date.parse(st.at ?? '') < ncscLine);
    expect(before.map((st) => st.id)).toContain('zcert_call');
    for (const st of before) for (const text of texts(st.id)) expect(text).not.toMatch(/9 (januari|January)/);
    expect(texts('reopen').join(' ')).toMatch(/22:00[\s\S]*9 January/);
  });

  it('names the security bulletin CTX267027 and the mitigation article CTX267679', () => {
    const bulletin = s.stages[0]?.injects?.find((i) => i.id === 'adv_bulletin');
    expect(bulletin?.subject.en).toMatch(/CTX267027/);
    expect(bulletin?.body.en).toMatch(/CTX267679/);
  });

  it('reopens the 12.1 gateway with a fix that came on 24 January, not before', () => {
    const reopen = s.stages.find((st) => st.id === 'reopen');
    expect(reopen?.situation.en).toMatch(/Friday 24 January/);
    const patch = reopen?.decision.options.find((o) => o.id === 'patch_reopen');
    expect(patch?.consequence.en).toMatch(/24 January/);
    expect(patch?.consequence.en).not.toMatch(/22 January/);
  });

  it('the aftermath consequence no longer calls the workaround late on paths where it went in on 17 December', () => {
    for (const text of texts('aftermath')) expect(text).not.toMatch(/late workaround|late workaround erin/);
    const december = play([
      'wa_tonight',
      'verify_outside',
      'plan_wednesday',
      'keep_watch',
      'say_ready',
      'keep_running',
      'patch_reopen',
    ]).game;
    expect(december.place).toBe('aftermath');
    expect(december.context.history.find((h) => h.consequenceId === 'december_on_record')).toBeDefined();
  });

  it('marks what MCL did over the weekend, when it mitigated and whether it notified the AP as inferences', () => {
    const inferred = s.debrief.historical.filter((n) => n.inferred).map((n) => n.stage);
    expect(inferred).toEqual(expect.arrayContaining(['weekend_open', 'zcert_call', 'ap_notice']));
    expect(s.debrief.historical.find((n) => n.stage === 'intrusion')?.inferred).toBeUndefined();
  });
});

describe('Citrix scenario: choices that cost what they would', () => {
  const toVws = ['upgrade_first', 'trust_december', 'plan_wednesday', 'keep_watch', 'say_ready'];

  it('keeping Citrix on against the advice without testing the gateway from outside ends in a breach', () => {
    const { game } = play([...toVws, 'keep_running', 'patch_reopen', 'tell_and_investigate']);
    expect(game.context.history.find((h) => h.consequenceId === 'unverified_gateway')?.causes).toContainEqual(
      expect.objectContaining({ stageId: 'vws_advice', optionId: 'keep_running' }),
    );
    expect(game.place).toBe('end_breach');
  });

  it('the same choice with a mitigation tested from outside holds', () => {
    const { game } = play([
      'upgrade_first',
      'verify_outside',
      'plan_wednesday',
      'keep_watch',
      'say_ready',
      'keep_running',
      'patch_reopen',
      'tell_and_investigate',
    ]);
    expect(game.context.history.find((h) => h.consequenceId === 'tested_gamble')).toBeDefined();
    expect(game.place).toBe('end_held');
  });

  it('a clean rebuild after an unverified weekend evicts the intruder in time', () => {
    const { game } = play([...toVws, 'keep_running', 'rebuild_reopen', 'tell_and_investigate']);
    expect(game.place).toBe('end_past_doormat');
  });

  it('wiping the gateway without an image costs days of resets at the reopening', () => {
    const wiped = play([
      'wait_patch',
      'wait_monday',
      'apply_as_written',
      'cut_all',
      'open_statement',
      'rebuild_now',
      'notify_precaution',
      'keep_off',
    ]).game;
    const imaged = play([
      'wait_patch',
      'wait_monday',
      'apply_as_written',
      'cut_all',
      'open_statement',
      'image_investigate',
      'notify_precaution',
      'keep_off',
    ]).game;
    expect(wiped.place).toBe('reopen');
    expect(wiped.context.history.find((h) => h.consequenceId === 'no_proof')?.changes.itAvailability).toBeLessThan(0);
    expect(imaged.context.history.find((h) => h.consequenceId === 'image_evidence')).toBeDefined();
    expect(imaged.context.metrics.itAvailability ?? 0).toBeGreaterThan(wiped.context.metrics.itAvailability ?? 0);
  });
});
