// The debrief of a facilitated session on each screen, with the real debrief inside: the console and an observer
// (the evaluators) override a rating with a reason and see it beside the computed one; a participant cannot, and gets
// only the situation manual; every audience can take the documents as HTML and as Markdown; and the replay shows the
// votes as they stood during a decision to the facilitator and the observer, to a participant only once revealed.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newSession, replay, type Session } from '../../../src/engine/play/session';
import type { SessionDebrief } from '../../../src/ui/common/session/types';
import { DebriefScreen } from '../../../src/ui/debrief/DebriefScreen';
import { Console } from '../../../src/ui/facilitate/ConsoleScreen';
import { Observer } from '../../../src/ui/observer/ObserverScreen';
import { Participant } from '../../../src/ui/participant/ParticipantScreen';
import { miniScenario, resetStores } from '../support';
import { fakeStore, logOf } from './fake-session';

const s = miniScenario();
const keys = { facilitator: 'f'.repeat(20), projector: 'p'.repeat(20), observer: 'o'.repeat(20) };
const seat = { sessionId: 'stest00000001', participantId: 'pa', secret: 's'.repeat(20), name: 'Anna', role: 'comms', code: 'ACDEFG' };
const anna = { kind: 'participant' as const, participantId: 'pa', name: 'Anna', role: 'comms' };

/** A majority session played to its end; the steps of the replay are the seqs (step n = after event n). */
const played = [
  { type: 'participant.join', participantId: 'pa', name: 'Anna', role: 'comms' }, // 1
  { type: 'participant.join', participantId: 'pb', name: 'Bram', role: 'ciso' }, // 2
  { type: 'session.start' }, // 3
  { type: 'decision.open' }, // 4: round 4
  { type: 'vote.cast', participantId: 'pa', optionId: 'patch', confidence: 4, round: 4 }, // 5
  { type: 'vote.cast', participantId: 'pb', optionId: 'patch', confidence: 3, round: 4 }, // 6: two votes, not shown
  { type: 'decision.lock', optionId: 'patch', basis: 'majority' }, // 7
  { type: 'decision.open' }, // 8: round 8
  { type: 'vote.cast', participantId: 'pa', optionId: 'cut', confidence: 5, round: 8 }, // 9
  { type: 'tally.reveal', round: 8 }, // 10: one vote, shown to the room
  { type: 'vote.cast', participantId: 'pb', optionId: 'cut', confidence: 4, round: 8 }, // 11
  { type: 'decision.lock', optionId: 'cut', basis: 'majority' }, // 12
  { type: 'session.end' }, // 13
];

const debrief: SessionDebrief = (p) => <DebriefScreen {...p} />;

beforeEach(() => resetStores('nl'));

async function openDebrief() {
  await userEvent.click(await screen.findByRole('button', { name: 'Nabespreking' }));
  return screen.findByRole('heading', { level: 1, name: `Nabespreking — ${s.title.nl}` });
}

/** Override the objective's rating through the form in the objectives section. */
async function override(rating: string, reason: string) {
  const objectives = screen.getByRole('region', { name: 'Leerdoelen' });
  await userEvent.click(within(objectives).getByText('Beoordeling aanpassen: Indammen'));
  await userEvent.selectOptions(within(objectives).getByRole('combobox', { name: 'Nieuwe beoordeling' }), rating);
  await userEvent.type(within(objectives).getByRole('textbox', { name: 'Reden (verplicht)' }), reason);
  await userEvent.click(within(objectives).getByRole('button', { name: 'Beoordeling opslaan' }));
}

