// The debrief screen: ending, timeline, history with sources, questions, chart, exports and accessibility, in both languages.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatClock } from '../../../src/engine/play/clock';
import { parseSave } from '../../../src/engine/play/save';
import type { Language } from '../../../src/engine/play/schema';
import { replay, type Session } from '../../../src/engine/play/session';
import { DebriefScreen } from '../../../src/ui/debrief/DebriefScreen';
import { quoted } from '../../../src/ui/debrief/format';
import { choose, initI18n, play, scenario } from './setup';

const s = scenario();
/** Time runs out at the warning (leaving the historical route), then a choice is undone and another made. */
const session = play(s, [{ type: 'decision.timeout' }, choose('ignore'), { type: 'session.undo' }, choose('cut')]);

function show(lang: Language = 'en', sess: Session = session) {
  const handlers = { onHome: vi.fn(), onPlayAgain: vi.fn() };
  // The app shell supplies the <main> landmark around every screen.
  render(
    <main>
      <DebriefScreen scenario={s} session={sess} lang={lang} {...handlers} />
    </main>,
  );
  return handlers;
}

/** Captures what the page hands to URL.createObjectURL (jsdom has none). */
let blobs: Blob[] = [];
let files: string[] = [];
beforeAll(initI18n);
beforeEach(() => {
  blobs = [];
  files = [];
  // jsdom cannot follow a download link; record the file name it would save instead.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push(this.download);
  });
  URL.createObjectURL = vi.fn((b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return 'blob:debrief';
  });
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

