// Time travel: a slider (and the arrow, Home and End keys on it) steps through the session event by event and shows
// the play screen as it was then: clock, stage and situation, messages, metrics and votes. Only a view of the log.
// The viewer decides what shows: the facilitator and observers see the tally as it stood at every moment of a vote,
// a participant (and the room) only once it was revealed.
import { useMemo, useState } from 'react';
import { formatClock } from '../../engine/play/clock';
import type { Language, Scenario } from '../../engine/play/schema';
import type { Session } from '../../engine/play/session';
import { travel } from '../../engine/play/travel';
import type { Viewer } from '../../engine/play/view';
import type { Translate } from './format';

type Props = { scenario: Scenario; session: Session; lang: Language; t: Translate; viewer?: Viewer };

export function Replay({ scenario, session, lang, t, viewer = { kind: 'solo', role: session.role } }: Props) {
  const trip = useMemo(() => travel(scenario, session), [scenario, session]);
  const last = trip.moments.length - 1;
  const [step, setStep] = useState(last);
  const at = Math.min(step, last);
  const view = useMemo(() => trip.viewAt(at, viewer), [trip, at, viewer]);
  const moment = trip.moments[at];
  const eventText = moment?.type ? t(`replay.events.${moment.type}`, { defaultValue: moment.type }) : t('replay.start');
  const place = view.stage?.title[lang] ?? view.ending?.title[lang] ?? '';
  return (
    <div className="replay">
      <div className="replay__controls">
        <button type="button" className="button button-secondary" onClick={() => setStep(Math.max(0, at - 1))} disabled={at === 0}>
          {t('replay.previous')}
        </button>
        <label className="replay__slider">
          <span>{t('replay.slider')}</span>
          <input
            type="range"
            min={0}
            max={last}
            step={1}
            value={at}
            onChange={(e) => setStep(Number(e.target.value))}
            aria-valuetext={t('replay.valuetext', { step: at, count: last, event: eventText })}
          />
        </label>
        <button type="button" className="button button-secondary" onClick={() => setStep(Math.min(last, at + 1))} disabled={at === last}>
          {t('replay.next')}
        </button>
      </div>
      <section className="replay__screen" aria-live="polite" aria-label={t('replay.screen')}>
        <p className="replay__where">
          <span>{t('replay.step', { step: at, count: last })}</span> · <span>{eventText}</span> ·{' '}
          <time>{formatClock(scenario, view.clock, lang)}</time>
        </p>
        <h3>{place}</h3>
        {view.stage && <p className="situation">{view.stage.situation[lang]}</p>}
        {view.ending && <p>{view.ending.summary[lang]}</p>}
        {view.last && view.reviewing && (
          <p>
            <strong>{view.last.optionLabel[lang]}</strong>: {view.last.text[lang]}
          </p>
        )}
        <div className="replay__grid">
          <div>
            <h4>{t('replay.messages', { count: view.injects.length })}</h4>
            <ul className="replay__messages">
              {view.injects
                .filter((i) => i.fresh)
                .map((i) => (
                  <li key={i.id}>
                    {i.from[lang]}: {i.subject[lang]}
                  </li>
                ))}
            </ul>
          </div>
          <div>
            <h4>{t('replay.metrics')}</h4>
            <ul className="replay__metrics">
              {view.metrics.map((m) => (
                <li key={m.id}>
                  {m.label[lang]}: {m.value}
                </li>
              ))}
            </ul>
          </div>
          {view.tally && (
            <div>
              <h4>{t('replay.votes')}</h4>
              <p className="replay__tally">
                {t('replay.votesCast', { count: view.tally.total })}
                {!view.tally.revealed && ` · ${t('replay.notRevealed')}`}
              </p>
              <ul aria-label={t('replay.tally')}>
                {view.tally.options.map((o) => (
                  <li key={o.optionId}>
                    {view.options.find((x) => x.id === o.optionId)?.label[lang] ?? o.optionId}: {o.votes}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </section>
    </div>
  );
}
