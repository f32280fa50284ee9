// The after-action report as a user sees it: the overview with its own fields, per objective the rating with the
// decisions behind it, the decision timeline, the improvement plan's form, participants and the feedback summary;
// and its Markdown export with the same content.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import i18n from 'i18next';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildAar, type ExerciseDetails } from '../../../src/engine/aar/aar';
import { type PlanDraft, planEvent, planRemoval } from '../../../src/engine/aar/plan';
import { apply, type EventInput, type Session } from '../../../src/engine/play/session';
import { AarDocument } from '../../../src/ui/common/report/AarDocument';
import { renderAarMarkdown } from '../../../src/ui/common/report/aarMarkdown';
import { choose, initI18n, play, scenario } from '../debrief/setup';

const s = scenario();
const AT = '2024-03-05T16:00:00Z';
function add(session: Session, inputs: EventInput[]): Session {
  return inputs.reduce((acc, input) => {
    const r = apply(s, acc, input, AT);
    if (!r.ok) throw new Error(r.reason.message);
    return r.session;
  }, session);
}
const session = add(play(s, [choose('wait'), choose('cut')]), [
  { type: 'session.end' },
  { type: 'observation.add', objectiveId: 'contain', text: 'Late call to cut', author: 'Eva' },
  { type: 'hotwash.item', kind: 'strength', text: 'Clear roles', objectiveId: 'contain' },
  planEvent({
    row: 'r1',
    objectiveId: 'contain',
    area: 'Slow patching',
    action: 'Patch within a day',
    capability: 'training',
    organisation: 'IT',
    owner: 'Lead',
    start: '2024-04-01',
    due: '2024-05-01',
  }),
  {
    type: 'feedback.submit',
    author: 'Ann',
    strengths: ['Realistic'],
    improvements: ['Longer'],
    statements: { structured: 4, realistic: 5 },
  },
  { type: 'feedback.submit', author: 'Bob', strengths: ['realistic'], improvements: [], statements: { structured: 2 } },
]);

function Editable({ onRow }: { onRow: (d: PlanDraft, remove: boolean) => string | null }) {
  const [current, setCurrent] = useState(session);
  const [details, setDetails] = useState<Partial<ExerciseDetails>>({});
  return (
    <main>
      <AarDocument
        scenario={s}
        sessions={[{ label: 'Player', session: current }]}
        lang="en"
        details={details}
        onDetail={(field, value) => setDetails({ ...details, [field]: value })}
        onPlanRow={(d, remove) => {
          const refused = onRow(d, remove);
          if (!refused) setCurrent(add(current, [remove ? planRemoval(d) : planEvent(d)]));
          return refused;
        }}
      />
    </main>
  );
}

beforeAll(initI18n);

