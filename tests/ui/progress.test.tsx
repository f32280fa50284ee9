// Progress on the start screen, per browser: scenarios played, games and how many were finished, endings found, the
// best outcome and the time played (pauses left out) — from the saves and found endings here; damaged data counts
// for nothing and never breaks the start screen.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogEntry } from '../../src/engine/play/catalog';
import { DISCOVERIES_KEY, useDiscoveriesStore } from '../../src/store/discoveries';
import { playTime, progressOf } from '../../src/store/progress';
import { META_PREFIX, SAVE_PREFIX } from '../../src/store/saves';
import { expectNoAxeViolations, miniScenario, renderApp, resetStores } from './support';

const s = miniScenario();
const minute = 60_000;
const t0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (min: number) => new Date(t0 + min * minute).toISOString();

/** A save whose events are `[type, minutes after the start]`. */
function saveText(events: [string, number][]) {
  return JSON.stringify({
    format: 2,
    scenario: { id: 'mini', version: 1, hash: 'x' },
    seed: 1,
    role: 'ciso',
    timerMode: 'off',
    decisionMode: 'solo',
    events: events.map(([type, m], i) => ({ seq: i + 1, type, at: at(m), stageId: 'warning' })),
  });
}

function store(saveId: string, text: string, done: boolean) {
  localStorage.setItem(SAVE_PREFIX + saveId, text);
  localStorage.setItem(
    META_PREFIX + saveId,
    JSON.stringify({
      scenarioId: 'mini',
      scenarioTitle: s.title,
      placeTitle: s.stages[0]?.title,
      start: s.start,
      clock: 0,
      done,
      role: 'ciso',
      savedAt: at(30),
    }),
  );
}

beforeEach(() => resetStores('nl'));

describe('time played', () => {
  it('adds the gaps between events, leaves out pauses and caps a long break at 15 minutes', () => {
    const text = saveText([
      ['decision.open', 0],
      ['decision.choose', 4],
      ['session.pause', 5],
      ['session.resume', 500],
      ['decision.open', 502],
      ['decision.choose', 600],
    ]);
    expect(playTime(text) / minute).toBe(4 + 1 + 2 + 15);
  });

  it('counts nothing for a save that is not JSON or has no usable times', () => {
    expect(playTime('{not json')).toBe(0);
    expect(playTime(JSON.stringify({ events: [{ type: 'x', at: 'yesterday' }, { at: at(3) }] }))).toBe(0);
    expect(playTime(JSON.stringify({ events: 'none' }))).toBe(0);
  });
});

describe('progress', () => {
  it('lists only scenarios played, with the best outcome among the endings found', () => {
    const entry = catalogEntry(s);
    const other = { ...entry, id: 'other' };
    const saves = [{ saveId: 'g1', scenarioId: 'mini', text: saveText([['decision.open', 0]]), meta: null }];
    const p = progressOf([entry, other], saves, { mini: ['bad', 'mixed'], other: 'oops' as never });
    expect(p.scenarios.map((x) => [x.id, x.games, x.finished, x.endingsFound, x.best])).toEqual([['mini', 1, 0, 2, 'mixed']]);
    expect(p.endingsTotal).toBe(entry.endings.length * 2);
  });

  it('shows the section on the start screen with totals and per scenario', async () => {
    store(
      'gaaaaaaaaaaa1',
      saveText([
        ['decision.open', 0],
        ['decision.choose', 3],
        ['session.end', 5],
      ]),
      true,
    );
    store(
      'gaaaaaaaaaaa2',
      saveText([
        ['decision.open', 0],
        ['decision.choose', 2],
      ]),
      false,
    );
    useDiscoveriesStore.getState().record('mini', 'good');
    renderApp();
    const section = await screen.findByRole('region', { name: 'Je voortgang' });
    expect(section).toHaveTextContent('1 scenario gespeeld · 2 spellen');
    expect(section).toHaveTextContent('1 van 3 eindes gevonden');
    const card = within(section).getByRole('listitem');
    expect(within(card).getByRole('heading', { name: 'Kleine oefening' })).toBeInTheDocument();
    expect(card).toHaveTextContent('1 van 2 uitgespeeld');
    expect(within(card).getByText('Goede afloop')).toBeInTheDocument();
    expect(card).toHaveTextContent('7 min');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('region', { name: 'Your progress' })).toHaveTextContent('1 scenario played · 2 games');
    await expectNoAxeViolations();
  });

  it('is left out until something has been played', () => {
    renderApp();
    expect(screen.queryByRole('region', { name: 'Je voortgang' })).not.toBeInTheDocument();
  });

  it('survives damaged found endings and a save with broken events, and the start screen still works', async () => {
    localStorage.setItem(DISCOVERIES_KEY, JSON.stringify({ state: { found: { mini: 'good', x: [1, 'y'] } }, version: 1 }));
    await useDiscoveriesStore.persist.rehydrate();
    store('gaaaaaaaaaaa3', JSON.stringify({ format: 2, scenario: { id: 'mini' }, role: 'ciso', events: [null, 7, { type: 1 }] }), false);
    renderApp();
    const section = await screen.findByRole('region', { name: 'Je voortgang' });
    expect(section).toHaveTextContent('1 scenario gespeeld · 1 spel');
    expect(section).toHaveTextContent('minder dan een minuut');
    expect(within(section).getByText('nog geen einde bereikt')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Spelen: Kleine oefening' })).toBeEnabled();
  });
});
