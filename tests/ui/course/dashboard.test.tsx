// The trainer's course dashboard: every team's row (status, stage or ending, clock, metrics, an open decision and how
// long it waits, pace) with a link to its console, the commands for every team at once with each team's answer,
// adding a team, and each participant's progress; in Dutch and English, axe clean.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyEvent, type EventInput, type Live, newSession, replay } from '../../../src/engine/play/session';
import type { CourseInfo, TeamInfo } from '../../../src/net/course';
import { Dashboard, type DashboardProps } from '../../../src/ui/course/Dashboard';
import { summarise } from '../../../src/ui/course/summary';
import { expectNoAxeViolations, miniScenario, resetStores } from '../support';

const s = miniScenario();
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
const NOW = T0 + 30 * 60_000;

function live(steps: [number, Record<string, unknown>][]): Live {
  let l = replay(s, newSession(s, { role: 'ciso', timerMode: 'off', decisionMode: 'majority' })).live;
  for (const [min, step] of steps) {
    const r = applyEvent(s, l, { ...step, at: at(min) } as EventInput);
    if (!r.ok) throw new Error(r.reason.message);
    l = r.live;
  }
  return l;
}

const team = (position: number, name: string, extra: Partial<TeamInfo> = {}): TeamInfo => ({
  position,
  name,
  kind: 'facilitated',
  sessionId: `s${position}`.padEnd(12, '0'),
  code: ['ACDEFG', 'HJKMNP', 'QRTUVW'][position - 1] ?? 'XY3467',
  late: false,
  prefix: null,
  addedAt: at(0),
  ...extra,
});

const red = team(1, 'Rood');
const green = team(2, 'Groen');
const blue = team(3, 'Blauw', { late: true, prefix: { from: 'Rood', copied: 3 }, kind: 'laptop' });
const course: CourseInfo = {
  courseId: 'c00000000001',
  code: 'MNPQRT',
  createdAt: at(0),
  name: 'Cursus maart',
  scenarioId: 'mini',
  language: 'nl',
  timerMode: 'off',
  decisionMode: 'majority',
  lateJoin: 'current',
  referenceTeam: 1,
  teams: [red, green, blue],
};

const redLive = live([
  [0, { type: 'session.start' }],
  [0, { type: 'participant.join', participantId: 'p1', name: 'Ann', role: 'ciso' }],
  [1, { type: 'decision.open' }],
  [2, { type: 'vote.cast', participantId: 'p1', optionId: 'patch', confidence: 3, round: 3 }],
  [3, { type: 'vote.cast', participantId: 'p1', optionId: 'wait', confidence: 4, round: 3 }],
  [4, { type: 'decision.lock', optionId: 'wait', basis: 'majority' }],
  [6, { type: 'decision.open' }],
]);
const greenLive = live([
  [0, { type: 'session.start' }],
  [1, { type: 'decision.open' }],
  [2, { type: 'decision.lock', optionId: 'patch', basis: 'facilitator' }],
  [3, { type: 'decision.open' }],
  [4, { type: 'decision.lock', optionId: 'ignore', basis: 'facilitator' }],
]);

const rows = () => [
  summarise(red, s, { status: 'open', live: redLive, presence: { participants: ['p1'], screens: {} }, problem: null }, NOW),
  summarise(green, s, { status: 'open', live: greenLive, presence: null, problem: null }, NOW),
  summarise(blue, null, { status: 'failed', live: null, presence: null, problem: 'scenario "mini" is not in this build' }, NOW),
];

function renderDashboard(over: Partial<DashboardProps> = {}) {
  const onCommand = vi.fn<DashboardProps['onCommand']>(async () => ({
    ok: true,
    results: [
      { position: 1, name: 'Rood', sessionId: red.sessionId, ok: true, seq: 8 },
      { position: 2, name: 'Groen', sessionId: green.sessionId, ok: false, message: 'the team has ended its session' },
      { position: 3, name: 'Blauw', sessionId: blue.sessionId, ok: true, seq: 4 },
    ],
  }));
  const onAddTeam = vi.fn<DashboardProps['onAddTeam']>(async (name) => ({
    ok: true,
    team: {
      ...team(4, name, { late: true, prefix: { from: 'Rood', copied: 7 } }),
      code: 'VWXY34',
      tokens: {} as never,
      links: {} as never,
    },
  }));
  render(
    <main>
      <Dashboard
        course={course}
        scenario={s}
        rows={rows()}
        lang="nl"
        joinUrl="http://laptop:4173/c"
        consoleHref={(id) => `/f/${id}#k=trainer`}
        compareHref="/c/c00000000001/compare#k=trainer"
        onCommand={onCommand}
        onAddTeam={onAddTeam}
        {...over}
      />
    </main>,
  );
  return { onCommand, onAddTeam };
}

const rowOf = (name: string, lead = 'Console van') => screen.getByRole('link', { name: `${lead} ${name}` }).closest('tr') as HTMLElement;

beforeEach(() => resetStores('nl'));

