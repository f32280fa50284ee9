// The comparison of sessions as a user sees it: the splits in words, one timeline with the split rows marked, the
// endings side by side, one chart per metric with every session's line, and the files page that names what it refuses.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SessionsCompare } from '../../../src/ui/common/compare/SessionsCompare';
import { CompareScreen } from '../../../src/ui/compare/CompareScreen';
import { choose, initI18n, play, scenario } from '../debrief/setup';

const s = scenario();
const teams = [
  { label: 'Team A', scenario: s, session: play(s, [choose('wait'), choose('cut')]) },
  { label: 'Team B', scenario: s, session: play(s, [choose('wait'), choose('ignore')]) },
  { label: 'Team C', scenario: s, session: play(s, [choose('patch'), choose('monitor')]) },
];

beforeAll(initI18n);

describe('the comparison of three teams', () => {
  it('says where the choices split, first and later', () => {
    render(<SessionsCompare sessions={teams} lang="en" />);
    const splits = within(screen.getByRole('region', { name: 'Where the choices split' })).getAllByRole('listitem');
    expect(splits.map((li) => li.textContent)).toEqual([
      'Decision 1 (Warning): Team A and Team B chose Wait and see; Team C chose Patch.',
      'Decision 2 (Attack): Team A chose Cut everything; Team B chose Ignore.',
    ]);
  });

  it('lays the paths on one timeline with a column per team and the historical path, and marks the split rows', () => {
    render(<SessionsCompare sessions={teams} lang="en" />);
    const table = screen.getByRole('table', { name: /Every decision of every session/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.trim()),
    ).toEqual(['Decision', 'Team A', 'Team B', 'Team C', 'Historical path']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['1 ◆ split', '2 ◆ split']);
    expect(within(rows[1] as HTMLElement).getByText('Monitor')).toBeInTheDocument();
  });

  it('shows each ending and one chart per metric with a line per team, in words too', () => {
    render(<SessionsCompare sessions={teams} lang="en" />);
    const endings = within(screen.getByRole('region', { name: 'Endings' })).getAllByRole('listitem');
    expect(endings.map((e) => e.textContent)).toEqual([
      expect.stringContaining('Mixed'),
      expect.stringContaining('Bad'),
      expect.stringContaining('Good'),
      expect.stringContaining('Not finished'),
    ]);
    const charts = within(screen.getByRole('region', { name: 'Scores per session' }));
    expect(
      charts.getByRole('img', { name: 'Data protection, 4 lines. At the end: Team A 50, Team B 0, Team C 70, Historical path 70.' }),
    ).toBeInTheDocument();
    expect(charts.getAllByRole('img')).toHaveLength(s.metrics.length);
  });

  it('has no accessibility violations', async () => {
    const { container } = render(
      <main>
        <SessionsCompare sessions={teams} lang="nl" />
      </main>,
    );
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('the compare page', () => {
  const json = (name: string, value: unknown) =>
    new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });
  const catalog = [{ id: 'mini' }] as Parameters<typeof CompareScreen>[0]['catalog'];

  it('compares two files, and names a damaged file and a file of another scenario with the reason', async () => {
    render(<CompareScreen catalog={catalog} loadScenario={async () => s} onHome={vi.fn()} />);
    const other = { ...teams[0]?.session, scenario: { id: 'citrix-2020', version: 1, hash: 'x' } };
    await userEvent.upload(screen.getByLabelText('Sessiebestanden (JSON)'), [
      json('a.json', teams[0]?.session),
      json('kapot.json', '{"format": 2, "events": 3'),
      json('b.json', teams[1]?.session),
      json('ander.json', other),
    ]);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/^kapot\.json: not valid JSON/)).toBeInTheDocument();
    expect(
      within(alert).getByText(/^ander\.json is een sessie van scenario “citrix-2020”, niet van “Kleine oefening”/),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Elke beslissing van elke sessie/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'a.json weghalen' }));
    expect(screen.getByText('Kies nog minstens één sessie van “Kleine oefening” om te vergelijken.')).toBeInTheDocument();
  });

  it('names a file whose path into the log is wrong', async () => {
    render(<CompareScreen catalog={catalog} loadScenario={async () => s} onHome={vi.fn()} />);
    const broken = JSON.parse(JSON.stringify(teams[0]?.session));
    broken.events[1].optionId = 7;
    await userEvent.upload(screen.getByLabelText('Sessiebestanden (JSON)'), [json('x.json', broken)]);
    expect(await screen.findByText(/^x\.json: events\.1\.optionId: /)).toBeInTheDocument();
  });

  it('refuses a scenario this Draaiboek does not have', async () => {
    render(<CompareScreen catalog={[]} loadScenario={async () => s} onHome={vi.fn()} />);
    await userEvent.upload(screen.getByLabelText('Sessiebestanden (JSON)'), [json('a.json', teams[0]?.session)]);
    expect(await screen.findByText('a.json: scenario “mini” staat niet in deze Draaiboek.')).toBeInTheDocument();
  });
});
