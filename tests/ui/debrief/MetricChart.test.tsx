// The shared metric chart: an accessible name that summarises it, a legend in words, and the figures as a table.
import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { metricSeries } from '../../../src/engine/series';
import { replay } from '../../../src/engine/session';
import { MetricChart } from '../../../src/ui/common/MetricChart';
import { choose, initI18n, play, scenario } from './setup';

const s = scenario();
const session = play(s, [choose('patch'), choose('cut')]);
const result = replay(s, session.events);
const series = result.ok ? metricSeries(s, result.game.context) : [];

beforeAll(initI18n);

describe('the metric chart', () => {
  it('names the chart with its time span and the final values', () => {
    render(<MetricChart scenario={s} series={series} lang="en" variant="full" title="Scores over time" />);
    expect(
      screen.getByRole('img', {
        name: 'Scores over time: 2 scores from 20:00 to 22:00, scale 0 to 100. At the end: Continuity of care 55, Data protection 80.',
      }),
    ).toBeInTheDocument();
  });

  it('has a legend in words for every metric', () => {
    render(<MetricChart scenario={s} series={series} lang="nl" variant="full" title="Scores in de tijd" />);
    const figure = screen.getByRole('figure', { name: /Scores in de tijd/ });
    expect(within(figure).getByText('Zorgcontinuïteit: 55')).toBeInTheDocument();
    expect(within(figure).getByText('Gegevensbescherming: 80')).toBeInTheDocument();
  });

  it('offers every point as a table row in the full chart', () => {
    render(<MetricChart scenario={s} series={series} lang="en" variant="full" title="Scores over time" />);
    const rows = within(screen.getByRole('table', { name: 'Scores over time' })).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'TimeContinuity of careData protection',
      '20:00 (start)8070',
      '20:007570',
      '22:005580',
    ]);
  });

  it('keeps the table for screen readers in the compact chart', () => {
    render(<MetricChart scenario={s} series={series} lang="en" variant="compact" title="Scores" />);
    expect(screen.getByRole('table', { name: 'Scores' })).toBeInTheDocument();
    expect(screen.queryByText('Show the figures as a table')).not.toBeInTheDocument();
  });
});
