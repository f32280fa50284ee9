// A training course in Chromium against the real session server: a trainer creates a course of two teams from the
// start screen, opens Team 1's console from the dashboard and starts it, a participant joins Team 2 on a phone, and
// the dashboard shows both teams live; pausing all teams reaches both, and the teams compare side by side. axe reports
// nothing on the dashboard, in Dutch and English, at desktop and phone width.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { launchChromium, type Watched, watchedPage } from './support/browser';
import { switchLanguage } from './support/screens';
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
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true, timeout: 30_000 });
}

/** A team's row on the dashboard, found by the link to its console (in either language). */
const row = (page: Page, team: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name: new RegExp(`^(Console van|Console of) ${team}$`) }) });

describe('a training course', () => {
  it('shows two teams live on the trainer’s dashboard', { timeout: 300_000 }, async () => {
    const screens: Watched[] = [];
    const open = async (viewport = { width: 1280, height: 800 }) => {
      const w = await watchedPage(browser, { viewport });
      screens.push(w);
      return w.page;
    };
    const trainer = await open();
    await trainer.goto(server.url);
    await trainer.getByRole('link', { name: 'Een cursus met meerdere teams' }).click();
    await trainer.getByRole('heading', { name: 'Een cursus leiden', level: 1 }).waitFor();
    await trainer.getByLabel('Naam van de cursus').fill('Cursus ICT maart');
    await trainer.getByLabel('Scenario').selectOption('citrix-2020');
    await trainer.getByRole('radio', { name: 'Uit' }).check();
    await trainer.getByLabel('Aantal teams met een facilitator').fill('2');
    await trainer.getByRole('radio', { name: 'wordt bijgebracht tot het punt van een referentieteam' }).check();
    await trainer.getByLabel('Referentieteam', { exact: true }).selectOption({ label: 'Team 1' });
    await shot(trainer, 'course-new-nl');
    await trainer.getByRole('button', { name: 'Cursus maken' }).click();
    await trainer.getByRole('heading', { name: 'Cursus ICT maart — dashboard' }).waitFor();
    expect(trainer.url()).toMatch(/\/c\/c[0-9a-f]+#k=/);
    await row(trainer, 'Team 1').getByText('Nog niet begonnen').waitFor();
    await row(trainer, 'Team 2').getByText('Nog niet begonnen').waitFor();

    // Team 1's console, opened from its row with the course's key, starts the team and opens its first decision.
    const consoleHref = await trainer.getByRole('link', { name: 'Console van Team 1' }).getAttribute('href');
    const fac = await open({ width: 1440, height: 900 });
    await fac.goto(server.url + (consoleHref ?? ''));
    await fac.getByRole('button', { name: 'Sessie starten' }).click();
    await fac.getByRole('button', { name: /Besluit openen/ }).click();
    await row(trainer, 'Team 1').getByText('Beslist').waitFor();
    await row(trainer, 'Team 1')
      .getByText(/wacht \d+ min/)
      .waitFor();

    // Someone joins Team 2 on a phone with the team's own code; the dashboard lists them under Team 2.
    const code =
      (
        await row(trainer, 'Team 2')
          .getByText(/^code /)
          .textContent()
      )
        ?.replace(/^code /, '')
        .trim() ?? '';
    const phone = await open({ width: 390, height: 844 });
    await phone.goto(`${server.url}/s/${code}`);
    await phone.getByLabel('Uw naam').fill('Anna');
    await phone.getByRole('radio', { name: /CISO/ }).first().check();
    await phone.getByRole('button', { name: 'Meedoen' }).click();
    await phone.getByText(/De facilitator start zo/).waitFor();
    const people = trainer.getByRole('region', { name: 'Deelnemers van Team 2' });
    await people.getByRole('rowheader', { name: /Anna/ }).waitFor();

    // Pause all: both teams' logs take it, and the dashboard says so.
    await trainer.getByRole('button', { name: 'Alle teams pauzeren' }).click();
    await trainer.getByText('2 van 2 teams: gelukt.').waitFor();
    await row(trainer, 'Team 1').getByText('Gepauzeerd').waitFor();
    await expectAccessible(trainer, 'the course dashboard (nl)');
    await shot(trainer, 'course-dashboard-nl');
    await trainer.getByRole('button', { name: 'Alle teams hervatten' }).click();
    await trainer.getByText('2 van 2 teams: gelukt.').waitFor();
    await row(trainer, 'Team 1').getByText('Beslist').waitFor();

    // The same dashboard on a phone, and in English.
    await trainer.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(trainer, 'the course dashboard at phone width (nl)');
    await shot(trainer, 'course-dashboard-phone-nl');
    await switchLanguage(trainer, 'en');
    await trainer.getByRole('heading', { name: 'Cursus ICT maart — dashboard' }).waitFor();
    await row(trainer, 'Team 1').getByText('Deciding').waitFor();
    await expectAccessible(trainer, 'the course dashboard at phone width (en)');
    await shot(trainer, 'course-dashboard-phone-en');
    await trainer.setViewportSize({ width: 1280, height: 800 });
    await expectAccessible(trainer, 'the course dashboard (en)');
    await shot(trainer, 'course-dashboard-en');

    // The teams side by side, from the course's export.
    await trainer.getByRole('link', { name: 'Compare teams' }).click();
    await trainer.getByRole('heading', { name: 'Cursus ICT maart — teams compared' }).waitFor();
    await trainer.getByRole('region', { name: 'Team 1' }).getByText('No decisions yet.').waitFor();
    await expectAccessible(trainer, 'the teams compared (en)');
    await shot(trainer, 'course-compare-en');

    // The course's after-action report: one report for all teams, named after the course, with every team's rating.
    await trainer.goBack();
    await trainer.getByRole('link', { name: 'The course’s after-action report' }).click();
    await trainer.getByRole('heading', { level: 1, name: 'Cursus ICT maart' }).waitFor();
    await trainer.getByText('After-action report and improvement plan — course').waitFor();
    await trainer.getByRole('link', { name: 'Back to the comparison' }).waitFor();
    await expectAccessible(trainer, 'the course’s after-action report (en)');
    await shot(trainer, 'course-report-en');
    await switchLanguage(trainer, 'nl');
    await trainer.getByText('Evaluatieverslag en verbeterplan — cursus').waitFor();
    await trainer
      .getByText('Dit verslag is alleen te lezen; het verbeterplan toont wat de teams in hun eigen sessie vastlegden.')
      .waitFor();
    await trainer
      .getByRole('contentinfo')
      .getByText(/wordt bewaard op de server van de facilitator/)
      .waitFor();
    await trainer.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(trainer, 'the course’s after-action report at phone width (nl)');
    await shot(trainer, 'course-report-phone-nl');

    for (const w of screens) expect(w.errors, 'console or page errors').toEqual([]);
    for (const w of screens) await w.context.close();
  });
});
