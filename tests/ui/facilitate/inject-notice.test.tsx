// A participant's device shows a note when a message arrives: what kind it is and from whom, in the chosen language,
// without taking the focus, closable from the keyboard, gone by itself after a while, several at once without losing
// one; messages already there when the page loads (a reload, a resync) do not pop up.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InjectView } from '../../../src/engine/play/view';
import { InjectToasts, type ToastTimers } from '../../../src/ui/participant/InjectToasts';
import { Participant } from '../../../src/ui/participant/ParticipantScreen';
import { expectNoAxeViolations, miniScenario, resetStores } from '../support';
import { fakeStore, logOf } from './fake-session';

const s = miniScenario();
const seat = { sessionId: 'stest00000001', participantId: 'pa', secret: 's'.repeat(20), name: 'Anna', role: 'comms', code: 'ACDEFG' };
const viewer = { kind: 'participant' as const, participantId: 'pa', name: 'Anna', role: 'comms' };
const open = [
  { type: 'participant.join', participantId: 'pa', name: 'Anna', role: 'comms' },
  { type: 'session.start' },
  { type: 'decision.open' },
];
const mail = (subject: string) => ({ type: 'inject.custom', kind: 'email', from: 'Z-CERT', subject, body: 'Lees dit.' });

let vibrate: ReturnType<typeof vi.fn>;
beforeEach(() => {
  resetStores('nl');
  vibrate = vi.fn(() => true);
  Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true, writable: true });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'vibrate');
});

async function renderParticipant(inputs: Record<string, unknown>[] = open) {
  const fake = await fakeStore(s, logOf(s, 'majority', inputs), viewer);
  render(<Participant seat={seat} scenario={s} store={fake.store} renderDebrief={() => <p>debrief</p>} />);
  await screen.findByRole('heading', { name: 'Berichten (2)' });
  return fake;
}

const notes = (name = 'Meldingen') => screen.queryByRole('region', { name });

describe('a message arriving on a participant’s device', () => {
  it('shows a note saying what kind it is and from whom, without taking the focus, and buzzes', async () => {
    const fake = await renderParticipant();
    const before = document.activeElement;
    act(() => fake.push(mail('Persvragen')));
    const region = await screen.findByRole('region', { name: 'Meldingen' });
    const [note] = within(region).getAllByRole('listitem');
    expect(note).toHaveTextContent('Nieuwe e-mail van Z-CERT');
    expect(note).toHaveTextContent('Persvragen');
    expect(document.activeElement).toBe(before);
    expect(vibrate).toHaveBeenCalledTimes(1);
  });

  it('speaks the chosen language and names the kind of message', async () => {
    resetStores('en');
    const fake = await fakeStore(s, logOf(s, 'majority', open), viewer);
    render(<Participant seat={seat} scenario={s} store={fake.store} renderDebrief={() => <p>debrief</p>} />);
    await screen.findByRole('heading', { name: 'Messages (2)' });
    // Without patching, the next stage brings Z-CERT's incident ticket.
    act(() => fake.push({ type: 'decision.lock', optionId: 'wait', basis: 'facilitator' }));
    const region = await screen.findByRole('region', { name: 'Notifications' });
    expect(within(region).getByText('New incident ticket from Z-CERT')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Close: New incident ticket from Z-CERT' })).toBeInTheDocument();
  });

  it('is closed from the keyboard, and the focus goes on to the messages', async () => {
    const fake = await renderParticipant();
    act(() => fake.push(mail('Persvragen')));
    const close = await screen.findByRole('button', { name: 'Sluiten: Nieuwe e-mail van Z-CERT' });
    for (let i = 0; i < 40 && document.activeElement !== close; i++) await userEvent.tab();
    expect(close).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(notes()).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Berichten (3)' })).toHaveFocus();
  });

  it('closes with Escape too, the focus moving to the next note', async () => {
    const fake = await renderParticipant();
    act(() => fake.push(mail('Eerste'), mail('Tweede')));
    const [first] = await screen.findAllByRole('button', { name: 'Sluiten: Nieuwe e-mail van Z-CERT' });
    act(() => first?.focus());
    await userEvent.keyboard('{Escape}');
    const left = within(notes() as HTMLElement).getAllByRole('listitem');
    expect(left).toHaveLength(1);
    expect(left[0]).toHaveTextContent('Tweede');
    expect(within(left[0] as HTMLElement).getByRole('button', { name: /^Sluiten/ })).toHaveFocus();
  });

  it('does not pop up the messages that were already there when the page loaded', async () => {
    const fake = await renderParticipant();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(notes()).not.toBeInTheDocument();
    // Events that bring no message leave it so; the next message shows alone.
    act(() => fake.push({ type: 'note.add', text: 'Even pauze', visibility: 'room', author: 'Facilitator' }));
    await screen.findByText('Even pauze');
    expect(notes()).not.toBeInTheDocument();
    expect(vibrate).not.toHaveBeenCalled();
    act(() => fake.push(mail('Nieuw')));
    expect(within((await screen.findByRole('region', { name: 'Meldingen' })) as HTMLElement).getAllByRole('listitem')).toHaveLength(1);
  });

  it('keeps every one of several at once: three on screen, the rest waiting their turn', async () => {
    const fake = await renderParticipant();
    act(() => fake.push(mail('Een'), mail('Twee'), mail('Drie'), mail('Vier'), mail('Vijf')));
    const region = await screen.findByRole('region', { name: 'Meldingen' });
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.toast-subject')?.textContent),
    ).toEqual(['Een', 'Twee', 'Drie']);
    expect(region).toHaveTextContent('Nog 2 meldingen wachten');
    await userEvent.click(within(region).getAllByRole('button', { name: /^Sluiten/ })[0] as HTMLElement);
    expect(within(region).getAllByRole('listitem')).toHaveLength(3);
    expect(region).toHaveTextContent('Vier');
    await userEvent.click(within(region).getByRole('button', { name: 'Alle 4 meldingen sluiten' }));
    expect(notes()).not.toBeInTheDocument();
  });

  it('passes axe with a note on screen', async () => {
    const fake = await renderParticipant();
    act(() => fake.push(mail('Persvragen')));
    await screen.findByRole('region', { name: 'Meldingen' });
    await expectNoAxeViolations();
  });
});

