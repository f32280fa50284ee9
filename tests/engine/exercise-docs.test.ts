// Exercise documents from every shipped scenario, in both languages: the manual has every phase and objective and
// gives nothing away; the guide has every stage, inject, option, consequence and ending; the CLI writes both formats.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facilitatorGuide, situationManual, toHtml, toMarkdown } from '../../src/engine/docs/exercise-docs';
import { languages } from '../../src/engine/play/schema';
import { loadFile } from './play';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

describe.each(files)('%s', (file) => {
  const s = loadFile(join('scenarios', file));
  describe.each(languages)('in %s', (lang) => {
    const manual = toMarkdown(situationManual(s, lang));
    const guide = toMarkdown(facilitatorGuide(s, lang));
    const entries = manual.split('\n').flatMap((line) =>
      line
        .replace(/^[#\-\s_]+/, '')
        .split(' — ')
        .map((x) => x.trim()),
    );

    it('the situation manual holds every phase, stage situation and objective', () => {
      for (const st of s.stages) expect(manual).toContain(st.phase?.[lang] ?? st.title[lang]);
      for (const o of s.objectives) expect(manual).toContain(o.text[lang]);
      for (const r of s.roles) expect(manual).toContain(r.name[lang]);
    });

    it('the situation manual gives away no option, consequence or ending', () => {
      for (const st of s.stages)
        for (const o of st.decision.options) {
          expect(manual, `option "${o.id}"`).not.toContain(o.label[lang]);
          expect(manual, `consequence of "${o.id}"`).not.toContain(o.consequence[lang]);
        }
      for (const st of [...s.stages, ...s.endings]) for (const c of st.onEnter ?? []) expect(manual).not.toContain(c.text[lang]);
      for (const e of s.endings) {
        // A stage may share words with an ending ("Only the doormat?" / "Only the doormat"): compare whole entries, and
        // an ending titled like a stage (participant material in play too) is the stage's title here.
        if (!s.stages.some((st) => st.title[lang] === e.title[lang])) expect(entries, `ending "${e.id}"`).not.toContain(e.title[lang]);
        expect(manual).not.toContain(e.summary[lang].split('\n')[0]);
      }
    });

    it('the facilitator guide holds every stage, inject, option, consequence, ending and historical note', () => {
      for (const st of s.stages) {
        expect(guide).toContain(st.title[lang]);
        for (const i of st.injects ?? []) expect(guide).toContain(i.subject[lang]);
        for (const o of st.decision.options) expect(guide).toContain(o.consequence[lang]);
      }
      for (const e of s.endings) expect(guide).toContain(e.title[lang]);
      for (const n of s.debrief.historical) expect(guide).toContain(n.text[lang].split('\n')[0]);
    });

    it('renders as a printable HTML page in the right language, with text escaped', () => {
      const html = toHtml(situationManual(s, lang));
      expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
      expect(html).toContain('@page { size: A4');
      expect(html).not.toMatch(/<(?!\/?(html|head|meta|title|style|body|header|main|section|h1|h2|h3|p|ul|li)\b)[a-z]/i);
    });
  });
});

describe('npm run scenario:docs', () => {
  it('writes the manual and the guide as HTML and Markdown', () => {
    const out = mkdtempSync(join(tmpdir(), 'docs-'));
    const root = resolve(import.meta.dirname, '../..');
    const run = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      ['scripts/scenario-docs.ts', 'tests/fixtures/mini.yaml', '--lang', 'en', '--out', out],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'mini.facilitator-guide.en.html',
      'mini.facilitator-guide.en.md',
      'mini.situation-manual.en.html',
      'mini.situation-manual.en.md',
    ]);
    expect(readFileSync(join(out, 'mini.situation-manual.en.md'), 'utf8')).toContain('# Small exercise');
  }, 180_000);
});
