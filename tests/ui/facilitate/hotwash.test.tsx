// The hot wash after the end on the three screens: the console walks the objectives and removes or merges
// duplicates, the projector shows the objective and what was collected, a phone sends a point and the feedback form,
// and an observer follows the objective and adds points signed with their own name.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Console } from '../../../src/ui/facilitate/ConsoleScreen';
import { Observer } from '../../../src/ui/observer/ObserverScreen';
import { Participant } from '../../../src/ui/participant/ParticipantScreen';
import { Projector } from '../../../src/ui/projector/ProjectorScreen';
import { expectNoAxeViolations, miniScenario, resetStores } from '../support';
import { fakeStore, logOf } from './fake-session';

const s = miniScenario();
const keys = { facilitator: 'f'.repeat(20), projector: 'p'.repeat(20), observer: 'o'.repeat(20) };
const seat = { sessionId: 'stest00000001', participantId: 'pa', secret: 's'.repeat(20), name: 'Anna', role: 'comms', code: 'ACDEFG' };
const ended = [
  { type: 'participant.join', participantId: 'pa', name: 'Anna', role: 'comms' },
  { type: 'participant.join', participantId: 'pb', name: 'Bram', role: 'ciso' },
  { type: 'session.start' },
  { type: 'session.end' },
];
const focused = [
  ...ended,
  { type: 'hotwash.focus', objectiveId: 'contain' }, // 5
  { type: 'hotwash.item', kind: 'strength', text: 'Snel opgeschaald', author: 'Anna', objectiveId: 'contain', by: 'pa' }, // 6
  { type: 'hotwash.item', kind: 'strength', text: 'Snel opgeschaald!', author: 'Bram', objectiveId: 'contain', by: 'pb' }, // 7
  { type: 'hotwash.item', kind: 'improvement', text: 'Logboek bijhouden', author: 'Bram', objectiveId: 'contain', by: 'pb' }, // 8
];

beforeEach(() => resetStores('nl'));

async function renderConsole(inputs: Record<string, unknown>[]) {
  const fake = await fakeStore(s, logOf(s, 'facilitator', inputs), { kind: 'facilitator' });
  render(<Console sessionId="stest00000001" keys={keys} scenario={s} store={fake.store} renderDebrief={() => <p>het verslag</p>} />);
  return fake;
}

