// The debrief's exports in the real browser: the Markdown report is downloaded with the ending, every decision of
// the timeline, the discussion questions and the improvement plan; printing makes an A4 PDF without the controls.
import { readFile } from 'node:fs/promises';
import { describe, expect } from 'vitest';
import type { Language, Scenario } from '../../src/engine/play/schema';
import type { App } from './support/fixture';
import { test } from './support/fixture';
import { openSetup, playRoute, startGame } from './support/flows';
import { type Plan, plan, seededScenarios } from './support/scenarios';
import { debriefButton, debriefHeading, startHeading, strings, switchLanguage } from './support/screens';

const scenarios = seededScenarios();

async function playToDebrief(app: App, s: Scenario, lang: Language): Promise<Plan> {
  const route = plan(s, lang, 'historical');
  await app.open();
  if (lang === 'en') await switchLanguage(app.page, 'en');
  await startHeading(app.page, lang).waitFor();
  await openSetup(app.page, lang, s, 'mouse');
  await startGame(app.page, lang, s, { how: 'mouse' });
  await playRoute(app.page, lang, s, route, 'mouse');
  return route;
}

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, s) => {
  test('exports a Markdown report with the ending, the timeline, the questions and the improvement plan', async ({ app }) => {
    const route = await playToDebrief(app, s, 'nl');
    const plan = 'Draaiboek voor het afsluiten van extern verkeer oefenen.';
    await app.page.getByLabel(strings.debrief.nl.plan.well, { exact: true }).fill(plan);
    const [download] = await Promise.all([app.page.waitForEvent('download'), debriefButton(app.page, 'nl', 'exportMarkdown').click()]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const path = await download.path();
    const md = await readFile(path, 'utf8');

    expect(md.startsWith(`# Nabespreking — ${s.title.nl}`)).toBe(true);
    expect(md).toContain(`**${route.endingTitle}**`);
    const timeline = md.slice(md.indexOf(`## ${strings.debrief.nl.timeline.heading}`));
    let from = 0;
    for (const step of route.steps) {
      const entry = `${step.stageTitle}** — ${strings.debrief.nl.timeline.chose}: ${step.optionLabel}`;
      const at = timeline.indexOf(entry, from);
      expect(at, `timeline entry "${entry}" in order`).toBeGreaterThanOrEqual(0);
      from = at;
    }
    for (const q of s.debrief.questions) expect(md).toContain(q.nl);
    expect(md).toContain(plan);
    await app.page.getByRole('status').filter({ hasText: download.suggestedFilename() }).waitFor();
  });

  test('prints the debrief as an A4 PDF without buttons or the banner', async ({ app }) => {
    const route = await playToDebrief(app, s, 'en');
    await app.page.emulateMedia({ media: 'print' });
    await expect(debriefButton(app.page, 'en', 'exportMarkdown').isVisible()).resolves.toBe(false);
    await expect(app.page.getByRole('banner').isVisible()).resolves.toBe(false);
    await expect(debriefHeading(app.page, 'en', s).isVisible()).resolves.toBe(true);
    await expect(app.page.getByText(route.endingTitle, { exact: true }).first().isVisible()).resolves.toBe(true);
    const pdf = await app.page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });
});
