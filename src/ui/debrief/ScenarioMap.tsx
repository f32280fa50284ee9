// The debrief's map of the scenario: every stage and ending laid out by elkjs, the team's path and the historical path
// marked, in a scrollable frame; and the same map as a list that reads well with a keyboard and a screen reader.
import { useEffect, useMemo, useState } from 'react';
import { historicalPath, type MapGraph, type MapPath, scenarioGraph, sessionPath } from '../../engine/map/graph';
import { type ScenarioMap as BuiltMap, buildMap } from '../../engine/map/map';
import type { Language, Scenario } from '../../engine/play/schema';
import type { Session } from '../../engine/play/session';
import { Loading } from '../common/Loading';
import type { Translate } from './format';
import { svgTreeToReact } from './svgTree';

export type ScenarioMapProps = { scenario: Scenario; session: Session; lang: Language; t: Translate };

function MapList({ graph, team, historical, t }: { graph: MapGraph; team: MapPath; historical: MapPath; t: Translate }) {
  const title = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const teamStep = (id: string) => team.places.indexOf(id);
  const chosen = new Set(team.steps.map((s) => `${s.from}:${s.optionId}`));
  const histChosen = new Set(historical.steps.map((s) => `${s.from}:${s.optionId}`));
  return (
    <ol className="map-list" aria-label={t('map.list')}>
      {graph.nodes.map((n) => {
        const marks = [
          teamStep(n.id) >= 0 ? t('map.teamStep', { step: teamStep(n.id) + 1 }) : null,
          historical.places.includes(n.id) ? t('map.onHistorical') : null,
        ].filter(Boolean);
        const out = graph.edges.filter((e) => e.from === n.id).flatMap((e) => e.options.map((o) => ({ ...o, to: e.to })));
        return (
          <li key={n.id} className={teamStep(n.id) >= 0 ? 'map-list__place map-list__place--team' : 'map-list__place'}>
            <span className="map-list__title">
              {n.kind === 'ending' ? t('map.ending', { title: n.label, outcome: t(`outcome.${n.outcome}`) }) : n.label}
            </span>
            {marks.length > 0 && <span className="map-list__marks"> — {marks.join(', ')}</span>}
            {out.length > 0 && (
              <ul>
                {out.map((o) => (
                  <li key={`${o.id}-${o.to}`}>
                    {t(o.conditional ? 'map.optionIf' : 'map.option', { option: o.label, to: title.get(o.to) ?? o.to })}
                    {chosen.has(`${n.id}:${o.id}`) && team.places.includes(o.to) && <strong> ({t('map.chosen')})</strong>}
                    {histChosen.has(`${n.id}:${o.id}`) && historical.places.includes(o.to) && <em> ({t('map.historicalChoice')})</em>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function ScenarioMap({ scenario, session, lang, t }: ScenarioMapProps) {
  const team = useMemo(() => sessionPath(scenario, session), [scenario, session]);
  const historical = useMemo(() => historicalPath(scenario), [scenario]);
  const graph = useMemo(() => scenarioGraph(scenario, lang), [scenario, lang]);
  const [map, setMap] = useState<BuiltMap | null>(null);
  const [failed, setFailed] = useState(false);
  const title = t('map.title', { title: scenario.title[lang] });
  const teamLabel = t('map.team');
  const historicalLabel = t('map.historical');
  useEffect(() => {
    let live = true;
    const labels = { title, team: teamLabel, historical: historicalLabel };
    buildMap(scenario, lang, labels, { team, historical }).then(
      (m) => live && setMap(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [scenario, lang, team, historical, title, teamLabel, historicalLabel]);

  return (
    <div className="map">
      <p className="hint">{t('map.intro')}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it */}
      <section className="map__frame" tabIndex={0} aria-label={t('map.frame')}>
        {map ? svgTreeToReact(map.svg) : failed ? <p>{t('map.failed')}</p> : <Loading />}
      </section>
      <details className="map__details">
        <summary>{t('map.list')}</summary>
        <MapList graph={graph} team={team} historical={historical} t={t} />
      </details>
    </div>
  );
}
