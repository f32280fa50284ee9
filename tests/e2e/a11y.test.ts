// axe-core in Chromium on every screen, in Dutch and in English: start (fresh and with a saved game), set-up,
// play with messages and the decision timer running, every consequence card, and the debrief. Zero violations.
import { describe, expect } from 'vitest';
import type { Language } from '../../src/engine/play/schema';
import { expectAccessible } from './support/axe';
import { test } from './support/fixture';
import { openSetup, startGame } from './support/flows';
import { plan, seededScenarios } from './support/scenarios';
import {
  consequenceHeading,
  continueButton,
  countdown,
  debriefButton,
  debriefHeading,
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
  // Dozens of axe passes (every stage in Dutch, the debrief with its map): more than the default two minutes on a busy
  // two-core machine.
  test.for(languages)('every screen passes axe in %s', { timeout: 300_000 }, async (lang, { app }) => {
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
    // In Dutch every stage and consequence card of the route is checked (their content differs per stage);
    // in English the first timed stage with messages and its consequence card stand for the rest.
    for (const [i, step] of route.steps.entries()) {
      const checked = lang === 'nl' || i === Math.max(timedIndex, 0);
      await stageHeading(page, step.stageTitle).waitFor();
      if (i === timedIndex) {
        await injectFeed(page, lang).getByRole('listitem').first().waitFor();
        await countdown(page).waitFor();
      }
      if (checked)
        await expectAccessible(
          page,
          `the play screen${i === timedIndex ? ' with messages and the timer' : ''} (${lang}, "${step.stageTitle}")`,
        );
      await optionButton(page, step.key, step.optionLabel).click();
      await consequenceHeading(page, lang).waitFor();
      if (checked) await expectAccessible(page, `the consequence card after "${step.stageTitle}" (${lang})`);
      await continueButton(page, lang, i === route.steps.length - 1).click();
    }
    await debriefHeading(page, lang, s).waitFor();
    await expectAccessible(page, `the debrief (${lang})`);

    await debriefButton(page, lang, 'home').click();
    await startHeading(page, lang).waitFor();
    await expect(page.getByRole('region', { name: strings.start[lang].saves.heading }).getByRole('listitem').count()).resolves.toBe(1);
    await expectAccessible(page, `the start screen with a saved game and a found ending (${lang})`);
  });
});
