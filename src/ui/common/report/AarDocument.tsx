// The after-action report and improvement plan on screen and on paper (HSEEP AAR/IP; evaluatieverslag + verbeterplan),
// for one session or a course's sessions. The overview's own fields and the improvement plan are edited in place when
// the caller hands in the handlers; printed, the editors give way to their values.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Aar, type AarSessionInput, buildAar, type ExerciseDetails } from '../../../engine/aar/aar';
import type { PlanDraft } from '../../../engine/aar/plan';
import { formatDate } from '../../../engine/play/clock';
import type { Language, Scenario } from '../../../engine/play/schema';
import { DetailField } from './DetailField';
import { FeedbackSection } from './FeedbackSection';
import { ObjectiveSection } from './ObjectiveSection';
import { PlanSection } from './PlanSection';
import { TimelineSection } from './TimelineSection';
import type { Translate } from './translate';
import './aar.css';

export type AarDocumentProps = {
  scenario: Scenario;
  sessions: AarSessionInput[];
  lang: Language;
  details: Partial<ExerciseDetails>;
  onDetail?: (field: keyof ExerciseDetails, value: string) => void;
  /** Write a plan row; returns the engine's reason when it was refused. */
  onPlanRow?: (draft: PlanDraft, remove: boolean) => string | null;
  /** Hands the built report to the caller (exports). */
  children?: (aar: Aar, t: Translate) => React.ReactNode;
};

function dates(aar: Aar, lang: Language): string {
  const { playedFrom: from, playedTo: to } = aar.overview;
  if (!from || !to) return '—';
  const a = formatDate(from, lang);
  const b = formatDate(to, lang);
  return a === b ? a : `${a} – ${b}`;
}

export function AarDocument({ scenario, sessions, lang, details, onDetail, onPlanRow, children }: AarDocumentProps) {
  const { t: translate } = useTranslation('report', { lng: lang });
  const t: Translate = (key, options) => translate(key, options ?? {});
  const aar = useMemo(() => buildAar(scenario, sessions, details), [scenario, sessions, details]);
  const o = aar.overview;
  const course = aar.kind === 'course';
  const roles = [...new Set(aar.teams.map((x) => x.role.name[lang]))].join(', ');
  const field = (name: keyof ExerciseDetails, fallback: string, multiline = true) => (
    <DetailField
      name={name}
      label={t(`aar.overview.${name}`)}
      value={details[name] ?? ''}
      fallback={fallback}
      multiline={multiline}
      {...(onDetail ? { onChange: (v: string) => onDetail(name, v) } : {})}
    />
  );
  return (
    <article className="aar" lang={lang} aria-labelledby="aar-title">
      <header className="aar__title-block">
        <p className="aar__kicker">{t(course ? 'aar.courseTitle' : 'aar.title')}</p>
        <h1 id="aar-title" tabIndex={-1}>
          {o.name ?? scenario.title[lang]}
        </h1>
        <p className="aar__subtitle">
          {scenario.title[lang]} · {dates(aar, lang)} · {scenario.setting.hospital}
        </p>
        <p className="aar__subtitle">{t('aar.subtitle')}</p>
        {children?.(aar, t)}
      </header>

      <section className="aar__section" aria-labelledby="aar-overview">
        <h2 id="aar-overview">{t('aar.overview.heading')}</h2>
        {onDetail && <p className="hint aar__screen">{t('aar.edit')}</p>}
        <dl className="aar__overview">
          {field('name', scenario.title[lang], false)}
          <div>
            <dt>{t('aar.overview.dates')}</dt>
            <dd>{dates(aar, lang)}</dd>
          </div>
          {field('scope', t('aar.overview.scopeDefault', { role: roles }))}
          <div>
            <dt>{t('aar.overview.objectives')}</dt>
            <dd>
              <ol>
                {o.objectives.map((x) => (
                  <li key={x.id}>{x.text[lang]}</li>
                ))}
              </ol>
            </dd>
          </div>
          {field(
            'threat',
            `${o.threat.teaser[lang]} (${t('aar.overview.incident', { date: formatDate(`${o.threat.incidentDate}T12:00:00Z`, lang), place: o.threat.place[lang] })})`,
          )}
          {field('scenario', o.scenario.description[lang])}
          {field('organisations', [o.organisations.hospital, ...o.organisations.senders.map((x) => x[lang])].join(', '))}
          {field('contact', t('aar.overview.contactEmpty'), false)}
          {course && (
            <div>
              <dt>{t('aar.overview.teams')}</dt>
              <dd>{aar.teams.map((x) => x.label).join(', ')}</dd>
            </div>
          )}
        </dl>
      </section>

      <ObjectiveSection aar={aar} lang={lang} t={t} />
      <TimelineSection aar={aar} scenario={scenario} lang={lang} t={t} />
      <PlanSection aar={aar} lang={lang} t={t} {...(onPlanRow ? { onPlanRow } : {})} />

      <section className="aar__section" aria-labelledby="aar-participants">
        <h2 id="aar-participants">{t('aar.participants.heading')}</h2>
        <table className="aar__table">
          <thead>
            <tr>
              {course && <th scope="col">{t('aar.participants.team')}</th>}
              <th scope="col">{t('aar.participants.name')}</th>
              <th scope="col">{t('aar.participants.role')}</th>
            </tr>
          </thead>
          <tbody>
            {aar.participants.map((p) => (
              <tr key={`${p.label}-${p.name}-${p.role.en}`}>
                {course && <td>{p.label}</td>}
                <td>{p.name}</td>
                <td>{p.role[lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <FeedbackSection aar={aar} t={t} />
    </article>
  );
}
