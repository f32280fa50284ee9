// Own scenarios in Chromium against the production build: a broken file is refused with its line and field (checked
// in the Web Worker), a good one is kept, played to its debrief with the map, and still there after a reload; and the
// hostile corpus is refused or shown as plain text.
import { describe, expect } from 'vitest';
import { loadScenario } from '../../src/engine/play/load';
import { exampleText, hostileFiles } from '../fixtures/hostile';
import { expectAccessible } from './support/axe';
import { test } from './support/fixture';
import { openSetup, playRoute, startGame } from './support/flows';
import { plan } from './support/scenarios';
import { debriefHeading, fill, startHeading, strings } from './support/screens';

const loaded = loadScenario(exampleText);
if (!loaded.ok) throw new Error('the example scenario must load');
const example = loaded.scenario;
const nl = strings.start.nl.own;
const broken = exampleText.replace('kind: phone #', 'kind: fax #');
const brokenLine = broken.split('\n').findIndex((l) => l.includes('kind: fax')) + 1;

const asFile = (name: string, text: string) => ({
  name,
  mimeType: name.endsWith('.json') ? 'application/json' : 'text/yaml',
  buffer: Buffer.from(text),
});

describe('own scenarios', () => {
  test('a broken file shows its line and field; a good one is kept, played to the debrief and found again after a reload', async ({
    app,
  }) => {
    const { page } = app;
    await app.open();
    await startHeading(page, 'nl').waitFor();
    const picker = page.getByLabel(nl.label);

    await picker.setInputFiles(asFile('kapot.yaml', broken));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(fill(nl.line, { line: brokenLine }));
    await expect(alert.textContent()).resolves.toContain(fill(nl.field, { field: 'stages › 0 › injects › 0 › kind' }));
    await expect(alert.textContent()).resolves.toContain('kind moet een van deze zijn');
    await expectAccessible(page, 'the start screen with a refused scenario file');

    await picker.setInputFiles(asFile('voorbeeld.yaml', exampleText));
    await page.getByText(fill(nl.added, { title: example.title.nl })).waitFor();
    const card = page.getByRole('article', { name: example.title.nl });
    await expect(card.getByText(nl.marker).isVisible()).resolves.toBe(true);

    await openSetup(page, 'nl', example, 'mouse');
    await startGame(page, 'nl', example, { how: 'mouse' });
    await playRoute(page, 'nl', example, plan(example, 'nl', 'historical'), 'mouse');
    await debriefHeading(page, 'nl', example).waitFor();
    const map = page.getByRole('img', { name: fill(strings.debrief.nl.map.title, { title: example.title.nl }) });
    await map.waitFor({ timeout: 30_000 });
    await expect(map.locator('.map-node--team').count()).resolves.toBe(4);
    await page.getByText(strings.debrief.nl.map.list).click();
    await expectAccessible(page, 'the debrief with the scenario map and its list');

    // A reload stays on the debrief, whose own scenario comes from IndexedDB before the start screen ever ran.
    await page.reload();
    await debriefHeading(page, 'nl', example).waitFor();
    await app.open();
    await startHeading(page, 'nl').waitFor();
    await page.getByRole('article', { name: example.title.nl }).waitFor();
    await expect(page.getByRole('article', { name: example.title.nl }).getByText(nl.marker).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'the start screen with an own scenario');
  }, 300_000);

  test('every file of the hostile corpus is refused in the worker, or shown as plain text', async ({ app }) => {
    const { page } = app;
    await app.open();
    await startHeading(page, 'nl').waitFor();
    const picker = page.getByLabel(nl.label);
    const result = page.locator('.own-result');
    for (const h of hostileFiles) {
      // The field is disabled while the previous file is checked; on a busy machine that can take a while.
      await expect.poll(() => picker.isEnabled(), { timeout: 60_000 }).toBe(true);
      await picker.setInputFiles(asFile(h.name, h.text), { timeout: 60_000 });
      if ('refused' in h.expect) {
        await result.getByText(fill(nl.refused_one, { file: h.name, count: 1 }).split(':')[0] as string).waitFor({ timeout: 60_000 });
      } else {
        await page.getByRole('article').filter({ hasText: h.expect.harmless }).first().waitFor({ timeout: 60_000 });
      }
    }
    await expect(page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).resolves.toBeUndefined();
    await expect(page.locator('.card script, .card img').count()).resolves.toBe(0);
  }, 300_000);
});
