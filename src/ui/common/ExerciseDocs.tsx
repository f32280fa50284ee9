// The exercise documents a facilitator hands out, generated from the scenario being played (so they never drift
// from it): the situation manual for participants and the facilitator guide, each as print-ready HTML and as Markdown.
// `kinds` limits which documents are offered: a participant gets the manual only (the guide gives the game away).
import { useTranslation } from 'react-i18next';
import { facilitatorGuide, situationManual, toHtml, toMarkdown } from '../../engine/docs/exercise-docs';
import type { Language, Scenario } from '../../engine/play/schema';
import { download } from './download';

export type ExerciseDocKind = 'manual' | 'guide';

const formats = [
  { format: 'html', render: toHtml, type: 'text/html' },
  { format: 'md', render: toMarkdown, type: 'text/markdown' },
] as const;

export function ExerciseDocButtons({
  scenario,
  lang,
  kinds = ['manual', 'guide'],
}: {
  scenario: Scenario;
  lang: Language;
  kinds?: readonly ExerciseDocKind[];
}) {
  const { t } = useTranslation('debrief', { lng: lang });
  return (
    <div className="debrief__actions">
      {kinds.flatMap((kind) =>
        formats.map(({ format, render, type }) => (
          <button
            key={`${kind}-${format}`}
            type="button"
            className="button button-secondary"
            onClick={() => {
              const doc = kind === 'manual' ? situationManual(scenario, lang) : facilitatorGuide(scenario, lang);
              const name = kind === 'manual' ? 'situation-manual' : 'facilitator-guide';
              download(`${scenario.id}.${name}.${lang}.${format}`, render(doc), type);
            }}
          >
            {t(`documents.${kind}.${format}`)}
          </button>
        )),
      )}
    </div>
  );
}
