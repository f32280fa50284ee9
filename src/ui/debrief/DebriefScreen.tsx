// The debrief screen: the after-action report of a finished session, derived only by replaying its event log,
// with Markdown and JSON export, printing, and an improvement plan the team fills in.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../engine/play/clock';
import { type FeedbackAnswer, feedbackOf } from '../../engine/play/feedback';
import { buildReport } from '../../engine/play/report';
import type { Language, Scenario } from '../../engine/play/schema';
import type { Session } from '../../engine/play/session';
import type { Viewer } from '../../engine/play/view';
import { FeedbackForm } from '../common/FeedbackForm';
import { MetricChart } from '../common/MetricChart';
import './debrief.css';
import { Actions, contents, Section } from './DebriefFrame';
import { download, fileStem, type Translate } from './format';
import { FeedbackSummaryView, feedbackMarkdown, HotwashSection, hotwashMarkdown } from './HotwashSection';
import { type ImprovementPlan, renderMarkdown } from './markdown';
import { Ratings } from './Ratings';
import { ScenarioMap } from './ScenarioMap';
import { MetricsTable, Outcome, PlanFields, RealStory } from './Sections';
import { TeamSection, teamMarkdown } from './TeamSection';
import { Timeline } from './Timeline';
import { type WhatIfActions, WhatIfSections } from './WhatIfSections';

export type DebriefScreenProps = {
  scenario: Scenario;
  session: Session;
  lang: Language;
  onHome: () => void;
  /** Solo play only: a facilitated session is not replayed from its debrief. */
  onPlayAgain?: () => void;
  /** Solo play: the player's feedback form, stored in the save. */
  onFeedback?: (answer: FeedbackAnswer, author: string) => boolean;
  /** Who looks at a facilitated session's debrief: a participant's log holds only their own feedback, so no summary. */
  audience?: 'facilitator' | 'observer' | 'participant';
  /** Opens the after-action report and improvement plan (`/report/:saveId`). */
  onReport?: () => void;
  /** The scenario is on no build (uploaded, or an own file): the JSON export carries it, so the file loads anywhere. */
  embedScenario?: boolean;
  /** Whose eyes the replay uses; by default the audience's (a participant's debrief: the room's, tally once revealed). */
  viewer?: Viewer;
} & WhatIfActions;

/** The replay's viewer: the player in solo play; in a facilitated session the audience, so the facilitator and the
 * observers see the votes as they stood at every moment and a participant only what the room was shown. */
function replayViewer(session: Session, audience: NonNullable<DebriefScreenProps['audience']>): Viewer {
  if (session.decisionMode === 'solo') return { kind: 'solo', role: session.role };
  return audience === 'participant' ? { kind: 'room' } : { kind: audience };
}

