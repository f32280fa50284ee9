// Each screen has its own address: the browser's Back goes to the previous screen, a reload stays where the player
// was (in the game, on the debrief), and an address that leads nowhere says so. A screen that fails shows what went
// wrong and the way back instead of a blank page.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSaves } from '../../src/store/saves';
import { resetSession } from '../../src/store/session';
import { ScreenBoundary } from '../../src/ui/common/ScreenBoundary';
import { renderApp, resetStores } from './support';

beforeEach(() => resetStores('en'));

const path = () => window.location.pathname;

async function startGame() {
  const user = userEvent.setup();
  const app = renderApp();
  await user.click(screen.getByRole('button', { name: 'Play: Small exercise' }));
  await user.click(await screen.findByRole('button', { name: /Start the scenario/ }));
  await screen.findByRole('heading', { level: 1, name: 'Warning' });
  return { user, ...app };
}

/** A reload: memory is forgotten, storage and the address stay. */
function reload(unmount: () => void) {
  unmount();
  resetSession();
  resetSaves();
  return renderApp();
}

describe('addresses', () => {
  it('gives the start, set-up and game screens their own address, and Back walks them in reverse', async () => {
    expect(path()).toBe('/');
    await startGame();
    expect(path()).toMatch(/^\/play\/g[0-9a-z]{12}$/);
    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Set-up: Small exercise' })).toBeVisible();
    expect(path()).toBe('/setup/mini');
    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Practise a hospital cyber incident' })).toBeVisible();
  });

  it('a reload mid-game stays in the game, at the same stage', async () => {
    const { user, unmount } = await startGame();
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: /Continue/ }));
    const where = path();
    reload(unmount);
    expect(await screen.findByRole('heading', { level: 1, name: 'Attack' })).toBeVisible();
    expect(path()).toBe(where);
  });

  it('a reload on the debrief stays on the debrief, and Back leaves the finished game instead of re-entering it', async () => {
    const { user, unmount } = await startGame();
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: /Continue/ }));
    await user.click(screen.getByRole('button', { name: /Monitor/ }));
    await user.click(screen.getByRole('button', { name: /To the debrief/ }));
    await screen.findByRole('heading', { level: 1, name: 'Debrief — Small exercise' });
    expect(path()).toMatch(/^\/debrief\/g[0-9a-z]{12}$/);
    reload(unmount);
    expect(await screen.findByRole('heading', { level: 1, name: 'Debrief — Small exercise' })).toBeVisible();
    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Set-up: Small exercise' })).toBeVisible();
  });

  it('a what-if on the debrief plays on as a new save at its own address, and the original stays on its debrief', async () => {
    const { user } = await startGame();
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: /Continue/ }));
    await user.click(screen.getByRole('button', { name: /Monitor/ }));
    await user.click(screen.getByRole('button', { name: /To the debrief/ }));
    await screen.findByRole('heading', { level: 1, name: 'Debrief — Small exercise' });
    const original = path();
    const whatif = screen.getByRole('region', { name: 'What if…' });
    const options = within(whatif).getAllByRole('button', { name: /^What if we had chosen/ });
    const open = options.find((b) => !(b as HTMLButtonElement).disabled);
    if (!open) throw new Error('no open option to fork at');
    await user.click(open);
    expect(await screen.findByRole('heading', { level: 1, name: 'What your decision did' })).toBeVisible();
    expect(path()).toMatch(/^\/play\/g[0-9a-z]{12}$/);
    expect(path()).not.toBe(original.replace('/debrief/', '/play/'));
    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Debrief — Small exercise' })).toBeVisible();
    expect(path()).toBe(original);
  });

  it('a link to a save this browser does not have leads to the start screen with a message', async () => {
    window.history.replaceState(null, '', '/play/gzzzzzzzzzzzz');
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('This saved game does not exist (any more) in this browser.');
    expect(path()).toBe('/');
  });

  it('an address that belongs to no screen says so and offers the way to the start', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/nowhere');
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Back to the start' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Practise a hospital cyber incident' })).toBeVisible();
  });
});

function Broken(): never {
  throw new Error('the label says the clock is 1e300');
}

describe('a screen that fails', () => {
  it('says what went wrong, that nothing was deleted, offers the session and the way back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    const onHome = vi.fn();
    render(
      <ScreenBoundary onHome={onHome} rescue={() => ({ text: '{"events":[]}', filename: 'draaiboek-mini-session.json' })}>
        <Broken />
      </ScreenBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on this screen');
    expect(alert).toHaveTextContent('the label says the clock is 1e300');
    expect(alert).toHaveTextContent('Your saved games are still in this browser; nothing was deleted.');
    expect(screen.getByRole('link', { name: 'Download this session (JSON)' })).toHaveAttribute('download', 'draaiboek-mini-session.json');
    await user.click(screen.getByRole('button', { name: 'Back to the start' }));
    expect(onHome).toHaveBeenCalledOnce();
  });
});
