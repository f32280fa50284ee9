// What-if and time travel in Chromium against the production build: the debrief's replay steps back by keyboard to
// the first stage, a what-if at the last decision plays on as a new session, and its debrief sets it beside the original.
import { describe, expect } from 'vitest';
import { expectAccessible } from './support/axe';
import { test } from './support/fixture';
import { openSetup, playRoute, startGame } from './support/flows';
import { plan, seededScenarios } from './support/scenarios';
import { consequenceHeading, debriefHeading, fill, startHeading, strings, switchLanguage } from './support/screens';

const s = seededScenarios()[0];
const d = strings.debrief.en;

describe('what-if and time travel', () => {
  test('replays the session by keyboard and forks at a decision into a new session with a side-by-side debrief', async ({ app }) => {
    if (!s) throw new Error('no scenario');
    const { page } = app;
    const route = plan(s, 'en', 'historical');
    await app.open();
    await switchLanguage(page, 'en');
    await startHeading(page, 'en').waitFor();
    await openSetup(page, 'en', s, 'mouse');
    await startGame(page, 'en', s, { how: 'mouse' });
    await playRoute(page, 'en', s, route, 'mouse');

    // Time travel: Home on the slider goes back to the start, the arrow key steps one event on.
    const replay = page.getByRole('region', { name: d.replay.heading, exact: true });
    const slider = replay.getByRole('slider', { name: d.replay.slider });
    await slider.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const first = route.steps[0];
    const moment = replay.getByRole('region', { name: d.replay.screen });
    await moment.getByRole('heading', { name: first?.stageTitle ?? '', exact: true }).waitFor();
    await moment.getByText(fill(d.replay.step, { step: 1, count: Number(await slider.getAttribute('max')) })).waitFor();
    await expectAccessible(page, 'the debrief with its replay and what-if');

    // What if: at the last decision, another option that was open then.
    const whatif = page.getByRole('region', { name: d.whatif.heading, exact: true });
    const choice = whatif.getByRole('button', { name: new RegExp(`^${d.whatif.button.split('{{')[0]}`), disabled: false }).last();
    await choice.click();
    await consequenceHeading(page, 'en').waitFor();

    // Play on to an ending, taking the first open option at each decision.
    const play = strings.play.en.consequence;
    for (let i = 0; i < 30; i++) {
      if (await debriefHeading(page, 'en', s).isVisible()) break;
      const onward = page.getByRole('button', { name: new RegExp(`^(${play.continue}|${play.toDebrief})$`) });
      if (await onward.isVisible()) {
        await onward.click();
        continue;
      }
      await page
        .getByRole('button', { name: /^\s*[1-9]\b/, disabled: false })
        .first()
        .click();
      await consequenceHeading(page, 'en').waitFor();
    }
    await debriefHeading(page, 'en', s).waitFor();
    const compare = page.getByRole('region', { name: d.compare.heading, exact: true });
    await compare.getByRole('region', { name: d.compare.original, exact: true }).waitFor();
    await compare.getByRole('region', { name: d.compare.fork, exact: true }).waitFor();
    await compare.getByRole('region', { name: d.compare.historical, exact: true }).waitFor();
    expect(await compare.getByRole('img').count()).toBe(s.metrics.length);
  });
});
