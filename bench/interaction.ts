// Interaction benchmark: in Chromium against the production build, the time from pressing a key to the next screen
// painted, measured inside the page (keydown timestamp → DOM shows the change → next frame), median and 95th
// percentile over 50 decisions, against a static page that only toggles one element, measured the same way. Run twice:
// on a 1280-wide desktop, and 390 wide with the CPU slowed 4× (a ward nurse's phone), each against its own baseline.
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Language, Scenario } from '../src/engine/play/schema';
import { launchChromium } from '../tests/e2e/support/browser';
import { plan, type Strategy, seededScenarios } from '../tests/e2e/support/scenarios';
import {
  continueButton,
  debriefButton,
  fill,
  playButton,
  stageHeading,
  startHeading,
  startScenarioButton,
  strings,
  tabTo,
} from '../tests/e2e/support/screens';
import { serveBuild, servePage } from '../tests/e2e/support/serve';
import { LATENCY_PROBE, summarise } from './latency-probe';
import { type BenchContext, row, type Section } from './table';

const DECISIONS = 50;
const PHONE_DECISIONS = 30;
const WARMUP = 3;
const LANG: Language = 'nl';
const BASELINE_PAGE = fileURLToPath(new URL('./interaction-baseline.html', import.meta.url));

/** An in-page test that some level-1 heading reads exactly `text` (source for the probe). */
const headingShows = (text: string) => `[...document.querySelectorAll('h1')].some((h) => h.textContent === ${JSON.stringify(text)})`;

/** Arm the probe with the awaited change, press the key, and return the milliseconds until the change was painted. */
async function timed(page: Page, doneSource: string, key: string, label: string): Promise<number> {
  await page.evaluate(`window.__latency.arm(${JSON.stringify(doneSource)}, ${JSON.stringify(label)})`);
  await page.keyboard.press(key);
  return (await page.evaluate('window.__latency.result')) as number;
}

/** A device to measure on: its window size and how much slower its CPU is than this machine's. */
export type Device = { name: string; viewport: { width: number; height: number }; cpuSlowdown: number };
export const DESKTOP: Device = { name: 'desktop', viewport: { width: 1280, height: 800 }, cpuSlowdown: 1 };
export const PHONE: Device = { name: 'phone', viewport: { width: 390, height: 844 }, cpuSlowdown: 4 };

