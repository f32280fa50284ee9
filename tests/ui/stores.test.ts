// The UI's stores on their own: saves never overwrite what they cannot read, discoveries and settings survive
// hand-edited or old values in storage.
import { beforeEach, describe, expect, it } from 'vitest';
import { newSession } from '../../src/engine/play/session';
import { DISCOVERIES_KEY, useDiscoveriesStore } from '../../src/store/discoveries';
import { QUARANTINE_PREFIX, SAVE_PREFIX, useSavesStore } from '../../src/store/saves';
import { SETTINGS_KEY, useSettingsStore } from '../../src/store/settings';
import { miniScenario, resetStores } from './support';

beforeEach(() => resetStores('nl'));

const meta = {
  scenarioId: 'mini',
  scenarioTitle: { nl: 'K', en: 'S' },
  placeTitle: { nl: 'W', en: 'W' },
  start: '2020-01-14T20:00:00+01:00',
  clock: 0,
  done: false,
  role: 'ciso',
  savedAt: '2024-01-01T00:00:00Z',
};

describe('saves store', () => {
  it('moves a damaged save to quarantine before writing a new one over it', () => {
    localStorage.setItem(`${SAVE_PREFIX}gaaaaaaaaaaaa`, '{damaged');
    useSavesStore.getState().write('gaaaaaaaaaaaa', newSession(miniScenario(), { role: 'ciso', timerMode: 'off' }), meta);
    const quarantined = Object.keys(localStorage).filter((k) => k.startsWith(QUARANTINE_PREFIX));
    expect(quarantined.map((k) => localStorage.getItem(k))).toEqual(['{damaged']);
    expect(JSON.parse(localStorage.getItem(`${SAVE_PREFIX}gaaaaaaaaaaaa`) ?? '{}').scenario.id).toBe('mini');
    expect(useSavesStore.getState().quarantined).toHaveLength(1);
  });

  it('lists a save whose metadata is unreadable, without a moment', () => {
    localStorage.setItem(`${SAVE_PREFIX}mini`, JSON.stringify(newSession(miniScenario(), { role: 'ciso', timerMode: 'off' })));
    localStorage.setItem('draaiboek.savemeta.mini', 'oops');
    useSavesStore.getState().scan();
    expect(useSavesStore.getState().saves).toEqual([expect.objectContaining({ scenarioId: 'mini', meta: null })]);
  });

  it('forgets a quarantined save only when asked', () => {
    localStorage.setItem(`${SAVE_PREFIX}mini`, 'nope');
    useSavesStore.getState().scan();
    const [q] = useSavesStore.getState().quarantined;
    expect(q?.text).toBe('nope');
    useSavesStore.getState().forget(q?.key ?? '');
    expect(useSavesStore.getState().quarantined).toEqual([]);
  });
});

describe('discoveries store', () => {
  it('counts an ending once', () => {
    useDiscoveriesStore.getState().record('mini', 'good');
    useDiscoveriesStore.getState().record('mini', 'good');
    expect(useDiscoveriesStore.getState().found).toEqual({ mini: ['good'] });
  });

  it('ignores malformed stored entries', async () => {
    localStorage.setItem(DISCOVERIES_KEY, JSON.stringify({ state: { found: { mini: ['bad', 3], other: 'x' } }, version: 1 }));
    await useDiscoveriesStore.persist.rehydrate();
    expect(useDiscoveriesStore.getState().found).toEqual({ mini: ['bad'] });
  });
});

describe('settings store', () => {
  it('falls back to Dutch for an unknown stored language and keeps valid fields', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ state: { lang: 'de', largeText: true, timerMode: 'fast' }, version: 1 }));
    await useSettingsStore.persist.rehydrate();
    expect(useSettingsStore.getState()).toMatchObject({ lang: 'nl', largeText: true, timerMode: 'off' });
  });
});
