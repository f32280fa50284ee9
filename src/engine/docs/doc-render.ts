// An exercise document as a small model (sections of paragraphs, lists and subheadings) and its two renderings:
// Markdown for the repository and print-ready HTML (A4) for the room. Every text is escaped; no scenario text is markup.
import type { Language } from '../play/schema.ts';

export type Block = { kind: 'p'; text: string } | { kind: 'list'; items: string[] } | { kind: 'h3'; text: string };
export type DocSection = { heading: string; blocks: Block[] };
export type ExerciseDoc = { title: string; subtitle: string; lang: Language; sections: DocSection[] };

export function toMarkdown(doc: ExerciseDoc): string {
  const out = [`# ${doc.title}`, '', `_${doc.subtitle}_`, ''];
  for (const section of doc.sections) {
    out.push(`## ${section.heading}`, '');
    for (const b of section.blocks) {
      if (b.kind === 'p') out.push(b.text, '');
      else if (b.kind === 'h3') out.push(`### ${b.text}`, '');
      else out.push(...b.items.map((i) => `- ${i}`), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const html = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A standalone page with a print stylesheet (A4): open it in a browser and print, or make a PDF with Chromium. */
export function toHtml(doc: ExerciseDoc): string {
  const body = doc.sections
    .map((section) => {
      const blocks = section.blocks
        .map((b) =>
          b.kind === 'p'
            ? `<p>${html(b.text)}</p>`
            : b.kind === 'h3'
              ? `<h3>${html(b.text)}</h3>`
              : `<ul>${b.items.map((i) => `<li>${html(i)}</li>`).join('')}</ul>`,
        )
        .join('\n');
      return `<section>\n<h2>${html(section.heading)}</h2>\n${blocks}\n</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<title>${html(`${doc.title} — ${doc.subtitle}`)}</title>
<style>
@page { size: A4; margin: 18mm 16mm; }
body { font: 11pt/1.45 system-ui, sans-serif; color: #111; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 20pt; margin-bottom: 0; } .subtitle { margin-top: 0.25rem; color: #333; }
h2 { font-size: 14pt; border-bottom: 1px solid #999; padding-bottom: 2pt; margin-top: 1.5rem; break-after: avoid; }
h3 { font-size: 12pt; margin-bottom: 0.25rem; break-after: avoid; }
li { margin: 0.15rem 0; } section { break-inside: auto; }
@media print { body { margin: 0; max-width: none; } }
</style>
</head>
<body>
<header><h1>${html(doc.title)}</h1><p class="subtitle">${html(doc.subtitle)}</p></header>
<main>
${body}
</main>
</body>
</html>
`;
}
