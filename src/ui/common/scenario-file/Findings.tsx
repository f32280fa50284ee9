// The checker's findings for a refused scenario file, as the start screen and the new-session screen show them:
// each with its line and field, and the message in the reader's language. The Dutch words come in as `texts`, so a
// screen can load them only when there is something to show.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../engine/play/schema';
import './findings.css';

export type FindingTexts = typeof import('./findingText');
export type ShownFinding = { path: string; line: number | null; message: string };

export function Findings({ findings, texts, lang }: { findings: ShownFinding[]; texts: FindingTexts; lang: Language }) {
  const { t } = useTranslation('start');
  return (
    <ul className="findings">
      {findings.map((f) => (
        <li key={`${f.path}|${f.line}|${f.message}`}>
          {f.line !== null && <span className="finding-line">{t('own.line', { line: f.line })}</span>}
          {f.path && <span className="finding-field">{t('own.field', { field: texts.fieldPath(f.path) })}</span>}
          <span className="finding-message">{texts.findingText(f.message, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
