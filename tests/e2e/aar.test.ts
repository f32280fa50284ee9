// The comparison of session files and the after-action report in the real browser: three files of one scenario
// compare on one timeline with their splits, a damaged file and one of another scenario are named and refused; the
// report of a session with ten decisions holds every decision, takes a plan row from its form and prints to an A4
// PDF of at most five pages.
import { describe, expect } from 'vitest';
import report from '../../src/i18n/report';
import { test } from './support/fixture';
import { reportSession } from './support/report-sessions';
import { plan, seededScenarios } from './support/scenarios';
import { startHeading, strings } from './support/screens';

const scenarios = seededScenarios();
const citrix = scenarios.find((s) => s.id === 'citrix-2020');
const other = scenarios.find((s) => s.id !== 'citrix-2020');
const r = report.nl;
const file = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

describe.runIf(citrix && other)('comparison and after-action report', () => {
  const s = citrix as NonNullable<typeof citrix>;
  const sessions = (['historical', 'first', 'last'] as const).map((k) => reportSession(s, k, k === 'historical'));

  test('three session files compare on one timeline; a damaged file and one of another scenario are refused by name', async ({ app }) => {
    const page = app.page;
    await app.open();
    await startHeading(page, 'nl').waitFor();
    await page.getByRole('link', { name: strings.start.nl.load.compare }).click();
    await page.getByRole('heading', { level: 1, name: r.compare.title }).waitFor();
    const broken = JSON.parse(JSON.stringify(sessions[1]));
    const at = broken.events.findIndex((e: { type: string }) => e.type === 'decision.choose');
    broken.events[at].optionId = 42;
    await page
      .getByLabel(r.compare.files)
      .setInputFiles([
        file('team-a.json', sessions[0]),
        file('team-b.json', sessions[1]),
        file('kapot.json', broken),
        file('ander.json', reportSession(other as NonNullable<typeof other>, 'first')),
      ]);
    const errors = page.getByRole('alert');
    await errors.getByText(new RegExp(`^kapot\\.json: events\\.${at}\\.optionId`)).waitFor();
    await errors.getByText(/^ander\.json is een sessie van scenario/).waitFor();
    await page.getByLabel(r.compare.files).setInputFiles([file('team-c.json', sessions[2])]);

    const timeline = page.getByRole('table', { name: r.compare.timelineCaption });
    await timeline.waitFor();
    const headers = await timeline.getByRole('columnheader').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual([r.compare.decision, 'team-a.json', 'team-b.json', 'team-c.json', r.compare.historical]);
    const rows = plan(s, 'nl', 'historical').steps.length;
    expect(await timeline.getByRole('row').count()).toBeGreaterThanOrEqual(rows + 1);
    expect(await timeline.getByText(r.compare.splitMark).count()).toBeGreaterThanOrEqual(1);
    const charts = page.getByRole('region', { name: r.compare.chartsHeading });
    expect(await charts.getByRole('img').count()).toBe(s.metrics.length);
    await page.getByRole('region', { name: r.compare.splitsHeading }).getByRole('listitem').first().waitFor();
  });

  test('the after-action report of ten decisions holds each of them, takes a plan row and prints in at most five A4 pages', async ({
    app,
  }) => {
    const page = app.page;
    const route = plan(s, 'nl', 'historical');
    expect(route.steps.length).toBeGreaterThanOrEqual(10);
    await app.open();
    await startHeading(page, 'nl').waitFor();
    await page.getByLabel(strings.start.nl.load.label).setInputFiles([file('sessie.json', sessions[0])]);
    await page.waitForURL(/\/(play|debrief)\//);
    const saveId = new URL(page.url()).pathname.split('/').at(-1);
    await page.goto(new URL(`debrief/${saveId}`, app.baseURL).href);
    await page.getByRole('button', { name: strings.debrief.nl.actions.report }).first().click();
    await page.getByRole('heading', { level: 1, name: s.title.nl }).waitFor();

    const timeline = page.getByRole('region', { name: r.aar.timeline.heading });
    expect(await timeline.getByRole('row').count()).toBe(route.steps.length + 1);
    for (const step of route.steps) await timeline.getByRole('cell', { name: step.optionLabel, exact: true }).first().waitFor();

    await page.getByLabel(r.aar.overview.contact).fill('Crisiscoördinator, crisis@ziekenhuis.example');
    await page.getByRole('button', { name: r.aar.plan.add }).click();
    await page.getByLabel(r.aar.plan.area, { exact: true }).fill('Piketlijst niet actueel');
    await page.getByLabel(r.aar.plan.action, { exact: true }).fill('Piketlijst elk kwartaal controleren');
    await page.getByLabel(r.aar.plan.capability).selectOption('organisation');
    await page.getByLabel(r.aar.plan.owner, { exact: true }).fill('Secretariaat');
    await page.getByRole('button', { name: r.aar.plan.save }).click();
    const planTable = page.getByRole('region', { name: r.aar.plan.heading }).getByRole('table');
    await planTable.getByRole('cell', { name: 'Piketlijst elk kwartaal controleren' }).waitFor();
    expect(await planTable.getByRole('row').count()).toBe(4);

    await page.reload();
    await page
      .getByRole('region', { name: r.aar.plan.heading })
      .getByRole('cell', { name: 'Piketlijst elk kwartaal controleren' })
      .waitFor();
    await expect(page.getByLabel(r.aar.overview.contact).inputValue()).resolves.toContain('crisis@ziekenhuis.example');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: r.aar.plan.add }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('banner').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThanOrEqual(5);
  });
});
