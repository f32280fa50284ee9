// The `test` the browser suites use: one Chromium per file, a fresh context and page per test that fails the
// test on console or page errors and, when the test fails, leaves a screenshot and the HTML in test-results/.
import type { Browser, Page } from 'playwright-core';
import { test as base, inject } from 'vitest';
import { saveArtifacts } from './artifacts';
import { launchChromium, type PageOptions, watchedPage } from './browser';

export type App = {
  page: Page;
  /** Console and page errors seen so far. */
  errors: string[];
  baseURL: string;
  /** Load the app's start screen. */
  open(): Promise<void>;
};

type Fixtures = { browser: Browser; pageOptions: PageOptions; app: App };

export const test = base.extend<Fixtures>({
  browser: [
    // biome-ignore lint/correctness/noEmptyPattern: Vitest reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  pageOptions: {},
  app: async ({ browser, pageOptions, task }, use) => {
    const { context, page, errors } = await watchedPage(browser, pageOptions);
    const baseURL = inject('baseURL');
    const app: App = {
      page,
      errors,
      baseURL,
      async open() {
        await page.goto(baseURL);
      },
    };
    await use(app);
    const failed = task.result?.state === 'fail' || errors.length > 0;
    if (failed) {
      const shot = await saveArtifacts(page, `${task.suite?.name ?? ''} ${task.name}`);
      if (shot) console.error(`screenshot of the failed test: ${shot}`);
    }
    await context.close();
    if (errors.length > 0) throw new Error(`the page logged errors:\n${errors.join('\n')}`);
  },
});
