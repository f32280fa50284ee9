// Launches Debian's Chromium through playwright-core (never a downloaded browser) and opens pages that record
// every console error and uncaught page error, so a test can fail on them.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export type Watched = { context: BrowserContext; page: Page; errors: string[] };

export type PageOptions = { viewport?: { width: number; height: number }; acceptDownloads?: boolean };

/** A fresh context (own storage, as a new visitor) with one page whose errors are collected. */
export async function watchedPage(browser: Browser, options: PageOptions = {}): Promise<Watched> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: options.acceptDownloads ?? true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  // A screen that does not appear within 10 s is broken; fail fast rather than after Playwright's 30 s.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Served without the session server (solo play from the static build), the start screen's health check gets a
    // 404 by design: that is how the app learns there is no server, not an error of the page.
    if (message.text().startsWith('Failed to load resource') && message.location().url.endsWith('/api/health')) return;
    errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return { context, page, errors };
}
