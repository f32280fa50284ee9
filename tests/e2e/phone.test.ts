// Phone width (390×844): every seeded scenario can be played from the start screen to the debrief by touch-sized
// taps, and no screen scrolls sideways.

import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { test as base } from './support/fixture';
import { openSetup, playRoute, startGame } from './support/flows';
import { plan, seededScenarios } from './support/scenarios';
import { consequenceHeading, continueButton, optionButton, startHeading } from './support/screens';

const test = base.extend({ pageOptions: { viewport: { width: 390, height: 844 } } });
const scenarios = seededScenarios();

/** The page is no wider than the screen (nothing to scroll sideways); soft, so one run reports every screen. */
async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect.soft(scroll, `${screen} is ${scroll}px wide on a ${width}px screen`).toBeLessThanOrEqual(width);
}

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, s) => {
  test('plays to the debrief on a phone-width screen without sideways scrolling', async ({ app }) => {
    const { page } = app;
    const route = plan(s, 'nl', 'last');
    await app.open();
    await startHeading(page, 'nl').waitFor();
    await expectNoSidewaysScroll(page, 'the start screen');
    await openSetup(page, 'nl', s, 'mouse');
    await expectNoSidewaysScroll(page, 'the set-up screen');
    await startGame(page, 'nl', s, { how: 'mouse' });
    await expectNoSidewaysScroll(page, 'the play screen');
    const [first, ...rest] = route.steps;
    if (!first) throw new Error('empty route');
    await optionButton(page, first.key, first.optionLabel).click();
    await consequenceHeading(page, 'nl').waitFor();
    await expectNoSidewaysScroll(page, 'the consequence card');
    await continueButton(page, 'nl', rest.length === 0).click();
    await playRoute(page, 'nl', s, { ...route, steps: rest }, 'mouse');
    await expectNoSidewaysScroll(page, 'the debrief');
  });
});
