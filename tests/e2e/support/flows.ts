// Whole journeys through the app, by mouse or by keyboard only: start screen → set-up → every decision of a
// planned route → debrief. Each step waits for what a player would see and throws a plain message when it is missing.
import type { Locator, Page } from 'playwright-core';
import type { Language, Scenario } from '../../../src/engine/play/schema';
import type { Plan, Step } from './scenarios';
import {
  consequenceHeading,
  continueButton,
  debriefHeading,
  fill,
  focusIsVisible,
  optionButton,
  playButton,
  roleRadio,
  setupHeading,
  stageHeading,
  startScenarioButton,
  strings,
  tabTo,
  takesFocus,
  timerRadio,
} from './screens';

export type How = 'mouse' | 'keyboard';
export type TimerMode = 'off' | 'relaxed' | 'realistic';

function must(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** Activate a control the way the journey allows: a click, or Tab to it and Enter (or Space). */
async function press(page: Page, how: How, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  if (how === 'mouse') {
    await target.click();
    return;
  }
  await tabTo(page, target);
  must(await focusIsVisible(page), `no visible focus indicator on ${target.toString()}`);
  await page.keyboard.press(key);
}

/** From the start screen to the set-up screen of the scenario. */
export async function openSetup(page: Page, lang: Language, s: Scenario, how: How): Promise<void> {
  await press(page, how, playButton(page, lang, s));
  await setupHeading(page, lang, s).waitFor();
}

/** Choose role and timer on the set-up screen and start; waits for the first stage. */
export async function startGame(
  page: Page,
  lang: Language,
  s: Scenario,
  opts: { how: How; role?: string; timer?: TimerMode } = { how: 'mouse' },
): Promise<void> {
  const role = opts.role ?? s.roles[0]?.id ?? '';
  const timer = opts.timer ?? 'off';
  if (opts.how === 'mouse') {
    await roleRadio(page, lang, s, role).check();
    await timerRadio(page, lang, timer).check();
  } else {
    // Keyboard: Tab into each radio group lands on its checked radio; arrow keys move the choice.
    await selectRadioByKeyboard(
      page,
      s.roles.map((r) => roleRadio(page, lang, s, r.id)),
      s.roles.findIndex((r) => r.id === role),
    );
    const modes: TimerMode[] = ['off', 'relaxed', 'realistic'];
    await selectRadioByKeyboard(
      page,
      modes.map((m) => timerRadio(page, lang, m)),
      modes.indexOf(timer),
    );
  }
  must(await roleRadio(page, lang, s, role).isChecked(), `role ${role} is not selected`);
  must(await timerRadio(page, lang, timer).isChecked(), `timer ${timer} is not selected`);
  await press(page, opts.how, startScenarioButton(page, lang));
  const first = s.stages.find((x) => x.id === s.initialStage);
  await stageHeading(page, first?.title[lang] ?? '').waitFor();
}

async function selectRadioByKeyboard(page: Page, radios: Locator[], wanted: number): Promise<void> {
  const checked = await Promise.all(radios.map((r) => r.isChecked()));
  const current = Math.max(checked.indexOf(true), 0);
  const entry = radios[current];
  if (!entry) return;
  await tabTo(page, entry);
  const key = wanted >= current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(wanted - current); i++) await page.keyboard.press(key);
  if (!checked.includes(true) && wanted === current) await page.keyboard.press('Space');
}

/**
 * Take one planned decision: the stage shows, the option is taken (click or digit key), the consequence card
 * says what was chosen and takes focus, and Continue leads on.
 */
export async function decide(
  page: Page,
  lang: Language,
  step: Step,
  how: How,
  last: boolean,
  key: 'Enter' | 'Space' = 'Enter',
): Promise<void> {
  const heading = stageHeading(page, step.stageTitle);
  await heading.waitFor();
  if (how === 'mouse') await optionButton(page, step.key, step.optionLabel).click();
  else await page.keyboard.press(String(step.key));
  const card = consequenceHeading(page, lang);
  await card.waitFor();
  await page.getByText(fill(strings.play[lang].consequence.chose, { option: step.optionLabel }), { exact: true }).waitFor();
  if (how === 'keyboard') must(await takesFocus(card), `focus is not on the consequence card after choosing in "${step.stageTitle}"`);
  await press(page, how, continueButton(page, lang, last), key);
}

/** Play the planned route from the first stage to the debrief. */
export async function playRoute(page: Page, lang: Language, s: Scenario, plan: Plan, how: How): Promise<void> {
  for (const [i, step] of plan.steps.entries()) {
    const last = i === plan.steps.length - 1;
    // By keyboard, Continue is taken alternately with Enter and Space: a button answers to both.
    await decide(page, lang, step, how, last, i % 2 === 0 ? 'Enter' : 'Space');
    if (!last && how === 'keyboard') {
      const next = plan.steps[i + 1];
      const heading = stageHeading(page, next?.stageTitle ?? '');
      await heading.waitFor();
      must(await takesFocus(heading), `focus is not on the heading of "${next?.stageTitle}" after Continue`);
    }
  }
  await debriefHeading(page, lang, s).waitFor();
}
