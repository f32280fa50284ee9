// Plays every seeded scenario in Chromium against the production build, from the start screen to the debrief:
// in Dutch by mouse, in English after switching the language, and in Dutch by keyboard only.
import { describe, expect } from 'vitest';
import { test } from './support/fixture';
import { openSetup, playRoute, startGame } from './support/flows';
import { plan, seededScenarios } from './support/scenarios';
import { bannerClock, debriefHeading, fill, startHeading, strings, switchLanguage } from './support/screens';

const scenarios = seededScenarios();

test('the start screen offers the three seeded scenarios', async ({ app }) => {
  expect(scenarios.map((s) => s.id).sort()).toEqual(expect.arrayContaining(['citrix-2020', 'crowdstrike-2024', 'lab-datalek-2025']));
  await app.open();
  await startHeading(app.page, 'nl').waitFor();
  for (const s of scenarios) await expect(app.page.getByRole('heading', { level: 3, name: s.title.nl }).isVisible()).resolves.toBe(true);
});

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, s) => {
  test('plays from the start screen to the debrief in Dutch, by mouse, along the historical route', async ({ app }) => {
    const route = plan(s, 'nl', 'historical');
    await app.open();
    await startHeading(app.page, 'nl').waitFor();
    await openSetup(app.page, 'nl', s, 'mouse');
    await startGame(app.page, 'nl', s, { how: 'mouse' });
    await expect(bannerClock(app.page).textContent()).resolves.toMatch(/\d{2}:\d{2}/);
    await playRoute(app.page, 'nl', s, route, 'mouse');
    const outcome = app.page.getByRole('region', { name: strings.debrief.nl.outcome.heading });
    await expect(outcome.getByText(route.endingTitle, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(outcome.getByText(strings.debrief.nl.outcome[route.outcome as 'good']).isVisible()).resolves.toBe(true);
  });

  test('plays in English after switching the language on the start screen', async ({ app }) => {
    const route = plan(s, 'en', 'last');
    await app.open();
    await switchLanguage(app.page, 'en');
    await startHeading(app.page, 'en').waitFor();
    await expect(app.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await openSetup(app.page, 'en', s, 'mouse');
    await startGame(app.page, 'en', s, { how: 'mouse', role: s.roles[s.roles.length - 1]?.id });
    await playRoute(app.page, 'en', s, route, 'mouse');
    await debriefHeading(app.page, 'en', s).waitFor();
    const outcome = app.page.getByRole('region', { name: strings.debrief.en.outcome.heading });
    await expect(outcome.getByText(route.endingTitle, { exact: true }).isVisible()).resolves.toBe(true);
  });

  test('plays by keyboard only (Tab, Enter, Space, arrows and digit keys), with focus following each decision', async ({ app }) => {
    const route = plan(s, 'nl', 'first');
    await app.open();
    await startHeading(app.page, 'nl').waitFor();
    await openSetup(app.page, 'nl', s, 'keyboard');
    const role = s.roles[1] ?? s.roles[0];
    await startGame(app.page, 'nl', s, { how: 'keyboard', role: role?.id });
    await expect(app.page.getByRole('banner').textContent()).resolves.toContain(fill(strings.play.nl.role, { role: role?.name.nl ?? '' }));
    await playRoute(app.page, 'nl', s, route, 'keyboard');
    const outcome = app.page.getByRole('region', { name: strings.debrief.nl.outcome.heading });
    await expect(outcome.getByText(route.endingTitle, { exact: true }).isVisible()).resolves.toBe(true);
  });
});
