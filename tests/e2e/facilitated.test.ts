// A facilitated exercise in Chromium against the real session server: a facilitator creates a session from the start
// screen, two participants join (one at phone width, 390×844) and the projector view opens, each in its own browser
// context; the room plays a scenario to its ending by majority vote, and everyone reaches the debrief. axe reports
// nothing on the console, the participants' screens and the projector.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: !/projector|debrief/.test(name), timeout: 30_000 });
}

async function vote(page: Page, confidence: number) {
  const form = page.getByRole('form', { name: 'Uw stem' });
  // The options come before the confidence scale: the first enabled radio is the first option that can be chosen.
  await form.getByRole('radio', { disabled: false }).first().check();
  await form.getByRole('radio', { name: new RegExp(`^${confidence} `) }).check();
  await page.getByRole('button', { name: /Stem versturen|Stem wijzigen/ }).click();
  await page.getByText(/^Verstuurd:/).waitFor();
}

describe('a facilitated exercise', () => {
  it('plays a scenario through with a console, two participants and the projector', { timeout: 400_000 }, async () => {
    const screens: Watched[] = [];
    const open = async (viewport = { width: 1280, height: 800 }) => {
      const w = await watchedPage(browser, { viewport });
      screens.push(w);
      if (process.env.DRAAIBOEK_WSLOG)
        w.page.on('websocket', (ws) => {
          const t0 = Date.now();
          ws.on('framereceived', (f) => console.log(viewport.width, 'recv', String(f.payload).slice(0, 90)));
          ws.on('close', () => console.log(viewport.width, 'ws closed after', Date.now() - t0));
        });
      return w.page;
    };
    try {
      const fac = await open({ width: 1440, height: 900 });
      await fac.goto(server.url);
      await fac.getByRole('link', { name: 'Een oefening leiden' }).click();
      await fac.getByRole('heading', { name: 'Een oefening leiden', level: 1 }).waitFor();
      await fac.getByLabel('Scenario', { exact: true }).selectOption('citrix-2020');
      await fac.getByRole('radio', { name: 'Uit' }).check();
      await fac.getByRole('radio', { name: 'Meerderheid van stemmen' }).check();
      await shot(fac, 'new-session-nl');
      await fac.getByRole('button', { name: 'Sessie maken' }).click();
      await fac.getByRole('heading', { name: 'Meedoen' }).waitFor();
      const code = (await fac.locator('.join-code').textContent())?.trim() ?? '';
      expect(code).toMatch(/^[A-Z0-9]{6}$/);
      await expect.poll(() => fac.getByText(/HOST=0\.0\.0\.0/).count()).toBeGreaterThan(0);
      const projectorHref = await fac.getByRole('link', { name: 'Beamerweergave openen' }).getAttribute('href');
      const observerHref = await fac.getByRole('link', { name: 'Link voor observatoren' }).getAttribute('href');

      const anna = await open({ width: 390, height: 844 });
      const bram = await open();
      for (const [page, name, role] of [
        [anna, 'Anna', 'CISO'],
        [bram, 'Bram', 'ICT'],
      ] as const) {
        await page.goto(`${server.url}/s/${code}`);
        await page.getByLabel('Uw naam').fill(name);
        await page
          .getByRole('radio', { name: new RegExp(role) })
          .first()
          .check();
        await page.getByRole('button', { name: 'Meedoen' }).click();
        await page.getByText(/De facilitator start zo/).waitFor();
      }
      await shot(anna, 'participant-waiting-phone-nl');
      const projector = await open({ width: 1920, height: 1080 });
      await projector.goto(projectorHref ?? '');
      await projector.getByRole('heading', { name: 'De oefening begint zo' }).waitFor();

      await fac.getByText('Anna').first().waitFor();
      await fac.getByRole('button', { name: 'Sessie starten' }).click();
      // A reload puts a participant back with the same name and role, without joining twice.
      await anna.reload();
      await anna.getByText(/Anna · /).waitFor();

      let round = 0;
      for (; round < 40; round++) {
        const end = fac.getByRole('button', { name: 'Sessie afsluiten en nabespreken' });
        const openButton = fac.getByRole('button', { name: /Besluit openen|volgend besluit openen/ });
        await Promise.race([end.waitFor(), openButton.waitFor()]);
        if (await end.isVisible()) break;
        await openButton.click();
        await fac.getByRole('heading', { name: 'Besluit vastleggen' }).waitFor();
        await vote(anna, 4);
        await vote(bram, 2);
        await fac.getByRole('button', { name: 'Stemmen tonen aan de zaal' }).click();
        await projector.getByRole('heading', { name: /Stemmen/ }).waitFor();
        if (round === 0) {
          expect(await fac.getByText('Anna').count()).toBe(1);
          await expectAccessible(fac, 'the console during a decision');
          await expectAccessible(anna, 'a participant’s phone during a decision');
          await expectAccessible(bram, 'a participant’s laptop during a decision');
          await expectAccessible(projector, 'the projector during a decision');
          for (const [page, name] of [
            [fac, 'console'],
            [anna, 'participant-phone'],
            [bram, 'participant-desktop'],
          ] as const)
            await shot(page, `${name}-deciding-nl`);
          await shot(projector, 'projector-1920-nl');
          await projector.setViewportSize({ width: 1280, height: 720 });
          await shot(projector, 'projector-1280-nl');
          const scrolls = await projector.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
          expect(scrolls, 'the projector scrolls at 1280×720').toBe(false);
        }
        if (round === 1 && shots)
          for (const [page, name] of [
            [fac, 'console'],
            [anna, 'participant-phone'],
            [bram, 'participant-desktop'],
          ] as const) {
            await page.getByRole('button', { name: 'English' }).click();
            await shot(page, `${name}-deciding-en`);
            await page.getByRole('button', { name: 'Nederlands' }).click();
          }
        if (round === 0) {
          const observer = await open();
          await observer.goto(observerHref ?? '');
          await observer.getByRole('heading', { name: 'Observaties' }).waitFor();
          await observer.getByLabel('Observatie', { exact: true }).fill('Snel besloten, zonder de ICT-kant te horen.');
          await observer.getByRole('button', { name: 'Observatie vastleggen' }).click();
          // The list, not the field: under load the field may still hold the text until the server's ack clears it.
          await observer.getByRole('paragraph').filter({ hasText: 'Snel besloten, zonder de ICT-kant te horen.' }).waitFor();
          await expectAccessible(observer, 'the observer during a decision');
          await shot(observer, 'observer-deciding-nl');
          await observer.context().close();
        }
        await fac.getByRole('button', { name: /Keuze van de meerderheid vastleggen/ }).click();
        // A phone may be reconnecting after a dropped connection; it catches up from the log.
        await anna.getByRole('heading', { name: 'Wat er gebeurde' }).waitFor({ timeout: 20_000 });
        if (round === 0) await shot(anna, 'participant-consequence-phone-nl');
      }
      expect(round).toBeGreaterThanOrEqual(5);
      await fac.getByRole('button', { name: 'Sessie afsluiten en nabespreken' }).click();

      // The hot wash: the console puts the first objective up, the phone sends a strength, the projector shows it.
      await fac.getByRole('button', { name: 'Hotwash beginnen' }).click();
      await projector.getByText('Leerdoel 1 van', { exact: false }).waitFor();
      await anna.getByText('Leerdoel 1 van', { exact: false }).waitFor();
      await anna.getByRole('textbox', { name: 'Uw punt' }).fill('Snel opgeschaald naar het crisisteam');
      await anna.getByRole('button', { name: 'Versturen', exact: true }).click();
      await projector
        .getByRole('region', { name: /Sterke punten/ })
        .getByText('Snel opgeschaald naar het crisisteam')
        .waitFor();
      await fac.getByText('Snel opgeschaald naar het crisisteam').waitFor();
      await bram.getByRole('radio', { name: 'Verbeterpunt' }).check();
      await bram.getByRole('textbox', { name: 'Uw punt' }).fill('Eerder de pers te woord staan');
      await bram.getByRole('button', { name: 'Versturen', exact: true }).click();
      await projector
        .getByRole('region', { name: /Verbeterpunten/ })
        .getByText('Eerder de pers te woord staan')
        .waitFor();
      // An observer (evaluator) follows the same objective and adds a point signed with their own name.
      const evaluator = await open();
      await evaluator.goto(observerHref ?? '');
      await evaluator.getByText('Leerdoel 1 van', { exact: false }).waitFor();
      await evaluator.getByRole('textbox', { name: 'Uw naam' }).fill('Evi');
      await evaluator.getByRole('radio', { name: 'Verbeterpunt' }).check();
      await evaluator.getByRole('textbox', { name: 'Uw punt' }).fill('Logboek pas na een uur begonnen');
      await evaluator.getByRole('button', { name: 'Versturen', exact: true }).click();
      await projector.getByText('Logboek pas na een uur begonnen').waitFor();
      await expectAccessible(evaluator, 'the observer in the hot wash');
      await shot(evaluator, 'hotwash-observer-nl');
      await evaluator.context().close();
      await expectAccessible(fac, 'the console in the hot wash');
      await expectAccessible(anna, 'the hot wash on a phone');
      await expectAccessible(projector, 'the projector in the hot wash');
      const projectorScrolls = await projector.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
      expect(projectorScrolls, 'the projector scrolls in the hot wash').toBe(false);
      await shot(fac, 'hotwash-console-nl');
      await shot(projector, 'hotwash-projector-nl');
      await shot(anna, 'hotwash-phone-nl');
      await shot(bram, 'hotwash-desktop-nl');

      // The feedback form on the phone; the facilitator's debrief summarises it.
      const form = anna.getByRole('form', { name: 'Evaluatieformulier' });
      await form.getByRole('textbox', { name: 'Top drie sterke punten 1' }).fill('Realistische druk');
      await form.getByRole('textbox', { name: 'Top drie verbeterpunten 1' }).fill('Rollen vooraf uitleggen');
      await form.getByRole('group', { name: 'Ik heb iets geleerd dat ik kan gebruiken.' }).getByRole('radio', { name: /^5/ }).check();
      await form.getByRole('group', { name: 'Mijn rol was duidelijk.' }).getByRole('radio', { name: /^3/ }).check();
      await form.getByRole('button', { name: 'Formulier versturen' }).click();
      await form.getByText('Verstuurd. Dank u wel!').waitFor();
      await expectAccessible(anna, 'the feedback form on a phone');
      await shot(anna, 'feedback-phone-nl');
      if (shots) {
        for (const [page, name] of [
          [fac, 'hotwash-console'],
          [anna, 'feedback-phone'],
          [bram, 'hotwash-desktop'],
        ] as const) {
          await page.getByRole('button', { name: 'English' }).click();
          await shot(page, `${name}-en`);
        }
        await shot(projector, 'hotwash-projector-en');
        for (const page of [fac, anna, bram]) await page.getByRole('button', { name: 'Nederlands' }).click();
      }

      for (const page of [fac, anna, bram]) {
        await page.getByRole('button', { name: 'Nabespreking', exact: true }).click();
        await page.getByRole('heading', { name: /^Nabespreking/, level: 1 }).waitFor();
        await page.getByRole('heading', { name: 'Het team' }).waitFor();
        await expect.poll(() => page.getByText('Anna').count()).toBeGreaterThan(0);
      }
      await shot(fac, 'debrief-facilitator-nl');
      if (shots) {
        await bram.getByRole('button', { name: 'English' }).click();
        await bram.getByRole('heading', { name: 'The team' }).scrollIntoViewIfNeeded();
        await shot(bram, 'debrief-team-en');
      }
      await shot(anna, 'debrief-phone-nl');
      await fac.getByText('Snel besloten, zonder de ICT-kant te horen.').first().waitFor();
      const summary = fac.getByRole('region', { name: 'Evaluatieformulieren' });
      await summary.getByText('1 formulier ingevuld').waitFor();
      await fac
        .getByRole('region', { name: 'Hotwash' })
        .getByText(/Snel opgeschaald naar het crisisteam/)
        .waitFor();
      expect(await anna.getByRole('region', { name: 'Evaluatieformulieren' }).count()).toBe(0);
      if (shots) {
        await summary.scrollIntoViewIfNeeded();
        await fac.screenshot({ path: `${shots}/feedback-summary-nl.png` });
      }
      await expectAccessible(anna, 'the debrief on a phone');

      // What if, for the whole room: the facilitator forks at the first decision; the console and the phone follow
      // to the fork (a new session with its own code), where the room stands at the other option's consequence.
      const annaBefore = anna.url();
      const consoleBefore = fac.url();
      const whatif = fac.getByRole('region', { name: 'Wat als…', exact: true });
      await whatif
        .getByRole('button', { name: /^Wat als we hadden gekozen/, disabled: false })
        .first()
        .click();
      for (const page of [fac, anna]) await page.getByText(/^Wat als: de zaal speelt verder vanaf/).waitFor({ timeout: 20_000 });
      expect(anna.url()).not.toBe(annaBefore);
      expect(new URL(fac.url()).pathname).not.toBe(new URL(consoleBefore).pathname);
      await anna.getByRole('heading', { name: 'Wat er gebeurde' }).waitFor();
      await expectAccessible(fac, 'the console of a what-if for the room');
      await shot(fac, 'whatif-console-nl');
      await shot(anna, 'whatif-phone-nl');
      for (const w of screens) expect(w.errors, 'console or page errors').toEqual([]);
    } finally {
      for (const w of screens) await w.context.close();
    }
  });
});
