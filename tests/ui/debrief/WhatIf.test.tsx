// The debrief's what-if part: fork buttons per decision, the comparison of a fork with its parent, the replay slider,
// and ratings that list their decisions and take an evaluator's override.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { forkSession } from '../../../src/engine/play/fork';
import { apply, type Session } from '../../../src/engine/play/session';
import { DebriefScreen } from '../../../src/ui/debrief/DebriefScreen';
import { choose, initI18n, play, scenario } from './setup';

const s = scenario();
const original = play(s, [choose('wait'), choose('cut')]);

function show(session: Session, extra: Partial<Parameters<typeof DebriefScreen>[0]> = {}) {
  const props = { onHome: vi.fn(), onPlayAgain: vi.fn(), onFork: vi.fn(() => true), onOverride: vi.fn(() => true), ...extra };
  const view = render(
    <main>
      <DebriefScreen scenario={s} session={session} lang="en" {...props} />
    </main>,
  );
  return { ...props, container: view.container };
}

beforeAll(initI18n);

describe('what if', () => {
  it('offers the options not taken at each decision and forks at the one pressed', async () => {
    const { onFork } = show(original);
    const region = screen.getByRole('region', { name: 'What if…' });
    const options = within(region).getByRole('list', { name: 'Other options at Warning' });
    await userEvent.click(within(options).getByRole('button', { name: 'What if we had chosen: Patch' }));
    expect(onFork).toHaveBeenCalledWith(2, 'patch');
    expect(within(region).getByRole('button', { name: 'What if we had chosen: Monitor' })).toBeDisabled();
    expect(within(region).getByText('Only after patching')).toBeInTheDocument();
  });

  it('sets a fork beside its original: the split, both endings and the historical path', () => {
    const f = forkSession(s, original, { seq: 2, optionId: 'patch', at: '2024-03-05T15:00:00Z' });
    if (!f.ok) throw new Error(f.reason.message);
    let fork = f.session;
    for (const step of [{ type: 'decision.open' }, { type: 'decision.choose', optionId: 'monitor' }] as const) {
      const r = apply(s, fork, step, '2024-03-05T15:01:00Z');
      if (!r.ok) throw new Error(r.reason.message);
      fork = r.session;
    }
    show(fork);
    const region = screen.getByRole('region', { name: 'Original and what-if side by side' });
    expect(within(region).getByText('Split at Warning: the original chose Wait and see, this what-if Patch.')).toBeInTheDocument();
    expect(within(within(region).getByRole('region', { name: 'Original' })).getByText(/Mixed outcome/)).toBeInTheDocument();
    expect(within(within(region).getByRole('region', { name: 'This what-if' })).getByText(/Good outcome/)).toBeInTheDocument();
    expect(within(region).getByRole('region', { name: 'Historical path' })).toBeInTheDocument();
    expect(within(region).getByRole('img', { name: /Continuity of care: three lines/ })).toBeInTheDocument();
  });
});

describe('the replay', () => {
  it('steps back through the log and shows the play screen as it was', async () => {
    show(original);
    const region = screen.getByRole('region', { name: 'Replay' });
    const slider = within(region).getByRole('slider', { name: 'Moment in the session' });
    fireEvent.change(slider, { target: { value: '1' } });
    const screenNow = within(region).getByRole('region', { name: 'The play screen at this moment' });
    expect(within(screenNow).getByRole('heading', { name: 'Warning' })).toBeInTheDocument();
    expect(within(screenNow).getByText('Z-CERT calls.')).toBeInTheDocument();
    await userEvent.click(within(region).getByRole('button', { name: 'Next ▶' }));
    expect(within(screenNow).getByText(/Step 2 of 4/)).toBeInTheDocument();
    expect(within(screenNow).getByText('Data protection: 40')).toBeInTheDocument();
  });
});

describe('ratings', () => {
  it('list the decisions behind each rating', () => {
    show(original);
    const reasons = screen.getByRole('list', { name: 'Decisions behind the rating of Contain' });
    expect(within(reasons).getByText(/Warning: Wait and see — opportunity missed/)).toBeInTheDocument();
    expect(within(reasons).getByText(/Attack: Cut everything — objective exercised/)).toBeInTheDocument();
  });

  it('take an override only with a reason, and show it beside the computed rating', async () => {
    const { onOverride } = show(original);
    await userEvent.click(screen.getByText('Override the rating: Contain'));
    await userEvent.selectOptions(screen.getByLabelText('New rating'), 'performed');
    await userEvent.click(screen.getByRole('button', { name: 'Save rating' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give a reason.');
    await userEvent.type(screen.getByLabelText('Reason (required)'), 'Cut off within the hour');
    await userEvent.click(screen.getByRole('button', { name: 'Save rating' }));
    expect(onOverride).toHaveBeenCalledWith('contain', 'performed', 'Cut off within the hour');
  });

  it('show an override recorded in the log', () => {
    const r = apply(
      s,
      original,
      { type: 'rating.override', objectiveId: 'contain', rating: 'performed', reason: 'Fast cut' },
      '2024-03-05T16:00:00Z',
    );
    if (!r.ok) throw new Error(r.reason.message);
    show(r.session);
    expect(screen.getByText(/Overridden by an evaluator \(computed: .*\)\. Reason: Fast cut/)).toBeInTheDocument();
  });

  it('leave the debrief free of accessibility violations', async () => {
    const { container } = show(original);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('exercise documents', () => {
  it('download the situation manual and the facilitator guide made from the scenario', async () => {
    const names: string[] = [];
    const texts: Blob[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    URL.createObjectURL = vi.fn((b: Blob | MediaSource) => {
      texts.push(b as Blob);
      return 'blob:docs';
    });
    URL.revokeObjectURL = vi.fn();
    show(original);
    const region = screen.getByRole('region', { name: 'Exercise documents' });
    await userEvent.click(within(region).getByRole('button', { name: 'Situation manual (HTML)' }));
    await userEvent.click(within(region).getByRole('button', { name: 'Facilitator guide (HTML)' }));
    expect(names).toEqual(['mini.situation-manual.en.html', 'mini.facilitator-guide.en.html']);
    expect(await texts[0]?.text()).toContain('Situation manual');
    vi.restoreAllMocks();
  }, 60_000);
});
