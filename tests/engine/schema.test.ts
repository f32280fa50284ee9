// Bad scenario input: every kind of mistake an author makes is reported with the place (JSON Pointer and line).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, pointer } from '../../src/engine/play/load';

const mini = readFileSync(join(import.meta.dirname, '../fixtures/mini.yaml'), 'utf8');

/** mini.yaml with one exact piece of text replaced (it must occur exactly once). */
function variant(find: string, replace: string): string {
  expect(mini.split(find)).toHaveLength(2);
  return mini.replace(find, replace);
}

describe('loadScenario: bad input names the place', () => {
  it('accepts the fixture as it is', () => {
    const result = loadScenario(mini);
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each([
    [
      'a YAML syntax error',
      'teaser: { nl: Een storing in de nacht., en: An outage at night. }',
      'teaser: nl: Een storing',
      '',
      5,
      /^syntax error: /,
    ],
    ['a missing field', 'version: 1\n', '', '/version', 2, /expected number, received undefined/],
    ['a wrong type', 'cost: 60', 'cost: sixty', '/stages/0/decision/options/0/cost', 39, /expected number, received string/],
    [
      'an empty Dutch text',
      'label: { nl: Patchen, en: Patch }',
      'label: { nl: "  ", en: Patch }',
      '/stages/0/decision/options/0/label/nl',
      36,
      /Dutch text \(nl\) is empty/,
    ],
    [
      'a source address that is not a web address',
      '{ id: s1, name: "Testbron" }',
      '{ id: s1, name: "Testbron", url: "javascript:alert(1)" }',
      '/debrief/sources/0/url',
      97,
      /web address starting with http:\/\/ or https:\/\//,
    ],
    [
      'an inferred note without its English reason',
      '{ stage: warning, option: patch, text: { nl: Ze patchten., en: They patched. }, sources: [s1] }',
      '{ stage: warning, option: patch, inferred: { nl: Niet bekend. }, text: { nl: Ze patchten., en: They patched. }, sources: [s1] }',
      '/debrief/historical/0/inferred/en',
      95,
      /English text \(en\) is missing/,
    ],
    [
      'a missing English text',
      'title: { nl: Aanval, en: Attack }',
      'title: { nl: Aanval }',
      '/stages/1/title/en',
      50,
      /English text \(en\) is missing/,
    ],
    [
      'a condition with two kinds',
      'when: { not: { flag: patched } }\n        effects',
      'when: { not: { flag: patched }, flag: cut }\n        effects',
      '/stages/1/onEnter/0/when',
      54,
      /exactly one of .* \(found flag, not\)/,
    ],
    [
      'a metric condition without op',
      '{ metric: data, op: ">=", value: 60 }',
      '{ metric: data, value: 60 }',
      '/stages/1/decision/options/0/next/0/when',
      74,
      /a metric condition needs "op" and "value"/,
    ],
    ['an unknown inject kind', 'kind: phone', 'kind: fax', '/stages/0/injects/0/kind', 29, /kind must be one of news, email/],
    ['a misspelt key', 'historical: true', 'historic: true', '/stages/0/decision/options/0', 35, /historic/],
    [
      'a start value outside its range',
      'start: 80, good: higher',
      'start: 180, good: higher',
      '/metrics/0',
      18,
      /start value within \[min, max\]/,
    ],
    [
      'an unknown stage in next',
      'next: attack\n          consequence: { nl: Gepatcht.',
      'next: atack\n          consequence: { nl: Gepatcht.',
      '/stages/0/decision/options/0/next',
      40,
      /unknown stage or ending "atack"/,
    ],
    ['an unknown flag', 'set: [patched]', 'set: [pached]', '/stages/0/decision/options/0/set/0', 38, /unknown flag "pached"/],
    [
      'an unknown metric in effects',
      'effects: { care: -5 }',
      'effects: { cares: -5 }',
      '/stages/0/decision/options/0/effects/cares',
      37,
      /unknown metric "cares" in effects/,
    ],
    ['an unknown role in an inject', 'to: comms', 'to: press', '/stages/0/injects/1/to', 30, /unknown role "press"/],
    ['a duplicate stage id', '  - id: attack\n', '  - id: warning\n', '/stages/1/id', 48, /duplicate stage or ending id "warning"/],
    [
      'a timed decision without a noDecision option',
      '          noDecision: true\n',
      '',
      '/stages/0/decision/timeLimit',
      33,
      /needs a noDecision option/,
    ],
    [
      'a route list ending in a condition',
      '- { to: mixed }',
      '- { when: { flag: cut }, to: mixed }',
      '/stages/1/decision/options/0/next/1/when',
      75,
      /last route must have no condition/,
    ],
    [
      'an unknown sender',
      'from: zcert, to: comms',
      'from: ncsc, to: comms',
      '/stages/0/injects/1/from',
      30,
      /unknown sender or role "ncsc"/,
    ],
    [
      'a stage before the scenario start',
      'at: "2020-01-14T22:00:00+01:00"',
      'at: "2020-01-14T19:00:00+01:00"',
      '/stages/1/at',
      49,
      /before the scenario start/,
    ],
  ])('%s', (_what, find, replace, path, line, message) => {
    const result = loadScenario(variant(find, replace));
    expect(result.ok).toBe(false);
    expect(result.findings).toContainEqual({ path, line, message: expect.stringMatching(message) });
  });

  it.each([
    ['a duplicate metric id', '{ id: data, label', '{ id: care, label', '/metrics/1/id', 19, /duplicate metric id "care"/],
    ['a duplicate role id', '{ id: comms, name', '{ id: ciso, name', '/roles/1/id', 14, /duplicate role id "ciso"/],
    [
      'a duplicate option id',
      '        - id: wait\n',
      '        - id: patch\n',
      '/stages/0/decision/options/1/id',
      43,
      /duplicate option id "patch"/,
    ],
    ['a duplicate inject id', '{ id: press, kind', '{ id: call, kind', '/stages/0/injects/1/id', 30, /duplicate inject id "call"/],
    ['an unknown start stage', 'initialStage: warning', 'initialStage: alarm', '/initialStage', 23, /unknown stage "alarm"/],
    [
      'an unknown objective',
      'historical: true',
      'historical: true\n          objectives: [win]',
      '/stages/0/decision/options/0/objectives/0',
      43,
      /unknown objective "win"/,
    ],
    [
      'a condition on the no-decision option',
      '          noDecision: true\n',
      '          noDecision: true\n          when: { flag: cut }\n',
      '/stages/0/decision/options/1/when',
      45,
      /must always be available/,
    ],
    [
      'two no-decision options',
      '          historical: true',
      '          historical: true\n          noDecision: true',
      '/stages/0/decision/options',
      35,
      /at most one noDecision/,
    ],
    [
      'a route without condition before the last',
      '- { when: { metric: data, op: ">=", value: 60 }, to: good }',
      '- { to: good }',
      '/stages/1/decision/options/0/next/0',
      74,
      /only the last route may go without a condition/,
    ],
    [
      'a route to an unknown ending',
      '- { to: mixed }',
      '- { to: muddled }',
      '/stages/1/decision/options/0/next/1/to',
      75,
      /unknown stage or ending "muddled"/,
    ],
    [
      'an unknown flag in a condition',
      'when: { flag: patched }',
      'when: { flag: patchd }',
      '/stages/1/decision/options/1/when/flag',
      79,
      /unknown flag "patchd"/,
    ],
    [
      'an unknown metric in a condition',
      '{ metric: data, op',
      '{ metric: date, op',
      '/stages/1/decision/options/0/next/0/when/metric',
      74,
      /unknown metric "date"/,
    ],
    [
      'an unknown flag in an onEnter',
      'effects: { data: -30 }',
      'effects: { data: -30 }\n        set: [breached]',
      '/stages/1/onEnter/0/set/0',
      56,
      /unknown flag "breached"/,
    ],
    [
      'a historical note for an unknown stage',
      '- { stage: warning, option: patch',
      '- { stage: warnin, option: patch',
      '/debrief/historical/0/stage',
      95,
      /unknown stage "warnin"/,
    ],
    [
      'a historical note for an unknown option',
      '- { stage: warning, option: patch',
      '- { stage: warning, option: patching',
      '/debrief/historical/0/option',
      95,
      /unknown option "patching" in stage "warning"/,
    ],
    [
      'a historical note citing an unknown source',
      'sources: [s1]',
      'sources: [s9]',
      '/debrief/historical/0/sources/0',
      95,
      /unknown source "s9"/,
    ],
  ])('reference check: %s', (_what, find, replace, path, line, message) => {
    const result = loadScenario(variant(find, replace));
    expect(result.ok).toBe(false);
    expect(result.findings).toContainEqual({ path, line, message: expect.stringMatching(message) });
  });

  it('reads JSON as well, with lines', () => {
    const json = JSON.stringify({ id: 'x', version: 'one' }, null, 2);
    const result = loadScenario(json);
    expect(result.findings).toContainEqual({ path: '/version', line: 3, message: expect.stringMatching(/expected number/) });
  });

  it('escapes "~" and "/" in JSON Pointers', () => {
    expect(pointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
  });
});

describe('an option may not set and clear the same flag', () => {
  it('refuses it at the clear entry: there is no order in which both could mean something', () => {
    const result = loadScenario(variant('          set: [patched]\n', '          set: [patched]\n          clear: [patched]\n'));
    expect(result.findings).toEqual([
      {
        path: '/stages/0/decision/options/0/clear/0',
        line: 39,
        message: 'flag "patched" is both set and cleared here; keep one of the two',
      },
    ]);
  });
});
