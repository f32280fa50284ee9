// The inject feed of a session as one viewer may see it: the injects of each place entered, those the facilitator
// released, and the trainer's own; plus, for the facilitator, the injects of this stage still waiting to be released.
import { minutesFromStart } from './clock.ts';
import { indexOf } from './index.ts';
import { plain } from './lookup.ts';
import type { Inject, Scenario, Text } from './schema.ts';
import { gameOf, type Live } from './session.ts';
import type { InjectView, PendingInjectView, Viewer } from './view.ts';
import { partyName } from './view.ts';

export const privileged = (v: Viewer) => v.kind === 'facilitator' || v.kind === 'observer';

/** Whether a message addressed to `to` reaches this viewer. */
function reaches(v: Viewer, to: string | undefined): boolean {
  if (to === undefined || privileged(v) || v.kind === 'solo') return true;
  return v.kind === 'participant' && v.role === to;
}

/** Every inject that reached the viewer: those of each place entered, those the facilitator released, and the trainer's own; newest first. */
export function injectFeed(s: Scenario, live: Live, viewer: Viewer): InjectView[] {
  const index = indexOf(s);
  const trail = gameOf(live).context.trail;
  const last = trail.length - 1;
  const role = viewer.kind === 'solo' || viewer.kind === 'participant' ? viewer.role : null;
  type Item = InjectView & { order: number; place: number };
  const feed: Item[] = [];
  const add = (inject: Inject, stageId: string, place: number, clock: number, source: InjectView['source'], key: string) => {
    if (!reaches(viewer, inject.to)) return;
    feed.push({
      id: key,
      kind: inject.kind,
      from: partyName(s, inject.from),
      subject: inject.subject,
      body: inject.body,
      clock: inject.at && source === 'scenario' ? minutesFromStart(s, inject.at) : clock,
      stageId,
      fresh: place === last,
      personal: inject.to !== undefined && inject.to === role,
      to: inject.to !== undefined ? (index.roles.get(inject.to)?.name ?? plain(inject.to)) : null,
      source,
      order: feed.length,
      place,
    });
  };
  trail.forEach((entry, place) => {
    for (const inject of index.stages.get(entry.placeId)?.injects ?? []) {
      if (entry.injects.includes(inject.id)) add(inject, entry.placeId, place, entry.clock, 'scenario', `${place}:${inject.id}`);
    }
  });
  for (const r of live.released) {
    const found = index.injects.get(r.injectId);
    // A release made in a place that an undo has since taken back stays in the log, not in the feed.
    if (found && r.trailIndex <= last && trail[r.trailIndex]?.placeId === r.stageId)
      add(found.inject, r.stageId, r.trailIndex, r.clock, 'released', `r${r.seq}:${r.injectId}`);
  }
  for (const c of live.customs) {
    if (c.trailIndex > last) continue;
    const text = (t: string): Text => ({ nl: t, en: t });
    feed.push({
      id: `c${c.seq}`,
      kind: c.kind,
      from: text(c.from),
      subject: text(c.subject),
      body: text(c.body),
      clock: c.clock,
      stageId: trail[c.trailIndex]?.placeId ?? '',
      fresh: c.trailIndex === last,
      personal: false,
      to: null,
      source: 'custom',
      order: feed.length,
      place: c.trailIndex,
    });
  }
  // Newest first: later places first, then later arrival times, then later in the order they came.
  feed.sort((a, b) => b.place - a.place || b.clock - a.clock || b.order - a.order);
  return feed.map(({ order: _o, place: _p, ...item }) => item);
}

export function pendingInjects(s: Scenario, live: Live, viewer: Viewer): PendingInjectView[] {
  if (!privileged(viewer)) return [];
  const game = gameOf(live);
  const trail = game.context.trail;
  const here = trail[trail.length - 1];
  const index = indexOf(s);
  const released = new Set(live.released.filter((r) => r.trailIndex === trail.length - 1).map((r) => r.injectId));
  return (index.stages.get(game.place)?.injects ?? [])
    .filter((i) => !here?.injects.includes(i.id) && !released.has(i.id))
    .map((i) => ({
      id: i.id,
      kind: i.kind,
      from: partyName(s, i.from),
      subject: i.subject,
      to: i.to !== undefined ? (index.roles.get(i.to)?.name ?? plain(i.to)) : null,
      manual: i.release === 'facilitator',
    }));
}
