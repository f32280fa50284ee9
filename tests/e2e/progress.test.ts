// Solo play in Chromium: the feedback form on the debrief is stored with the save, and the start screen then shows the
// progress of this browser (scenarios played, endings found, best outcome, time played) at desktop and phone width,
// in Dutch and English, with axe reporting nothing.
import { expect } from 'vitest';
import { expectAccessible } from './support/axe';
import { test } from './support/fixture';
import { openSetup, playRoute, startGame } from './support/flows';
import { plan, seededScenarios } from './support/scenarios';
import { startHeading, switchLanguage } from './support/screens';

const shots = process.env.DRAAIBOEK_SHOTS;

test('the feedback form on a solo debrief, then the progress on the start screen', async ({ app }) => {
  const s = seededScenarios().find((x) => x.id === 'crowdstrike-2024');
  if (!s) throw new Error('the crowdstrike scenario is missing');
  const route = plan(s, 'nl', 'historical');
  const page = app.page;
  await app.open();
  await startHeading(page, 'nl').waitFor();
  await openSetup(page, 'nl', s, 'mouse');
  await startGame(page, 'nl', s, { how: 'mouse' });
  await playRoute(page, 'nl', s, route, 'mouse');

  const form = page.getByRole('form', { name: 'Evaluatieformulier' });
  await form.getByRole('textbox', { name: 'Top drie sterke punten 1' }).fill('Snel de schaal van de storing gezien');
  await form.getByRole('group', { name: 'Het scenario was aannemelijk en realistisch.' }).getByRole('radio', { name: /^4/ }).check();
  await form.getByRole('button', { name: 'Formulier versturen' }).click();
  await form.getByText('Verstuurd. Dank u wel!').waitFor();
  if (shots) {
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/feedback-solo-nl.png` });
  }
  const saved = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('draaiboek.save.'))
      .map((k) => localStorage.getItem(k) ?? ''),
  );
  expect(saved.some((t) => t.includes('"feedback.submit"') && t.includes('Snel de schaal van de storing gezien'))).toBe(true);

  await page.getByRole('button', { name: 'Terug naar start' }).first().click();
  await startHeading(page, 'nl').waitFor();
  const progress = page.getByRole('region', { name: 'Je voortgang' });
  await progress.getByText(/1 scenario gespeeld · 1 spel/).waitFor();
  await expect(
    progress
      .getByText(/^1 van \d+ eindes gevonden$/)
      .first()
      .isVisible(),
  ).resolves.toBe(true);
  await expectAccessible(page, 'the start screen with progress');
  for (const lang of ['nl', 'en'] as const) {
    if (lang === 'en') await switchLanguage(page, 'en');
    const region = page.getByRole('region', { name: lang === 'nl' ? 'Je voortgang' : 'Your progress' });
    for (const [width, height, name] of [
      [1280, 800, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      await page.setViewportSize({ width, height });
      if (shots) {
        await region.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/progress-${name}-${lang}.png` });
      }
      const overflows = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflows, `the start screen scrolls sideways at ${width}`).toBe(false);
    }
  }
  await expectAccessible(page, 'the start screen with progress in English');
});
