// The after-action report: mini.yaml played along several routes, with a timeout, a delayed consequence and an undo.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenario } from '../../src/engine/play/load';
import { buildReport } from '../../src/engine/play/report';
import type { Scenario } from '../../src/engine/play/schema';
import { newSession, type Session } from '../../src/engine/play/session';
import text from '../fixtures/mini.yaml?raw';
import { soloMove } from './play';

function load(change: (raw: Record<string, unknown>) => void = () => {}): Scenario {
  const raw = parse(text) as Record<string, unknown>;
  change(raw);
  const result = loadScenario(JSON.stringify(raw));
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.scenario;
}

/** mini.yaml with the objective on two options and a delayed consequence on the good ending caused by "cut". */
const rich = load((raw) => {
  const stages = raw.stages as { decision: { options: { id: string; objectives?: string[] }[] } }[];
  for (const stage of stages) for (const o of stage.decision.options) if (o.id === 'patch' || o.id === 'cut') o.objectives = ['contain'];
  const endings = raw.endings as { id: string; onEnter?: unknown[] }[];
  const good = endings.find((e) => e.id === 'good');
  if (good)
    good.onEnter = [
      { id: 'praise', when: { flag: 'cut' }, effects: { care: 5 }, text: { nl: 'Lof van de IGJ.', en: 'Praise from the IGJ.' } },
    ];
});
const mini = load();

type Step = { type: 'decision.choose'; optionId: string } | { type: 'decision.timeout' } | { type: 'session.undo' };
function play(s: Scenario, steps: Step[]): Session {
  let session = newSession(s, { role: 'ciso', timerMode: 'realistic' });
  steps.forEach((step, i) => {
    const result = soloMove(s, session, step, `2024-03-0${1 + (i % 8)}T10:00:00Z`);
    if (!result.ok) throw new Error(result.reason.message);
    session = result.session;
  });
  return session;
}
const choose = (optionId: string): Step => ({ type: 'decision.choose', optionId });

describe('the report of the historical route', () => {
  const report = buildReport(rich, play(rich, [choose('patch'), choose('cut')]));

  it('names the good ending with its outcome class', () => {
    expect(report.ending).toMatchObject({ id: 'good', outcome: 'good', title: { en: 'Good' } });
  });

  it('lists both choices and the ending consequence in clock order with the stage and the option', () => {
    expect(report.timeline.map((i) => [i.kind, i.place.id, i.option?.id ?? null, i.clock])).toEqual([
      ['choice', 'warning', 'patch', 0],
      ['choice', 'attack', 'cut', 120],
      ['delayed', 'good', null, 120],
    ]);
  });

  it('gives each item its consequence text and metric changes', () => {
    const cut = report.timeline[1];
    expect(cut?.text.en).toBe('Cut off.');
    expect(cut?.changes).toEqual([
      { metricId: 'care', label: expect.anything(), delta: -20, after: 55, better: false },
      { metricId: 'data', label: expect.anything(), delta: 10, after: 80, better: true },
    ]);
  });

  it('traces the delayed consequence back to the choice that set its flag', () => {
    const praise = report.timeline[2];
    expect(praise?.text.en).toBe('Praise from the IGJ.');
    expect(praise?.causes).toEqual([
      { flag: 'cut', stage: { id: 'attack', title: expect.anything() }, option: { id: 'cut', label: expect.anything() }, clock: 120 },
    ]);
  });

  it('shows the real organisation chose the same at the warning, with its source resolved', () => {
    const history = report.timeline[0]?.history;
    expect(history?.matched).toBe(true);
    expect(history?.notes[0]?.sources.map((x) => x.name)).toEqual(['Testbron']);
    expect(report.divergence).toBeNull();
  });

  it('rates the objective performed without challenges when every chance was taken and it ended well', () => {
    expect(report.objectives).toEqual([
      expect.objectContaining({ id: 'contain', rating: 'performed', performed: 2, opportunities: 2, override: null, computed: null }),
    ]);
    expect(report.objectives[0]?.reasons.map((r) => [r.stage.id, r.option?.id, r.performed])).toEqual([
      ['warning', 'patch', true],
      ['attack', 'cut', true],
    ]);
  });

  it('compares final metrics with the start and carries the questions, story and sources', () => {
    expect(report.metrics.map((m) => [m.id, m.start, m.end, m.delta])).toEqual([
      ['care', 80, 60, -20],
      ['data', 70, 80, 10],
    ]);
    expect(report.series.map((p) => p.clock)).toEqual([0, 0, 120, 120]);
    expect(report.questions[0]?.en).toBe('What would you do?');
    expect(report.realStory.en).toBe('Really happened.');
    expect(report.sources.map((x) => x.id)).toEqual(['s1']);
    expect(report.role.name.en).toBe('CISO');
  });
});