describe('the course dashboard', () => {
  it('shows every team live, each with a link to its own console', () => {
    renderDashboard();
    expect(screen.getByRole('heading', { level: 1, name: 'Cursus maart — dashboard' })).toBeInTheDocument();
    expect(screen.getByText('MNPQRT')).toBeInTheDocument();
    expect(screen.getByText('Late teams worden bijgebracht tot het punt van Rood.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Console van Rood' })).toHaveAttribute('href', `/f/${red.sessionId}#k=trainer`);
    expect(screen.getByRole('link', { name: 'Teams vergelijken' })).toHaveAttribute('href', '/c/c00000000001/compare#k=trainer');

    const r = within(rowOf('Rood'));
    expect(r.getByText('Beslist')).toBeInTheDocument();
    expect(r.getByText('Aanval')).toBeInTheDocument();
    expect(r.getByText('wacht 24 min')).toBeInTheDocument();
    expect(r.getByText(/Zorgcontinuïteit/).closest('li')).toHaveTextContent('Zorgcontinuïteit 80');
    // One decision in 30 minutes against the expected 8 an hour.
    expect(r.getByText('2,0 besluiten/uur')).toBeInTheDocument();
    expect(r.getByText(/achter · verwacht 8,0\/uur/)).toBeInTheDocument();

    const g = within(rowOf('Groen'));
    expect(g.getByText('Afgelopen')).toBeInTheDocument();
    expect(rowOf('Groen')).toHaveTextContent(/Slecht/);
    expect(g.getByText('geen open besluit')).toBeInTheDocument();

    const b = within(rowOf('Blauw'));
    expect(b.getByText(/teamlaptop/)).toBeInTheDocument();
    expect(b.getByText('later ingestapt — vanaf het punt van Rood')).toBeInTheDocument();
    expect(b.getByText('Niet te openen: scenario "mini" is not in this build')).toBeInTheDocument();
  });

  it('pauses every team at once and says which teams refused, and why', async () => {
    const { onCommand } = renderDashboard();
    await userEvent.click(screen.getByRole('button', { name: 'Alle teams pauzeren' }));
    expect(onCommand).toHaveBeenCalledWith({ event: { type: 'session.pause' } });
    const status = await screen.findByText('2 van 3 teams: gelukt.');
    expect(status.closest('[role="status"]')).toHaveTextContent('Groen: the team has ended its session');
    await userEvent.click(screen.getByRole('button', { name: 'Alle teams hervatten' }));
    expect(onCommand).toHaveBeenLastCalledWith({ event: { type: 'session.resume' } });
  });

  it('sends one message to every team', async () => {
    const { onCommand } = renderDashboard();
    await userEvent.click(screen.getByText('Bericht aan alle teams'));
    const form = screen.getByRole('form', { name: 'Bericht aan alle teams' });
    await userEvent.selectOptions(within(form).getByLabelText('Soort'), 'E-mail');
    await userEvent.type(within(form).getByLabelText('Van'), 'Raad van Bestuur');
    await userEvent.type(within(form).getByLabelText('Onderwerp'), 'Persconferentie');
    await userEvent.type(within(form).getByLabelText('Bericht'), 'Om 10:00 staat de pers voor de deur.');
    await userEvent.click(within(form).getByRole('button', { name: 'Naar alle teams sturen' }));
    expect(onCommand).toHaveBeenCalledWith({
      event: {
        type: 'inject.custom',
        kind: 'email',
        from: 'Raad van Bestuur',
        subject: 'Persconferentie',
        body: 'Om 10:00 staat de pers voor de deur.',
      },
    });
    expect(within(form).getByLabelText('Onderwerp')).toHaveValue('');
  });

  it('adds a team and says where it starts', async () => {
    const { onAddTeam } = renderDashboard();
    await userEvent.click(screen.getByText('Een team toevoegen'));
    await userEvent.type(screen.getByLabelText('Naam van het nieuwe team'), 'Paars');
    await userEvent.click(screen.getByRole('button', { name: 'Team toevoegen' }));
    expect(onAddTeam).toHaveBeenCalledWith('Paars');
    expect(await screen.findByText('Paars is toegevoegd met code VWXY34 en bijgebracht tot het punt van Rood.')).toBeInTheDocument();
  });

  it('says a refusal of the server in its own words', async () => {
    renderDashboard({ onCommand: async () => ({ ok: false, message: 'the course key is missing or wrong' }) });
    await userEvent.click(screen.getByRole('button', { name: 'Alle teams pauzeren' }));
    expect(await screen.findByText('Niet gelukt: the course key is missing or wrong')).toBeInTheDocument();
  });

  it('gives every participant’s progress per team', () => {
    renderDashboard();
    const people = screen.getByRole('region', { name: 'Deelnemers van Rood' });
    const ann = within(people).getByRole('rowheader', { name: /Ann/ }).closest('tr') as HTMLElement;
    expect(
      within(ann)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['CISO', '1', '2', '30 min', 'nog niet']);
    expect(within(people).getByText('verbonden')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Deelnemers van Groen' })).getByText('Nog niemand aangemeld.')).toBeInTheDocument();
  });

  it('is in English when the page is, and keyboard and axe clean', async () => {
    resetStores('en');
    renderDashboard();
    expect(screen.getByRole('heading', { level: 1, name: 'Cursus maart — dashboard' })).toBeInTheDocument();
    expect(
      within(rowOf('Rood', 'Console of').closest('table') as HTMLElement)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Team', 'Status', 'Stage', 'Time', 'Metrics', 'Decision', 'Pace']);
    expect(screen.getByRole('link', { name: 'Console of Rood' })).toBeInTheDocument();
    // The tables scroll sideways on a phone: their regions take focus, so the keyboard scrolls them too.
    expect(screen.getByRole('region', { name: 'All teams live' })).toHaveAttribute('tabindex', '0');
    await expectNoAxeViolations();
  });

  it('says there are no teams yet', () => {
    renderDashboard({ rows: [], course: { ...course, teams: [], lateJoin: 'start', referenceTeam: null } });
    expect(screen.getByText(/Nog geen teams/)).toBeInTheDocument();
    expect(screen.getByText('Late teams beginnen bij het begin.')).toBeInTheDocument();
  });
});
