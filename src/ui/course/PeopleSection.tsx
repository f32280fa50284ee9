// Progress per participant in the course, one table per team: decisions taken part in, votes cast, time spent and
// the ending the team reached.
import { useTranslation } from 'react-i18next';
import type { Language, Scenario } from '../../engine/play/schema';
import { minutesText } from './format';
import type { TeamSummary } from './summary';

export function PeopleSection({ rows, scenario, lang }: { rows: TeamSummary[]; scenario: Scenario | null; lang: Language }) {
  const { t } = useTranslation('course');
  const roleName = (id: string) => scenario?.roles.find((r) => r.id === id)?.name[lang] ?? id;
  return (
    <section className="panel" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('people.heading')}</h2>
      {rows.map((r) => {
        const people = r.play?.people ?? [];
        const ending = r.play?.ending?.title[lang] ?? t('people.noEnding');
        const captionId = `people-${r.team.sessionId}`;
        return (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so the keyboard can scroll it.
          <section key={r.team.sessionId} className="course-table" aria-labelledby={captionId} tabIndex={0}>
            <table>
              <caption id={captionId}>{t('people.caption', { team: r.team.name })}</caption>
              {people.length === 0 ? (
                <tbody>
                  <tr>
                    <td className="muted">{t('people.none')}</td>
                  </tr>
                </tbody>
              ) : (
                <>
                  <thead>
                    <tr>
                      <th scope="col">{t('people.name')}</th>
                      <th scope="col">{t('people.role')}</th>
                      <th scope="col">{t('people.decisions')}</th>
                      <th scope="col">{t('people.votes')}</th>
                      <th scope="col">{t('people.time')}</th>
                      <th scope="col">{t('people.ending')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {people.map((p) => (
                      <tr key={p.participantId}>
                        <th scope="row">
                          {p.name}
                          {p.online && <span className="team-meta">{t('people.online')}</span>}
                        </th>
                        <td>{roleName(p.role)}</td>
                        <td>{p.decisions}</td>
                        <td>{p.votes}</td>
                        <td>{minutesText(t, p.minutes)}</td>
                        <td>{ending}</td>
                      </tr>
                    ))}
                  </tbody>
                </>
              )}
            </table>
          </section>
        );
      })}
    </section>
  );
}
