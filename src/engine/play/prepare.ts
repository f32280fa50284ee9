// Getting a scenario ready to play before anyone presses Start: its machine compiled and its content hashed (both
// cached per scenario), and one first decision opened and taken on a throw-away session, so the event validator (zod
// builds its parsers on first use), the handlers and the view are compiled too. Pure: nothing is kept but the caches.
import type { Scenario } from './schema';
import { applyEvent, machineFor, newSession, scenarioHash, start } from './session';
import { viewFor } from './view';

export function prepareToPlay(s: Scenario): void {
  machineFor(s);
  scenarioHash(s);
  const role = s.roles[0]?.id ?? '';
  const at = new Date(Date.parse(s.start)).toISOString();
  const opened = applyEvent(s, start(s, newSession(s, { role, timerMode: 'relaxed' })), { type: 'decision.open', at });
  if (!opened.ok) return;
  const first = viewFor(s, opened.live, { kind: 'solo', role }).options.find((o) => o.available);
  if (!first) return;
  const chosen = applyEvent(s, opened.live, { type: 'decision.choose', optionId: first.id, at });
  if (chosen.ok) viewFor(s, chosen.live, { kind: 'solo', role });
}
