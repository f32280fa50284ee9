// The view of a session for each viewer: options in scenario order, the inject feed as each viewer may see it (solo:
// everything to the crisis team, own role marked; participants: for everyone and their role; the room: for everyone;
// the facilitator: all, with facilitator-only injects once released), the consequence card's data, metric trends, the
// timer and the play bar's time while a consequence is on screen.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/play/load';
import type { Scenario } from '../../src/engine/play/schema';
import { applyEvent, type Live, newSession, replay, type Session, type TimerMode } from '../../src/engine/play/session';
import { timerSeconds, type Viewer, viewFor } from '../../src/engine/play/view';
import { soloMove } from './play';

function mini(): Scenario {
  const result = loadScenario(readFileSync(resolve(import.meta.dirname, '../fixtures/mini.yaml'), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.scenario;
}

function play(
  s: Scenario,
  role: string,
  steps: ({ type: 'decision.choose'; optionId: string } | { type: 'decision.timeout' })[],
  timerMode: TimerMode = 'off',
  opts: { open?: boolean; viewer?: Viewer } = {},
) {
  const r = live(s, role, steps, timerMode, opts.open ?? true);
  return viewFor(s, r, opts.viewer ?? { kind: 'solo', role });
}

/** Play the steps; then open the next decision, as Continue on the consequence card does (unless `open` is false). */
function live(s: Scenario, role: string, steps: Parameters<typeof soloMove>[2][], timerMode: TimerMode, open: boolean): Live {
  let session: Session = newSession(s, { role, timerMode });
  for (const step of steps) {
    const r = soloMove(s, session, step, '2024-01-01T00:00:00Z');
    if (!r.ok) throw new Error(r.reason.message);
    session = r.session;
  }
  const r = replay(s, session);
  if (!r.ok) throw new Error(r.reason.message);
  if (!open || r.game.done || r.live.decision) return r.live;
  const opened = applyEvent(s, r.live, { type: 'decision.open', at: '2024-01-01T00:01:00Z' });
  if (!opened.ok) throw new Error(opened.reason.message);
  return opened.live;
}

describe('viewFor', () => {
  const s = mini();

  it('shows the first stage with its options in order and no consequence yet', () => {
    const v = play(s, 'ciso', []);
    expect(v.stage?.title.en).toBe('Warning');
    expect(v.options.map((o) => [o.id, o.available])).toEqual([
      ['patch', true],
      ['wait', true],
    ]);
    expect(v.last).toBeUndefined();
    expect(v.metrics.map((m) => [m.id, m.value, m.trend])).toEqual([
      ['care', 80, 'same'],
      ['data', 70, 'same'],
    ]);
  });

  it('shows a solo player every message to the crisis team, with those addressed to their role marked', () => {
    expect(play(s, 'ciso', []).injects.map((i) => [i.subject.en, i.personal])).toEqual([
      ['Press', false],
      ['Phone call', false],
    ]);
    expect(play(s, 'comms', []).injects.map((i) => [i.subject.en, i.personal])).toEqual([
      ['Press', true],
      ['Phone call', false],
    ]);
  });

  it('shows a participant the messages for everyone and their role, the room only those for everyone', () => {
    const subjects = (viewer: Viewer) => play(s, 'ciso', [], 'off', { viewer }).injects.map((i) => i.subject.en);
    expect(subjects({ kind: 'participant', role: 'ciso', participantId: 'p1' })).toEqual(['Phone call']);
    expect(subjects({ kind: 'participant', role: 'comms', participantId: 'p2' })).toEqual(['Press', 'Phone call']);
    expect(subjects({ kind: 'room' })).toEqual(['Phone call']);
    const facilitator = play(s, 'ciso', [], 'off', { viewer: { kind: 'facilitator' } });
    expect(facilitator.injects.map((i) => [i.subject.en, i.to?.en ?? null])).toEqual([
      ['Press', 'Communications'],
      ['Phone call', null],
    ]);
    expect(facilitator.historical.map((h) => h.text.en)).toEqual(['They patched.']);
    expect(facilitator.options[0]?.preview).toMatchObject({ historical: true, next: ['attack'], set: ['patched'] });
    expect(play(s, 'ciso', [], 'off', { viewer: { kind: 'room' } })).toMatchObject({ historical: [] });
    expect(play(s, 'ciso', [], 'off', { viewer: { kind: 'room' } }).options[0]?.preview).toBeUndefined();
  });

  it('shows a facilitator-only inject to nobody until it is released, then as released; the facilitator sees it pending', () => {
    const manual: Scenario = {
      ...s,
      stages: s.stages.map((st) =>
        st.id === 'warning'
          ? {
              ...st,
              injects: [
                ...(st.injects ?? []),
                {
                  id: 'leak',
                  kind: 'social',
                  from: 'zcert',
                  release: 'facilitator',
                  subject: { nl: 'Lek', en: 'Leak' },
                  body: { nl: 'Post.', en: 'Post.' },
                },
              ],
            }
          : st,
      ),
    };
    const before = live(manual, 'ciso', [], 'off', true);
    expect(viewFor(manual, before, { kind: 'solo', role: 'ciso' }).injects.map((i) => i.id)).not.toContain('0:leak');
    expect(viewFor(manual, before, { kind: 'facilitator' }).pending).toMatchObject([{ id: 'leak', manual: true }]);
    const released = applyEvent(manual, before, { type: 'inject.release', injectId: 'leak', at: '2024-01-01T00:02:00Z' });
    if (!released.ok) throw new Error(released.reason.message);
    const room = viewFor(manual, released.live, { kind: 'room' });
    expect(room.injects[0]).toMatchObject({ subject: { en: 'Leak' }, source: 'released', fresh: true });
    expect(viewFor(manual, released.live, { kind: 'facilitator' }).pending).toEqual([]);
    expect(applyEvent(manual, released.live, { type: 'inject.release', injectId: 'leak', at: '2024-01-01T00:03:00Z' })).toMatchObject({
      ok: false,
      reason: { code: 'already-shown' },
    });
  });

  it('keeps facilitator notes from everyone but the facilitator and observers; room notes reach all', () => {
    const base = live(s, 'ciso', [], 'off', true);
    const one = applyEvent(s, base, {
      type: 'note.add',
      text: 'Voor iedereen',
      author: 'F',
      visibility: 'room',
      at: '2024-01-01T00:02:00Z',
    });
    if (!one.ok) throw new Error('note');
    const two = applyEvent(s, one.live, {
      type: 'note.add',
      text: 'Alleen ik',
      author: 'F',
      visibility: 'facilitator',
      at: '2024-01-01T00:03:00Z',
    });
    if (!two.ok) throw new Error('note');
    expect(viewFor(s, two.live, { kind: 'room' }).notes.map((n) => n.text)).toEqual(['Voor iedereen']);
    expect(viewFor(s, two.live, { kind: 'observer' }).notes.map((n) => n.text)).toEqual(['Voor iedereen', 'Alleen ik']);
  });

  it('while the consequence card is up, the bar shows the time and phase of the decision just made', () => {
    const card = play(s, 'ciso', [{ type: 'decision.choose', optionId: 'patch' }], 'off', { open: false });
    expect(card).toMatchObject({ reviewing: true, deciding: false, place: 'attack', clock: 120, bar: { clock: 0 } });
    const next = play(s, 'ciso', [{ type: 'decision.choose', optionId: 'patch' }], 'off');
    expect(next).toMatchObject({ reviewing: false, deciding: true, bar: { clock: 120 } });
  });

  it('keeps an unavailable option in place, disabled with its reason', () => {
    const v = play(s, 'ciso', [{ type: 'decision.choose', optionId: 'wait' }]);
    const monitor = v.options.find((o) => o.id === 'monitor');
    expect(v.options.indexOf(monitor as (typeof v.options)[number])).toBe(1);
    expect(monitor).toMatchObject({ available: false, unavailable: { en: 'Only after patching' } });
  });

  it('lists the newest injects first and marks the ones that just arrived', () => {
    const v = play(s, 'ciso', [{ type: 'decision.choose', optionId: 'wait' }]);
    expect(v.injects.map((i) => [i.subject.en, i.fresh])).toEqual([
      ['Alert', true],
      ['Press', false],
      ['Phone call', false],
    ]);
  });

  it('describes the last choice with its metric changes', () => {
    const v = play(s, 'ciso', [{ type: 'decision.choose', optionId: 'patch' }], 'off', { open: false });
    expect(v.last).toMatchObject({ kind: 'choice', optionLabel: { en: 'Patch' }, text: { en: 'Patched.' }, delayed: [] });
    expect(v.last?.changes).toEqual([{ metricId: 'care', label: s.metrics[0]?.label, delta: -5, better: false }]);
    expect(v.metrics.find((m) => m.id === 'care')).toMatchObject({ value: 75, change: -5, trend: 'worse' });
  });

  it('names a delayed consequence that fired on entering the new stage', () => {
    const v = play(s, 'ciso', [{ type: 'decision.timeout' }], 'realistic', { open: false });
    expect(v.last?.kind).toBe('timeout');
    expect(v.last?.delayed).toHaveLength(1);
    expect(v.last?.delayed[0]).toMatchObject({ id: 'breach', text: { en: 'Because you did not patch, the attacker got in.' } });
    expect(v.last?.delayed[0]?.changes).toMatchObject([{ metricId: 'data', delta: -30, better: false }]);
  });

  it('gives the causes of a delayed consequence as the earlier choice and its time', () => {
    const withCause: Scenario = {
      ...s,
      stages: s.stages.map((st) =>
        st.id === 'attack' ? { ...st, onEnter: [{ id: 'kept', when: { flag: 'patched' }, text: { nl: 'Dicht.', en: 'Closed.' } }] } : st,
      ),
    };
    const v = play(withCause, 'ciso', [{ type: 'decision.choose', optionId: 'patch' }]);
    expect(v.last?.delayed[0]?.causes).toEqual([
      {
        stageId: 'warning',
        stageTitle: { nl: 'Waarschuwing', en: 'Warning' },
        optionId: 'patch',
        optionLabel: { nl: 'Patchen', en: 'Patch' },
        clock: 0,
      },
    ]);
  });

  it('reports an ending as done, without options', () => {
    const v = play(s, 'ciso', [
      { type: 'decision.choose', optionId: 'patch' },
      { type: 'decision.choose', optionId: 'monitor' },
    ]);
    expect(v.done).toBe(true);
    expect(v.ending).toMatchObject({ id: 'good', outcome: 'good' });
    expect(v.options).toEqual([]);
    expect(v.timer.applies).toBe(false);
  });

  it('applies the timer only to timed decisions when the timer is on', () => {
    const opened = Date.parse('2024-01-01T00:01:00Z');
    expect(play(s, 'ciso', [], 'realistic').timer).toEqual({ applies: true, seconds: 60, deadline: opened + 60_000, pausedLeft: null });
    expect(play(s, 'ciso', [], 'relaxed').timer).toMatchObject({ applies: true, seconds: 120 });
    expect(play(s, 'ciso', [], 'off').timer).toMatchObject({ applies: false, seconds: null });
    expect(play(s, 'ciso', [{ type: 'decision.choose', optionId: 'patch' }], 'realistic').timer.applies).toBe(false);
  });
});

describe('timerSeconds', () => {
  it('maps simulated minutes to real seconds within 30–180 s, relaxed twice as long', () => {
    expect(timerSeconds(5, 'realistic')).toBe(30);
    expect(timerSeconds(45, 'realistic')).toBe(90);
    expect(timerSeconds(240, 'realistic')).toBe(180);
    expect(timerSeconds(240, 'relaxed')).toBe(360);
    expect(timerSeconds(45, 'off')).toBeNull();
    expect(timerSeconds(undefined, 'realistic')).toBeNull();
  });
});
