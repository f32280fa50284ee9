import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const example = readFileSync('docs/example-scenario.yaml', 'utf8');
const broken = example.replace('kind: phone #', 'kind: fax #').replace('title: { nl: "Voorbeeld: het nachtelijke leveranciersaccount", en: "Example: the supplier account at night" }', 'title: { nl: "Voorbeeld" }');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h, tag] of [[1280, 900, 'desk'], [390, 844, 'phone']] as const) {
  for (const lang of ['nl', 'en'] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await ctx.newPage();
    await page.goto('http://127.0.0.1:4199/');
    if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
    const label = lang === 'nl' ? 'Scenariobestand (YAML of JSON)' : 'Scenario file (YAML or JSON)';
    await page.getByLabel(label).setInputFiles({ name: 'voorbeeld.yaml', mimeType: 'text/yaml', buffer: Buffer.from(example) });
    await page.getByText(lang === 'nl' ? 'Eigen scenario' : 'Own scenario', { exact: true }).first().waitFor();
    await page.getByLabel(label).setInputFiles({ name: 'kapot.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    await page.getByRole('alert').waitFor();
    await page.locator('#own-heading').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('own-heading')?.scrollIntoView());
    await page.screenshot({ path: `/tmp/shots/own-${tag}-${lang}.png`, fullPage: false });
    // play to the debrief, historical path
    await page.getByRole('button', { name: lang === 'nl' ? /^Spelen: Voorbeeld/ : /^Play: Example/ }).click();
    await page.getByRole('button', { name: lang === 'nl' ? 'Start het scenario' : 'Start the scenario' }).click().catch(async () => {
      await page.getByRole('button', { name: /Start/ }).click();
    });
    for (const opt of [1, 2, 1]) {
      await page.waitForTimeout(500);
      await page.keyboard.press(String(opt));
      await page.getByRole('button', { name: lang === 'nl' ? /Verder|nabespreking/i : /Continue|debrief/i }).first().click();
    }
    await page.locator('.map__frame svg').waitFor({ timeout: 30000 });
    await page.evaluate(() => document.getElementById('debrief-map')?.scrollIntoView());
    await page.screenshot({ path: `/tmp/shots/map-${tag}-${lang}.png` });
    await page.getByText(lang === 'nl' ? 'De kaart als lijst' : 'The map as a list').click();
    await page.evaluate(() => document.querySelector('.map__details')?.scrollIntoView());
    await page.screenshot({ path: `/tmp/shots/list-${tag}-${lang}.png` });
    await ctx.close();
  }
}
await browser.close();
