// The play screen: choosing by mouse and by key, the consequence card and focus, unavailable options, the
// decision timer, undo, save-and-leave, reaching the debrief, and accessibility.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/engine/play/schema';
import { expectNoAxeViolations, miniScenario, renderApp, resetStores, storedSaves } from './support';

beforeEach(() => resetStores('en'));
afterEach(() => vi.useRealTimers());

async function startGame(opts: { role?: RegExp; timer?: RegExp } = {}, user = userEvent.setup()) {
  renderApp();
  await user.click(screen.getByRole('button', { name: 'Play: Small exercise' }));
  await screen.findByRole('heading', { level: 1, name: /Set-up/ });
  if (opts.role) await user.click(screen.getByRole('radio', { name: opts.role }));
  if (opts.timer) await user.click(screen.getByRole('radio', { name: opts.timer }));
  await user.click(screen.getByRole('button', { name: /Start the scenario/ }));
  await screen.findByRole('heading', { level: 1, name: 'Warning' });
  return user;
}

const savedEvents = () =>
  (storedSaves()[0]?.session.events ?? []).filter(
    // Opening a decision and pausing while the page is hidden are bookkeeping; these tests look at the decisions.
    (e) => !['decision.open', 'session.pause', 'session.resume'].includes(e.type),
  );