describe('the hot wash on the console', () => {
  it('shows the after-action report after the end, with the hot wash in it, one switch away', async () => {
    await renderConsole(focused);
    await userEvent.click(await screen.findByRole('button', { name: 'Evaluatieverslag' }));
    expect(await screen.findByRole('heading', { level: 1, name: s.title.nl })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Evaluatieverslag' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Logboek bijhouden')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Markdown/ })).toHaveAttribute('download', expect.stringMatching(/-aar\.md$/));
    await expectNoAxeViolations();
  });

  it('starts at the first objective after the end, and the debrief is one switch away', async () => {
    const { sent } = await renderConsole(ended);
    await userEvent.click(await screen.findByRole('button', { name: 'Hotwash beginnen' }));
    expect(sent.at(-1)?.event).toEqual({ type: 'hotwash.focus', objectiveId: 'contain' });
    expect(sent.at(-1)?.expectedSeq).toBeUndefined();
    await userEvent.click(screen.getByRole('button', { name: 'Nabespreking' }));
    expect(screen.getByText('het verslag')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nabespreking' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows the objective up with its items, removes one, merges a duplicate and adds its own', async () => {
    const { sent } = await renderConsole(focused);
    expect(await screen.findByRole('heading', { level: 3, name: 'Indammen' })).toBeInTheDocument();
    expect(screen.getByText('Leerdoel 1 van 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Volgend leerdoel' })).toBeDisabled();
    const strengths = screen.getByRole('region', { name: /Sterke punten/ });
    expect(within(strengths).getAllByRole('listitem')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Weghalen: Logboek bijhouden' }));
    expect(sent.at(-1)?.event).toEqual({ type: 'hotwash.drop', item: 8 });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Samenvoegen: “Snel opgeschaald!” met' }), 'Snel opgeschaald');
    expect(sent.at(-1)?.event).toEqual({ type: 'hotwash.drop', item: 7, into: 6 });
    await userEvent.click(screen.getByRole('radio', { name: 'Verbeterpunt' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Uw punt' }), 'Pers eerder informeren');
    await userEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(sent.at(-1)?.event).toEqual({
      type: 'hotwash.item',
      kind: 'improvement',
      text: 'Pers eerder informeren',
      author: 'Facilitator',
      objectiveId: 'contain',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Hotwash afsluiten' }));
    expect(sent.at(-1)?.event).toEqual({ type: 'hotwash.focus' });
  });

  it('passes axe in hot-wash mode', async () => {
    await renderConsole(focused);
    await screen.findByRole('heading', { name: 'Indammen' });
    await expectNoAxeViolations();
  });
});

describe('the hot wash on the projector', () => {
  it('shows the objective large with the strengths and areas for improvement so far', async () => {
    const { store } = await fakeStore(s, logOf(s, 'facilitator', [...focused, { type: 'hotwash.drop', item: 7, into: 6 }]), {
      kind: 'projector',
    });
    render(<Projector scenario={s} store={store} code={null} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Indammen' })).toBeInTheDocument();
    const strengths = screen.getByRole('region', { name: /Sterke punten/ });
    expect(within(strengths).getByRole('listitem')).toHaveTextContent('Snel opgeschaald (+1 gelijk) — Anna');
    expect(within(screen.getByRole('region', { name: /Verbeterpunten/ })).getByRole('listitem')).toHaveTextContent('Logboek bijhouden');
    await expectNoAxeViolations();
  });

  it('shows the ending until the facilitator puts an objective up', async () => {
    const { store } = await fakeStore(s, logOf(s, 'facilitator', ended), { kind: 'projector' });
    render(<Projector scenario={s} store={store} code={null} />);
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Indammen');
  });
});

describe('the hot wash and the feedback form on a phone', () => {
  const viewer = { kind: 'participant' as const, participantId: 'pa', name: 'Anna', role: 'comms' };
  async function renderPhone(inputs: Record<string, unknown>[]) {
    const fake = await fakeStore(s, logOf(s, 'facilitator', inputs), viewer);
    render(<Participant seat={seat} scenario={s} store={fake.store} renderDebrief={() => <p>het verslag</p>} />);
    return fake;
  }

  it('waits for the facilitator, then sends a strength under the objective that is up', async () => {
    const first = await renderPhone(ended);
    expect(await screen.findByText('De facilitator begint zo met de hotwash.')).toBeInTheDocument();
    first.store.getState().close();
    document.body.innerHTML = '';
    const { sent } = await renderPhone(focused);
    expect(await screen.findByRole('heading', { level: 1, name: 'Indammen' })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Uw punt' }), 'Goede rolverdeling');
    await userEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(sent.at(-1)?.event).toEqual({ type: 'hotwash.item', kind: 'strength', text: 'Goede rolverdeling', objectiveId: 'contain' });
    expect(await screen.findByText('Verstuurd: Goede rolverdeling')).toBeInTheDocument();
  });

  it('sends the feedback form with the role, the top three and the statements', async () => {
    const { sent } = await renderPhone(focused);
    const form = await screen.findByRole('form', { name: 'Evaluatieformulier' });
    expect(within(form).getByRole('textbox', { name: 'Uw rol in de oefening' })).toHaveValue('Communicatie');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Top drie sterke punten 1' }), 'Tempo');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Top drie verbeterpunten 2' }), 'Logboek');
    const learned = within(form).getByRole('group', { name: 'Ik heb iets geleerd dat ik kan gebruiken.' });
    await userEvent.click(within(learned).getByRole('radio', { name: /^5\W+Helemaal eens/ }));
    const clear = within(form).getByRole('group', { name: 'Mijn rol was duidelijk.' });
    await userEvent.click(within(clear).getByRole('radio', { name: /^2\W+Oneens/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Formulier versturen' }));
    expect(sent.at(-1)?.event).toEqual({
      type: 'feedback.submit',
      role: 'Communicatie',
      strengths: ['Tempo'],
      improvements: ['Logboek'],
      statements: { learned: 5, roleClear: 2 },
    });
    expect(await within(form).findByText('Verstuurd. Dank u wel!')).toBeInTheDocument();
  });

  it('refuses to send an empty form, and starts from the earlier answer when there is one', async () => {
    const { sent } = await renderPhone([
      ...focused,
      { type: 'feedback.submit', author: 'Anna', by: 'pa', role: 'Woordvoerder', strengths: ['Rust'], statements: { structured: 4 } },
    ]);
    const form = await screen.findByRole('form', { name: 'Evaluatieformulier' });
    expect(within(form).getByRole('textbox', { name: 'Uw rol in de oefening' })).toHaveValue('Woordvoerder');
    expect(within(form).getByRole('textbox', { name: 'Top drie sterke punten 1' })).toHaveValue('Rust');
    expect(
      within(within(form).getByRole('group', { name: 'De oefening was goed opgebouwd.' })).getByRole('radio', { name: /^4/ }),
    ).toBeChecked();
    expect(within(form).getByRole('button', { name: 'Opnieuw versturen' })).toBeInTheDocument();
    sent.length = 0;
    await userEvent.clear(within(form).getByRole('textbox', { name: 'Top drie sterke punten 1' }));
    await userEvent.clear(within(form).getByRole('textbox', { name: 'Uw rol in de oefening' }));
    // Still a statement answered: the form goes.
    await userEvent.click(within(form).getByRole('button', { name: 'Opnieuw versturen' }));
    expect(sent.at(-1)?.event).toEqual({ type: 'feedback.submit', strengths: [], improvements: [], statements: { structured: 4 } });
  });

  it('says so when nothing is filled in', async () => {
    const { sent } = await renderPhone(focused);
    const form = await screen.findByRole('form', { name: 'Evaluatieformulier' });
    await userEvent.click(within(form).getByRole('button', { name: 'Formulier versturen' }));
    expect(within(form).getByText('Vul ten minste één veld in.')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });

  it('passes axe with the hot wash and the form', async () => {
    await renderPhone(focused);
    await screen.findByRole('form', { name: 'Evaluatieformulier' });
    await expectNoAxeViolations();
  });
});

describe('the hot wash on an observer’s screen', () => {
  async function renderObserver(inputs: Record<string, unknown>[]) {
    const fake = await fakeStore(s, logOf(s, 'facilitator', inputs), { kind: 'observer' });
    render(<Observer scenario={s} store={fake.store} renderDebrief={() => <p>het verslag</p>} />);
    return fake;
  }

  it('follows the objective that is up, with what the room sent, and adds a point signed with the observer’s name', async () => {
    const { sent } = await renderObserver(focused);
    expect(await screen.findByRole('heading', { level: 1, name: 'Indammen' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: /Verbeterpunten/ })).getByRole('listitem')).toHaveTextContent('Logboek bijhouden');
    await userEvent.type(screen.getByRole('textbox', { name: 'Uw naam' }), 'Evi');
    await userEvent.click(screen.getByRole('radio', { name: 'Verbeterpunt' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Uw punt' }), 'Geen logboek tot 10:00');
    await userEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(sent.at(-1)?.event).toEqual({
      type: 'hotwash.item',
      kind: 'improvement',
      text: 'Geen logboek tot 10:00',
      author: 'Evi',
      objectiveId: 'contain',
    });
    await expectNoAxeViolations();
  });

  it('waits for the facilitator, keeps the observations at hand, and shows the debrief one switch away', async () => {
    await renderObserver(ended);
    expect(await screen.findByText('De facilitator begint zo met de hotwash.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Observaties' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Nabespreking' }));
    expect(screen.getByText('het verslag')).toBeInTheDocument();
    expect(screen.queryByText('De facilitator begint zo met de hotwash.')).not.toBeInTheDocument();
  });
});
