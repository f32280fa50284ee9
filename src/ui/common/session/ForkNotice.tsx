// On the screens of a what-if fork made for the room: where it plays on from and which option it takes instead.
import { useTranslation } from 'react-i18next';
import { optionOf, placeTitle } from '../../../engine/play/lookup';
import type { Language, Scenario } from '../../../engine/play/schema';
import type { Session } from '../../../engine/play/session';

export function ForkNotice({ scenario, session, lang }: { scenario: Scenario; session: Session; lang: Language }) {
  const { t } = useTranslation('facilitate');
  const parent = session.parent;
  if (!parent) return null;
  const decided = session.events[parent.copied];
  const stageId = decided && 'stageId' in decided ? decided.stageId : undefined;
  const option = stageId === undefined ? undefined : optionOf(scenario, stageId, parent.optionId);
  return (
    <p className="notice notice-info">
      {t('fork.notice', {
        stage: stageId === undefined ? '' : placeTitle(scenario, stageId)[lang],
        option: option?.label[lang] ?? parent.optionId,
      })}
    </p>
  );
}
