// The play screen's view of a session: options with stable keys, the role-filtered inject feed, the consequence
// card's data (including delayed consequences and their causes), metric trends and the timer's seconds.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/play/load';
import type { Scenario } from '../../src/engine/play/schema';
import { apply, newSession, replay, type Session, type TimerMode } from '../../src/engine/play/session';
import { playView, timerSeconds } from '../../src/engine/play/view';

function mini(): Scenario {
  const result = loadScenario(readFileSync(resolve(import.meta.dirname, '../fixtures/mini.yaml'), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.scenario;
}

function play(
  s: Scenario,
  role: string,
  steps: { type: 'decision.choose' | 'decision.timeout'; optionId?: string }[],
  timerMode: TimerMode = 'off',
) {
  let session: Session = newSession(s, { role, timerMode });
  for (const step of steps) {
    const r = apply(s, session, step, '2024-01-01T00:00:00Z');
    if (!r.ok) throw new Error(r.reason.message);
    session = r.session;
  }
  const r = replay(s, session.events);
  if (!r.ok) throw new Error(r.reason.message);
  return playView(s, session, r.game);
}

describe('playView', () => {
  const s = mini();

  it('shows the first stage with its options numbered 1, 2 and no consequence yet', () => {
    const v = play(s, 'ciso', []);
    expect(v.stage?.title.en).toBe('Warning');
    expect(v.options.map((o) => [o.id, o.key, o.available])).toEqual([
      ['patch', 1, true],
      ['wait', 2, true],
    ]);
    expect(v.last).toBeUndefined();
    expect(v.metrics.map((m) => [m.id, m.value, m.trend])).toEqual([
      ['care', 80, 'same'],
      ['data', 70, 'same'],
    ]);
  });

  it('shows a role-targeted inject only to that role', () => {
    expect(play(s, 'ciso', []).injects.map((i) => i.subject.en)).toEqual(['Phone call']);
    expect(play(s, 'comms', []).injects.map((i) => i.subject.en)).toEqual(['Press', 'Phone call']);
  });

  it('keeps an unavailable option in place, disabled with its reason', () => {
    const v = play(s, 'ciso', [{ type: 'decision.choose', optionId: 'wait' }]);
    const monitor = v.options.find((o) => o.id === 'monitor');
    expect(monitor).toMatchObject({ key: 2, available: false, unavailable: { en: 'Only after patching' } });
  });

  it('lists the newest injects first and marks the ones that just arrived', () => {
    const v = play(s, 'ciso', [{ type: 'decision.choose', optionId: 'wait' }]);
    expect(v.injects.map((i) => [i.subject.en, i.fresh])).toEqual([
      ['Alert', true],
      ['Phone call', false],
    ]);
  });

  it('describes the last choice with its metric changes', () => {
    const v = play(s, 'ciso', [{ type: 'decision.choose', optionId: 'patch' }]);
    expect(v.last).toMatchObject({ kind: 'choice', optionLabel: { en: 'Patch' }, text: { en: 'Patched.' }, delayed: [] });
    expect(v.last?.changes).toEqual([{ metricId: 'care', label: s.metrics[0]?.label, delta: -5, better: false }]);
    expect(v.metrics.find((m) => m.id === 'care')).toMatchObject({ value: 75, change: -5, trend: 'worse' });
  });

  it('names a delayed consequence that fired on entering the new stage', () => {
    const v = play(s, 'ciso', [{ type: 'decision.timeout' }], 'realistic');
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
    expect(play(s, 'ciso', [], 'realistic').timer).toEqual({ applies: true, seconds: 60 });
    expect(play(s, 'ciso', [], 'relaxed').timer).toEqual({ applies: true, seconds: 120 });
    expect(play(s, 'ciso', [], 'off').timer).toEqual({ applies: false, seconds: null });
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