/** Open a page as `device`: its viewport, and the CPU throttled through the DevTools protocol after every navigation. */
export async function devicePage(
  browser: Browser,
  device: Device,
): Promise<{ context: BrowserContext; page: Page; goto: (url: string) => Promise<void> }> {
  const context = await browser.newContext({ viewport: device.viewport, timezoneId: 'Europe/Amsterdam' });
  context.setDefaultTimeout(15_000 * device.cpuSlowdown);
  await context.addInitScript({ content: LATENCY_PROBE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const goto = async (url: string) => {
    await page.goto(url);
    if (device.cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.cpuSlowdown });
  };
  return { context, page, goto };
}

type Goto = (url: string) => Promise<void>;

async function baselineSamples(page: Page, goto: Goto, url: string, count: number): Promise<number[]> {
  await goto(url);
  const samples: number[] = [];
  for (let i = 0; i < count + WARMUP; i++) {
    const next = i % 2 === 0 ? 'on' : 'off';
    const ms = await timed(page, `document.getElementById('state').textContent === '${next}'`, '1', 'baseline');
    if (i >= WARMUP) samples.push(ms);
  }
  return samples;
}

export type AppSamples = { choose: number[]; proceed: number[]; debrief: number[]; setup: number[]; start: number[] };

/**
 * Play the seeded scenarios by keyboard, one planned route after another, until enough decisions are timed:
 * digit key → consequence card painted, Enter on Continue → next stage painted, and (after the last decision of
 * a route) Enter → debrief painted, kept apart because it loads the debrief screen; once per route also the two
 * navigations before play (Play → set-up, Start → first stage), which load their screens lazily too.
 */
export async function appSamples(page: Page, goto: Goto, url: string, count: number): Promise<AppSamples> {
  const scenarios = seededScenarios();
  if (scenarios.length === 0) throw new Error('no seeded scenario to play');
  const strategies: Strategy[] = ['historical', 'first', 'last'];
  const out: AppSamples = { choose: [], proceed: [], debrief: [], setup: [], start: [] };
  const card = strings.play[LANG].consequence.heading;
  let decisions = 0;
  for (let round = 0; out.choose.length < count; round++) {
    const s = scenarios[round % scenarios.length] as Scenario;
    const route = plan(s, LANG, strategies[Math.floor(round / scenarios.length) % strategies.length] as Strategy);
    await goto(url);
    await startHeading(page, LANG).waitFor();
    await tabTo(page, playButton(page, LANG, s));
    out.setup.push(await timed(page, headingShows(fill(strings.setup[LANG].title, { title: s.title[LANG] })), 'Enter', 'setup'));
    await tabTo(page, startScenarioButton(page, LANG));
    out.start.push(await timed(page, headingShows(s.stages.find((x) => x.id === s.initialStage)?.title[LANG] ?? ''), 'Enter', 'start'));
    for (const [i, step] of route.steps.entries()) {
      if (out.choose.length >= count) break;
      const last = i === route.steps.length - 1;
      await stageHeading(page, step.stageTitle).waitFor();
      const choose = await timed(page, headingShows(card), String(step.key), 'choose');
      await page.getByText(fill(strings.play[LANG].consequence.chose, { option: step.optionLabel }), { exact: true }).waitFor();
      await tabTo(page, continueButton(page, LANG, last));
      const after = last ? fill(strings.debrief[LANG].title, { title: s.title[LANG] }) : (route.steps[i + 1]?.stageTitle ?? '');
      const proceed = await timed(page, headingShows(after), 'Enter', last ? 'debrief' : 'proceed');
      if (decisions++ >= WARMUP) {
        out.choose.push(choose);
        (last ? out.debrief : out.proceed).push(proceed);
      }
    }
    if (out.choose.length < count) await debriefButton(page, LANG, 'home').waitFor();
  }
  return out;
}

/** The rows for one device: each interaction against the toggle page measured before and after it, in the same page. */
async function measureOn(browser: Browser, device: Device, appUrl: string, baselineUrl: string, decisions: number) {
  const { context, page, goto } = await devicePage(browser, device);
  try {
    // Baseline before and after the app, so drift over the run affects both sides alike.
    const before = await baselineSamples(page, goto, baselineUrl, decisions / 2);
    const samples = await appSamples(page, goto, appUrl, decisions);
    const after = await baselineSamples(page, goto, baselineUrl, decisions / 2);
    const base = summarise([...before, ...after]);
    const choose = summarise(samples.choose);
    const proceed = summarise(samples.proceed);
    const debrief = summarise(samples.debrief);
    const setup = summarise(samples.setup);
    const start = summarise(samples.start);
    const on = device.cpuSlowdown === 1 ? '' : `, ${device.viewport.width} wide, CPU ${device.cpuSlowdown}× slower`;
    return [
      row(`option key → consequence card painted, median (ms)${on}`, choose.median, base.median),
      row(`option key → consequence card painted, p95 (ms)${on}`, choose.p95, base.p95),
      row(`Enter on Continue → next stage painted, median (ms)${on}`, proceed.median, base.median),
      row(`Enter on Continue → next stage painted, p95 (ms)${on}`, proceed.p95, base.p95),
      row(
        `Enter on the last Continue → debrief painted, median (ms)${on}`,
        debrief.median,
        base.median,
        `${samples.debrief.length} debriefs`,
      ),
      row(`Enter on Play → set-up painted, median (ms)${on}`, setup.median, base.median, `${samples.setup.length} times`),
      row(`Enter on Start → first stage painted, median (ms)${on}`, start.median, base.median, `${samples.start.length} times`),
    ];
  } finally {
    await context.close();
  }
}

export async function run(ctx: BenchContext): Promise<Section> {
  const outDir = await ctx.buildApp();
  const app = await serveBuild(outDir);
  const baselineServer = await servePage(BASELINE_PAGE);
  const browser = await launchChromium();
  try {
    const desktop = await measureOn(browser, DESKTOP, app.url, baselineServer.url, DECISIONS);
    const phone = await measureOn(browser, PHONE, app.url, baselineServer.url, PHONE_DECISIONS);
    return {
      name: 'Interaction',
      baseline:
        'a static page that toggles one element on keydown, served and measured the same way in the same Chromium, on the same device (the phone rows against the throttled baseline)',
      rows: [...desktop, ...phone],
      notes: [
        `desktop: ${DECISIONS} decisions over the seeded scenarios after ${WARMUP} warm-up decisions; headless Chromium (Debian package, --disable-gpu), 1280×800`,
        `phone: ${PHONE_DECISIONS} decisions at 390×844 with Emulation.setCPUThrottlingRate ${PHONE.cpuSlowdown} (Chrome DevTools Protocol), baseline throttled alike`,
        'measured in the page: keydown event timestamp → the expected heading is in the DOM → requestAnimationFrame → next task',
        'set-up, play and debrief are separate chunks, preloaded when the browser is idle after the start screen (src/ui/common/lazyScreen.ts), so a screen change does not wait for a Suspense fallback',
      ],
    };
  } finally {
    await browser.close();
    await baselineServer.close();
    await app.close();
  }
}
