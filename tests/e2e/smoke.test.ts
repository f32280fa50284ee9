import { expect } from 'vitest';
import { test } from './support/fixture';
test('serves the app', async ({ app }) => {
  await app.open();
  await expect(app.page.title()).resolves.toBe('Draaiboek');
});
