// The facilitator's and observers' picture of a session, as read-only panels: the stage and its situation, the
// options with what each will do and what the real organisation did, facilitator injects still to come, the people
// in the room with their role and connection, the notes, and the consequence of the last decision. The console adds
// its controls beside these; the observer adds observations.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../engine/play/clock';
import { placeTitle } from '../../../engine/play/lookup';
import type { Language, Scenario } from '../../../engine/play/schema';
import type { MetricChange, NoteView, OptionView, PendingInjectView, PlayView } from '../../../engine/play/view';
import { InjectIcon } from '../InjectIcon';
import './session.css';

type Common = { scenario: Scenario; lang: Language };

export function changeLine(c: MetricChange, lang: Language): string {
  return `${c.label[lang]} ${c.delta > 0 ? `+${c.delta}` : `−${-c.delta}`}`;
}

export function StageSummary({ view, scenario, lang }: Common & { view: PlayView }) {
  const { t } = useTranslation('facilitate');
  if (view.ending)
    return (
      <section className="panel" aria-labelledby="stage-heading">
        <p className="eyebrow">{t('stage.ending')}</p>
        <h2 id="stage-heading">{view.ending.title[lang]}</h2>
        <p className="situation-text">{view.ending.summary[lang]}</p>
      </section>
    );
  if (!view.stage) return null;
  return (
    <section className="panel" aria-labelledby="stage-heading">
      <p className="eyebrow">
        {view.stage.phase ? `${view.stage.phase[lang]} · ` : ''}
        {formatClock(scenario, view.clock, lang)}
      </p>
      <h2 id="stage-heading">{view.stage.title[lang]}</h2>
      <p className="situation-text">{view.stage.situation[lang]}</p>
      <p className="prompt">{view.stage.prompt[lang]}</p>
    </section>
  );
}

export function LastConsequence({ view, lang }: Common & { view: PlayView }) {
  const { t } = useTranslation('facilitate');
  if (!view.reviewing || !view.last) return null;
  const last = view.last;
  return (
    <section className="panel panel-consequence" aria-labelledby="consequence-heading">
      <h2 id="consequence-heading">{t('consequence.heading')}</h2>
      <p>
        <strong>{last.kind === 'timeout' ? t('consequence.timeout') : t('consequence.chosen')}</strong> {last.optionLabel[lang]}
      </p>
      <p>{last.text[lang]}</p>
      {last.changes.length > 0 && <p className="muted">{last.changes.map((c) => changeLine(c, lang)).join(' · ')}</p>}
      {last.delayed.map((d) => (
        <p key={d.id}>{d.text[lang]}</p>
      ))}
    </section>
  );
}

/** The options with their previews; `action` puts a control (the console's lock button) beside each. */
export function OptionsOverview({ view, scenario, lang, action }: Common & { view: PlayView; action?: (o: OptionView) => ReactNode }) {
  const { t } = useTranslation('facilitate');
  if (!view.stage) return null;
  return (
    <section className="panel" aria-labelledby="options-heading">
      <h2 id="options-heading">{t('options.heading')}</h2>
      <ol className="overview-options">
        {view.options.map((o) => (
          <li key={o.id} className={o.available ? 'overview-option' : 'overview-option overview-option-off'}>
            <div className="overview-option-head">
              <span className="overview-option-label">{o.label[lang]}</span>
              {o.preview?.historical && <span className="badge badge-neutral">{t('options.historical')}</span>}
              {!o.available && <span className="badge badge-neutral">{t('options.unavailable')}</span>}
            </div>
            {o.preview && (
              <p className="muted small">
                {o.preview.effects.length ? o.preview.effects.map((c) => changeLine(c, lang)).join(' · ') : t('options.noEffect')}
                {' → '}
                {o.preview.next.map((id) => placeTitle(scenario, id)[lang]).join(' / ')}
              </p>
            )}
            {action?.(o)}
          </li>
        ))}
      </ol>
      {view.historical.length > 0 && (
        <div className="historical">
          <h3>{t('options.really')}</h3>
          {view.historical.map((h) => (
            <p key={h.text.en}>
              {h.today && <span className="badge badge-neutral">{t('options.today')}</span>} {h.text[lang]}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}

export function PendingInjects({
  pending,
  lang,
  action,
}: {
  pending: PendingInjectView[];
  lang: Language;
  action?: (p: PendingInjectView) => ReactNode;
}) {
  const { t } = useTranslation('facilitate');
  if (pending.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t('pending.heading')}</h2>
      <ul className="plain-list">
        {pending.map((p) => (
          <li key={p.id} className="pending-item">
            <span>
              <InjectIcon kind={p.kind} /> <strong>{p.subject[lang]}</strong> — {p.from[lang]}
              {' · '}
              {p.to ? t('pending.to', { role: p.to[lang] }) : t('pending.everyone')}
              {p.manual && <span className="badge badge-neutral">{t('pending.manual')}</span>}
            </span>
            {action?.(p)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ParticipantsPanel({ view, scenario, lang, online }: Common & { view: PlayView; online: ReadonlySet<string> }) {
  const { t } = useTranslation('facilitate');
  const role = (id: string) => scenario.roles.find((r) => r.id === id)?.name[lang] ?? id;
  const voted = new Map((view.tally?.votes ?? []).map((v) => [v.participantId, v]));
  const option = (id: string) => view.options.find((o) => o.id === id)?.label[lang] ?? id;
  return (
    <section className="panel" aria-labelledby="people-heading">
      <h2 id="people-heading">
        {t('people.heading')} <span className="muted">({view.participants.length})</span>
      </h2>
      {view.participants.length === 0 ? (
        <p className="muted">{t('people.none')}</p>
      ) : (
        <ul className="plain-list people">
          {view.participants.map((p) => {
            const vote = voted.get(p.participantId);
            return (
              <li key={p.participantId}>
                <span className={online.has(p.participantId) ? 'dot dot-on' : 'dot'} aria-hidden="true" />
                <strong>{p.name}</strong> — {role(p.role)}{' '}
                <span className="muted">({online.has(p.participantId) ? t('people.online') : t('people.offline')})</span>
                {vote && (
                  <span className="muted small">
                    {' · '}
                    {t('people.vote', { option: option(vote.optionId), confidence: vote.confidence })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function NotesList({ notes, scenario, lang }: Common & { notes: NoteView[] }) {
  const { t } = useTranslation('facilitate');
  if (notes.length === 0) return <p className="muted">{t('notes.none')}</p>;
  return (
    <ul className="plain-list notes">
      {[...notes].reverse().map((n) => (
        <li key={n.seq}>
          <span className="muted small">
            {formatClock(scenario, n.clock, lang)} · {n.author} · {t(n.visibility === 'room' ? 'notes.room' : 'notes.facilitator')}
          </span>
          <p>{n.text}</p>
        </li>
      ))}
    </ul>
  );
}
