// The report's analysis per objective: the four-point rating (per team in a course) with an override's reason, the
// strengths and areas for improvement tied to the decisions that showed them, observations and hot-wash items.
import type { Aar, AarObjective, Finding } from '../../../engine/aar/aar';
import type { Language } from '../../../engine/play/schema';
import { ratingClass, ratingCount, ratingIconOf, ratingLabel } from './rating';
import type { Translate } from './translate';

function findingText(f: Finding, lang: Language, t: Translate): string {
  const stage = f.stage.title[lang];
  return f.timeout ? t('aar.objectives.timedOut', { stage }) : t('aar.objectives.chose', { stage, option: f.option?.label[lang] ?? '' });
}

function Findings({
  title,
  items,
  course,
  lang,
  t,
  missed,
}: {
  title: string;
  items: Finding[];
  course: boolean;
  lang: Language;
  t: Translate;
  missed?: boolean;
}) {
  return (
    <div className="aar__findings">
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p>{t('aar.objectives.none')}</p>
      ) : (
        <ul>
          {items.map((f) => (
            <li key={`${f.label}-${f.seq}`}>
              {course && <span className="aar__team">{f.label}: </span>}
              {findingText(f, lang, t)}
              {missed && ` — ${t('aar.objectives.missed')}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Objective({ o, n, course, lang, t }: { o: AarObjective; n: number; course: boolean; lang: Language; t: Translate }) {
  const strengths = o.hotwash.filter((h) => h.kind === 'strength');
  const improvements = o.hotwash.filter((h) => h.kind === 'improvement');
  return (
    <section className="aar__objective" aria-labelledby={`aar-objective-${o.id}`}>
      <h3 id={`aar-objective-${o.id}`}>
        {n}. {o.text[lang]}
      </h3>
      <ul className="aar__ratings">
        {o.ratings.map((r) => (
          <li key={r.label} className={`aar__rating aar__rating--${ratingClass(r)}`}>
            {course && <span className="aar__team">{r.label}: </span>}
            <span aria-hidden="true">{ratingIconOf(r)} </span>
            <strong>{ratingLabel(r, t)}</strong> <span className="aar__muted">({ratingCount(r, t)})</span>
            {r.computed && r.reason && (
              <span className="aar__muted">
                {' '}
                — {t('aar.objectives.overridden', { computed: t(`objectives.${r.computed}`, { ns: 'debrief' }), reason: r.reason })}
              </span>
            )}
          </li>
        ))}
      </ul>
      <div className="aar__two">
        <Findings title={t('aar.objectives.strengths')} items={o.strengths} course={course} lang={lang} t={t} />
        <Findings title={t('aar.objectives.improvements')} items={o.improvements} course={course} lang={lang} t={t} missed />
      </div>
      {o.observations.length > 0 && (
        <div className="aar__findings">
          <h4>{t('aar.objectives.observations')}</h4>
          <ul>
            {o.observations.map((x) => (
              <li key={`${x.label}-${x.author}-${x.text}`}>
                {course && <span className="aar__team">{x.label}: </span>}
                {x.text} <span className="aar__muted">— {x.author}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {o.hotwash.length > 0 && (
        <HotwashList title={t('aar.objectives.hotwash')} items={[...strengths, ...improvements]} course={course} t={t} />
      )}
    </section>
  );
}

function HotwashList({ title, items, course, t }: { title: string; items: Aar['hotwash']; course: boolean; t: Translate }) {
  return (
    <div className="aar__findings">
      <h4>{title}</h4>
      <ul>
        {items.map((h) => (
          <li key={`${h.label}-${h.kind}-${h.text}`}>
            {course && <span className="aar__team">{h.label}: </span>}
            <span className="aar__kind">{h.kind === 'strength' ? t('aar.objectives.strengths') : t('aar.objectives.improvements')}:</span>{' '}
            {h.text}
            {h.author && <span className="aar__muted"> — {h.author}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ObjectiveSection({ aar, lang, t }: { aar: Aar; lang: Language; t: Translate }) {
  const course = aar.kind === 'course';
  return (
    <section className="aar__section" aria-labelledby="aar-objectives">
      <h2 id="aar-objectives">{t('aar.objectives.heading')}</h2>
      {aar.objectives.map((o, i) => (
        <Objective key={o.id} o={o} n={i + 1} course={course} lang={lang} t={t} />
      ))}
      {aar.hotwash.length > 0 && <HotwashList title={t('aar.objectives.general')} items={aar.hotwash} course={course} t={t} />}
    </section>
  );
}
