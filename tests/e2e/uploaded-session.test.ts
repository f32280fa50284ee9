// An own scenario in a facilitated session, in Chromium against the real session server: the facilitator uploads a
// broken file on the new-session screen and sees the server's findings with line and field, then the good file; the
// session is made of it, and a participant on a phone, whose browser has never seen the file, gets the scenario from
// the server and reads its first decision. With DRAAIBOEK_SHOTS set, the screen is photographed at 1280 and 390
// wide, in Dutch and English.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleText } from '../fixtures/hostile';
import { expectAccessible } from './support/axe';
import { launchChromium, type Watched, watchedPage } from './support/browser';
import { type SessionServer, startSessionServer } from './support/session-server';

let server: SessionServer;
let browser: Browser;
const shots = process.env.DRAAIBOEK_SHOTS;

beforeAll(async () => {
  [server, browser] = await Promise.all([startSessionServer(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const asFile = (name: string, text: string) => ({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
const broken = exampleText.replace('kind: phone #', 'kind: fax #');
const faxLine = broken.split('\n').findIndex((l) => l.includes('kind: fax')) + 1;

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true, timeout: 30_000 });
}

describe('an uploaded scenario in a facilitated session', () => {
  it('is checked by the server, refused with line and field, then played from the server’s copy', { timeout: 300_000 }, async () => {
    const screens: Watched[] = [];
    const open = async (viewport = { width: 1280, height: 800 }) => {
      const w = await watchedPage(browser, { viewport });
      screens.push(w);
      return w.page;
    };
    try {
      const fac = await open();
      await fac.goto(`${server.url}/f`);
      await fac.getByRole('heading', { name: 'Een oefening leiden', level: 1 }).waitFor();
      const field = fac.getByLabel('Of upload een scenariobestand (YAML of JSON)');
      await field.setInputFiles(asFile('kapot.yaml', broken));
      const alert = fac.getByRole('alert');
      await alert.waitFor({ timeout: 60_000 });
      await expect(alert.textContent()).resolves.toContain('kapot.yaml is geweigerd door de server: er is 1 probleem.');
      await expect(alert.textContent()).resolves.toContain(`regel ${faxLine}`);
      await expect(alert.textContent()).resolves.toContain('veld stages › 0 › injects › 0 › kind');
      await expect(alert.textContent()).resolves.toContain('kind moet een van deze zijn');
      await expectAccessible(fac, 'the new-session screen with a refused file');
      await shot(fac, 'new-session-refused-desktop-nl');

      await expect.poll(() => field.isEnabled(), { timeout: 60_000 }).toBe(true);
      await field.setInputFiles(asFile('voorbeeld.yaml', exampleText));
      await fac.getByText(/is door de controle van de server gekomen en staat klaar/).waitFor({ timeout: 60_000 });
      await expect(fac.getByLabel('Scenario', { exact: true }).inputValue()).resolves.toBe('file');
      await expectAccessible(fac, 'the new-session screen with an uploaded file');
      await shot(fac, 'new-session-upload-desktop-nl');
      if (shots) {
        await fac.setViewportSize({ width: 390, height: 844 });
        await shot(fac, 'new-session-upload-phone-nl');
        await fac.getByRole('button', { name: 'English' }).click();
        await shot(fac, 'new-session-upload-phone-en');
        await fac.setViewportSize({ width: 1280, height: 800 });
        await shot(fac, 'new-session-upload-desktop-en');
        await fac.getByRole('button', { name: 'Nederlands' }).click();
      }

      await fac.getByRole('button', { name: 'Sessie maken' }).click();
      await fac.getByRole('heading', { name: 'Meedoen' }).waitFor();
      const code = (await fac.locator('.join-code').textContent())?.trim() ?? '';
      expect(code).toMatch(/^[A-Z0-9]{6}$/);

      const anna = await open({ width: 390, height: 844 });
      await anna.goto(`${server.url}/s/${code}`);
      await anna.getByLabel('Uw naam').fill('Anna');
      await anna.getByRole('radio', { name: /CISO/ }).first().check();
      await anna.getByRole('button', { name: 'Meedoen' }).click();
      await anna.getByText(/De facilitator start zo/).waitFor();

      await fac.getByText('Anna').first().waitFor();
      await fac.getByRole('button', { name: 'Sessie starten' }).click();
      await fac.getByRole('button', { name: /Besluit openen/ }).click();
      await anna.getByText('Wat doe je met het account?').first().waitFor();
      // The browser logs the refused upload's 422 as a failed resource: that one is the test's own doing.
      const deliberate = (e: string) => /status of 422 .*\/api\/scenarios\)$/.test(e);
      for (const w of screens)
        expect(
          w.errors.filter((e) => !deliberate(e)),
          'console errors',
        ).toEqual([]);
    } finally {
      for (const w of screens) await w.context.close();
    }
  });
});