describe('the after-action report', () => {
  it('rates each objective and ties its strengths and areas for improvement to the decisions that showed them', () => {
    render(<Editable onRow={() => null} />);
    const objective = screen.getByRole('region', { name: '1. Contain' });
    expect(within(objective).getByText('Performed with some challenges')).toBeInTheDocument();
    expect(within(objective).getByText('Attack: Cut everything')).toBeInTheDocument();
    expect(within(objective).getByText('Warning: Wait and see — did not exercise this objective')).toBeInTheDocument();
    expect(within(objective).getByText(/Late call to cut/)).toBeInTheDocument();
    expect(within(objective).getByText(/Clear roles/)).toBeInTheDocument();
  });

  it('lists every decision on the timeline with its effect', () => {
    render(<Editable onRow={() => null} />);
    const rows = within(screen.getByRole('region', { name: 'Decision timeline' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[3]?.textContent)).toEqual(['Wait and see', 'Cut everything']);
    expect(within(rows[1] as HTMLElement).getByText('Continuity of care −20; Data protection +10')).toBeInTheDocument();
  });

  it('takes the evaluator’s own fields and falls back to the scenario’s', async () => {
    render(<Editable onRow={() => null} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Small exercise');
    await userEvent.type(screen.getByLabelText('Exercise name'), 'Night drill');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Night drill');
  });

  it('adds a row to the improvement plan from its form, and refuses one without a corrective action', async () => {
    const onRow = vi.fn(() => null);
    render(<Editable onRow={onRow} />);
    const plan = screen.getByRole('region', { name: 'Appendix A: Improvement plan' });
    await userEvent.click(within(plan).getByRole('button', { name: 'Add a row' }));
    await userEvent.click(within(plan).getByRole('button', { name: 'Save the row' }));
    expect(within(plan).getByRole('alert')).toHaveTextContent('Fill in the corrective action.');
    await userEvent.type(within(plan).getByLabelText('Corrective action'), 'Print the call list');
    await userEvent.selectOptions(within(plan).getByLabelText('Capability element'), 'equipment');
    await userEvent.type(within(plan).getByLabelText('Owner'), 'Desk');
    await userEvent.click(within(plan).getByRole('button', { name: 'Save the row' }));
    expect(onRow).toHaveBeenCalledWith(
      expect.objectContaining({ action: 'Print the call list', capability: 'equipment', owner: 'Desk' }),
      false,
    );
    const rows = within(within(plan).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[2] as HTMLElement).getByText('Equipment')).toBeInTheDocument();
    await userEvent.click(within(plan).getByRole('button', { name: 'Remove row 1' }));
    expect(within(within(plan).getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });

  it('shows the engine’s reason when a row is refused', async () => {
    render(<Editable onRow={() => 'no objective "x"'} />);
    const plan = screen.getByRole('region', { name: 'Appendix A: Improvement plan' });
    await userEvent.click(within(plan).getByRole('button', { name: 'Edit row 1' }));
    await userEvent.click(within(plan).getByRole('button', { name: 'Save the row' }));
    expect(within(plan).getByRole('alert')).toHaveTextContent('Not saved: no objective "x"');
  });

  it('summarises the feedback with counts, means and a distribution per statement', () => {
    render(<Editable onRow={() => null} />);
    const feedback = screen.getByRole('region', { name: 'Feedback summary' });
    expect(within(feedback).getByText('2 forms filled in')).toBeInTheDocument();
    const row = within(feedback).getByRole('row', { name: /The exercise was well structured/ });
    expect(within(row).getByText('3')).toBeInTheDocument();
    expect(within(row).getByRole('img', { name: '1: 0, 2: 1, 3: 0, 4: 1, 5: 0' })).toBeInTheDocument();
    expect(within(feedback).getByText('Realistic')).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    const { container } = render(<Editable onRow={() => null} />);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('the report of a course still under way', () => {
  // Team A has let the warning pass (a missed chance to contain); team B has not begun.
  const teams = [
    { label: 'Team A', session: play(s, [choose('wait')]) },
    { label: 'Team B', session: play(s, []) },
  ];
  const details = {};
  const t = i18n.getFixedT('en', 'report');

  it('says an objective no decision has reached yet is not rated yet, and a team without decisions has none yet', () => {
    render(<AarDocument scenario={s} sessions={teams} lang="en" details={details} onDetail={() => {}} />);
    const ratings = within(screen.getByRole('region', { name: '1. Contain' }))
      .getAllByRole('listitem')
      .slice(0, 2);
    expect(ratings.map((r) => r.textContent)).toEqual([
      'Team A: ○ Unable to be performed (0 of 1 opportunities taken)',
      'Team B: – Not rated yet (no decision on this objective so far)',
    ]);
    const timeline = screen.getByRole('region', { name: 'Decision timeline' });
    expect(within(timeline).getAllByRole('table')).toHaveLength(1);
    expect(within(timeline).getByText('No decisions yet.')).toBeInTheDocument();
    const md = renderAarMarkdown(buildAar(s, teams), s, 'en', (k, o) => t(k, o ?? {}));
    expect(md).toContain('**Not rated yet** (no decision on this objective so far)');
    expect(md).toContain('No decisions yet.');
  });

  it('rates an objective the session ended without reaching as unable to be performed', () => {
    const ended = [{ label: 'Team B', session: add(play(s, []), [{ type: 'session.end' }]) }];
    render(<AarDocument scenario={s} sessions={ended} lang="en" details={details} onDetail={() => {}} />);
    expect(within(screen.getByRole('region', { name: '1. Contain' })).getByText('Unable to be performed')).toBeInTheDocument();
  });
});

describe('the report in Markdown', () => {
  it('holds the overview, every decision, the ratings, the improvement plan and the feedback summary', () => {
    const t = i18n.getFixedT('nl', 'report');
    const md = renderAarMarkdown(buildAar(s, [{ label: 'Speler', session }], { contact: 'ops | desk' }), s, 'nl', (k, o) => t(k, o ?? {}));
    expect(md.startsWith('# Evaluatieverslag en verbeterplan: Kleine oefening')).toBe(true);
    expect(md).toContain('- **Contactpersoon:** ops \\| desk');
    expect(md).toContain('| Afwachten |');
    expect(md).toContain('| Alles afsluiten |');
    expect(md).toContain('**Uitgevoerd met enkele knelpunten**');
    expect(md).toContain('| Indammen | Slow patching | Patch within a day | Training | IT | Lead | 2024-04-01 | 2024-05-01 |');
    expect(md).toContain('| De oefening was goed opgezet | 2 | 3 | 1: 0, 2: 1, 3: 0, 4: 1, 5: 0 |');
    expect(md).toContain('1. Realistic (2×)');
  });
});