describe('play screen', () => {
  it('shows the simulated clock, the situation, the feed and numbered options', async () => {
    await startGame();
    expect(screen.getByRole('banner')).toHaveTextContent('Tue 14 Jan, 20:00');
    expect(screen.getByText('Z-CERT calls.')).toBeVisible();
    const decision = screen.getByRole('group', { name: 'What do you do?' });
    expect(within(decision).getByRole('button', { name: '1 Patch' })).toHaveAttribute('aria-keyshortcuts', '1');
    expect(within(decision).getByRole('button', { name: '2 Wait and see' })).toBeEnabled();
  });

  it('chooses by mouse and shows the consequence card with what changed, focused', async () => {
    const user = await startGame();
    await user.click(screen.getByRole('button', { name: /Patch/ }));
    const card = screen.getByRole('heading', { level: 1, name: 'What your decision did' });
    await waitFor(() => expect(card).toHaveFocus());
    expect(screen.getByText('You chose: Patch')).toBeVisible();
    expect(screen.getByText('Patched.')).toBeVisible();
    expect(screen.getByText('Continuity of care: −5 (worse)')).toBeVisible();
    expect(savedEvents()).toEqual([expect.objectContaining({ type: 'decision.choose', optionId: 'patch' })]);
  });

  it('chooses with the digit key', async () => {
    const user = await startGame();
    await user.keyboard('2');
    expect(screen.getByText('You chose: Wait and see')).toBeVisible();
  });

  it('moves focus to the new stage heading after Continue', async () => {
    const user = await startGame();
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: /Continue/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Attack' })).toHaveFocus());
    expect(screen.getByRole('banner')).toHaveTextContent('Tue 14 Jan, 22:00');
  });

  it('undoes a choice from its consequence card and lets the player choose again', async () => {
    const user = await startGame();
    await user.keyboard('2');
    await user.click(screen.getByRole('button', { name: /Continue/ }));
    await user.click(screen.getByRole('button', { name: /Ignore/ }));
    expect(screen.getByText('Ignored.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Undo this choice/ }));
    await user.click(screen.getByRole('button', { name: /Cut everything/ }));
    expect(screen.getByText('You chose: Cut everything')).toBeVisible();
    expect(screen.getByText('Data protection: +10 (better)')).toBeVisible();
  });

  it('shows the delayed consequence that fired on entering the next stage', async () => {
    const user = await startGame();
    await user.keyboard('2');
    const delayed = screen.getByRole('region', { name: /Something from earlier comes back/ });
    expect(within(delayed).getByText('Because you did not patch, the attacker got in.')).toBeVisible();
    expect(within(delayed).getByText('Data protection: −30 (worse)')).toBeVisible();
  });

  it('groups several delayed consequences, each with its cause, under one heading', async () => {
    const mini = miniScenario();
    const twice: Scenario = {
      ...mini,
      flags: [...mini.flags, { id: 'waited' }],
      stages: mini.stages.map((st) =>
        st.id === 'attack'
          ? {
              ...st,
              onEnter: [
                ...(st.onEnter ?? []),
                { id: 'quiet', when: { flag: 'waited' }, effects: { care: 5 }, text: { nl: 'Rustig.', en: 'Calm night shift.' } },
              ],
            }
          : {
              ...st,
              decision: { ...st.decision, options: st.decision.options.map((o) => (o.id === 'wait' ? { ...o, set: ['waited'] } : o)) },
            },
      ),
    };
    const user = userEvent.setup();
    renderApp([twice]);
    await user.click(screen.getByRole('button', { name: 'Play: Small exercise' }));
    await user.click(await screen.findByRole('button', { name: /Start the scenario/ }));
    await screen.findByRole('heading', { level: 1, name: 'Warning' });
    await user.keyboard('2');
    const delayed = screen.getByRole('region', { name: /Earlier moments come back/ });
    expect(within(delayed).getByText('Because you did not patch, the attacker got in.')).toBeVisible();
    expect(within(delayed).getByText('Calm night shift.')).toBeVisible();
    expect(within(delayed).getByText('Because of “Wait and see” on Tue 14 Jan, 20:00.')).toBeVisible();
    await expectNoAxeViolations();
  });

  it('keeps an unavailable option in place, disabled, with its reason; its key does nothing', async () => {
    const user = await startGame();
    await user.keyboard('2');
    await user.click(screen.getByRole('button', { name: /Continue/ }));
    const monitor = screen.getByRole('button', { name: '2 Monitor' });
    expect(monitor).toBeDisabled();
    expect(monitor).toHaveAccessibleDescription('Not available: Only after patching');
    await user.keyboard('2');
    expect(screen.getByRole('heading', { level: 1, name: 'Attack' })).toBeVisible();
  });

  it('takes the no-decision option when the timer runs out', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await startGame({ timer: /Realistic/ }, user);
    expect(screen.getByRole('timer')).toHaveTextContent('1:00 left');
    await act(async () => {
      vi.advanceTimersByTime(31_000);
    });
    expect(screen.getByText('30 seconds left for this decision.')).toBeInTheDocument();
    // The play bar repeats the time left, so it is in view while the player reads further down.
    expect(screen.getByRole('banner')).toHaveTextContent('Decision time left: 0:29');
    await act(async () => {
      vi.advanceTimersByTime(30_000);
    });
    expect(screen.getByRole('heading', { level: 1, name: 'What happened when time ran out' })).toBeVisible();
    expect(screen.getByText('Time ran out. The scenario took: Wait and see')).toBeVisible();
    expect(screen.getByRole('banner')).not.toHaveTextContent('Decision time left');
    expect(savedEvents()).toEqual([expect.objectContaining({ type: 'decision.timeout' })]);
  });

  it('after leaving and resuming later, the countdown goes on from the time that was left', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await startGame({ timer: /Realistic/ }, user);
    await act(async () => {
      vi.advanceTimersByTime(20_000);
    });
    await user.click(screen.getByRole('button', { name: 'Save and leave' }));
    const saves = await screen.findByRole('region', { name: 'Saved games' });
    // Away for five minutes: the timer stood still.
    await act(async () => {
      vi.advanceTimersByTime(300_000);
    });
    await user.click(within(saves).getByRole('button', { name: /Resume/ }));
    expect(await screen.findByRole('timer')).toHaveTextContent('0:40 left');
    expect(screen.getByRole('heading', { level: 1, name: 'Warning' })).toBeVisible();
  });

  it('stands the countdown still while the page is hidden', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await startGame({ timer: /Realistic/ }, user);
    const hide = (hidden: boolean) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    await act(async () => {
      vi.advanceTimersByTime(10_000);
      hide(true);
    });
    await act(async () => {
      vi.advanceTimersByTime(120_000);
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Warning' })).toBeVisible();
    expect(screen.getByRole('timer')).toHaveTextContent('0:50 left');
    await act(async () => {
      hide(false);
      vi.advanceTimersByTime(5_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('0:45 left');
    const types = (storedSaves()[0]?.session.events ?? []).map((e) => e.type);
    expect(types).toEqual(['decision.open', 'session.pause', 'session.resume']);
  });

  it('undoes the last choice and records the undo in the log', async () => {
    const user = await startGame();
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: /Continue/ }));
    await user.click(screen.getByRole('button', { name: /Undo last choice/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Warning' })).toHaveFocus());
    expect(screen.getByText('Your last choice has been undone.')).toBeInTheDocument();
    expect(savedEvents().map((e) => e.type)).toEqual(['decision.choose', 'session.undo']);
  });

  it('saves and leaves to the start screen, where the game can be resumed', async () => {
    const user = await startGame();
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: /Continue/ }));
    await user.click(screen.getByRole('button', { name: 'Save and leave' }));
    const saves = await screen.findByRole('region', { name: 'Saved games' });
    expect(within(saves).getByText('Attack')).toBeVisible();
    expect(within(saves).getByText('Tue 14 Jan, 22:00')).toBeVisible();
  });

  it('shows the debrief when the game reaches an ending, and records the ending as found', async () => {
    const user = await startGame();
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: /Continue/ }));
    await user.click(screen.getByRole('button', { name: /Monitor/ }));
    await user.click(screen.getByRole('button', { name: /To the debrief/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Debrief — Small exercise' })).toBeVisible();
    // The debrief may offer its actions more than once (top and bottom of the report); any of them goes home.
    const [home] = screen.getAllByRole('button', { name: 'Back to start' });
    if (!home) throw new Error('no "Back to start" button');
    await user.click(home);
    const card = await screen.findByRole('article', { name: 'Small exercise' });
    expect(within(card).getByText('1 of 3 endings found')).toBeVisible();
    expect(within(card).getByText('Good outcome')).toBeVisible();
  });

  it('has no axe violations during play and on the consequence card', async () => {
    const user = await startGame({ role: /Communications/ });
    await expectNoAxeViolations();
    await user.keyboard('2');
    await expectNoAxeViolations();
  });
});
