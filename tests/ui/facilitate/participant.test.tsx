// A participant's screen: voting with a confidence while the decision is open, "not sent yet" while the connection
// holds the vote, "sent" once it is in the log, and changing the vote until the lock.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Participant } from '../../../src/ui/participant/ParticipantScreen';
import { expectNoAxeViolations, miniScenario, resetStores } from '../support';
import { fakeStore, logOf } from './fake-session';

const s = miniScenario();
const seat = { sessionId: 'stest00000001', participantId: 'pa', secret: 's'.repeat(20), name: 'Anna', role: 'comms', code: 'ACDEFG' };
const open = [
  { type: 'participant.join', participantId: 'pa', name: 'Anna', role: 'comms' },
  { type: 'session.start' },
  { type: 'decision.open' },
];
const viewer = { kind: 'participant' as const, participantId: 'pa', name: 'Anna', role: 'comms' };

beforeEach(() => resetStores('nl'));

async function renderParticipant(
  inputs: Record<string, unknown>[],
  hold = false,
  refuse?: NonNullable<Parameters<typeof fakeStore>[3]>['refuse'],
) {
  const fake = await fakeStore(s, logOf(s, 'majority', inputs), viewer, { hold, ...(refuse ? { refuse } : {}) });
  render(<Participant seat={seat} scenario={s} store={fake.store} renderDebrief={() => <p>debrief</p>} />);
  return fake;
}

describe('a participant', () => {
  it('votes for an option with a confidence', async () => {
    const { sent } = await renderParticipant(open);
    await userEvent.click(await screen.findByRole('radio', { name: 'Patchen' }));
    await userEvent.click(screen.getByRole('radio', { name: /^4 / }));
    await userEvent.click(screen.getByRole('button', { name: 'Stem versturen' }));
    expect(sent[0]?.event).toEqual({ type: 'vote.cast', optionId: 'patch', confidence: 4, round: 3 });
  });

  it('sees “not sent yet” while the vote waits for the connection', async () => {
    await renderParticipant(open, true);
    await userEvent.click(await screen.findByRole('radio', { name: 'Afwachten' }));
    await userEvent.click(screen.getByRole('button', { name: 'Stem versturen' }));
    expect(await screen.findByText(/Nog niet verstuurd/)).toBeInTheDocument();
  });

  it('reads a refused vote in its own language, whatever words the server used', async () => {
    await renderParticipant(open, false, {
      code: 'rejected',
      reason: 'not-open',
      message: 'no decision is open: votes wait for the next one',
    });
    await userEvent.click(await screen.findByRole('radio', { name: 'Patchen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Stem versturen' }));
    expect(await screen.findByText(/Er staat nu geen beslissing open\./)).toBeInTheDocument();
    expect(screen.queryByText(/no decision is open/)).not.toBeInTheDocument();
  });

  it('sees its vote as sent and can change it until the lock', async () => {
    await renderParticipant([...open, { type: 'vote.cast', participantId: 'pa', optionId: 'patch', confidence: 5, round: 3 }]);
    expect(await screen.findByText(/Verstuurd: Patchen \(zekerheid 5\/5\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stem wijzigen' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Patchen' })).toBeChecked();
  });

  it('sees the message for its own role marked as new', async () => {
    await renderParticipant(open);
    const press = await screen.findByRole('article', { name: /Pers/ });
    expect(press).toHaveTextContent('Nieuw');
    expect(press).toHaveTextContent('Voor jouw rol');
  });

  it('sees the consequence after the lock and no vote form', async () => {
    await renderParticipant([...open, { type: 'decision.lock', optionId: 'wait', basis: 'facilitator' }]);
    expect(await screen.findByText('Niets gedaan.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stem versturen' })).not.toBeInTheDocument();
  });

  it('passes axe while voting', async () => {
    await renderParticipant(open);
    await screen.findByRole('radio', { name: 'Patchen' });
    await expectNoAxeViolations();
  });
});