/** Capture what the page hands over as downloads (jsdom has no object URLs). */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return `blob:${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.at(-1) as Blob });
  });
  return { files, restore: () => click.mockRestore() };
}

const optionTexts = s.stages.flatMap((st) => st.decision.options.flatMap((o) => [o.label.nl, o.consequence?.nl ?? ''])).filter(Boolean);

describe('rating overrides in a facilitated debrief', () => {
  it('lets the facilitator override a rating with a reason, sent as a command, and shows it with the reason', async () => {
    const fake = await fakeStore(s, logOf(s, 'majority', played), { kind: 'facilitator' });
    render(<Console sessionId="stest00000001" keys={keys} scenario={s} store={fake.store} renderDebrief={debrief} />);
    await openDebrief();
    await override('major', 'Te laat opgeschaald');
    expect(fake.sent.at(-1)).toMatchObject({
      event: { type: 'rating.override', objectiveId: 'contain', rating: 'major', reason: 'Te laat opgeschaald' },
      expectedSeq: played.length,
    });
    // The server broadcasts it back: the debrief shows the new rating with the computed one and the reason.
    fake.push({ type: 'rating.override', objectiveId: 'contain', rating: 'major', reason: 'Te laat opgeschaald', by: 'facilitator' });
    const objectives = screen.getByRole('region', { name: 'Leerdoelen' });
    expect(await within(objectives).findByText(/Reden: Te laat opgeschaald/)).toHaveTextContent(
      /Aangepast door een beoordelaar \(berekend: /,
    );
    expect(within(objectives).getByText('Uitgevoerd met grote knelpunten', { ignore: 'option, script, style' })).toBeInTheDocument();
  });

  it('lets an observer override a rating too, and says so when the server refuses', async () => {
    const fake = await fakeStore(s, logOf(s, 'majority', played), { kind: 'observer' });
    render(<Observer scenario={s} store={fake.store} renderDebrief={debrief} />);
    await openDebrief();
    await override('some', 'Goed, maar de pers kwam laat');
    expect(fake.sent.at(-1)).toMatchObject({
      event: { type: 'rating.override', objectiveId: 'contain', rating: 'some', reason: 'Goed, maar de pers kwam laat' },
      expectedSeq: played.length,
    });
    fake.push({ type: 'rating.override', objectiveId: 'contain', rating: 'some', reason: 'Goed, maar de pers kwam laat', by: 'observer' });
    const objectives = screen.getByRole('region', { name: 'Leerdoelen' });
    expect(await within(objectives).findByText(/Reden: Goed, maar de pers kwam laat/)).toBeInTheDocument();
    expect(within(objectives).getByText('Uitgevoerd met enkele knelpunten', { ignore: 'option, script, style' })).toBeInTheDocument();

    const refused = await fakeStore(s, logOf(s, 'majority', played), { kind: 'observer' }, { refuse: { code: 'stale', message: 'seq' } });
    document.body.innerHTML = '';
    render(<Observer scenario={s} store={refused.store} renderDebrief={debrief} />);
    await openDebrief();
    await override('not', 'Niet gedaan');
    expect(
      await within(screen.getByRole('region', { name: 'Leerdoelen' })).findByText('De beoordeling kon niet worden opgeslagen.'),
    ).toBeInTheDocument();
    // The reason stays in the field, to send again.
    expect(screen.getByRole('textbox', { name: 'Reden (verplicht)' })).toHaveValue('Niet gedaan');
  });

  it('gives a participant no override form, and shows nothing of an override (it reaches them redacted)', async () => {
    const fake = await fakeStore(s, logOf(s, 'majority', played), anna);
    render(<Participant seat={seat} scenario={s} store={fake.store} renderDebrief={debrief} />);
    await openDebrief();
    const objectives = screen.getByRole('region', { name: 'Leerdoelen' });
    expect(within(objectives).queryByText('Beoordeling aanpassen: Indammen')).not.toBeInTheDocument();
    expect(within(objectives).queryByRole('button', { name: 'Beoordeling opslaan' })).not.toBeInTheDocument();
  });
});

describe('exercise documents in the debrief', () => {
  it('hands a participant the situation manual only, as HTML and Markdown, without options or consequences', async () => {
    const { files, restore } = captureDownloads();
    const fake = await fakeStore(s, logOf(s, 'majority', played), anna);
    render(<Participant seat={seat} scenario={s} store={fake.store} renderDebrief={debrief} />);
    await openDebrief();
    const docs = screen.getByRole('region', { name: 'Oefendocumenten' });
    expect(
      within(docs)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Situatiehandboek (HTML)', 'Situatiehandboek (Markdown)']);
    expect(within(docs).queryByRole('button', { name: /Handleiding facilitator/ })).not.toBeInTheDocument();
    await userEvent.click(within(docs).getByRole('button', { name: 'Situatiehandboek (Markdown)' }));
    restore();
    expect(files.map((f) => f.name)).toEqual(['mini.situation-manual.nl.md']);
    const md = await (files[0] as { blob: Blob }).blob.text();
    expect(md).toContain(s.title.nl);
    expect(md).not.toMatch(/<[a-z]+[ >]/);
    for (const text of optionTexts) expect(md).not.toContain(text);
  });

  it('gives the facilitator, an observer and a solo player both documents in both formats', async () => {
    const { files, restore } = captureDownloads();
    const all = [
      'Situatiehandboek (HTML)',
      'Situatiehandboek (Markdown)',
      'Handleiding facilitator (HTML)',
      'Handleiding facilitator (Markdown)',
    ];
    const onConsole = await fakeStore(s, logOf(s, 'majority', played), { kind: 'facilitator' });
    render(<Console sessionId="stest00000001" keys={keys} scenario={s} store={onConsole.store} renderDebrief={debrief} />);
    await openDebrief();
    const docs = () => screen.getByRole('region', { name: 'Oefendocumenten' });
    expect(
      within(docs())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(all);
    await userEvent.click(within(docs()).getByRole('button', { name: 'Handleiding facilitator (Markdown)' }));
    expect(files.at(-1)?.name).toBe('mini.facilitator-guide.nl.md');
    const guide = await (files.at(-1) as { blob: Blob }).blob.text();
    expect(guide).toContain('Patchen');
    expect(guide).not.toMatch(/<h[1-3]/);

    document.body.innerHTML = '';
    const onObserver = await fakeStore(s, logOf(s, 'majority', played), { kind: 'observer' });
    render(<Observer scenario={s} store={onObserver.store} renderDebrief={debrief} />);
    await openDebrief();
    expect(
      within(docs())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(all);

    document.body.innerHTML = '';
    render(
      <main>
        <DebriefScreen scenario={s} session={newSession(s, { role: 'ciso', timerMode: 'off' })} lang="nl" onHome={() => {}} />
      </main>,
    );
    expect(
      within(docs())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(all);
    await userEvent.click(within(docs()).getByRole('button', { name: 'Handleiding facilitator (HTML)' }));
    restore();
    expect(files.at(-1)?.name).toBe('mini.facilitator-guide.nl.html');
    expect(await (files.at(-1) as { blob: Blob }).blob.text()).toMatch(/<html/);
  });
});

describe('time travel through a facilitated session', () => {
  const stepTo = (n: number) => {
    const region = screen.getByRole('region', { name: 'Terugspelen' });
    fireEvent.change(within(region).getByRole('slider', { name: 'Moment in de sessie' }), { target: { value: String(n) } });
    return within(region).getByRole('region', { name: 'Het speelscherm op dit moment' });
  };

  it('shows the facilitator the votes as they stood during a decision, before they were shown to the room', async () => {
    const fake = await fakeStore(s, logOf(s, 'majority', played), { kind: 'facilitator' });
    render(<Console sessionId="stest00000001" keys={keys} scenario={s} store={fake.store} renderDebrief={debrief} />);
    await openDebrief();
    let moment = stepTo(5);
    expect(moment).toHaveTextContent('Stem uitgebracht');
    expect(within(moment).getByText('1 stem uitgebracht · nog niet getoond aan de zaal')).toBeInTheDocument();
    expect(
      within(within(moment).getByRole('list', { name: 'Stemmen per optie op dit moment' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Patchen: 1', 'Afwachten: 0']);
    moment = stepTo(6);
    expect(within(moment).getByText('2 stemmen uitgebracht · nog niet getoond aan de zaal')).toBeInTheDocument();
    expect(within(moment).getByRole('list', { name: 'Stemmen per optie op dit moment' })).toHaveTextContent('Patchen: 2');
    // After the lock the decision is closed: no tally; in the next round the count starts again.
    expect(within(stepTo(7)).queryByRole('list', { name: 'Stemmen per optie op dit moment' })).not.toBeInTheDocument();
    expect(within(stepTo(8)).getByText('0 stemmen uitgebracht · nog niet getoond aan de zaal')).toBeInTheDocument();
    expect(within(stepTo(10)).getByText('1 stem uitgebracht')).toBeInTheDocument();
    expect(within(stepTo(11)).getByRole('list', { name: 'Stemmen per optie op dit moment' })).toHaveTextContent('Alles afsluiten: 2');
  });

  it('shows an observer the votes during a decision too', async () => {
    const fake = await fakeStore(s, logOf(s, 'majority', played), { kind: 'observer' });
    render(<Observer scenario={s} store={fake.store} renderDebrief={debrief} />);
    await openDebrief();
    expect(within(stepTo(6)).getByText('2 stemmen uitgebracht · nog niet getoond aan de zaal')).toBeInTheDocument();
  });

  it('shows a participant only what they saw: no votes before the reveal, the tally after it', async () => {
    const fake = await fakeStore(s, logOf(s, 'majority', played), anna);
    render(<Participant seat={seat} scenario={s} store={fake.store} renderDebrief={debrief} />);
    await openDebrief();
    for (const step of [5, 6, 8, 9]) {
      const moment = stepTo(step);
      expect(within(moment).queryByText(/^\d+ stem(men)? uitgebracht/)).not.toBeInTheDocument();
      expect(within(moment).queryByRole('list', { name: 'Stemmen per optie op dit moment' })).not.toBeInTheDocument();
    }
    expect(within(stepTo(10)).getByText('1 stem uitgebracht')).toBeInTheDocument();
    expect(within(stepTo(11)).getByRole('list', { name: 'Stemmen per optie op dit moment' })).toHaveTextContent('Alles afsluiten: 2');
    // The press message went to the communications role: Anna (comms) has it in her replay of the first stage.
    expect(stepTo(4)).toHaveTextContent('Z-CERT: Pers');
  });
});

// The played log itself: a sanity check that the steps above are the moments the comments say.
it('plays the fixture log to an ending', () => {
  const log = logOf(s, 'majority', played);
  expect(replay(s, { ...log.header, events: log.events } as unknown as Session).live.ended).toBe(true);
});
