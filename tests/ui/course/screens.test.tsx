// The course screens around the dashboard: creating a course (what goes to the server, where the trainer lands), a
// team laptop joining by the course code (it opens its own console), and the teams compared from the course export.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogEntry } from '../../../src/engine/play/catalog';
import { lateStart } from '../../../src/engine/play/fork';
import { applyEvent, type EventInput, newSession, replay, type Session } from '../../../src/engine/play/session';
import type { CourseExport } from '../../../src/net/course';
import { useReportDetailsStore } from '../../../src/store/report-details';
import { CompareScreen } from '../../../src/ui/course/CompareScreen';
import { CourseReportScreen } from '../../../src/ui/course/CourseReportScreen';
import { NewCourseScreen } from '../../../src/ui/course/NewCourseScreen';
import { expectNoAxeViolations, miniScenario, resetStores } from '../support';

const s = miniScenario();
const AT = '2026-03-02T09:00:00.000Z';
type Call = { url: string; body: unknown; auth: string | null };
let calls: Call[] = [];

function stubServer(answers: Record<string, unknown>) {
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const headers = (init.headers ?? {}) as Record<string, string>;
      calls.push({ url, body: init.body ? JSON.parse(String(init.body)) : null, auth: headers.authorization ?? null });
      if (url === '/api/health') return Response.json({ app: 'draaiboek', version: 't', store: 'sqlite', openSessions: 0 });
      const answer = answers[url];
      return answer ? Response.json(answer, { status: 201 }) : Response.json({ error: `no route ${url}` }, { status: 404 });
    }),
  );
}

beforeEach(() => resetStores('nl'));
afterEach(() => vi.unstubAllGlobals());

