// The debrief's hot wash and feedback: items per objective, the feedback summary (counts, means, a distribution per
// statement) for the facilitator but not on a participant's phone, the same in the Markdown export, and in solo play
// the feedback form itself.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../src/engine/play/session';
import { DebriefScreen } from '../../../src/ui/debrief/DebriefScreen';
import { logOf } from '../facilitate/fake-session';
import { choose, initI18n, play, scenario } from './setup';

const s = scenario();
const log = logOf(s, 'facilitator', [
  { type: 'participant.join', participantId: 'pa', name: 'Anna', role: 'ciso' },
  { type: 'participant.join', participantId: 'pb', name: 'Bram', role: 'comms' },
  { type: 'session.start' },
  { type: 'session.end' },
  { type: 'hotwash.focus', objectiveId: 'contain' },
  { type: 'hotwash.item', kind: 'strength', text: 'Snel opgeschaald', author: 'Anna', objectiveId: 'contain', by: 'pa' },
  { type: 'hotwash.item', kind: 'strength', text: 'Snel opgeschaald!', author: 'Bram', objectiveId: 'contain', by: 'pb' },
  { type: 'hotwash.item', kind: 'improvement', text: 'Pers eerder', objectiveId: 'contain' },
  { type: 'hotwash.drop', item: 7, into: 6 },
  {
    type: 'feedback.submit',
    author: 'Anna',
    by: 'pa',
    role: 'CISO',
    strengths: ['Tempo'],
    statements: { structured: 4, realistic: 5, roleClear: 2, learned: 5 },
  },
  { type: 'feedback.submit', author: 'Bram', by: 'pb', improvements: ['Logboek'], statements: { structured: 2, learned: 4 } },
]);
const session = { ...log.header, events: log.events } as unknown as Session;

let blobs: Blob[] = [];
beforeAll(initI18n);
beforeEach(() => {
  blobs = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  URL.createObjectURL = vi.fn((b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return 'blob:x';
  });
  URL.revokeObjectURL = vi.fn();
});

describe('the hot wash and feedback on a facilitated session’s debrief', () => {
  it('lists the hot-wash items under their objective, a merged duplicate counted', async () => {
    render(<DebriefScreen scenario={s} session={session} lang="en" onHome={() => {}} />);
    const section = screen.getByRole('region', { name: 'Hot wash' });
    expect(await within(section).findByRole('heading', { name: 'Contain' })).toBeInTheDocument();
    expect(within(section).getByText('Snel opgeschaald (+1 same) — Anna')).toBeInTheDocument();
    expect(within(section).getByText('Pers eerder')).toBeInTheDocument();
  });

  it('summarises the feedback forms: respondents, roles, count, mean and distribution per statement', async () => {
    render(<DebriefScreen scenario={s} session={session} lang="en" onHome={() => {}} />);
    const section = screen.getByRole('region', { name: 'Feedback forms' });
    expect(await within(section).findByText('2 forms filled in')).toBeInTheDocument();
    expect(section).toHaveTextContent('CISO (1), no role given (1)');
    const row = within(section).getByRole('row', { name: /The exercise was well structured/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '3.0', '12345']);
    expect(within(row).getByRole('img', { name: 'The exercise was well structured.: 1: 0, 2: 1, 3: 0, 4: 1, 5: 0' })).toBeInTheDocument();
    expect(within(section).getByText('Logboek')).toBeInTheDocument();
  });

  it('shows no summary on a participant’s debrief, whose log holds only their own answer', () => {
    render(<DebriefScreen scenario={s} session={session} lang="en" onHome={() => {}} audience="participant" />);
    expect(screen.queryByRole('region', { name: 'Feedback forms' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Hot wash' })).toBeInTheDocument();
  });

  it('carries the hot wash and the feedback summary into the Markdown export', async () => {
    render(<DebriefScreen scenario={s} session={session} lang="nl" onHome={() => {}} />);
    await userEvent.click(screen.getAllByRole('button', { name: /Markdown/ })[0] as HTMLElement);
    const text = await (blobs[0] as Blob).text();
    expect(text).toContain('## Hotwash');
    expect(text).toContain('### Indammen');
    expect(text).toContain('- Snel opgeschaald (+1 gelijk) — Anna');
    expect(text).toContain('## Evaluatieformulieren');
    expect(text).toContain('| De oefening was goed opgebouwd. | 2 | 3.0 | 0 · 1 · 0 · 1 · 0 |');
    expect(text).toContain('- Logboek (Bram)');
  });
});

describe('the feedback form on a solo debrief', () => {
  it('sends the answer with the role played, and says it was sent', async () => {
    const solo = play(s, [choose('wait'), choose('cut')]);
    const onFeedback = vi.fn(() => true);
    render(<DebriefScreen scenario={s} session={solo} lang="en" onHome={() => {}} onFeedback={onFeedback} />);
    const form = await screen.findByRole('form', { name: 'Feedback form' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Top three strengths 1' }), 'Quick');
    await userEvent.click(within(within(form).getByRole('group', { name: 'My role was clear.' })).getByRole('radio', { name: /^4/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Send the form' }));
    expect(onFeedback).toHaveBeenCalledWith({ role: 'CISO', strengths: ['Quick'], improvements: [], statements: { roleClear: 4 } }, 'CISO');
    expect(within(form).getByText('Sent. Thank you!')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Hot wash' })).not.toBeInTheDocument();
  });
});
