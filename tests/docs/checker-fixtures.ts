// One scenario fixture per checker message: the example scenario of the authoring guide changed just enough that the
// checker says that message. message-fixtures.test.ts proves each one does, so every message in the guide is reachable.
import { resolve } from 'node:path';
import { analyse } from '../../src/engine/analyse/analyse';
import { checkScenarioText } from '../../src/engine/analyse/check';
import { checkUpload } from '../../src/engine/analyse/check-upload';
import { loadFile } from '../engine/play';
import { exampleText } from '../fixtures/hostile';

// biome-ignore lint/suspicious/noExplicitAny: fixtures edit free-form scenario data
type J = Record<string, any>;
const base = () => JSON.parse(JSON.stringify((checkUpload(exampleText) as { scenario: unknown }).scenario)) as J;
const stage = (s: J, i: number) => s.stages[i];
const option = (s: J, si: number, oi: number) => s.stages[si].decision.options[oi];

/** Every message the checker gives for the example changed by `change`. */
function after(change: (s: J) => void): string[] {
  const s = base();
  change(s);
  const r = checkScenarioText(JSON.stringify(s));
  return [...r.errors, ...r.warnings].map((f) => f.message);
}
const text = (t: string) => () => {
  const r = checkUpload(t);
  return r.ok ? r.warnings.map((w) => w.message) : r.errors.map((e) => e.message);
};

