// The shared metric chart: an accessible name that summarises it, a legend in words, and the figures as a table.
import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatClock } from '../../../src/engine/play/clock';
import { metricSeries, type SeriesPoint } from '../../../src/engine/play/series';
import { replay } from '../../../src/engine/play/session';
import { MetricChart } from '../../../src/ui/common/MetricChart';
import { choose, initI18n, play, scenario } from './setup';

const s = scenario();
const session = play(s, [choose('patch'), choose('cut')]);
const result = replay(s, session);
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

  it('gives every step the same room and dates the labels when the game spans days', () => {
    // Two decisions an hour apart, then one a month later: on a clock axis the first two would share a pixel.
    const month = 30 * 24 * 60;
    const spread: SeriesPoint[] = [0, 60, month].map((clock, step) => ({ clock, step, values: { care: 80 - step * 10, data: 70 } }));
    const { container } = render(<MetricChart scenario={s} series={spread} lang="en" variant="full" title="Scores over time" />);
    const xs = [...container.querySelectorAll('figure > svg circle')].map((c) => Number(c.getAttribute('cx')));
    expect(xs).toHaveLength(3);
    expect((xs[1] ?? 0) - (xs[0] ?? 0)).toBeCloseTo((xs[2] ?? 0) - (xs[1] ?? 0));
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(
      `from ${formatClock(s, 0, 'en')} to ${formatClock(s, month, 'en')}`,
    );
    expect(screen.getAllByText('14 Jan')).toHaveLength(2);
    expect(screen.getByText('13 Feb')).toBeInTheDocument();
    expect(screen.getByText(/a dotted line marks a new day/)).toBeInTheDocument();
  });

  it('draws the start values across the whole compact chart before the first decision, with a word on why', () => {
    const { container } = render(<MetricChart scenario={s} series={series.slice(0, 1)} lang="en" variant="compact" title="Scores" />);
    expect(screen.getByText('The lines change after every decision')).toBeInTheDocument();
    const line = container.querySelector('figure > svg path[fill="none"]')?.getAttribute('d') ?? '';
    // The line runs from the start point to the right-hand edge of the plot.
    expect(line).toMatch(/^M34,[\d.]+H3\d\d/);
  });

  it('shows no title of its own when a heading already names it', () => {
    render(
      <section>
        <h2 id="named">Scores over time</h2>
        <MetricChart scenario={s} series={series} lang="en" variant="full" title="Scores over time" labelledBy="named" />
      </section>,
    );
    expect(screen.getByRole('figure', { name: 'Scores over time' })).toBeInTheDocument();
    expect(screen.getAllByText('Scores over time', { selector: 'span, h2' })).toHaveLength(1);
  });

  it('draws each metric on its own range, so a 0–10 score at its maximum reaches the top like a 0–100 one', () => {
    const ranged = { ...s, metrics: s.metrics.map((m, i) => (i === 0 ? { ...m, min: 0, max: 10, start: 10 } : m)) };
    const [care, data] = ranged.metrics;
    const points: SeriesPoint[] = [
      { clock: 0, step: 0, values: { [care?.id ?? '']: 10, [data?.id ?? '']: 100 } },
      { clock: 60, step: 1, values: { [care?.id ?? '']: 0, [data?.id ?? '']: 0 } },
    ];
    const { container } = render(<MetricChart scenario={ranged} series={points} lang="en" variant="full" title="Scores over time" />);
    const ys = (marker: string) =>
      [...container.querySelectorAll(`figure > svg ${marker}`)].map((c) => Number(c.getAttribute(marker === 'circle' ? 'cy' : 'y')));
    const [circleTop, circleBottom] = ys('circle');
    const [squareTop, squareBottom] = ys('rect').map((v) => v + 3.5);
    expect(circleTop).toBeCloseTo(squareTop ?? Number.NaN);
    expect(circleBottom).toBeCloseTo(squareBottom ?? Number.NaN);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('each score on its own scale from its minimum to its maximum');
    expect(screen.getByText(`${care?.label.en}: 0 (0–10)`)).toBeInTheDocument();
  });
});
