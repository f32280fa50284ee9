// The exercise documents a facilitator hands out, generated from the scenario being played (so they never drift
// from it): the situation manual for participants and the facilitator guide, as print-ready HTML.
import { useTranslation } from 'react-i18next';
import { facilitatorGuide, situationManual, toHtml } from '../../engine/docs/exercise-docs';
import type { Language, Scenario } from '../../engine/play/schema';
import { download } from './download';

export function ExerciseDocButtons({ scenario, lang }: { scenario: Scenario; lang: Language }) {
  const { t } = useTranslation('debrief', { lng: lang });
  return (
    <div className="debrief__actions">
      {(['manual', 'guide'] as const).map((kind) => (
        <button
          key={kind}
          type="button"
          className="button button-secondary"
          onClick={() => {
            const doc = kind === 'manual' ? situationManual(scenario, lang) : facilitatorGuide(scenario, lang);
            const name = kind === 'manual' ? 'situation-manual' : 'facilitator-guide';
            download(`${scenario.id}.${name}.${lang}.html`, toHtml(doc), 'text/html');
          }}
        >
          {t(`documents.${kind}`)}
        </button>
      ))}
    </div>
  );
}
