// The start screen: scenario cards, saved games to resume, loading a session file, and notices.
// Kept light on purpose: only the catalogue and small stores, never the engine's validator or machine.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry, CatalogProblem } from '../../engine/play/catalog';
import { useOwnScenariosStore } from '../../store/ownScenarios';
import { useSavesStore } from '../../store/saves';
import { Shell } from '../common/Shell';
import { useFocusOnMount } from '../common/useFocusOnMount';
import type { CheckFile } from './checkInWorker';
import { FacilitateEntry } from './FacilitateEntry';
import { LoadSessionFile } from './LoadSessionFile';
import { ErrorNotice, ProblemNotices, QuarantineNotices, type StartNotice, StorageNotice } from './Notices';
import { OwnScenarios } from './OwnScenarios';
import { ProgressSection } from './ProgressSection';
import { SavedGames } from './SavedGames';
import { ScenarioCard } from './ScenarioCard';
import './start.css';

export type StartScreenProps = {
  catalog: CatalogEntry[];
  problems: CatalogProblem[];
  notice: StartNotice | null;
  focusHeading: boolean;
  onPlay: (id: string) => void;
  onPrepare?: (id: string) => void;
  onResume: (saveId: string) => void;
  onLoadFile: (text: string) => Promise<void>;
  onDismissNotice: () => void;
  /** Checks an own scenario file; by default in a Web Worker (tests hand in their own). */
  checkScenarioFile?: CheckFile;
};

export function StartScreen({
  catalog,
  problems,
  notice,
  focusHeading,
  onPlay,
  onPrepare,
  onResume,
  onLoadFile,
  onDismissNotice,
  checkScenarioFile,
}: StartScreenProps) {
  const { t } = useTranslation('start');
  const heading = useRef<HTMLHeadingElement>(null);
  const scan = useSavesStore((s) => s.scan);
  const saves = useSavesStore((s) => s.saves);
  const own = useOwnScenariosStore((s) => s.entries);
  // Saves and notices name own scenarios too.
  const all = own.length ? [...catalog, ...own] : catalog;
  useEffect(() => scan(), [scan]);
  useFocusOnMount(heading, focusHeading);
  return (
    <Shell>
      <div className="page">
        <section className="hero" aria-labelledby="start-heading">
          <h1 id="start-heading" ref={heading} tabIndex={-1}>
            {t('title')}
          </h1>
          <p className="lead">{t('intro')}</p>
        </section>
        {notice && <ErrorNotice notice={notice} catalog={all} onDismiss={onDismissNotice} onStartFresh={onPlay} />}
        <StorageNotice />
        <QuarantineNotices catalog={all} />
        <ProblemNotices problems={problems} />
        <section className="section" aria-labelledby="scenarios-heading">
          <h2 id="scenarios-heading">{t('scenarios')}</h2>
          {catalog.length === 0 ? (
            <p>{t('noScenarios')}</p>
          ) : (
            <ul className="cards">
              {catalog.map((entry) => (
                <li key={entry.id}>
                  <ScenarioCard
                    entry={entry}
                    hasSave={saves.some((s) => s.scenarioId === entry.id)}
                    onPlay={onPlay}
                    onPrepare={onPrepare}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
        <OwnScenarios
          builtInIds={catalog.map((c) => c.id)}
          hasSave={(id) => saves.some((s) => s.scenarioId === id)}
          onPlay={onPlay}
          onPrepare={onPrepare}
          {...(checkScenarioFile ? { check: checkScenarioFile } : {})}
        />
        <ProgressSection catalog={catalog} />
        <FacilitateEntry />
        <div className="two-up">
          <SavedGames catalog={all} onResume={onResume} />
          <LoadSessionFile onLoad={onLoadFile} />
        </div>
      </div>
    </Shell>
  );
}
