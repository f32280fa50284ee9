// The facilitator's console: each control sends its command (stamped with the seq the console saw), the lock follows
// the session's decision mode, and notes go out with the visibility chosen.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Console } from '../../../src/ui/facilitate/ConsoleScreen';
import { expectNoAxeViolations, miniScenario, resetStores } from '../support';
import { fakeStore, logOf } from './fake-session';

const s = miniScenario();
const joins = [
  { type: 'participant.join', participantId: 'pa', name: 'Anna', role: 'ciso' },
  { type: 'participant.join', participantId: 'pb', name: 'Bram', role: 'comms' },
];
const keys = { facilitator: 'f'.repeat(20), projector: 'p'.repeat(20), observer: 'o'.repeat(20) };

beforeEach(() => {
  resetStores('nl');
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      Response.json({ code: 'ACDEFG', joinUrls: [], hint: 'listens on 127.0.0.1 only … HOST=0.0.0.0 npm start', qrSvg: null }),
    ),
  );
});
afterEach(() => vi.unstubAllGlobals());

async function renderConsole(mode: 'facilitator' | 'majority', inputs: Record<string, unknown>[]) {
  const fake = await fakeStore(s, logOf(s, mode, inputs), { kind: 'facilitator' });
  render(<Console sessionId="stest00000001" keys={keys} scenario={s} store={fake.store} renderDebrief={() => <p>debrief</p>} />);
  return fake;
}

describe('the facilitator console', () => {
  it('starts the session with the seq it saw', async () => {
    const { sent } = await renderConsole('facilitator', joins);
    await userEvent.click(await screen.findByRole('button', { name: 'Sessie starten' }));
    expect(sent[0]).toMatchObject({ expectedSeq: 2, event: { type: 'session.start' } });
  });

  it('shows the join code and says how to let phones in when bound to this laptop', async () => {
    await renderConsole('facilitator', joins);
    expect(await screen.findByText('ACDEFG')).toBeInTheDocument();
    expect(screen.getByText(/HOST=0\.0\.0\.0 npm start/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Beamerweergave openen' })).toHaveAttribute(
      'href',
      expect.stringContaining(`/p/stest00000001#k=${keys.projector}`),
    );
  });

  it('hands out the situation manual made from the scenario, without the options the room will meet', async () => {
    const blobs: Blob[] = [];
    // jsdom has no object URLs: keep what the page hands over.
    URL.createObjectURL = vi.fn((b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return 'blob:doc';
    });
    URL.revokeObjectURL = vi.fn();
    await renderConsole('facilitator', joins);
    const docs = screen.getByRole('region', { name: 'Oefendocumenten' });
    await userEvent.click(within(docs).getByRole('button', { name: 'Situatiehandboek (HTML)' }));
    const html = await (blobs[0] as Blob).text();
    expect(html).toContain(s.title.nl);
    for (const o of s.stages.flatMap((st) => st.decision.options)) expect(html).not.toContain(o.label.nl);
    expect(within(docs).getByRole('button', { name: 'Handleiding facilitator (HTML)' })).toBeEnabled();
  });

  it('locks the majority’s choice in a majority session', async () => {
    const { sent } = await renderConsole('majority', [
      ...joins,
      { type: 'session.start' },
      { type: 'decision.open' },
      { type: 'vote.cast', participantId: 'pa', optionId: 'patch', confidence: 4, round: 4 },
      { type: 'vote.cast', participantId: 'pb', optionId: 'patch', confidence: 2, round: 4 },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Keuze van de meerderheid vastleggen: Patchen' }));
    expect(sent.at(-1)?.event).toEqual({ type: 'decision.lock', optionId: 'patch', basis: 'majority' });
  });

  it('lets the facilitator lock any option, reveal the tally and pause the timer', async () => {
    const { sent } = await renderConsole('facilitator', [...joins, { type: 'session.start' }, { type: 'decision.open' }]);
    await userEvent.click(await screen.findByRole('button', { name: 'Stemmen tonen aan de zaal' }));
    await userEvent.click(screen.getByRole('button', { name: 'Timer pauzeren' }));
    await userEvent.click(screen.getByRole('button', { name: 'Vastleggen: Afwachten' }));
    expect(sent.map((x) => x.event)).toEqual([
      { type: 'tally.reveal', round: 4 },
      { type: 'session.pause' },
      { type: 'decision.lock', optionId: 'wait', basis: 'facilitator' },
    ]);
  });

  it('steps back after a decision and opens the next one', async () => {
    const { sent } = await renderConsole('facilitator', [
      ...joins,
      { type: 'session.start' },
      { type: 'decision.open' },
      { type: 'decision.lock', optionId: 'wait', basis: 'facilitator' },
    ]);
    expect(await screen.findByText('Niets gedaan.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Stap terug' }));
    await userEvent.click(screen.getByRole('button', { name: 'Verder: volgend besluit openen' }));
    expect(sent.map((x) => x.event.type)).toEqual(['session.undo', 'decision.open']);
  });

  it('adds a note for the room', async () => {
    const { sent } = await renderConsole('facilitator', joins);
    await userEvent.type(await screen.findByLabelText('Notitie'), 'Goed overleg');
    await userEvent.click(screen.getByRole('radio', { name: 'Iedereen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Notitie toevoegen' }));
    expect(sent[0]?.event).toEqual({ type: 'note.add', text: 'Goed overleg', visibility: 'room', author: 'Facilitator' });
  });

  it('asks before ending the session', async () => {
    const { sent } = await renderConsole('facilitator', [...joins, { type: 'session.start' }]);
    await userEvent.click(await screen.findByRole('button', { name: 'Sessie beëindigen…' }));
    expect(sent).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Ja, beëindigen' }));
    expect(sent[0]?.event).toEqual({ type: 'session.end' });
  });

  it('passes axe during a decision', async () => {
    await renderConsole('majority', [...joins, { type: 'session.start' }, { type: 'decision.open' }]);
    await screen.findByText('ACDEFG');
    await expectNoAxeViolations();
  });
});
