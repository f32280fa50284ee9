// Phone width (390×844): every seeded scenario can be played from the start screen to the debrief by touch-sized
// taps, and no screen scrolls sideways.

import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { test as base } from './support/fixture';
import { openSetup, playRoute, startGame } from './support/flows';
import { plan, seededScenarios } from './support/scenarios';
import { consequenceHeading, continueButton, optionButton, startHeading, strings } from './support/screens';

const test = base.extend({ pageOptions: { viewport: { width: 390, height: 844 } } });
const scenarios = seededScenarios();

/** The page is no wider than the screen (nothing to scroll sideways); soft, so one run reports every screen. */
async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect.soft(scroll, `${screen} is ${scroll}px wide on a ${width}px screen`).toBeLessThanOrEqual(width);
}

/**
 * Scrolled down a long stage, the play bar (clock, Stop) is still at the top of the screen, and an option reached
 * with the keyboard lands below it, not under it.
 */
async function expectBarInView(page: Page, option: Locator): Promise<void> {
  const leave = page.getByRole('button', { name: strings.play.nl.saveLeave });
  await page.mouse.wheel(0, 2000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const bar = await leave.boundingBox();
  expect(bar && bar.y >= 0 && bar.y + bar.height <= 120, `the play bar is at ${JSON.stringify(bar)}`).toBe(true);
  // Put the option right under the bar, then reach it by keyboard focus: the page scrolls it out from under.
  await option.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 10));
  await option.focus();
  const [barBox, optionBox] = [await leave.boundingBox(), await option.boundingBox()];
  expect(barBox && optionBox && optionBox.y >= barBox.y + barBox.height, 'the focused option is below the play bar').toBe(true);
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
    await expectBarInView(page, optionButton(page, first.key, first.optionLabel));
    await optionButton(page, first.key, first.optionLabel).click();
    await consequenceHeading(page, 'nl').waitFor();
    await expectNoSidewaysScroll(page, 'the consequence card');
    await continueButton(page, 'nl', rest.length === 0).click();
    await playRoute(page, 'nl', s, { ...route, steps: rest }, 'mouse');
    await expectNoSidewaysScroll(page, 'the debrief');
  });
});
