// "Your own scenarios": load a scenario file (picker or drag and drop, YAML or JSON), have it checked in a Web Worker,
// see every problem with its line and field in the player's language, and keep the good ones in this browser.
import { type DragEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadCheck } from '../../engine/analyse/check-upload';
import { useOwnScenariosStore } from '../../store/ownScenarios';
import { Findings, type FindingTexts } from '../common/scenario-file/Findings';
import { readText } from '../common/scenario-file/readText';
import { useLang } from '../common/useLang';
import { type CheckFile, checkInWorker } from './checkInWorker';
import { ScenarioCard } from './ScenarioCard';

export type OwnScenariosProps = {
  /** Ids of the built-in scenarios: an own scenario may not take one. */
  builtInIds: string[];
  hasSave: (id: string) => boolean;
  onPlay: (id: string) => void;
  onPrepare?: (id: string) => void;
  /** The checker; tests hand in one that runs without a worker. */
  check?: CheckFile;
};

type Outcome =
  | { kind: 'errors'; fileName: string; errors: Extract<UploadCheck, { ok: false }>['errors'] }
  | { kind: 'added'; title: string; replaced: boolean; warnings: number }
  | { kind: 'taken'; fileName: string; id: string }
  | { kind: 'storage'; message: string };

const accept = '.yaml,.yml,.json,application/json,application/yaml,text/yaml';

export function OwnScenarios({ builtInIds, hasSave, onPlay, onPrepare, check = checkInWorker }: OwnScenariosProps) {
  const { t } = useTranslation('start');
  const lang = useLang();
  const own = useOwnScenariosStore((s) => s.entries);
  const problem = useOwnScenariosStore((s) => s.problem);
  const refresh = useOwnScenariosStore((s) => s.refresh);
  const add = useOwnScenariosStore((s) => s.add);
  const remove = useOwnScenariosStore((s) => s.remove);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [texts, setTexts] = useState<FindingTexts | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    if (outcome) result.current?.focus();
  }, [outcome]);

  const take = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const checked = await check(await readText(file));
      if (!checked.ok) {
        setTexts(texts ?? (await import('../common/scenario-file/findingText')));
        setOutcome({ kind: 'errors', fileName: file.name, errors: checked.errors });
      } else if (builtInIds.includes(checked.scenario.id)) setOutcome({ kind: 'taken', fileName: file.name, id: checked.scenario.id });
      else {
        try {
          const { replaced } = await add(checked.scenario, checked.entry, file.name);
          setOutcome({ kind: 'added', title: checked.entry.title[lang], replaced, warnings: checked.warnings.length });
        } catch (e) {
          setOutcome({ kind: 'storage', message: e instanceof Error ? e.message : String(e) });
        }
      }
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) void take(file);
  };

  return (
    <section className="section" aria-labelledby="own-heading">
      <h2 id="own-heading">{t('own.heading')}</h2>
      <p className="muted" id="own-help">
        {t('own.intro')}
      </p>
      {problem && (
        <p className="notice notice-error" role="alert">
          {t('own.unavailable', { message: problem })}
        </p>
      )}
      {own.length > 0 && (
        <ul className="cards">
          {own.map((entry) => (
            <li key={entry.id}>
              <ScenarioCard
                entry={entry}
                hasSave={hasSave(entry.id)}
                onPlay={onPlay}
                onPrepare={onPrepare}
                own={{ fileName: entry.fileName, onRemove: setRemoving }}
              />
            </li>
          ))}
        </ul>
      )}
      {removing && (
        <div className="own-confirm">
          <p>{t('own.confirm')}</p>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              void remove(removing);
              setRemoving(null);
            }}
          >
            {t('own.confirmYes')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setRemoving(null)}>
            {t('own.confirmNo')}
          </button>
        </div>
      )}
      {/* The drop zone is a convenience around the file field, which stays the keyboard's way in. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a pointer gesture; the labelled input beside it is the accessible control */}
      <div
        className={over ? 'dropzone dropzone--over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <label htmlFor="scenario-file">{t('own.label')}</label>
        <input
          id="scenario-file"
          ref={input}
          type="file"
          accept={accept}
          aria-describedby="own-help"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void take(file);
          }}
        />
        <p className="muted">{t('own.drop')}</p>
      </div>
      {busy && <p role="status">{t('own.checking')}</p>}
      <div ref={result} tabIndex={-1} className="own-result">
        {outcome?.kind === 'errors' && texts && (
          <div className="notice notice-error" role="alert">
            <p>
              <strong>{t('own.refused', { file: outcome.fileName, count: outcome.errors.length })}</strong>
            </p>
            <Findings findings={outcome.errors} texts={texts} lang={lang} />
            <p className="muted">{t('own.fixHint')}</p>
          </div>
        )}
        {outcome?.kind === 'taken' && (
          <p className="notice notice-error" role="alert">
            {t('own.taken', { file: outcome.fileName, id: outcome.id })}
          </p>
        )}
        {outcome?.kind === 'storage' && (
          <p className="notice notice-error" role="alert">
            {t('own.storageFailed', { message: outcome.message })}
          </p>
        )}
        {outcome?.kind === 'added' && (
          <p className="notice notice-info" role="status">
            {t(outcome.replaced ? 'own.replaced' : 'own.added', { title: outcome.title })}
            {outcome.warnings > 0 && ` ${t('own.warnings', { count: outcome.warnings })}`}
          </p>
        )}
      </div>
    </section>
  );
}