describe('the debrief in English', () => {
  it('is titled with the scenario and shows the ending with its outcome class in words', () => {
    show('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Debrief — Small exercise' })).toBeInTheDocument();
    const outcome = screen.getByRole('region', { name: 'Outcome' });
    expect(within(outcome).getByText('Mixed outcome')).toBeInTheDocument();
    expect(within(outcome).getByText('Half well.')).toBeInTheDocument();
    expect(within(outcome).getByText('After a week')).toBeInTheDocument();
    expect(within(outcome).getByText('A week later everything runs again.')).toBeInTheDocument();
  });

  it('lists every decision and consequence with its clock time, the undone choice marked', () => {
    show('en');
    const list = screen.getByRole('list', { name: 'Timeline' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(items).toHaveLength(4);
    expect(within(items[0] as HTMLElement).getByRole('heading', { name: `${formatClock(s, 0, 'en')} Warning` })).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('Time ran out: Wait and see');
    expect(items[1]).toHaveTextContent(formatClock(s, 120, 'en'));
    expect(items[1]).toHaveTextContent('Because you did not patch, the attacker got in.');
    expect(items[1]).toHaveTextContent('Data protection ▼ −30 (worse, now 40)');
    expect(within(items[2] as HTMLElement).getByText('Ignore').tagName).toBe('DEL');
    expect(items[2]).toHaveTextContent('Undone');
    expect(items[3]).toHaveTextContent('Your choice: Cut everything');
  });

  it('says what the real organisation did, with the source, and where the route left it', () => {
    show('en');
    const list = screen.getByRole('list', { name: 'Timeline' });
    const first = within(list).getAllByRole('listitem')[0] as HTMLElement;
    expect(within(first).getByText('Here you left the historical route')).toBeInTheDocument();
    expect(within(first).getByText('The real organisation chose: Patch')).toBeInTheDocument();
    expect(within(first).getByText('They patched.')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Testbron' })).toHaveAttribute('href', 'https://example.org/bron');
    expect(screen.getAllByText('What would apply today (not historical fact)').length).toBeGreaterThan(0);
  });

  it('shows an option that is only the closest to what is known as such, with the reason, on screen and in Markdown', async () => {
    const reason = { nl: 'De bronnen zeggen niet wanneer zij patchten.', en: 'The sources do not say when they patched.' };
    const inferred = {
      ...s,
      debrief: { ...s.debrief, historical: s.debrief.historical.map((n) => (n.option === 'patch' ? { ...n, inferred: reason } : n)) },
    };
    render(
      <main>
        <DebriefScreen scenario={inferred} session={session} lang="en" onHome={vi.fn()} onPlayAgain={vi.fn()} />
      </main>,
    );
    const first = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem')[0] as HTMLElement;
    expect(within(first).getByText('Closest to what is known: Patch')).toBeInTheDocument();
    expect(within(first).queryByText('The real organisation chose: Patch')).not.toBeInTheDocument();
    expect(within(first).getByText(/Why an inference: The sources do not say when they patched\./)).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('button', { name: 'Export Markdown' })[0] as HTMLElement);
    const text = await (blobs[0] as Blob).text();
    expect(text).toContain('Patch (≈ closest to what is known)');
    expect(text).toContain('_Inference, not established fact. Why an inference: The sources do not say when they patched._');
    expect(text).toContain('[Testbron](https://example.org/bron)');
  });

  it('links a source only when its address is a web address', () => {
    const unsafe = { ...s, debrief: { ...s.debrief, sources: s.debrief.sources.map((x) => ({ ...x, url: 'javascript:alert(1)' })) } };
    render(
      <main>
        <DebriefScreen scenario={unsafe} session={session} lang="en" onHome={vi.fn()} onPlayAgain={vi.fn()} />
      </main>,
    );
    expect(screen.queryByRole('link', { name: 'Testbron' })).not.toBeInTheDocument();
    expect(screen.getAllByText(/Testbron/).length).toBeGreaterThan(0);
  });

  it('folds the notes on what really happened, so the timeline scans quickly, and opens them on request', async () => {
    show('en');
    const list = screen.getByRole('list', { name: 'Timeline' });
    const first = within(list).getAllByRole('listitem')[0] as HTMLElement;
    const notes = within(first).getByText('They patched.').closest('details') as HTMLDetailsElement;
    expect(notes.open).toBe(false);
    // Whether the player matched the real organisation stays in view.
    expect(within(first).getByText('The real organisation chose: Patch').closest('details')).toBeNull();
    await userEvent.click(within(first).getByText('What really happened'));
    expect(notes.open).toBe(true);
  });

  it('quotes the stage a delayed consequence goes back to once, even when its title is itself a quotation', () => {
    expect(quoted('Warning', 'en')).toBe('“Warning”');
    expect(quoted('Waarschuwing', 'nl')).toBe('„Waarschuwing”');
    expect(quoted('"Your patients are in the sample"', 'en')).toBe('"Your patients are in the sample"');
  });

  it('links from a table of contents to every section, right after the outcome', () => {
    show('en');
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Timeline',
      'Scores over time',
      'Map of the scenario',
      'Learning objectives',
      'Replay',
      'What really happened',
      'Discussion questions',
      'Improvement plan',
    ]);
    for (const link of links) {
      const target = document.querySelector(link.getAttribute('href') ?? '#none');
      expect(target?.textContent).toBe(link.textContent);
    }
    const timeline = screen.getByRole('heading', { level: 2, name: 'Timeline' });
    expect(nav.compareDocumentPosition(timeline) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('offers the report actions before the timeline and again at the end', () => {
    show('en');
    const timeline = screen.getByRole('heading', { level: 2, name: 'Timeline' });
    for (const name of ['Export Markdown', 'Export session (JSON)', 'Print / PDF', 'Play again', 'Back to start']) {
      const [top, end] = screen.getAllByRole('button', { name });
      expect(top && top.compareDocumentPosition(timeline) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(within(screen.getByRole('region', { name: 'Report and next steps' })).getByRole('button', { name })).toBe(end);
    }
  });

  it('rates the learning objectives and lists the discussion questions', () => {
    show('en');
    expect(
      within(screen.getByRole('region', { name: 'Learning objectives' })).getByText('Performed with some challenges'),
    ).toBeInTheDocument();
    const questions = within(screen.getByRole('region', { name: 'Discussion questions' })).getAllByRole('listitem');
    expect(questions.map((q) => q.textContent)).toEqual(['What would you do?']);
  });

  it('has a chart with an accessible name and a table of the figures', async () => {
    show('en');
    expect(screen.getByRole('img', { name: /^Scores over time: 2 scores from 20:00 to 22:00/ })).toBeInTheDocument();
    await userEvent.click(screen.getByText('Show the figures as a table'));
    const table = screen.getByRole('table', { name: 'Scores over time' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 4);
  });

  it('exports a Markdown report with the ending, the timeline, the questions and the filled-in plan', async () => {
    show('en');
    await userEvent.type(screen.getByLabelText('What went well'), 'Quick escalation to the crisis team');
    await userEvent.click(screen.getAllByRole('button', { name: 'Export Markdown' })[0] as HTMLElement);
    const text = await (blobs[0] as Blob).text();
    expect(text).toContain('# Debrief — Small exercise');
    expect(text).toContain('**Mixed** — ◐ Mixed outcome');
    expect(text).toContain(`1. **${formatClock(s, 0, 'en')} — Warning** — Time ran out: Wait and see`);
    expect(text).toContain('~~');
    expect(text).toContain('1. What would you do?');
    expect(text).toContain('### What went well\n\nQuick escalation to the crisis team');
    expect(files).toEqual(['mini-2024-03-05.md']);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('mini-2024-03-05.md has been downloaded.');
  });

  it('exports the session as JSON that loads again and replays to the same ending', async () => {
    show('en');
    // The buttons at the end of the report; the message about the download appears beside them.
    const end = screen.getByRole('region', { name: 'Report and next steps' });
    await userEvent.click(within(end).getByRole('button', { name: 'Export session (JSON)' }));
    expect(within(end).getByRole('status')).toHaveTextContent('mini-2024-03-05.json has been downloaded.');
    expect(files).toEqual(['mini-2024-03-05.json']);
    const loaded = parseSave(await (blobs[0] as Blob).text());
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.session).toEqual(session);
    const again = replay(s, loaded.session);
    expect(again.ok && again.game.place).toBe('mixed');
  });

  it('prints, plays again and goes back to the start from its buttons', async () => {
    const print = vi.fn();
    window.print = print;
    const { onHome, onPlayAgain } = show('en');
    for (const name of ['Print / PDF', 'Play again', 'Back to start'])
      for (const button of screen.getAllByRole('button', { name })) await userEvent.click(button);
    expect([print.mock.calls.length, onPlayAgain.mock.calls.length, onHome.mock.calls.length]).toEqual([2, 2, 2]);
  });
});

describe('the debrief in Dutch', () => {
  it('shows the ending, the timeline and the questions in Dutch', () => {
    show('nl');
    expect(screen.getByRole('heading', { level: 1, name: 'Nabespreking — Kleine oefening' })).toBeInTheDocument();
    expect(screen.getByText('Gemengde afloop')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: `${formatClock(s, 0, 'nl')} Waarschuwing` })).toBeInTheDocument();
    expect(screen.getByText('Hier verliet je de historische route')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Vragen voor de nabespreking' })).toHaveTextContent('Wat zou jij doen?');
  });

  it('exports the Markdown report in Dutch', async () => {
    show('nl');
    await userEvent.click(screen.getAllByRole('button', { name: 'Exporteer Markdown' })[0] as HTMLElement);
    const text = await (blobs[0] as Blob).text();
    expect(text).toContain('# Nabespreking — Kleine oefening');
    expect(text).toContain('## Vragen voor de nabespreking');
    expect(text).not.toContain('## Verbeterplan');
  });
});

describe('the debrief of the historical route', () => {
  it('ends well and does not mark a divergence', () => {
    show('en', play(s, [choose('patch'), choose('cut')]));
    expect(screen.getByText('Good outcome')).toBeInTheDocument();
    expect(screen.queryByText('Here you left the historical route')).not.toBeInTheDocument();
    expect(screen.getByText('The real organisation chose this too.')).toBeInTheDocument();
  });
});

describe('accessibility', () => {
  it.each(['nl', 'en'] as const)('has no axe violations (%s)', async (lang) => {
    const { container } = render(<DebriefScreen scenario={s} session={session} lang={lang} onHome={() => {}} onPlayAgain={() => {}} />);
    // jsdom has no layout or computed colours, so contrast is checked in the browser tests instead.
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });

  it('moves focus to the debrief heading when it opens', () => {
    show('en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});