export const fixtures: Record<string, () => string[]> = {
  'syntax error: …': text('id: [unclosed'),
  'expected an id (text)': () =>
    after((s) => {
      s.initialStage = 5;
    }),
  'an id starts with a letter and holds only letters, digits, "-" and "_"': () =>
    after((s) => {
      s.initialStage = 'not an id';
    }),
  'Dutch text (nl) is missing': () =>
    after((s) => {
      delete s.title.nl;
    }),
  'English text (en) is missing': () =>
    after((s) => {
      delete s.title.en;
    }),
  'Dutch text (nl) is empty': () =>
    after((s) => {
      s.title.nl = ' ';
    }),
  'English text (en) is empty': () =>
    after((s) => {
      s.title.en = '';
    }),
  'expected a text with "nl" and "en"': () =>
    after((s) => {
      s.title = 'plain';
    }),
  'expected a date-time with offset, e.g. 2020-01-14T21:40:00+01:00': () =>
    after((s) => {
      s.start = '2025-03-04 22:00';
    }),
  'expected a date like 2020-01-14': () =>
    after((s) => {
      s.incident.date = '4 March 2025';
    }),
  'op must be one of …': () =>
    after((s) => {
      option(s, 1, 2).when = { metric: 'data', op: '=>', value: 1 };
    }),
  'value must be a number': () =>
    after((s) => {
      option(s, 1, 2).when = { metric: 'data', op: '>', value: 'seventy' };
    }),
  'expected a condition object (flag, all, any, not, metric, clockAtLeast or clockBefore)': () =>
    after((s) => {
      option(s, 1, 2).when = 'account_blocked';
    }),
  'a condition needs exactly one of … (found …)': () =>
    after((s) => {
      option(s, 1, 2).when = { flag: 'account_blocked', clockAtLeast: 1 };
    }),
  'a metric condition needs "op" and "value"': () =>
    after((s) => {
      option(s, 1, 2).when = { metric: 'data' };
    }),
  '"op" and "value" belong only in a metric condition': () =>
    after((s) => {
      option(s, 1, 2).when = { flag: 'account_blocked', op: '>', value: 1 };
    }),
  'an "all" needs at least one condition': () =>
    after((s) => {
      option(s, 1, 2).when = { all: [] };
    }),
  'an "any" needs at least one condition': () =>
    after((s) => {
      option(s, 1, 2).when = { any: [] };
    }),
  'an effect is a number (the change to the metric)': () =>
    after((s) => {
      option(s, 0, 0).effects.care = 'down';
    }),
  'effects are whole numbers': () =>
    after((s) => {
      option(s, 0, 0).effects.care = -4.5;
    }),
  'next is a stage or ending id, or a list of { when, to } routes': () =>
    after((s) => {
      option(s, 0, 0).next = 7;
    }),
  'a route list needs at least one route': () =>
    after((s) => {
      option(s, 0, 0).next = [];
    }),
  'a decision needs at least one option': () =>
    after((s) => {
      stage(s, 0).decision.options = [];
    }),
  'kind must be one of …': () =>
    after((s) => {
      stage(s, 0).injects[0].kind = 'fax';
    }),
  'release must be "auto" or "facilitator"': () =>
    after((s) => {
      stage(s, 0).injects[0].release = 'manual';
    }),
  'outcome must be good, mixed or bad': () =>
    after((s) => {
      s.endings[0].outcome = 'great';
    }),
  'good must be "higher" or "lower"': () =>
    after((s) => {
      s.metrics[0].good = 'up';
    }),
  'a metric needs min < max and a start value within [min, max]': () =>
    after((s) => {
      s.metrics[0].start = 120;
    }),
  'name at least one source': () =>
    after((s) => {
      s.debrief.historical[0].sources = [];
    }),
  'a source URL must be a web address starting with http:// or https://': () =>
    after((s) => {
      s.debrief.sources[0].url = 'ftp://example.org/';
    }),
  'flag "…" is both set and cleared here; keep one of the two': () =>
    after((s) => {
      option(s, 0, 0).clear = ['account_blocked'];
    }),
  '… is a whole number of minutes': () =>
    after((s) => {
      option(s, 0, 0).cost = 2.5;
    }),
  '… may be at most … minutes (ten years)': () =>
    after((s) => {
      stage(s, 0).decision.timeLimit = 10 * 366 * 24 * 60;
    }),
  '… is a whole number': () =>
    after((s) => {
      option(s, 0, 0).effects.care = -4.5;
    }),
  '… may be at least …': () =>
    after((s) => {
      option(s, 0, 0).effects.care = -2_000_000;
    }),
  '… may be at most …': () =>
    after((s) => {
      s.metrics[0].max = 2_000_000;
    }),
  'unknown flag "…" (declare it under flags)': () =>
    after((s) => {
      option(s, 0, 0).set = ['ghost'];
    }),
  'unknown metric "…"': () =>
    after((s) => {
      option(s, 2, 0).next[0].when.metric = 'ghost';
    }),
  'unknown metric "…" in effects': () =>
    after((s) => {
      option(s, 0, 0).effects = { ghost: 1 };
    }),
  'unknown stage "…"': () =>
    after((s) => {
      s.initialStage = 'ghost';
    }),
  'unknown stage or ending "…"': () =>
    after((s) => {
      option(s, 0, 0).next = 'ghost';
    }),
  'unknown sender or role "…"': () =>
    after((s) => {
      stage(s, 0).injects[0].from = 'ghost';
    }),
  'unknown role "…"': () =>
    after((s) => {
      stage(s, 0).injects[1].to = 'soc';
    }),
  'unknown objective "…"': () =>
    after((s) => {
      option(s, 0, 0).objectives = ['ghost'];
    }),
  'unknown option "…" in stage "…"': () =>
    after((s) => {
      s.debrief.historical[0].option = 'ghost';
    }),
  'unknown source "…"': () =>
    after((s) => {
      s.debrief.historical[0].sources = ['ghost'];
    }),
  'duplicate … id "…"': () =>
    after((s) => {
      s.roles[1].id = 'ciso';
    }),
  'stage time lies before the scenario start': () =>
    after((s) => {
      stage(s, 0).at = '2025-03-04T21:00:00+01:00';
    }),
  'a decision has at most one noDecision option': () =>
    after((s) => {
      option(s, 0, 1).noDecision = true;
    }),
  'a timed decision needs a noDecision option (taken when the time runs out)': () =>
    after((s) => {
      delete option(s, 0, 2).noDecision;
    }),
  'the noDecision option must always be available': () =>
    after((s) => {
      option(s, 0, 2).when = { flag: 'account_blocked' };
    }),
  'the last route must have no condition (it is the fallback)': () =>
    after((s) => {
      option(s, 2, 0).next[1].when = { flag: 'account_blocked' };
    }),
  'only the last route may go without a condition': () =>
    after((s) => {
      option(s, 2, 0).next = [{ to: 'reported' }, { to: 'contained' }];
    }),
  'stage "…" can never be reached': () =>
    after((s) => {
      for (const o of stage(s, 0).decision.options) o.next = 'morning';
    }),
  'ending "…" can never be reached: …': () =>
    after((s) => {
      for (const o of stage(s, 2).decision.options) o.next = 'reported';
    }),
  'dead end: no option is available in stage "…" … (flags: …)': () =>
    after((s) => {
      for (const o of stage(s, 1).decision.options) o.when = { flag: 'supplier_called' };
    }),
  'endless loop: stages "…" can be entered … but never reach an ending': () =>
    after((s) => {
      for (const o of stage(s, 2).decision.options) o.next = 'alert';
      option(s, 1, 2).next = 'morning';
    }),
  'flag "…" is set but no condition reads it': () =>
    after((s) => {
      s.flags.push({ id: 'extra' });
      option(s, 0, 0).set.push('extra');
    }),
  'flag "…" is read but nothing sets it': () =>
    after((s) => {
      s.flags.push({ id: 'extra' });
      option(s, 1, 0).when = { not: { flag: 'extra' } };
    }),
  'flag "…" is declared but never used': () =>
    after((s) => {
      s.flags.push({ id: 'extra' });
    }),
  'every option of stage "…" leads to the same place': () =>
    after((s) => {
      option(s, 0, 2).next = 'supplier';
    }),
  'options … of stage "…" differ only in what happens now (same next place, same flags, no metric a condition reads)': () =>
    after((s) => {
      option(s, 2, 1).next = [{ to: 'contained' }];
      option(s, 2, 1).effects = { care: 3 };
      option(s, 2, 0).next = [{ to: 'contained' }];
      option(s, 2, 0).effects = { care: 1 };
    }),
  'flag "…" only decides whether an inject shows; no option, route or consequence reads it': () =>
    after((s) => {
      s.flags.push({ id: 'told_ward' });
      option(s, 0, 1).set.push('told_ward');
      stage(s, 1).injects[0].when = { flag: 'told_ward' };
    }),
  'analysis incomplete: stopped after … situations; unreachable stages and endings, dead ends, endless loops, path lengths and best/worst endings are not reported':
    () =>
      analyse(loadFile(resolve(import.meta.dirname, '../engine/fixtures/clockwork.yaml')), { maxStates: 3 }).findings.map((f) => f.message),
  'analysis incomplete: the longest-path search hit its limit, so the longest path is not reported': () =>
    analyse(loadFile(resolve(import.meta.dirname, '../engine/fixtures/clockwork.yaml')), { longestBudget: 1 }).findings.map(
      (f) => f.message,
    ),
  'analysis incomplete: the best/worst ending search hit its limit, so they are not reported': () =>
    analyse(loadFile(resolve(import.meta.dirname, '../engine/fixtures/clockwork.yaml')), { maxFullStates: 2 }).findings.map(
      (f) => f.message,
    ),
  'the file is …; a scenario file may be at most …': text('x'.repeat(2 * 1024 * 1024 + 1)),
  'nested more than … levels deep; a scenario file may nest at most …': text(`${'['.repeat(200)}${']'.repeat(200)}`),
  'too many YAML aliases: the alias *… takes the file past … (aliases are counted as they expand)': text(
    `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
  ),
  'the file could not be checked: …': text(`${'['.repeat(20000)}${']'.repeat(20000)}`),
};