describe('the report of a route where time ran out', () => {
  const report = buildReport(rich, play(rich, [{ type: 'decision.timeout' }, choose('cut')]));

  it('records the timeout with the no-decision option and the time it cost', () => {
    expect(report.timeline[0]).toMatchObject({ kind: 'timeout', option: { id: 'wait' }, clock: 0 });
    expect(report.timeline[1]).toMatchObject({
      kind: 'delayed',
      place: { id: 'attack' },
      clock: 120,
      text: { en: 'Because you did not patch, the attacker got in.' },
    });
  });

  it('marks the timeout as the point where the route left the historical one', () => {
    expect(report.timeline[0]?.history).toMatchObject({ matched: false, option: { id: 'patch' } });
    expect(report.timeline[0]?.leftHistoricalRoute).toBe(true);
    // Event 1 opened the decision; the timeout is event 2.
    expect(report.divergence).toMatchObject({ seq: 2, stage: { id: 'warning' } });
  });

  it('ends mixed and rates the objective with some challenges', () => {
    expect(report.ending?.outcome).toBe('mixed');
    expect(report.objectives[0]).toMatchObject({ rating: 'some', performed: 1, opportunities: 2 });
  });
});

describe('the report of a session with an undo', () => {
  const session = play(mini, [choose('patch'), { type: 'session.undo' }, choose('wait'), choose('ignore')]);
  const report = buildReport(mini, session);

  it('keeps the undone choice in the timeline, marked as undone', () => {
    expect(report.timeline.map((i) => [i.place.id, i.option?.id ?? null, i.undone])).toEqual([
      ['warning', 'patch', true],
      ['warning', 'wait', false],
      ['attack', null, false],
      ['attack', 'ignore', false],
    ]);
  });

  it('leaves the undone choice out of the divergence, the series and the ending', () => {
    expect(report.timeline[0]?.leftHistoricalRoute).toBe(false);
    // open, patch, undo (which reopens the decision), wait: the counted choice that left the route is event 4.
    expect(report.divergence).toMatchObject({ seq: 4, stage: { id: 'warning' } });
    expect(report.series).toHaveLength(4);
    expect(report.ending?.id).toBe('bad');
  });

  it('rates an objective no option exercises as not performed', () => {
    expect(report.objectives[0]).toMatchObject({ rating: 'not', opportunities: 0 });
  });

  it('records when the session was played', () => {
    expect(report.playedFrom).toBe('2024-03-01T10:00:00Z');
    expect(report.playedTo).toBe('2024-03-04T10:00:00Z');
  });
});

describe('metrics where lower is better', () => {
  it('counts a fall as an improvement', () => {
    const lower = load((raw) => {
      const metrics = raw.metrics as { id: string; good: string }[];
      for (const m of metrics) if (m.id === 'care') m.good = 'lower';
    });
    const report = buildReport(lower, play(lower, [choose('patch')]));
    expect(report.timeline[0]?.changes[0]).toMatchObject({ metricId: 'care', delta: -5, better: true });
    expect(report.metrics[0]).toMatchObject({ delta: -5, better: true, good: 'lower' });
  });
});

describe('objective ratings', () => {
  it('rates a bad ending with half the chances taken as major challenges', () => {
    const report = buildReport(rich, play(rich, [choose('patch'), choose('ignore')]));
    expect(report.objectives[0]).toMatchObject({ rating: 'major', performed: 1, opportunities: 2 });
  });
});

describe('an unfinished or broken session', () => {
  it('reports a session without events as the starting point', () => {
    const report = buildReport(mini, play(mini, []));
    expect([report.timeline, report.playedFrom, report.ending, report.series.length]).toEqual([[], null, null, 1]);
    expect(report.metrics.map((m) => m.delta)).toEqual([0, 0]);
  });

  it('shows a role the scenario no longer has by its id', () => {
    const session = { ...play(mini, []), role: 'ghost' };
    expect(buildReport(mini, session).role.name.en).toBe('ghost');
  });

  it('has no ending before the scenario is over', () => {
    const report = buildReport(mini, play(mini, [choose('patch')]));
    expect(report.ending).toBeNull();
    expect(report.timeline).toHaveLength(1);
  });

  it('reports an event that no longer fits and keeps what came before', () => {
    const session = play(mini, [choose('patch')]);
    const broken: Session = {
      ...session,
      events: [
        ...session.events,
        { seq: 3, type: 'decision.open', stageId: 'attack', at: '2024-03-02T10:00:00Z' },
        { seq: 4, type: 'decision.choose', stageId: 'attack', optionId: 'gone', at: '2024-03-02T10:00:00Z' },
      ],
    };
    const report = buildReport(mini, broken);
    expect(report.problem).toMatchObject({ index: 3, message: 'stage "attack" has no option "gone"' });
    expect(report.timeline).toHaveLength(1);
  });
});
