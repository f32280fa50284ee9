// Names and notes come from people in the room: they render as text, never as HTML, on the facilitator's console
// and on a participant's screen.
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Console } from '../../../src/ui/facilitate/ConsoleScreen';
import { Participant } from '../../../src/ui/participant/ParticipantScreen';
import { miniScenario, resetStores } from '../support';
import { fakeStore, logOf } from './fake-session';

const s = miniScenario();
const markup = '<b>hi</b><img src=x onerror=alert(1)>';
const inputs = [
  { type: 'participant.join', participantId: 'pa', name: markup, role: 'comms' },
  { type: 'session.start' },
  { type: 'note.add', text: markup, visibility: 'room', author: 'Facilitator' },
];
const keys = { facilitator: 'f'.repeat(20), projector: 'p'.repeat(20), observer: 'o'.repeat(20) };

beforeEach(() => {
  resetStores('nl');
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json({ code: 'ACDEFG', joinUrls: [], hint: null, qrSvg: null })),
  );
});
afterEach(() => vi.unstubAllGlobals());

/** Nothing the markup would have made: no bold "hi", no image. */
function expectNoElementsFromMarkup() {
  expect(document.querySelector('img')).toBeNull();
  expect([...document.querySelectorAll('b')].filter((b) => b.textContent === 'hi')).toEqual([]);
}

describe('names and notes with markup in them', () => {
  it('show as literal text on the console', async () => {
    const fake = await fakeStore(s, logOf(s, 'facilitator', inputs), { kind: 'facilitator' });
    render(<Console sessionId="stest00000001" keys={keys} scenario={s} store={fake.store} renderDebrief={() => <p>debrief</p>} />);
    const people = await screen.findByRole('region', { name: /^Deelnemers/ });
    expect(within(people).getByText(markup)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Notities' })).getByText(markup)).toBeInTheDocument();
    expectNoElementsFromMarkup();
  });

  it('show as literal text on the participant’s screen', async () => {
    const viewer = { kind: 'participant' as const, participantId: 'pa', name: markup, role: 'comms' };
    const fake = await fakeStore(s, logOf(s, 'facilitator', inputs), viewer);
    const seat = { sessionId: 'stest00000001', participantId: 'pa', secret: 's'.repeat(20), name: markup, role: 'comms', code: 'ACDEFG' };
    render(<Participant seat={seat} scenario={s} store={fake.store} renderDebrief={() => <p>debrief</p>} />);
    expect(await screen.findByText(`${markup} · Communicatie`)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Notities' })).getByText(markup)).toBeInTheDocument();
    expectNoElementsFromMarkup();
  });
});
