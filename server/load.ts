// Bringing a stored session back to life: header and log from the stores, the scenario from the shelf (or the
// uploaded one with the header's hash), the live state from the engine's replay. Used on the first hello after a start (or a crash).
import { restore } from './engine.ts';
import type { HubDeps } from './hub.ts';
import { Room } from './room.ts';
import { scenarioFor } from './uploads.ts';

export async function restoreRoom(sessionId: string, deps: HubDeps): Promise<Room | undefined> {
  const header = await deps.sessions.findSession(sessionId);
  if (!header) return undefined;
  const ref = header.save.scenario as { id: string; hash?: string };
  const found = await scenarioFor(deps.shelf, deps.sessions, ref);
  if (!found) throw new Error(`scenario "${ref.id}" is not on this server`);
  const { scenario } = found;
  const events = await deps.events.readSince(sessionId, 0);
  const restored = restore(scenario, header.save, events);
  if (!restored.ok) throw new Error(`the stored log does not replay: ${restored.message}`);
  return new Room(header, scenario, restored.live, deps);
}
