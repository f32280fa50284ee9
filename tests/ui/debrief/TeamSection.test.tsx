// The debrief of a facilitated session: who took part in which role, per decision the tally, alignment, mean
// confidence and who decided, the notes and the observations — on screen and in the Markdown export.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../src/engine/play/session';
import { DebriefScreen } from '../../../src/ui/debrief/DebriefScreen';
import { logOf } from '../facilitate/fake-session';
import { initI18n, scenario } from './setup';

const s = scenario();
const log = logOf(s, 'majority', [
  { type: 'participant.join', participantId: 'pa', name: 'Anna', role: 'ciso' },
  { type: 'participant.join', participantId: 'pb', name: 'Bram', role: 'comms' },
  { type: 'session.start' },
  { type: 'decision.open' },
  { type: 'vote.cast', participantId: 'pa', optionId: 'patch', confidence: 4, round: 4 },
  { type: 'vote.cast', participantId: 'pb', optionId: 'patch', confidence: 2, round: 4 },
  { type: 'note.add', text: 'Snel eens', author: 'Facilitator', visibility: 'facilitator' },
  { type: 'observation.add', objectiveId: 'contain', text: 'Goed ingedamd', author: 'Olga' },
  { type: 'decision.lock', optionId: 'patch', basis: 'majority' },
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

function show() {
  render(
    <main>
      <DebriefScreen scenario={s} session={session} lang="en" onHome={() => {}} />
    </main>,
  );
}

describe('the debrief of a facilitated session', () => {
  it('names who took part in which role', () => {
    show();
    const team = screen.getByRole('region', { name: 'The team' });
    expect(within(team).getByText('Anna').closest('li')).toHaveTextContent('Anna — CISO');
  });

  it('shows per decision the votes, alignment, mean confidence and who decided', () => {
    show();
    const row = within(screen.getByRole('table', { name: /Per decision/ })).getAllByRole('row')[1] as HTMLElement;
    expect(row).toHaveTextContent('Patch: 2');
    expect(row).toHaveTextContent('100%');
    expect(row).toHaveTextContent('3.0');
    expect(row).toHaveTextContent('The majority');
  });

  it('carries the team, the notes and the observations into the Markdown export', async () => {
    show();
    await userEvent.click(screen.getAllByRole('button', { name: /Markdown/ })[0] as HTMLElement);
    const text = await (blobs[0] as Blob).text();
    expect(text).toContain('## The team');
    expect(text).toContain('- Anna — CISO');
    expect(text).toMatch(/\| Patch \| Patch: 2 \| 100% \| 3\.0 \| The majority \|/);
    expect(text).toContain('Snel eens');
    expect(text).toContain('**Contain** (Olga): Goed ingedamd');
  });

  it('offers no “play again” for a facilitated session', () => {
    show();
    expect(screen.queryByRole('button', { name: /again/i })).not.toBeInTheDocument();
  });
});
