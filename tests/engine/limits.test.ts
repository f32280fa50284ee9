// Scenario files that would exhaust the reader (size, nesting, alias bombs, huge texts and numbers) or smuggle in
// something unsafe (script URLs) are refused with a message naming the line and field, never a crash.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MINUTES } from '../../src/engine/play/limits';
import { loadScenario } from '../../src/engine/play/load';

const mini = readFileSync(join(import.meta.dirname, '../fixtures/mini.yaml'), 'utf8');

function variant(find: string, replace: string): string {
  expect(mini.split(find)).toHaveLength(2);
  return mini.replace(find, replace);
}

const questionLine = '    - { nl: Wat zou jij doen?, en: What would you do? }';

describe('scenario file limits', () => {
  it('refuses a file over 2 MB before parsing it, saying how large it is', () => {
    const result = loadScenario(`${mini}\n# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([{ path: '', line: null, message: 'the file is 2.0 MB; a scenario file may be at most 2.0 MB' }]);
  });

  it('accepts a normal file that reuses one anchor 150 times', () => {
    const many = Array.from({ length: 150 }, () => '    - *q').join('\n');
    const result = loadScenario(variant(questionLine, `    - &q { nl: Wat zou jij doen?, en: What would you do? }\n${many}`));
    expect(result.findings).toEqual([]);
    expect(result.scenario?.debrief.questions).toHaveLength(151);
  });

  it('refuses an alias bomb at the alias that crosses the limit, with its line and field', () => {
    const levels = ['    - &a0 { nl: x, en: x }'];
    for (let i = 1; i < 8; i++) levels.push(`    - &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    const lines = variant(questionLine, levels.join('\n')).split('\n');
    const result = loadScenario(lines.join('\n'));
    expect(result.ok).toBe(false);
    expect(result.findings).toHaveLength(1);
    const finding = result.findings[0];
    expect(finding?.message).toMatch(/^too many YAML aliases: the alias \*a\d takes the file past 1,000/);
    expect(finding?.path).toMatch(/^\/debrief\/questions\/\d+/);
    expect(lines[(finding?.line ?? 0) - 1]).toContain('&a');
  });

  it('refuses nesting deeper than 64 levels with the field and line where it starts to be too deep', () => {
    const deep = `${'{ not: '.repeat(70)}{ flag: patched }${' }'.repeat(70)}`;
    const result = loadScenario(
      variant('      - id: breach\n        when: { not: { flag: patched } }', `      - id: breach\n        when: ${deep}`),
    );
    expect(result.ok).toBe(false);
    expect(result.findings[0]?.message).toBe('nested more than 64 levels deep; a scenario file may nest at most 64');
    expect(result.findings[0]?.path).toMatch(/^\/stages\/1\/onEnter\/0\/when(\/not)+$/);
    expect(result.findings[0]?.line).toBe(54);
  });

  it('turns a nesting so deep the parser gives up into a syntax error that says why', () => {
    const result = loadScenario(`id: x\nstages: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    expect(result.findings[0]).toMatchObject({
      line: 2,
      message: 'syntax error: nested too deeply to read; a scenario file may nest at most 64 levels',
    });
  });

  it('refuses a text over 8,000 characters at its field', () => {
    const result = loadScenario(variant('realStory: { nl: Echt gebeurd.,', `realStory: { nl: "${'a'.repeat(8001)}",`));
    expect(result.findings).toEqual([{ path: '/debrief/realStory/nl', line: 93, message: 'a text may hold at most 8,000 characters' }]);
  });

  it('refuses a cost the clock cannot show', () => {
    const result = loadScenario(variant('cost: 60', 'cost: 9000000000000000'));
    expect(result.findings).toEqual([
      {
        path: '/stages/0/decision/options/0/cost',
        line: 39,
        message: `cost may be at most ${MAX_MINUTES.toLocaleString('en')} minutes (ten years)`,
      },
    ]);
  });

  it('names NaN or Infinity in a route value as the cause, not the route list as a whole', () => {
    const nan = loadScenario(variant('op: ">=", value: 60 }', 'op: ">=", value: .nan }'));
    expect(nan.findings).toEqual([
      {
        path: '/stages/1/decision/options/0/next/0/when/value',
        line: 74,
        message: 'value is NaN (YAML .nan or .inf); it must be a finite number',
      },
    ]);
    const inf = loadScenario(variant('op: ">=", value: 60 }', 'op: ">=", value: .inf }'));
    expect(inf.findings[0]?.message).toBe('value is Infinity (YAML .nan or .inf); it must be a finite number');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)'])('refuses the source URL %s', (url) => {
    const result = loadScenario(variant('name: "Testbron" }', `name: "Testbron", url: "${url}" }`));
    expect(result.findings).toEqual([
      { path: '/debrief/sources/0/url', line: 97, message: 'a source URL must be a web address starting with http:// or https://' },
    ]);
  });

  it('accepts an https source URL', () => {
    expect(loadScenario(variant('name: "Testbron" }', 'name: "Testbron", url: "https://www.ncsc.nl/" }')).ok).toBe(true);
  });
});
