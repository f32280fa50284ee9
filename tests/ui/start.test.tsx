// The start screen: scenario cards with their facts and endings found, the language switch, broken scenario
// files, and accessibility.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogEntry } from '../../src/engine/play/catalog';
import { useDiscoveriesStore } from '../../src/store/discoveries';
import { resetSettings, SETTINGS_KEY, useSettingsStore } from '../../src/store/settings';
import { App } from '../../src/ui/App';
import { expectNoAxeViolations, miniScenario, renderApp, resetStores } from './support';

beforeEach(() => resetStores('nl'));

describe('start screen', () => {
  it('shows a card per scenario with the incident date, playing time and roles', () => {
    renderApp();
    const card = screen.getByRole('article', { name: 'Kleine oefening' });
    expect(within(card).getByText('Een storing in de nacht.')).toBeVisible();
    expect(within(card).getByText('14 januari 2020, Ergens')).toBeVisible();
    expect(within(card).getByText(/\(fictief ziekenhuis\)$/)).toBeVisible();
    expect(within(card).getByText('5–10 min')).toBeVisible();
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['CISO', 'Communicatie']);
    expect(within(card).getByRole('button', { name: 'Spelen: Kleine oefening' })).toBeEnabled();
  });

  it('counts the endings this browser has found, with their outcome classes', () => {
    useDiscoveriesStore.getState().record('mini', 'good');
    useDiscoveriesStore.getState().record('mini', 'bad');
    renderApp();
    const card = screen.getByRole('article', { name: 'Kleine oefening' });
    expect(within(card).getByText('2 van 3 eindes gevonden')).toBeVisible();
    expect(within(card).getByText('Goede afloop')).toBeVisible();
    expect(within(card).getByText('Slechte afloop')).toBeVisible();
    expect(within(card).queryByText('Gemengde afloop')).not.toBeInTheDocument();
  });

  it('switches every text to English at once and sets the page language', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Practise a hospital cyber incident' })).toBeVisible();
    expect(screen.getByRole('article', { name: 'Small exercise' })).toBeVisible();
    expect(screen.getByText('0 of 3 endings found')).toBeVisible();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
  });

  it('remembers the language after a reload', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp();
    await user.click(screen.getByRole('button', { name: 'English' }));
    unmount();
    const stored = localStorage.getItem(SETTINGS_KEY);
    resetSettings();
    localStorage.setItem(SETTINGS_KEY, stored ?? '');
    await useSettingsStore.persist.rehydrate();
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Practise a hospital cyber incident' })).toBeVisible();
  });

  it('turns large-text mode on for the whole page and remembers it', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Grote tekst' }));
    expect(document.documentElement).toHaveClass('large-text');
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}').state.largeText).toBe(true);
  });

  it('reports broken scenario files with file, line and message, next to the good scenarios', () => {
    const mini = miniScenario();
    render(
      <App
        catalog={[catalogEntry(mini)]}
        problems={[
          { file: 'scenarios/kapot.yaml', findings: [{ path: '/stages/0/title', line: 12, message: 'Dutch text (nl) is missing' }] },
        ]}
        loadScenario={() => Promise.resolve(mini)}
      />,
    );
    const notice = screen.getByRole('region', { name: /Scenariobestanden met fouten/ });
    expect(within(notice).getByText('scenarios/kapot.yaml')).toBeVisible();
    expect(within(notice).getByText('regel 12')).toBeVisible();
    expect(within(notice).getByText(/plek \/stages\/0\/title/)).toBeVisible();
    expect(within(notice).getByText(/Dutch text \(nl\) is missing/)).toBeVisible();
    expect(screen.getByRole('article', { name: 'Kleine oefening' })).toBeVisible();
  });

  it('has no axe violations', async () => {
    useDiscoveriesStore.getState().record('mini', 'mixed');
    renderApp();
    await expectNoAxeViolations();
  });
});
