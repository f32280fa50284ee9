// Joining on a phone at /s/:code: the session's roles to pick from, and when joining does not work, the reason in the
// room's language (an ended session, too many wrong codes, no server) instead of the server's English.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JoinScreen } from '../../../src/ui/participant/JoinScreen';
import { resetStores } from '../support';

const info = { sessionId: 'stest00000001', scenarioId: 'mini', language: 'nl', roles: [{ id: 'ciso', name: { nl: 'CISO', en: 'CISO' } }] };
const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A server that knows the code and answers the join itself as given. */
function server(joined: () => Response | Promise<Response>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => (String(url).startsWith('/api/join/') ? answer(200, info) : joined())),
  );
}

beforeEach(() => resetStores('nl'));
afterEach(() => vi.unstubAllGlobals());

async function tryToJoin() {
  render(<JoinScreen code="ACDEFG" onJoined={() => {}} />);
  await userEvent.type(await screen.findByRole('textbox', { name: 'Uw naam' }), 'Anna');
  await userEvent.click(screen.getByRole('radio', { name: 'CISO' }));
  await userEvent.click(screen.getByRole('button', { name: 'Meedoen' }));
}

describe('joining a session', () => {
  it('says in Dutch that the exercise has ended', async () => {
    server(() => answer(410, { error: 'the session has ended: ask the facilitator for the debrief' }));
    await tryToJoin();
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze oefening is al afgelopen. Vraag de facilitator naar de nabespreking.');
  });

  it('says so when too many wrong codes came from this device', async () => {
    server(() => answer(429, { error: 'too many wrong join codes from this device: wait a minute and try again' }));
    await tryToJoin();
    expect(await screen.findByRole('alert')).toHaveTextContent(/Te veel verkeerde codes vanaf dit apparaat/);
  });

  it('asks whether the phone is on the facilitator’s network when the server cannot be reached', async () => {
    server(() => Promise.reject(new TypeError('Failed to fetch')));
    await tryToJoin();
    expect(await screen.findByRole('alert')).toHaveTextContent(/hetzelfde netwerk als de laptop van de facilitator/);
  });

  it('names an unknown code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(404, { error: 'code: no session with the code ACDEFG' })),
    );
    render(<JoinScreen code="ACDEFG" onJoined={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Er is geen sessie met de code ACDEFG.');
  });
});
