// How a person uses each screen, in one place: queries by role and accessible name (built from the app's own
// i18n strings, so both languages read the same), for the browser tests and the interaction benchmark.
import type { Locator, Page } from 'playwright-core';
import type { Language, Scenario } from '../../../src/engine/play/schema';
import common from '../../../src/i18n/common';
import debrief from '../../../src/i18n/debrief';
import play from '../../../src/i18n/play';
import setup from '../../../src/i18n/setup';
import start from '../../../src/i18n/start';

export const strings = { common, start, setup, play, debrief };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches an accessible name that starts with the given text. */
export const startsWith = (s: string) => new RegExp(`^\\s*${escapeRegExp(s)}`);
/** Matches an accessible name that contains the given text. */
export const contains = (s: string) => new RegExp(escapeRegExp(s));
/** Matches a whole accessible name made of these parts, whatever whitespace the browser puts between them. */
export const joined = (...parts: string[]) => new RegExp(`^\\s*${parts.map((p) => escapeRegExp(p.trim())).join('\\s*')}\\s*$`);
/** Fills i18next-style {{placeholders}}. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

// ---- start screen ----

export function startHeading(page: Page, lang: Language): Locator {
  return page.getByRole('heading', { level: 1, name: start[lang].title });
}

/** Switch the language with the banner's switch (its buttons carry the language's own name). */
export async function switchLanguage(page: Page, lang: Language): Promise<void> {
  await page.getByRole('button', { name: common[lang].languages[lang], exact: true }).click();
}

export function playButton(page: Page, lang: Language, s: Scenario): Locator {
  return page.getByRole('button', { name: joined(start[lang].card.play, ':', s.title[lang]) });
}

export function resumeButton(page: Page, lang: Language, s: Scenario): Locator {
  return page.getByRole('button', { name: joined(start[lang].saves.resume, ':', s.title[lang]) });
}

// ---- setup screen ----

export function setupHeading(page: Page, lang: Language, s: Scenario): Locator {
  return page.getByRole('heading', { level: 1, name: fill(setup[lang].title, { title: s.title[lang] }) });
}

export function roleRadio(page: Page, lang: Language, s: Scenario, roleId: string): Locator {
  const role = s.roles.find((r) => r.id === roleId);
  return page.getByRole('radio', { name: startsWith(role?.name[lang] ?? roleId) });
}

export function timerRadio(page: Page, lang: Language, mode: 'off' | 'relaxed' | 'realistic'): Locator {
  return page.getByRole('radio', { name: startsWith(setup[lang].timer[mode]) });
}

export function startScenarioButton(page: Page, lang: Language): Locator {
  return page.getByRole('button', { name: setup[lang].start });
}

// ---- debrief ----

export function debriefHeading(page: Page, lang: Language, s: Scenario): Locator {
  return page.getByRole('heading', { level: 1, name: fill(debrief[lang].title, { title: s.title[lang] }) });
}

/** A report action; the debrief offers each one right after the outcome and again at the end: this is the first. */
export function debriefButton(page: Page, lang: Language, key: keyof (typeof debrief)['nl']['actions']): Locator {
  return page.getByRole('button', { name: debrief[lang].actions[key], exact: true }).first();
}

// ---- play screen ----

export function stageHeading(page: Page, title: string): Locator {
  return page.getByRole('heading', { level: 1, name: title, exact: true });
}

/** The simulated clock in the play bar (the banner). */
export function bannerClock(page: Page): Locator {
  return page.getByRole('banner').locator('time');
}

/** An option button: its digit key and its label ("1 Cut external traffic"). */
export function optionButton(page: Page, key: number, label: string): Locator {
  return page.getByRole('button', { name: joined(String(key), label) });
}

export function consequenceHeading(page: Page, lang: Language): Locator {
  return page.getByRole('heading', { level: 1, name: play[lang].consequence.heading, exact: true });
}

export function continueButton(page: Page, lang: Language, toDebrief: boolean): Locator {
  const c = play[lang].consequence;
  return page.getByRole('button', { name: toDebrief ? c.toDebrief : c.continue, exact: true });
}

export function injectFeed(page: Page, lang: Language): Locator {
  return page.getByRole('region', { name: startsWith(play[lang].feed.heading) });
}

export function countdown(page: Page): Locator {
  return page.getByRole('timer');
}

// ---- keyboard ----

/** Whether the element is the focused one. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

/**
 * Whether the element takes focus within `ms`. Screens move focus to their heading a frame after the new content
 * is painted (see useFocusOnMount), so on a loaded machine it can arrive after the heading is already visible.
 */
export function takesFocus(locator: Locator, ms = 1500): Promise<boolean> {
  return locator.evaluate(
    (el, limit) =>
      new Promise<boolean>((resolve) => {
        const until = performance.now() + limit;
        const look = (): void => {
          if (el === document.activeElement) resolve(true);
          else if (performance.now() > until) resolve(false);
          else requestAnimationFrame(look);
        };
        look();
      }),
    ms,
  );
}

/** Press Tab (forward) until the element has focus; throws when it is not reached within `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  await target.waitFor();
  for (let i = 0; i <= max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${max} presses`);
}

/** Whether the focused element shows a focus indicator (an outline or a box shadow). */
export function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== 'none';
  });
}
