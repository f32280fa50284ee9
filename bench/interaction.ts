// Interaction benchmark: in Chromium against the production build, the time from pressing a key to the next screen
// painted, measured inside the page (keydown timestamp → DOM shows the change → next frame), median and 95th
// percentile over 50 decisions, against a static page that only toggles one element, measured the same way.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
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
const WARMUP = 3;
const LANG: Language = 'nl';
const BASELINE_PAGE = fileURLToPath(new URL('./interaction-baseline.html', import.meta.url));

/** An in-page test that some level-1 heading reads exactly `text` (source for the probe). */
const headingShows = (text: string) => `[...document.querySelectorAll('h1')].some((h) => h.textContent === ${JSON.stringify(text)})`;

/** Arm the probe with the awaited change, press the key, and return the milliseconds until the change was painted. */
async function timed(page: Page, doneSource: string, key: string): Promise<number> {
  await page.evaluate(`window.__latency.arm(${JSON.stringify(doneSource)})`);
  await page.keyboard.press(key);
  return (await page.evaluate('window.__latency.result')) as number;
}

async function baselineSamples(page: Page, url: string, count: number): Promise<number[]> {
  await page.goto(url);
  const samples: number[] = [];
  for (let i = 0; i < count + WARMUP; i++) {
    const next = i % 2 === 0 ? 'on' : 'off';
    const ms = await timed(page, `document.getElementById('state').textContent === '${next}'`, '1');
    if (i >= WARMUP) samples.push(ms);
  }
  return samples;
}

type AppSamples = { choose: number[]; proceed: number[]; debrief: number[]; setup: number[]; start: number[] };

/**
 * Play the seeded scenarios by keyboard, one planned route after another, until enough decisions are timed:
 * digit key → consequence card painted, Enter on Continue → next stage painted, and (after the last decision of
 * a route) Enter → debrief painted, kept apart because it loads the debrief screen; once per route also the two
 * navigations before play (Play → set-up, Start → first stage), which load their screens lazily too.
 */
async function appSamples(page: Page, url: string, count: number): Promise<AppSamples> {
  const scenarios = seededScenarios();
  if (scenarios.length === 0) throw new Error('no seeded scenario to play');
  const strategies: Strategy[] = ['historical', 'first', 'last'];
  const out: AppSamples = { choose: [], proceed: [], debrief: [], setup: [], start: [] };
  const card = strings.play[LANG].consequence.heading;
  let decisions = 0;
  for (let round = 0; out.choose.length < count; round++) {
    const s = scenarios[round % scenarios.length] as Scenario;
    const route = plan(s, LANG, strategies[Math.floor(round / scenarios.length) % strategies.length] as Strategy);
    await page.goto(url);
    await startHeading(page, LANG).waitFor();
    await tabTo(page, playButton(page, LANG, s));
    out.setup.push(await timed(page, headingShows(fill(strings.setup[LANG].title, { title: s.title[LANG] })), 'Enter'));
    await tabTo(page, startScenarioButton(page, LANG));
    out.start.push(await timed(page, headingShows(s.stages.find((x) => x.id === s.initialStage)?.title[LANG] ?? ''), 'Enter'));
    for (const [i, step] of route.steps.entries()) {
      if (out.choose.length >= count) break;
      const last = i === route.steps.length - 1;
      await stageHeading(page, step.stageTitle).waitFor();
      const choose = await timed(page, headingShows(card), String(step.key));
      await page.getByText(fill(strings.play[LANG].consequence.chose, { option: step.optionLabel }), { exact: true }).waitFor();
      await tabTo(page, continueButton(page, LANG, last));
      const after = last ? fill(strings.debrief[LANG].title, { title: s.title[LANG] }) : (route.steps[i + 1]?.stageTitle ?? '');
      const proceed = await timed(page, headingShows(after), 'Enter');
      if (decisions++ >= WARMUP) {
        out.choose.push(choose);
        (last ? out.debrief : out.proceed).push(proceed);
      }
    }
    if (out.choose.length < count) await debriefButton(page, LANG, 'home').waitFor();
  }
  return out;
}

export async function run(ctx: BenchContext): Promise<Section> {
  const outDir = await ctx.buildApp();
  const app = await serveBuild(outDir);
  const baselineServer = await servePage(BASELINE_PAGE);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Amsterdam' });
    context.setDefaultTimeout(15_000);
    await context.addInitScript({ content: LATENCY_PROBE });
    const page = await context.newPage();
    // Baseline before and after the app, so drift over the run affects both sides alike.
    const before = await baselineSamples(page, baselineServer.url, DECISIONS / 2);
    const samples = await appSamples(page, app.url, DECISIONS);
    const after = await baselineSamples(page, baselineServer.url, DECISIONS / 2);
    const base = summarise([...before, ...after]);
    const choose = summarise(samples.choose);
    const proceed = summarise(samples.proceed);
    const debrief = summarise(samples.debrief);
    const setup = summarise(samples.setup);
    const start = summarise(samples.start);
    return {
      name: 'Interaction',
      baseline: 'a static page that toggles one element on keydown, served and measured the same way in the same Chromium',
      rows: [
        row('option key → consequence card painted, median (ms)', choose.median, base.median),
        row('option key → consequence card painted, p95 (ms)', choose.p95, base.p95),
        row('Enter on Continue → next stage painted, median (ms)', proceed.median, base.median),
        row('Enter on Continue → next stage painted, p95 (ms)', proceed.p95, base.p95),
        row('Enter on the last Continue → debrief painted, median (ms)', debrief.median, base.median, `${samples.debrief.length} debriefs`),
        row('Enter on Play → set-up painted, median (ms)', setup.median, base.median, `${samples.setup.length} times`),
        row('Enter on Start → first stage painted, median (ms)', start.median, base.median, `${samples.start.length} times`),
      ],
      notes: [
        `${samples.choose.length} decisions over the seeded scenarios after ${WARMUP} warm-up decisions; headless Chromium (Debian package, --disable-gpu), 1280×800`,
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
