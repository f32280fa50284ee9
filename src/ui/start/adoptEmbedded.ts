// A scenario that comes embedded in a session file (an own scenario someone else played): checked by the same
// checker as a loaded file, in its worker, then kept among this browser's own scenarios.
import type { Scenario } from '../../engine/play/schema';
import { useOwnScenariosStore } from '../../store/ownScenarios';

/** A scenario embedded in a session file, through the same checker as a loaded file; kept as an own scenario. */
export async function adoptEmbedded(id: string, embedded: unknown): Promise<Scenario> {
  const { checkInWorker } = await import('./checkInWorker');
  const checked = await checkInWorker(JSON.stringify(embedded));
  if (!checked.ok) {
    const first = checked.errors[0];
    throw new Error(`the scenario in the file was refused: ${first ? `${first.path || '/'}: ${first.message}` : 'unknown problem'}`);
  }
  if (checked.scenario.id !== id) throw new Error(`the file's scenario is "${checked.scenario.id}", its session names "${id}"`);
  await useOwnScenariosStore.getState().add(checked.scenario, checked.entry, `${id}.json`);
  return checked.scenario;
}
