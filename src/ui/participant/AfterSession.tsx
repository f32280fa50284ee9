// A participant's phone after the end: the objective the facilitator has put up in the hot wash, with a form to send a
// strength or an area for improvement and what the room has sent so far; then the feedback form.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../engine/play/schema';
import type { PlayView } from '../../engine/play/view';
import type { ProposedEvent } from '../../net/protocol';
import { FeedbackForm } from '../common/FeedbackForm';
import { HotwashFollow } from '../common/session/Hotwash';

export type AfterSessionProps = {
  view: PlayView;
  lang: Language;
  /** The participant's role name, suggested on the feedback form. */
  role: string;
  send: (e: ProposedEvent) => Promise<boolean>;
  problem: string | null;
};

export function AfterSession({ view, lang, role, send, problem }: AfterSessionProps) {
  const { t } = useTranslation('hotwash');
  return (
    <>
      <HotwashFollow view={view} lang={lang} send={send} />
      {problem && (
        <p className="notice notice-error" role="alert">
          {t('feedback.refused', { message: problem })}
        </p>
      )}
      <FeedbackForm previous={view.myFeedback} role={role} onSend={(answer) => send({ type: 'feedback.submit', ...answer })} />
    </>
  );
}