export function DebriefScreen({
  scenario,
  session,
  lang,
  onHome,
  onPlayAgain,
  onReport,
  onFork,
  onOverride,
  onFeedback,
  audience = 'facilitator',
  embedScenario,
  viewer,
}: DebriefScreenProps) {
  const { t: translate } = useTranslation('debrief', { lng: lang });
  const t: Translate = (key, options) => translate(key, options ?? {});
  const { t: translateHotwash } = useTranslation('hotwash', { lng: lang });
  const th: Translate = (key, options) => translateHotwash(key, options ?? {});
  const report = useMemo(() => buildReport(scenario, session), [scenario, session]);
  const replayAs = useMemo(() => viewer ?? replayViewer(session, audience), [viewer, session, audience]);
  const [plan, setPlan] = useState<ImprovementPlan>({ well: '', improve: '', actions: '' });
  // The message about a download appears beside the set of buttons that was used.
  const [status, setStatus] = useState<{ text: string; where: 'top' | 'end' }>({ text: '', where: 'top' });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const stem = fileStem(scenario.id, report.playedTo);
  const save = (where: 'top' | 'end', name: string, text: string, type: string) => {
    download(name, text, type);
    setStatus({ text: t('actions.exported', { file: name }), where });
  };
  const team = session.decisionMode !== 'solo';
  /** The team's section goes after the timeline, where the decisions it describes are. */
  const summary = team && audience !== 'participant';
  const markdown = () => {
    const text = renderMarkdown(report, scenario.start, lang, t, plan);
    const after = [
      ...(team || report.hotwash.length > 0 ? hotwashMarkdown(report, lang, th) : []),
      ...(summary || (!team && report.feedback.length > 0) ? feedbackMarkdown(report.feedbackSummary, th) : []),
    ];
    const at = text.indexOf(`\n## ${t('metrics.heading')}`);
    const extra = [...(team ? teamMarkdown(report, scenario, lang, t) : []), ...after].join('\n');
    if (!extra) return text;
    return at < 0 ? `${text}\n${extra}` : `${text.slice(0, at)}\n${extra}${text.slice(at)}`;
  };
  const actions = (where: 'top' | 'end') => (
    <Actions
      t={t}
      status={status.where === where ? status.text : ''}
      onMarkdown={() => save(where, `${stem}.md`, markdown(), 'text/markdown')}
      onJson={() => {
        const file = embedScenario ? { ...session, embeddedScenario: scenario } : session;
        save(where, `${stem}.json`, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
      }}
      onHome={onHome}
      onPlayAgain={onPlayAgain}
      onReport={onReport}
    />
  );
  const title = t('title', { title: scenario.title[lang] });

  return (
    // The app shell provides the <main> landmark; the debrief is one article inside it.
    <article className="debrief" lang={lang} aria-labelledby="debrief-title">
      <header className="debrief__header">
        <h1 id="debrief-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <dl className="debrief__meta">
          <div>
            <dt>{team ? t('team.modeLabel') : t('meta.role')}</dt>
            <dd>{team ? t(`team.mode.${session.decisionMode}`) : report.role.name[lang]}</dd>
          </div>
          {report.playedTo && (
            <div>
              <dt>{t('meta.played')}</dt>
              <dd>{formatDate(report.playedTo, lang)}</dd>
            </div>
          )}
          <div>
            <dt>{t('meta.incident')}</dt>
            <dd>
              {formatDate(`${scenario.incident.date}T12:00:00Z`, lang)}, {scenario.incident.place[lang]}
            </dd>
          </div>
        </dl>
        {report.problem && (
          <p className="debrief__problem" role="alert">
            {t('problem', { message: report.problem.message })}
          </p>
        )}
      </header>

      <Section id="outcome" title={t('outcome.heading')} first>
        <Outcome report={report} lang={lang} t={t} />
      </Section>

      <div className="debrief__bar">
        <nav className="debrief__toc" aria-label={t('toc.heading')}>
          <span className="debrief__toc-label" aria-hidden="true">
            {t('toc.heading')}:
          </span>
          <ul>
            {contents.map(([id, key]) => (
              <li key={id}>
                <a href={`#debrief-${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
        {actions('top')}
      </div>

      <Section id="timeline" title={t('timeline.heading')}>
        <p className="hint">{t('timeline.intro')}</p>
        <Timeline scenario={scenario} report={report} lang={lang} t={t} />
      </Section>

      {team && (
        <Section id="team" title={t('team.heading')}>
          <TeamSection report={report} scenario={scenario} lang={lang} t={t} />
        </Section>
      )}

      {(team || report.hotwash.length > 0) && (
        <Section id="hotwash" title={th('hotwash.heading')}>
          <HotwashSection report={report} lang={lang} t={th} />
        </Section>
      )}

      {summary && (
        <Section id="feedback" title={th('feedback.summary.heading')}>
          <FeedbackSummaryView summary={report.feedbackSummary} t={th} />
        </Section>
      )}

      <Section id="metrics" title={t('chart.heading')}>
        <MetricChart
          scenario={scenario}
          series={report.series}
          lang={lang}
          variant="full"
          title={t('chart.heading')}
          labelledBy="debrief-metrics"
        />
        <MetricsTable report={report} lang={lang} t={t} />
      </Section>

      <Section id="map" title={t('map.heading')}>
        <ScenarioMap scenario={scenario} session={session} lang={lang} t={t} />
      </Section>

      <Section id="objectives" title={t('objectives.heading')}>
        <Ratings report={report} lang={lang} t={t} {...(onOverride ? { onOverride } : {})} />
      </Section>

      <WhatIfSections
        scenario={scenario}
        session={session}
        lang={lang}
        t={t}
        Section={Section}
        viewer={replayAs}
        documents={team && audience === 'participant' ? 'participant' : 'all'}
        {...(onFork ? { onFork } : {})}
      />

      <Section id="real" title={t('real.heading')}>
        <RealStory report={report} lang={lang} t={t} />
      </Section>

      <Section id="questions" title={t('questions.heading')}>
        <ol className="questions">
          {report.questions.map((q) => (
            <li key={q.en}>{q[lang]}</li>
          ))}
        </ol>
      </Section>

      {onFeedback && !team && (
        <Section id="feedback" title={th('feedback.heading')}>
          <FeedbackForm
            previous={feedbackOf(session.events, 'solo')}
            role={report.role.name[lang]}
            headingLevel={0}
            lang={lang}
            onSend={(answer) => onFeedback(answer, report.role.name[lang])}
          />
        </Section>
      )}

      <Section id="plan" title={t('plan.heading')} extra={Object.values(plan).some((v) => v.trim()) ? '' : 'debrief__section--plan-empty'}>
        <PlanFields plan={plan} onChange={setPlan} t={t} />
      </Section>

      <Section id="actions" title={t('actions.heading')}>
        {actions('end')}
        <p className="debrief__top">
          <a href="#debrief-title">{t('toc.top')}</a>
        </p>
      </Section>
    </article>
  );
}

export default DebriefScreen;
