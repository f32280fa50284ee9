// axe-core in Chromium on every screen, in Dutch and in English: start (fresh and with a saved game), set-up,
// play with messages and the decision timer running, the consequence card, and the debrief. Zero violations.
import { describe, expect } from 'vitest';
import type { Language } from '../../src/engine/schema';
import { expectAccessible } from './support/axe';
import { test } from './support/fixture';
import { decide, openSetup, playRoute, startGame } from './support/flows';
import { plan, seededScenarios } from './support/scenarios';
import {
  consequenceHeading,
  continueButton,
  countdown,
  debriefButton,
  injectFeed,
  optionButton,
  stageHeading,
  startHeading,
  strings,
  switchLanguage,
} from './support/screens';

const scenarios = seededScenarios();
const languages: Language[] = ['nl', 'en'];

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, s) => {
  test.for(languages)('every screen passes axe in %s', async (lang, { app }) => {
    const { page } = app;
    const route = plan(s, lang, 'historical');
    // The first stage with a timed decision and messages for the played role, so the timer and the feed show.
    const timedIndex = route.steps.findIndex((step) => {
      const stage = s.stages.find((x) => x.id === step.stageId);
      return stage?.decision.timeLimit !== undefined && (stage.injects?.length ?? 0) > 0;
    });

    await app.open();
    if (lang === 'en') await switchLanguage(page, 'en');
    await startHeading(page, lang).waitFor();
    await expectAccessible(page, `the start screen (${lang})`);

    await openSetup(page, lang, s, 'mouse');
    await expectAccessible(page, `the set-up screen (${lang})`);

    await startGame(page, lang, s, { how: 'mouse', timer: timedIndex >= 0 ? 'relaxed' : 'off' });
    for (const step of route.steps.slice(0, Math.max(timedIndex, 0))) await decide(page, lang, step, 'mouse', false);
    const here = route.steps[Math.max(timedIndex, 0)];
    if (!here) throw new Error('no stage to play');
    await stageHeading(page, here.stageTitle).waitFor();
    await injectFeed(page, lang).getByRole('listitem').first().waitFor();
    if (timedIndex >= 0) await countdown(page).waitFor();
    await expectAccessible(page, `the play screen with messages${timedIndex >= 0 ? ' and the timer' : ''} (${lang}, "${here.stageTitle}")`);

    await optionButton(page, here.key, here.optionLabel).click();
    await consequenceHeading(page, lang).waitFor();
    await expectAccessible(page, `the consequence card (${lang})`);
    const last = route.steps.indexOf(here) === route.steps.length - 1;
    await continueButton(page, lang, last).click();

    const rest = { ...route, steps: route.steps.slice(route.steps.indexOf(here) + 1) };
    await playRoute(page, lang, s, rest, 'mouse');
    await expectAccessible(page, `the debrief (${lang})`);

    await debriefButton(page, lang, 'home').click();
    await startHeading(page, lang).waitFor();
    await expect(page.getByRole('region', { name: strings.start[lang].saves.heading }).getByRole('listitem').count()).resolves.toBe(1);
    await expectAccessible(page, `the start screen with a saved game and a found ending (${lang})`);
  });
});
