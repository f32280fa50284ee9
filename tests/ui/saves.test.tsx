// Saves: resuming after a reload, damaged saves kept in quarantine and offered for download, a save whose
// scenario changed (replayed, or no longer fitting), discarding, and loading an exported session file.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/play/schema';
import { newSession, type Session } from '../../src/engine/play/session';
import { QUARANTINE_PREFIX, resetSaves, SAVE_PREFIX } from '../../src/store/saves';
import { resetSession } from '../../src/store/session';
import { soloMove } from '../engine/play';
import { expectNoAxeViolations, miniScenario, renderApp, resetStores } from './support';

beforeEach(() => resetStores('en'));

function sessionAfter(s: Scenario, optionIds: string[]): Session {
  let session = newSession(s, { role: 'ciso', timerMode: 'off' });
  for (const optionId of optionIds) {
    const r = soloMove(s, session, { type: 'decision.choose', optionId }, '2024-03-01T10:00:00Z');
    if (!r.ok) throw new Error(r.reason.message);
    session = r.session;
  }
  return session;
}

/** Play the first choice of the mini scenario through the UI and leave the page (unmount, memory forgotten). */
async function playFirstChoiceAndReload() {
  const user = userEvent.setup();
  const { unmount } = renderApp();
  await user.click(screen.getByRole('button', { name: 'Play: Small exercise' }));
  await user.click(await screen.findByRole('button', { name: /Start the scenario/ }));
  await screen.findByRole('heading', { level: 1, name: 'Warning' });
  await user.keyboard('1');
  await user.click(screen.getByRole('button', { name: /Continue/ }));
  unmount();
  resetSession();
  resetSaves();
  return user;
}

const quarantineKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(QUARANTINE_PREFIX));

describe('saves', () => {
  it('resumes a game exactly where it was after a reload', async () => {
    const user = await playFirstChoiceAndReload();
    renderApp();
    const saves = screen.getByRole('region', { name: 'Saved games' });
    expect(within(saves).getByText('Attack')).toBeVisible();
    await user.click(within(saves).getByRole('button', { name: 'Resume: Small exercise' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Attack' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Where things stand' })).toHaveTextContent('75 of 100');
  });

  it('reports a damaged save, keeps it under a quarantine key and offers it for download', async () => {
    localStorage.setItem(`${SAVE_PREFIX}mini`, '{"format":1,"scenario":');
    renderApp();
    const notice = screen.getByRole('region', { name: /Saved game set aside/ });
    expect(within(notice).getByText(/could not be read/)).toBeVisible();
    const link = within(notice).getByRole('link', { name: /Download the set-aside game/ });
    expect(link).toHaveAttribute('download', expect.stringMatching(/^draaiboek-mini-.*\.json$/));
    expect(link.getAttribute('href')).toMatch(/^(blob:|data:application\/json)/);
    expect(localStorage.getItem(`${SAVE_PREFIX}mini`)).toBeNull();
    expect(quarantineKeys().map((k) => localStorage.getItem(k))).toEqual(['{"format":1,"scenario":']);
    await expectNoAxeViolations();
  });

  it('still plays after a damaged save, without overwriting the quarantined copy', async () => {
    const user = userEvent.setup();
    localStorage.setItem(`${SAVE_PREFIX}mini`, 'not json at all');
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Play: Small exercise' }));
    await user.click(await screen.findByRole('button', { name: /Start the scenario/ }));
    await screen.findByRole('heading', { level: 1, name: 'Warning' });
    await user.keyboard('1');
    expect(screen.getByText('You chose: Patch')).toBeVisible();
    expect(quarantineKeys().map((k) => localStorage.getItem(k))).toEqual(['not json at all']);
  });

  it('replays a save whose scenario was updated and tells the player', async () => {
    const user = await playFirstChoiceAndReload();
    const mini = miniScenario();
    const updated: Scenario = { ...mini, version: 2, teaser: { nl: 'Nieuw.', en: 'New teaser.' } };
    renderApp([updated]);
    await user.click(screen.getByRole('button', { name: 'Resume: Small exercise' }));
    expect(await screen.findByText(/The scenario was updated since your last game. Your game was replayed/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Attack' })).toBeVisible();
  });

  it('tells the player when a save no longer fits the changed scenario, keeps it, and offers a fresh start', async () => {
    const user = await playFirstChoiceAndReload();
    const mini = miniScenario();
    const changed: Scenario = {
      ...mini,
      stages: mini.stages.map((st) =>
        st.id === 'warning' ? { ...st, decision: { ...st.decision, options: st.decision.options.filter((o) => o.id !== 'patch') } } : st,
      ),
    };
    renderApp([changed]);
    await user.click(screen.getByRole('button', { name: 'Resume: Small exercise' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/no longer fits/);
    expect(quarantineKeys()).toHaveLength(1);
    expect(screen.getByRole('link', { name: /Download the set-aside game/ })).toBeVisible();
    await user.click(within(alert).getByRole('button', { name: 'Start Small exercise afresh' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Set-up: Small exercise' })).toBeVisible();
  });

  it('discards a saved game only after confirmation', async () => {
    const user = await playFirstChoiceAndReload();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Discard: Small exercise' }));
    await user.click(screen.getByRole('button', { name: 'Yes, discard: Small exercise' }));
    expect(screen.getByText('No saved games yet.')).toBeVisible();
    expect(localStorage.getItem(`${SAVE_PREFIX}mini`)).toBeNull();
  });

  it('loads an exported session file and continues it', async () => {
    const user = userEvent.setup();
    const mini = miniScenario();
    renderApp();
    const file = new File([JSON.stringify(sessionAfter(mini, ['patch']))], 'sessie.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Session file (JSON)'), file);
    // The file was saved with the consequence of the last choice on screen: the game goes on from there.
    expect(await screen.findByRole('heading', { level: 1, name: 'What your decision did' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Continue/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Attack' })).toBeVisible();
    const types = JSON.parse(localStorage.getItem(`${SAVE_PREFIX}mini`) ?? '{}').events.map((e: { type: string }) => e.type);
    expect(types).toEqual(['decision.open', 'decision.choose', 'decision.open']);
  });

  it('reports a session file that cannot be read', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.upload(screen.getByLabelText('Session file (JSON)'), new File(['{"hello": 1}'], 'x.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/This is not a readable session/);
  });
});
