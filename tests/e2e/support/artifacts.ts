// Keeps what a failed browser test saw: a full-page screenshot and the page's HTML, in test-results/.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const RESULTS_DIR = fileURLToPath(new URL('../../../test-results/', import.meta.url));

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);

/** Save screenshot + HTML of the page under a name derived from the test; returns the screenshot path. */
export async function saveArtifacts(page: Page, testName: string): Promise<string | null> {
  if (page.isClosed()) return null;
  await mkdir(RESULTS_DIR, { recursive: true });
  const base = `${RESULTS_DIR}${slug(testName)}`;
  try {
    await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 10_000 });
    await writeFile(`${base}.html`, await page.content());
    return `${base}.png`;
  } catch {
    return null;
  }
}
