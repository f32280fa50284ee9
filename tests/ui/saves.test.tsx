// Saves: resuming after a reload, several saves per scenario, old per-scenario saves migrated without loss, damaged
// saves and labels kept (quarantine, download) without breaking the app, a save naming another scenario refused,
// a full storage reported while play goes on, and loading an exported session file (or a file that is not one).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/engine/play/schema';
import { newSession, type Session } from '../../src/engine/play/session';
import { META_PREFIX, QUARANTINE_PREFIX, resetSaves, SAVE_PREFIX } from '../../src/store/saves';
import { resetSession } from '../../src/store/session';
import { soloMove } from '../engine/play';
import { expectNoAxeViolations, miniScenario, renderApp, resetStores, storedSaves } from './support';

beforeEach(() => resetStores('en'));
afterEach(() => vi.restoreAllMocks());

function sessionAfter(s: Scenario, optionIds: string[]): Session {
  let session = newSession(s, { role: 'ciso', timerMode: 'off' });
  for (const optionId of optionIds) {
    const r = soloMove(s, session, { type: 'decision.choose', optionId }, '2024-03-01T10:00:00Z');
    if (!r.ok) throw new Error(r.reason.message);
    session = r.session;
  }
  return session;
}

/** Forget what memory holds, as a reload does (storage stays). */
function reload(unmount: () => void) {
  unmount();
  resetSession();
  resetSaves();
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
  reload(unmount);
  window.history.replaceState(null, '', '/');
  return user;
}

