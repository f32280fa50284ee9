// Helpers for the component tests: the mini fixture scenario, a fresh app with clean stores, and an axe run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { expect } from 'vitest';
import { catalogEntry } from '../../src/engine/play/catalog';
import { loadScenario } from '../../src/engine/play/load';
import type { Language, Scenario } from '../../src/engine/play/schema';
import { resetDiscoveries } from '../../src/store/discoveries';
import { resetSaves, SAVE_PREFIX } from '../../src/store/saves';
import { resetSession } from '../../src/store/session';
import { resetSettings, useSettingsStore } from '../../src/store/settings';
import { App } from '../../src/ui/App';

export function miniScenario(): Scenario {
  const result = loadScenario(readFileSync(resolve(import.meta.dirname, '../fixtures/mini.yaml'), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.scenario;
}

/** Forget everything the stores hold in memory (localStorage is cleared after each test by tests/setup.ts). */
export function resetStores(lang: Language = 'nl'): void {
  resetSettings();
  resetDiscoveries();
  resetSaves();
  resetSession();
  useSettingsStore.getState().setLang(lang);
}

/** Render the app with the given scenarios in its catalogue (the mini fixture by default). */
export function renderApp(scenarios: Scenario[] = [miniScenario()]) {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  return render(
    <App
      catalog={scenarios.map(catalogEntry)}
      problems={[]}
      loadScenario={(id) => {
        const s = byId.get(id);
        return s ? Promise.resolve(s) : Promise.reject(new Error(`unknown scenario ${id}`));
      }}
    />,
  );
}

/** axe-core on the rendered page. jsdom has no layout or computed colours, so colour contrast is checked in the
 * browser tests instead (and in the palette by hand); every other rule runs. */
export async function expectNoAxeViolations(container: Element = document.body): Promise<void> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export const heading1 = () => screen.findByRole('heading', { level: 1 });

/** Every save in localStorage (`draaiboek.save.<saveId>`), parsed, oldest key order. */
export function storedSaves(): { key: string; session: { scenario: { id: string }; events: { type: string; optionId?: string }[] } }[] {
  return Object.keys(localStorage)
    .filter((k) => k.startsWith(SAVE_PREFIX))
    .sort()
    .map((key) => ({ key, session: JSON.parse(localStorage.getItem(key) ?? '{}') }));
}