describe('a note’s own timer', () => {
  const inject = (id: string, subject: string): InjectView => ({
    id,
    kind: 'phone',
    from: { nl: 'Z-CERT', en: 'Z-CERT' },
    subject: { nl: subject, en: subject },
    body: { nl: '…', en: '…' },
    clock: 0,
    stageId: 'warning',
    fresh: true,
    personal: false,
    to: null,
    source: 'custom',
  });
  /** Timers that run only when the test says so. */
  function manual() {
    const pending = new Map<number, { run: () => void; ms: number }>();
    let n = 0;
    const timers: ToastTimers = {
      set: (run, ms) => {
        pending.set(++n, { run, ms });
        return n;
      },
      clear: (handle) => void pending.delete(handle as number),
    };
    const fire = () =>
      act(() => {
        for (const [key, { run }] of [...pending]) {
          pending.delete(key);
          run();
        }
      });
    return { timers, pending, fire };
  }

  it('goes by itself after its time, and waits while the focus is on it', async () => {
    const clock = manual();
    const buzz = vi.fn();
    const { rerender } = render(<InjectToasts injects={[]} lang="nl" timers={clock.timers} vibrate={buzz} lifetimeMs={8000} />);
    rerender(<InjectToasts injects={[inject('c1', 'Bellen')]} lang="nl" timers={clock.timers} vibrate={buzz} lifetimeMs={8000} />);
    expect(screen.getByText('Nieuw telefoongesprek van Z-CERT')).toBeInTheDocument();
    expect([...clock.pending.values()].map((p) => p.ms)).toEqual([8000]);
    expect(buzz).toHaveBeenCalledTimes(1);

    act(() => screen.getByRole('button', { name: /^Sluiten/ }).focus());
    expect(clock.pending.size).toBe(0);
    act(() => screen.getByRole('button', { name: /^Sluiten/ }).blur());
    expect(clock.pending.size).toBe(1);
    clock.fire();
    expect(screen.queryByRole('region', { name: 'Meldingen' })).not.toBeInTheDocument();
  });

  it('does not buzz where the device cannot', async () => {
    Reflect.deleteProperty(navigator, 'vibrate');
    resetStores('en');
    const clock = manual();
    const { rerender } = render(<InjectToasts injects={[]} lang="en" timers={clock.timers} />);
    rerender(<InjectToasts injects={[inject('c1', 'Call')]} lang="en" timers={clock.timers} />);
    expect(screen.getByRole('region', { name: 'Notifications' })).toHaveTextContent('New phone call from Z-CERT');
  });
});
