// What the player keeps, in the real browser against the production build: every screen has an address that survives
// a reload (deep links are served by the static server), a damaged save label cannot blank the app, and a full
// storage is reported in the player's language while the game goes on and the save already there stays as it was.
import { describe, expect } from 'vitest';
import { test } from './support/fixture';
import { decide, openSetup, playRoute, startGame } from './support/flows';
import { plan, seededScenarios } from './support/scenarios';
import { debriefHeading, resumeButton, setupHeading, stageHeading, startHeading, strings, switchLanguage } from './support/screens';

const [s] = seededScenarios();
if (!s) throw new Error('no scenario to test with');

describe('addresses in the production build', () => {
  test('a reload mid-game stays in the game, and Back returns to the set-up screen', async ({ app }) => {
    const route = plan(s, 'nl', 'historical');
    await app.open();
    await openSetup(app.page, 'nl', s, 'mouse');
    await startGame(app.page, 'nl', s, { how: 'mouse' });
    const [first, second] = route.steps;
    if (!first || !second) throw new Error('the route is too short');
    await decide(app.page, 'nl', first, 'mouse', false);
    await stageHeading(app.page, second.stageTitle).waitFor();
    expect(new URL(app.page.url()).pathname).toMatch(/^\/play\/g[0-9a-z]{12}$/);
    await app.page.reload();
    await stageHeading(app.page, second.stageTitle).waitFor();
    await app.page.goBack();
    await setupHeading(app.page, 'nl', s).waitFor();
  });

  test('a reload on the debrief stays on the debrief', async ({ app }) => {
    const route = plan(s, 'en', 'first');
    await app.open();
    await switchLanguage(app.page, 'en');
    await openSetup(app.page, 'en', s, 'mouse');
    await startGame(app.page, 'en', s, { how: 'mouse' });
    await playRoute(app.page, 'en', s, route, 'mouse');
    expect(new URL(app.page.url()).pathname).toMatch(/^\/debrief\/g[0-9a-z]{12}$/);
    await app.page.reload();
    await debriefHeading(app.page, 'en', s).waitFor();
  });
});

describe('storage', () => {
  test('a damaged save label leaves the app working: the save is listed and resumes', async ({ app }) => {
    const route = plan(s, 'nl', 'historical');
    await app.open();
    await openSetup(app.page, 'nl', s, 'mouse');
    await startGame(app.page, 'nl', s, { how: 'mouse' });
    const [first, second] = route.steps;
    if (!first || !second) throw new Error('the route is too short');
    await decide(app.page, 'nl', first, 'mouse', false);
    await stageHeading(app.page, second.stageTitle).waitFor();
    // Leaving the game pauses it and writes the save (and a sound label): damage the label after that, then reload.
    await app.page.goto(app.baseURL);
    await startHeading(app.page, 'nl').waitFor();
    await app.page.evaluate(() => {
      for (const key of Object.keys(localStorage).filter((k) => k.startsWith('draaiboek.savemeta.'))) {
        const label = JSON.parse(localStorage.getItem(key) ?? '{}');
        localStorage.setItem(key, JSON.stringify({ ...label, start: 'not a date', clock: 1e300 }));
      }
    });
    await app.page.reload();
    await startHeading(app.page, 'nl').waitFor();
    const saves = app.page.getByRole('region', { name: strings.start.nl.saves.heading });
    await saves.getByText(strings.start.nl.saves.unknown).waitFor();
    await resumeButton(app.page, 'nl', s).click();
    await stageHeading(app.page, second.stageTitle).waitFor();
  });

  test('a full storage is reported in Dutch, play goes on, and the save already there is untouched', async ({ app }) => {
    const route = plan(s, 'nl', 'historical');
    await app.open();
    await openSetup(app.page, 'nl', s, 'mouse');
    await startGame(app.page, 'nl', s, { how: 'mouse' });
    const saved = await app.page.evaluate(() => {
      const keys = Object.keys(localStorage).filter((k) => k.startsWith('draaiboek.save.'));
      return keys.map((k) => [k, localStorage.getItem(k)]);
    });
    // Fill the rest of the browser's storage until it refuses, in ever smaller pieces.
    await app.page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 16; size >>= 1) {
        for (;;) {
          try {
            localStorage.setItem(`filler.${n++}`, 'x'.repeat(size));
          } catch {
            break;
          }
        }
      }
    });
    const [first, second] = route.steps;
    if (!first || !second) throw new Error('the route is too short');
    await decide(app.page, 'nl', first, 'mouse', false);
    await stageHeading(app.page, second.stageTitle).waitFor();
    await app.page.getByRole('alert').filter({ hasText: strings.play.nl.storageFull }).waitFor();
    await app.page.getByRole('link', { name: strings.play.nl.exportSession }).waitFor();
    const after = await app.page.evaluate(() => {
      const keys = Object.keys(localStorage).filter((k) => k.startsWith('draaiboek.save.'));
      return keys.map((k) => [k, localStorage.getItem(k)]);
    });
    expect(after).toEqual(saved);
  });
});
