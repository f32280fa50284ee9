// Types of the build-time scenario modules provided by build/scenarios-plugin.ts.
declare module 'virtual:scenarios' {
  import type { CatalogEntry, CatalogProblem } from './engine/play/catalog';
  import type { Scenario } from './engine/play/schema';
  export const catalog: CatalogEntry[];
  export const problems: CatalogProblem[];
  export const loaders: Record<string, () => Promise<Scenario>>;
}