describe('creating a course', () => {
  it('sends the course with its teams and late-join policy, then opens the dashboard', async () => {
    stubServer({ '/api/courses': { courseId: 'c1', code: 'ACDEFG', token: 't', link: '/c/c1#k=t'.padEnd(30, 'x'), teams: [] } });
    const onOpen = vi.fn();
    render(<NewCourseScreen catalog={[catalogEntry(s)]} onOpen={onOpen} />);
    await userEvent.type(await screen.findByLabelText('Naam van de cursus'), 'Cursus maart');
    const count = screen.getByLabelText('Aantal teams met een facilitator');
    await userEvent.clear(count);
    await userEvent.type(count, '3');
    await userEvent.click(screen.getByRole('radio', { name: 'De facilitator beslist' }));
    await userEvent.selectOptions(screen.getByLabelText('Referentieteam', { exact: true }), 'Team 2');
    await expectNoAxeViolations();
    await userEvent.click(screen.getByRole('button', { name: 'Cursus maken' }));
    expect(calls.find((c) => c.url === '/api/courses')?.body).toEqual({
      name: 'Cursus maart',
      scenarioId: 'mini',
      language: 'nl',
      timerMode: 'relaxed',
      decisionMode: 'facilitator',
      teams: [{ name: 'Team 1' }, { name: 'Team 2' }, { name: 'Team 3' }],
      lateJoin: 'current',
      referenceTeam: 2,
    });
    expect(onOpen).toHaveBeenCalledWith(expect.stringMatching(/^\/c\/c1#k=t/));
  });

  it('lets late teams start at the beginning, and says what the server refused', async () => {
    stubServer({});
    render(<NewCourseScreen catalog={[catalogEntry(s)]} onOpen={vi.fn()} />);
    await userEvent.type(await screen.findByLabelText('Naam van de cursus'), 'Cursus');
    await userEvent.click(screen.getByRole('radio', { name: 'begint bij het begin' }));
    expect(screen.queryByLabelText('Referentieteam', { exact: true })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Cursus maken' }));
    expect(calls.find((c) => c.url === '/api/courses')?.body).toMatchObject({ lateJoin: 'start' });
    expect(await screen.findByRole('alert')).toHaveTextContent('De cursus kon niet worden gemaakt: no route /api/courses');
  });

  it('joins a team laptop by the course code and opens its own console', async () => {
    const tokens = { facilitator: 'f'.repeat(20), projector: 'p'.repeat(20), observer: 'o'.repeat(20) };
    stubServer({ '/api/courses/join': { courseId: 'c1', team: { sessionId: 's1', name: 'Laptop 1', tokens } } });
    const onOpen = vi.fn();
    render(<NewCourseScreen catalog={[catalogEntry(s)]} onOpen={onOpen} />);
    const form = await screen.findByRole('form', { name: 'Meedoen met een teamlaptop' });
    await userEvent.type(within(form).getByLabelText('Cursuscode'), 'acd-efg');
    await userEvent.type(within(form).getByLabelText('Naam van het team'), 'Laptop 1');
    await userEvent.click(within(form).getByRole('button', { name: 'Meedoen' }));
    expect(calls.find((c) => c.url === '/api/courses/join')?.body).toEqual({ code: 'ACDEFG', name: 'Laptop 1' });
    expect(onOpen).toHaveBeenCalledWith(`/f/s1#k=${tokens.facilitator}&p=${tokens.projector}&o=${tokens.observer}`);
  });
});

describe('the teams compared', () => {
  function played(
    steps: EventInput[],
    from = replay(s, newSession(s, { role: 'ciso', timerMode: 'off', decisionMode: 'facilitator' })).live,
  ) {
    let live = from;
    for (const step of steps) {
      const r = applyEvent(s, live, { ...step, at: AT } as EventInput);
      if (!r.ok) throw new Error(r.reason.message);
      live = r.live;
    }
    return live.session;
  }
  const lock = (optionId: string): EventInput[] => [{ type: 'decision.open' }, { type: 'decision.lock', optionId, basis: 'facilitator' }];
  const red = played([{ type: 'session.start' }, ...lock('patch'), ...lock('monitor')]);
  const { events: _e, ...header } = newSession(s, { role: 'ciso', timerMode: 'off', decisionMode: 'facilitator' });
  const late = lateStart(s, red, header, { from: 'Rood', at: AT });
  if (!late.ok) throw new Error(late.reason.message);
  const purple = played(lock('cut'), replay(s, { ...late.session, events: late.session.events.slice(0, 3) } as Session).live);
  const out: CourseExport = {
    course: { id: 'c1', name: 'Cursus maart', scenarioId: 'mini' },
    teams: [
      { position: 1, name: 'Rood', kind: 'facilitated', sessionId: 's1', session: red },
      {
        position: 2,
        name: 'Paars',
        kind: 'facilitated',
        sessionId: 's2',
        session: { ...purple, prefix: { ...late.session.prefix, copied: 3 } },
      },
    ],
  };

  it('shows each team’s ending and decisions, the copied start marked, with the key sent in the header', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        calls = [{ url, body: null, auth: (init.headers as Record<string, string>).authorization ?? null }];
        return Response.json(out);
      }),
    );
    render(<CompareScreen courseId="c1" courseKey={'k'.repeat(20)} loadScenario={async () => s} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Cursus maart — teams vergeleken' })).toBeInTheDocument();
    expect(calls[0]).toEqual({ url: '/api/courses/c1/export', body: null, auth: `Bearer ${'k'.repeat(20)}` });
    const redCol = screen.getByRole('region', { name: 'Rood' });
    expect(
      within(redCol)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['WaarschuwingPatchen', 'AanvalMonitoren']);
    expect(within(redCol).getByText('Goed')).toBeInTheDocument();
    const purpleCol = screen.getByRole('region', { name: 'Paars' });
    expect(
      within(purpleCol)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['WaarschuwingPatchenovergenomen van het referentieteam', 'AanvalAlles afsluiten']);
    expect(screen.getByRole('link', { name: 'Alle teams downloaden (JSON)' })).toHaveAttribute('download', 'draaiboek-course-c1.json');
    expect(screen.getByRole('link', { name: 'Terug naar het dashboard' })).toHaveAttribute('href', `/c/c1#k=${'k'.repeat(20)}`);
    // The full comparison: Rood and Paars chose alike until the second decision, where they split.
    const splits = screen.getByRole('region', { name: 'Waar de keuzes splitsten' });
    expect(within(splits).getAllByRole('listitem')).toHaveLength(1);
    expect(splits).toHaveTextContent(/Rood/);
    expect(splits).toHaveTextContent(/Paars/);
    const report = screen.getByRole('region', { name: 'Evaluatieverslag en verbeterplan van de cursus' });
    expect(within(report).getByRole('link', { name: 'Evaluatieverslag (Markdown)' })).toHaveAttribute(
      'download',
      'draaiboek-course-c1-aar.md',
    );
    expect(within(report).getByRole('link', { name: /Evaluatieverslag openen/ })).toHaveAttribute(
      'href',
      `/c/c1/report#k=${'k'.repeat(20)}`,
    );
    await expectNoAxeViolations();
  });

  it('shows the course’s after-action report on its own page, every team in it, its overview kept in this browser', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json(out)),
    );
    useReportDetailsStore.setState({ bySave: {} });
    render(<CourseReportScreen courseId="c1" courseKey={'k'.repeat(20)} loadScenario={async () => s} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Cursus maart' })).toHaveFocus();
    expect(screen.getByText('Evaluatieverslag en verbeterplan — cursus')).toBeInTheDocument();
    const objectives = screen.getByRole('region', { name: 'Analyse per leerdoel' });
    expect(objectives).toHaveTextContent(/Rood/);
    expect(objectives).toHaveTextContent(/Paars/);
    await userEvent.type(screen.getByLabelText('Naam van de oefening'), ' 2026');
    expect(screen.getByRole('heading', { level: 1, name: 'Cursus maart 2026' })).toBeInTheDocument();
    expect(useReportDetailsStore.getState().bySave['course:c1']?.name).toBe('Cursus maart 2026');
    expect(screen.getByRole('button', { name: 'Afdrukken of als pdf bewaren' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Exporteren als Markdown' })).toHaveAttribute('download', 'draaiboek-course-c1-aar.md');
    expect(screen.getByRole('link', { name: 'Terug naar de vergelijking' })).toHaveAttribute('href', `/c/c1/compare#k=${'k'.repeat(20)}`);
    await expectNoAxeViolations();
  });

  it('says so when the key is missing', () => {
    render(<CompareScreen courseId="c1" courseKey={null} loadScenario={async () => s} />);
    expect(screen.getByRole('alert')).toHaveTextContent('no key in the link');
  });
});
