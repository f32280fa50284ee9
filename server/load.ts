// Bringing a stored session back to life: header and log from the stores, the scenario from the shelf, the live
// state from the engine's replay. Used on the first hello after a start (or a crash).
import { restore } from './engine.ts';
import type { HubDeps } from './hub.ts';
import { Room } from './room.ts';

export async function restoreRoom(sessionId: string, deps: HubDeps): Promise<Room | undefined> {
  const header = await deps.sessions.findSession(sessionId);
  if (!header) return undefined;
  const scenarioId = (header.save.scenario as { id: string }).id;
  const scenario = deps.shelf.get(scenarioId);
  if (!scenario) throw new Error(`scenario "${scenarioId}" is not on this server`);
  const events = await deps.events.readSince(sessionId, 0);
  const restored = restore(scenario, header.save, events);
  if (!restored.ok) throw new Error(`the stored log does not replay: ${restored.message}`);
  return new Room(header, scenario, restored.live, deps);
}
