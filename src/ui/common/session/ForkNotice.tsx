// On the screens of a what-if fork made for the room: where it plays on from and which option it takes instead.
import { useTranslation } from 'react-i18next';
import type { Language, Scenario } from '../../../engine/play/schema';
import type { Session } from '../../../engine/play/session';

export function ForkNotice({ scenario, session, lang }: { scenario: Scenario; session: Session; lang: Language }) {
  const { t } = useTranslation('facilitate');
  const parent = session.parent;
  if (!parent) return null;
  const decided = session.events[parent.copied];
  const stageId = decided && 'stageId' in decided ? decided.stageId : undefined;
  const stage = scenario.stages.find((s) => s.id === stageId);
  const option = stage?.decision.options.find((o) => o.id === parent.optionId);
  return (
    <p className="notice notice-info">
      {t('fork.notice', { stage: stage?.title[lang] ?? stageId ?? '', option: option?.label[lang] ?? parent.optionId })}
    </p>
  );
}
