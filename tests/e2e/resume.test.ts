// Autosave in the real browser: reload the page mid-game (it stays in the game), and resume from the start screen's
// saved games exactly where the game was (same stage, same simulated time); the chosen language survives the reload too.
import { describe, expect } from 'vitest';
import { test } from './support/fixture';
import { decide, openSetup, startGame } from './support/flows';
import { plan, seededScenarios } from './support/scenarios';
import { bannerClock, resumeButton, stageHeading, startHeading, strings, switchLanguage } from './support/screens';

const scenarios = seededScenarios();

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, s) => {
  test('a reload mid-game, and resuming from the saved games, return to the same stage and simulated time', async ({ app }) => {
    const route = plan(s, 'nl', 'historical');
    const half = Math.max(1, Math.floor(route.steps.length / 2));
    await app.open();
    await openSetup(app.page, 'nl', s, 'mouse');
    await startGame(app.page, 'nl', s, { how: 'mouse' });
    for (const step of route.steps.slice(0, half)) await decide(app.page, 'nl', step, 'mouse', false);
    const here = route.steps[half];
    if (!here) throw new Error('the route is too short to stop half-way');
    await stageHeading(app.page, here.stageTitle).waitFor();
    const clock = await bannerClock(app.page).textContent();

    // A reload stays in the game (its address names the save) at the same stage and time.
    await app.page.reload();
    await stageHeading(app.page, here.stageTitle).waitFor();
    await expect(bannerClock(app.page).textContent()).resolves.toBe(clock);

    // From the start screen's saved games it resumes there too.
    await app.page.goto(app.baseURL);
    await startHeading(app.page, 'nl').waitFor();
    const saves = app.page.getByRole('region', { name: strings.start.nl.saves.heading });
    await expect(saves.getByText(here.stageTitle).isVisible()).resolves.toBe(true);
    await resumeButton(app.page, 'nl', s).click();

    await stageHeading(app.page, here.stageTitle).waitFor();
    await expect(bannerClock(app.page).textContent()).resolves.toBe(clock);
  });
});

test('the chosen language is remembered after a reload', async ({ app }) => {
  await app.open();
  await switchLanguage(app.page, 'en');
  await startHeading(app.page, 'en').waitFor();
  await app.page.reload();
  await startHeading(app.page, 'en').waitFor();
  await expect(app.page.locator('html').getAttribute('lang')).resolves.toBe('en');
});
