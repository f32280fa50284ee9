// The console's list of participants: each with their role, and connected or not as the server's presence says.
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Console } from '../../../src/ui/facilitate/ConsoleScreen';
import { miniScenario, resetStores } from '../support';
import { fakeStore, logOf } from './fake-session';

const s = miniScenario();
const joins = [
  { type: 'participant.join', participantId: 'pa', name: 'Anna', role: 'ciso' },
  { type: 'participant.join', participantId: 'pb', name: 'Bram', role: 'comms' },
];
const keys = { facilitator: 'f'.repeat(20), projector: 'p'.repeat(20), observer: 'o'.repeat(20) };

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json({ code: 'ACDEFG', joinUrls: [], hint: null, qrSvg: null })),
  );
});
afterEach(() => vi.unstubAllGlobals());

async function renderConsole() {
  const fake = await fakeStore(s, logOf(s, 'facilitator', joins), { kind: 'facilitator' });
  render(<Console sessionId="stest00000001" keys={keys} scenario={s} store={fake.store} renderDebrief={() => <p>debrief</p>} />);
  return fake;
}

const people = async (name: string) => within(await screen.findByRole('region', { name })).getAllByRole('listitem');

describe('the console’s participants', () => {
  it('shows each with their role, connected or not as the presence says', async () => {
    resetStores('nl');
    const fake = await renderConsole();
    // Before the server says anything, nobody counts as connected.
    let [anna, bram] = await people('Deelnemers (2)');
    expect(anna).toHaveTextContent('Anna — CISO (niet verbonden)');
    expect(bram).toHaveTextContent('Bram — Communicatie (niet verbonden)');

    act(() => fake.presence(['pa'], { facilitator: 1 }));
    [anna, bram] = await people('Deelnemers (2)');
    expect(anna).toHaveTextContent('Anna — CISO (verbonden)');
    expect(bram).toHaveTextContent('Bram — Communicatie (niet verbonden)');

    // Anna's phone drops, Bram's laptop comes in.
    act(() => fake.presence(['pb'], { facilitator: 1 }));
    [anna, bram] = await people('Deelnemers (2)');
    expect(anna).toHaveTextContent('Anna — CISO (niet verbonden)');
    expect(bram).toHaveTextContent('Bram — Communicatie (verbonden)');
  });

  it('says it in English too', async () => {
    resetStores('en');
    const fake = await renderConsole();
    act(() => fake.presence(['pa', 'pb']));
    const [anna, bram] = await people('Participants (2)');
    expect(anna).toHaveTextContent('Anna — CISO (connected)');
    expect(bram).toHaveTextContent('Bram — Communications (connected)');
  });
});
