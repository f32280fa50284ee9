// The set-up screen: setting, objectives, role and timer; the chosen role decides which injects reach the player.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderApp, resetStores } from './support';

beforeEach(() => resetStores('en'));

async function openSetup() {
  const user = userEvent.setup();
  renderApp();
  await user.click(screen.getByRole('button', { name: 'Play: Small exercise' }));
  await screen.findByRole('heading', { level: 1, name: 'Set-up: Small exercise' });
  return user;
}

describe('set-up screen', () => {
  it('shows the setting, the learning objectives, the roles with descriptions and the timer modes', async () => {
    await openSetup();
    expect(screen.getByText('A test hospital.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'What you practise' })).toBeVisible();
    expect(screen.getByText('Contain')).toBeVisible();
    const roles = screen.getByRole('group', { name: 'Which role do you play?' });
    expect(within(roles).getByRole('radio', { name: 'CISO', description: 'Security' })).toBeChecked();
    expect(within(roles).getByRole('radio', { name: 'Communications', description: 'Press' })).not.toBeChecked();
    const timer = screen.getByRole('group', { name: 'Decision time' });
    expect(
      within(timer)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['off', 'relaxed', 'realistic']);
    expect(within(timer).getByRole('radio', { name: /No timer/ })).toBeChecked();
  });

  it('moves focus to the set-up heading', async () => {
    await openSetup();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Set-up: Small exercise' })).toHaveFocus());
  });

  it('shows a role-targeted inject to that role', async () => {
    const user = await openSetup();
    await user.click(screen.getByRole('radio', { name: /Communications/ }));
    await user.click(screen.getByRole('button', { name: /Start the scenario/ }));
    const feed = await screen.findByRole('region', { name: /Messages/ });
    expect(within(feed).getByRole('article', { name: /Press/ })).toBeVisible();
    expect(within(feed).getByText('For your role')).toBeVisible();
  });

  it('shows a message for another role to a solo player too, saying whom it is for', async () => {
    const user = await openSetup();
    await user.click(screen.getByRole('button', { name: /Start the scenario/ }));
    const feed = await screen.findByRole('region', { name: /Messages/ });
    expect(within(feed).getByRole('article', { name: 'Phone call' })).toBeVisible();
    const press = within(feed).getByRole('article', { name: /Press/ });
    expect(within(press).getByText('To: Communications')).toBeVisible();
    expect(within(feed).queryByText('For your role')).not.toBeInTheDocument();
  });

  it('goes back to the start screen', async () => {
    const user = await openSetup();
    await user.click(screen.getByRole('button', { name: /Back to the scenarios/ }));
    const focused = await screen.findByRole('heading', { level: 1, name: 'Practise a hospital cyber incident' });
    // Focus follows once the new screen is painted.
    await waitFor(() => expect(focused).toHaveFocus());
  });

  it('has no axe violations', async () => {
    await openSetup();
    await expectNoAxeViolations();
  });
});
