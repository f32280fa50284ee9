// @vitest-environment node
// A facilitator and three participants play scenarios to their end over real WebSockets, in each decision mode;
// every screen ends with the same log, and each sees what its role may see.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { DecisionMode } from '../../src/net/protocol';
import { playToEnd, seatTable, type Table, viewOf } from './drive';
import { mini, type Running, removeTemps, scenarioFile, startServer } from './support';

let server: Running | null = null;
let table: Table | null = null;
afterEach(async () => {
  table?.closeAll();
  table = null;
  await server?.close();
  server = null;
});
afterAll(removeTemps);

const crowdstrike = scenarioFile('scenarios/crowdstrike-2024.yaml');

describe('a facilitated session played to its end', () => {
  it.each<[DecisionMode, string | undefined]>([
    ['facilitator', undefined],
    ['majority', undefined],
    ['role', 'ciso'],
  ])('reaches an ending in %s mode with every screen on the same log', async (mode, decidingRole) => {
    const s = mini();
    server = await startServer({ scenarios: [s] });
    table = await seatTable(server, s, { decisionMode: mode, ...(decidingRole ? { decidingRole } : {}) });
    const path = await playToEnd(s, table, mode, decidingRole);
    expect(path.length).toBeGreaterThanOrEqual(2);
    const facView = viewOf(s, table.facilitator);
    expect(facView.done).toBe(true);
    expect(facView.ended).toBe(true);
    for (const seat of table.seats) {
      expect(seat.store.getState().seq).toBe(table.facilitator.getState().seq);
      const v = viewOf(s, seat.store);
      expect(v.place).toBe(facView.place);
      expect(v.ended).toBe(true);
    }
  });

  it('plays a shipped scenario through with the majority deciding', async () => {
    server = await startServer({ scenarios: [crowdstrike] });
    table = await seatTable(server, crowdstrike, { decisionMode: 'majority' });
    const path = await playToEnd(crowdstrike, table, 'majority');
    expect(path.length).toBeGreaterThanOrEqual(6);
    expect(viewOf(crowdstrike, table.seats[2]?.store as never).ending).toBeDefined();
  });
});
