// The projector: what the room may see — the options while deciding, the tally only once revealed, the consequence
// after the lock, and never a message addressed to one role.
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Projector } from '../../../src/ui/projector/ProjectorScreen';
import { expectNoAxeViolations, miniScenario, resetStores } from '../support';
import { fakeStore, logOf } from './fake-session';

const s = miniScenario();
const open = [
  { type: 'participant.join', participantId: 'pa', name: 'Anna', role: 'comms' },
  { type: 'session.start' },
  { type: 'decision.open' },
  { type: 'vote.cast', participantId: 'pa', optionId: 'patch', confidence: 3, round: 3 },
];

beforeEach(() => resetStores('nl'));

async function renderProjector(inputs: Record<string, unknown>[]) {
  const { store } = await fakeStore(s, logOf(s, 'facilitator', inputs), { kind: 'projector' });
  render(<Projector scenario={s} store={store} code="ACDEFG" />);
}

describe('the projector', () => {
  it('shows the options while deciding but not the votes', async () => {
    await renderProjector(open);
    const options = await screen.findByRole('list', { name: 'Wat doe je?' });
    expect(options).toHaveTextContent('Patchen');
    expect(screen.queryByRole('heading', { name: /Stemmen/ })).not.toBeInTheDocument();
  });

  it('shows the tally once the facilitator reveals it', async () => {
    await renderProjector([...open, { type: 'tally.reveal', round: 3 }]);
    expect(await screen.findByRole('heading', { name: /Stemmen/ })).toBeInTheDocument();
    expect(screen.getByText(/1 stem · vertrouwen 3\.0/)).toBeInTheDocument();
  });

  it('never shows a message addressed to one role', async () => {
    await renderProjector(open);
    await screen.findByRole('heading', { name: 'Waarschuwing' });
    expect(screen.getByText('Telefoon')).toBeInTheDocument();
    expect(screen.queryByText('Pers')).not.toBeInTheDocument();
  });

  it('shows the consequence after the lock', async () => {
    await renderProjector([...open, { type: 'decision.lock', optionId: 'patch', basis: 'facilitator' }]);
    expect(await screen.findByRole('heading', { name: 'Patchen' })).toBeInTheDocument();
    expect(screen.getByText('Gepatcht.')).toBeInTheDocument();
  });

  it('passes axe during a decision', async () => {
    await renderProjector(open);
    await screen.findByRole('heading', { name: 'Waarschuwing' });
    await expectNoAxeViolations();
  });
});