/** A session saved with the consequence of its last choice on screen goes on from that card. */
async function continueToAttack(user: ReturnType<typeof userEvent.setup>) {
  expect(await screen.findByRole('heading', { level: 1, name: 'What your decision did' })).toBeVisible();
  await user.click(screen.getByRole('button', { name: /Continue/ }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Attack' })).toBeVisible();
}

const quarantineKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(QUARANTINE_PREFIX));
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('saves', () => {
  it('resumes a game exactly where it was after a reload', async () => {
    const user = await playFirstChoiceAndReload();
    renderApp();
    const saves = screen.getByRole('region', { name: 'Saved games' });
    expect(within(saves).getByText('Attack')).toBeVisible();
    await user.click(within(saves).getByRole('button', { name: 'Resume: Small exercise' }));
    const focused = await screen.findByRole('heading', { level: 1, name: 'Attack' });
    // Focus follows once the new screen is painted.
    await waitFor(() => expect(focused).toHaveFocus());
    expect(screen.getByRole('region', { name: 'Where things stand' })).toHaveTextContent('75 of 100');
  });

  it('starting anew keeps the old save, and the resume list shows each', async () => {
    const user = await playFirstChoiceAndReload();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Play: Small exercise' }));
    expect(await screen.findByText(/You already have a saved game of this scenario \(Attack\)\. It is kept/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Start the scenario/ }));
    await screen.findByRole('heading', { level: 1, name: 'Warning' });
    await user.click(screen.getByRole('button', { name: 'Save and leave' }));
    const saves = await screen.findByRole('region', { name: 'Saved games' });
    expect(within(saves).getAllByRole('button', { name: 'Resume: Small exercise' })).toHaveLength(2);
    expect(within(saves).getByText('Attack')).toBeVisible();
    expect(within(saves).getByText('Warning')).toBeVisible();
    expect(
      storedSaves()
        .map((s) => s.session.events.filter((e) => e.type === 'decision.choose').length)
        .sort(),
    ).toEqual([0, 1]);
  });

  it('moves a save of the one-save-per-scenario era to its own save id, losing nothing', async () => {
    const user = userEvent.setup();
    const old = JSON.stringify(sessionAfter(miniScenario(), ['patch']));
    localStorage.setItem(`${SAVE_PREFIX}mini`, old);
    localStorage.setItem(
      `${META_PREFIX}mini`,
      JSON.stringify({
        scenarioTitle: { nl: 'K', en: 'Small exercise' },
        placeTitle: { nl: 'A', en: 'Attack' },
        start: '2020-01-14T20:00:00+01:00',
        clock: 60,
        done: false,
        role: 'ciso',
        savedAt: '2024-03-01T10:00:00Z',
      }),
    );
    renderApp();
    expect(localStorage.getItem(`${SAVE_PREFIX}mini`)).toBeNull();
    const [moved] = storedSaves();
    expect(moved?.key).toMatch(/^draaiboek\.save\.g[0-9a-z]{12}$/);
    expect(localStorage.getItem(moved?.key ?? '')).toBe(old);
    expect(JSON.parse(localStorage.getItem(moved?.key.replace(SAVE_PREFIX, META_PREFIX) ?? '') ?? '{}')).toMatchObject({
      scenarioId: 'mini',
      clock: 60,
    });
    await user.click(screen.getByRole('button', { name: 'Resume: Small exercise' }));
    await continueToAttack(user);
  });

  it('refuses a save filed under one scenario that names another, sets it aside, and leaves the other save intact', async () => {
    const user = userEvent.setup();
    const mini = miniScenario();
    const other: Scenario = { ...mini, id: 'other', title: { nl: 'Ander', en: 'Other exercise' } };
    const intact = JSON.stringify(sessionAfter(mini, ['patch']));
    localStorage.setItem(`${SAVE_PREFIX}mini`, intact);
    // Filed under "other" (the old key was the scenario id) but naming "mini".
    localStorage.setItem(`${SAVE_PREFIX}other`, JSON.stringify(sessionAfter(mini, [])));
    renderApp([mini, other]);
    await user.click(screen.getByRole('button', { name: 'Resume: Other exercise' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/belongs to another scenario/);
    expect(quarantineKeys()).toHaveLength(1);
    expect(screen.getByRole('region', { name: /Saved game set aside/ })).toHaveTextContent(
      /filed under Other exercise but belongs to another scenario/,
    );
    expect(storedSaves().map((s) => localStorage.getItem(s.key))).toEqual([intact]);
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

  it.each([
    ['a start that is not a date', { start: 'yesterday', clock: 5 }],
    ['a clock past any date', { clock: 1e300 }],
    ['texts that are not texts', { placeTitle: 42 }],
    ['no JSON at all', null],
  ])('lists a save whose label has %s, without trusting the label', async (_name, damage) => {
    const user = userEvent.setup();
    const save = JSON.stringify(sessionAfter(miniScenario(), ['patch']));
    localStorage.setItem(`${SAVE_PREFIX}gaaaaaaaaaaaa`, save);
    const label = {
      scenarioId: 'mini',
      scenarioTitle: { nl: 'K', en: 'K' },
      placeTitle: { nl: 'A', en: 'A' },
      start: '2020-01-14T20:00:00+01:00',
      clock: 60,
      done: false,
      role: 'ciso',
      savedAt: '2024-03-01T10:00:00Z',
    };
    localStorage.setItem(`${META_PREFIX}gaaaaaaaaaaaa`, damage ? JSON.stringify({ ...label, ...damage }) : '{oops');
    renderApp();
    const saves = screen.getByRole('region', { name: 'Saved games' });
    expect(within(saves).getByText('Unknown moment')).toBeVisible();
    await user.click(within(saves).getByRole('button', { name: 'Resume: Small exercise' }));
    await continueToAttack(user);
    expect(localStorage.getItem(`${SAVE_PREFIX}gaaaaaaaaaaaa`)).toContain('"events"');
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

  it('says so when storage is full, goes on playing, and leaves the saves already there untouched', async () => {
    const user = await playFirstChoiceAndReload();
    const before = { ...localStorage };
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Play: Small exercise' }));
    await user.click(await screen.findByRole('button', { name: /Start the scenario/ }));
    await screen.findByRole('heading', { level: 1, name: 'Warning' });
    const writes = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota();
    });
    await user.keyboard('1');
    expect(screen.getByRole('alert')).toHaveTextContent(/Browser storage is full: this step was not saved\. Export your session/);
    expect(screen.getByRole('link', { name: 'Export session (JSON)' })).toHaveAttribute('download', 'draaiboek-mini-session.json');
    await user.click(screen.getByRole('button', { name: /Continue/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Attack' })).toBeVisible();
    writes.mockRestore();
    for (const [key, value] of Object.entries(before)) expect(localStorage.getItem(key)).toBe(value);
  });

  it('a session file too large for the storage is still played, with the storage message', async () => {
    const user = userEvent.setup();
    renderApp();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota();
    });
    const file = new File([JSON.stringify(sessionAfter(miniScenario(), ['patch']))], 'sessie.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Session file (JSON)'), file);
    expect(await screen.findByRole('heading', { level: 1, name: 'What your decision did' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(/Browser storage is full/);
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
    expect(storedSaves()).toEqual([]);
  });

  it('loads an exported session file as a new save, keeping the save already there', async () => {
    const user = await playFirstChoiceAndReload();
    const mini = miniScenario();
    renderApp();
    const file = new File([JSON.stringify(sessionAfter(mini, ['wait']))], 'sessie.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Session file (JSON)'), file);
    await continueToAttack(user);
    const chosen = storedSaves().map((s) => s.session.events.flatMap((e) => (e.optionId ? [e.optionId] : [])));
    expect(chosen).toEqual(expect.arrayContaining([['patch'], ['wait']]));
  });

  it.each([
    ['JSON that is no session', '{"hello": 1}'],
    ['a scenario file', 'id: mini\nversion: 1\n'],
  ])('explains in plain words that %s is not a session, with the details tucked away', async (_name, text) => {
    const user = userEvent.setup();
    renderApp();
    await user.upload(screen.getByLabelText('Session file (JSON)'), new File([text], 'x.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/This file is not a Draaiboek session\. Choose a file you saved from the debrief/);
    expect(within(alert).getByText('Technical details')).toBeVisible();
  });
});
