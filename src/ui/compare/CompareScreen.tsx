// `/compare`: two or more solo sessions loaded from their JSON files, compared side by side. Each file that cannot be
// used is named with the reason (its JSON path for a damaged file); a file of another scenario is refused.
import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../engine/play/catalog';
import { parseSave } from '../../engine/play/save';
import type { Scenario } from '../../engine/play/schema';
import type { Session } from '../../engine/play/session';
import { type CompareSession, SessionsCompare } from '../common/compare/SessionsCompare';
import { Shell } from '../common/Shell';
import { useLang } from '../common/useLang';
import './compare-screen.css';
import { readText } from '../common/scenario-file/readText';

export type CompareScreenProps = {
  catalog: CatalogEntry[];
  loadScenario: (id: string) => Promise<Scenario>;
  onHome: () => void;
};

type Loaded = { label: string; session: Session };

/** A file name not yet used as a label: the same file twice becomes "name (2)". */
function uniqueLabel(name: string, taken: Set<string>): string {
  let label = name;
  for (let n = 2; taken.has(label); n++) label = `${name} (${n})`;
  taken.add(label);
  return label;
}

export function CompareScreen({ catalog, loadScenario, onHome }: CompareScreenProps) {
  const lang = useLang();
  const { t } = useTranslation('report');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [loaded, setLoaded] = useState<Loaded[]>([]);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => heading.current?.focus(), []);

  const add = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    setBusy(true);
    const problems: string[] = [];
    const next = [...loaded];
    const taken = new Set(next.map((l) => l.label));
    let current = scenario;
    for (const file of files) {
      const parsed = parseSave(await readText(file));
      if (!parsed.ok) {
        problems.push(t('compare.fileError', { file: file.name, message: parsed.message }));
        continue;
      }
      const sid = parsed.session.scenario.id;
      if (current && sid !== current.id) {
        problems.push(t('compare.otherScenario', { file: file.name, other: sid, scenario: current.title[lang] }));
        continue;
      }
      if (!current) {
        if (!catalog.some((c) => c.id === sid)) {
          problems.push(t('compare.unknownScenario', { file: file.name, id: sid }));
          continue;
        }
        try {
          current = await loadScenario(sid);
        } catch (err) {
          problems.push(t('compare.fileError', { file: file.name, message: err instanceof Error ? err.message : String(err) }));
          continue;
        }
      }
      next.push({ label: uniqueLabel(file.name, taken), session: parsed.session });
    }
    input.value = '';
    setScenario(current);
    setLoaded(next);
    setErrors(problems);
    setBusy(false);
  };

  const remove = (label: string) => {
    const next = loaded.filter((l) => l.label !== label);
    setLoaded(next);
    if (next.length === 0) setScenario(null);
  };

  const sessions: CompareSession[] = scenario ? loaded.map((l) => ({ ...l, scenario })) : [];
  return (
    <Shell>
      <div className="page compare-screen">
        <h1 ref={heading} tabIndex={-1}>
          {t('compare.title')}
        </h1>
        <p className="muted" id={`${id}-help`}>
          {t('compare.intro')}
        </p>
        <div className="field">
          <label htmlFor={`${id}-files`}>{t('compare.files')}</label>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept="application/json,.json"
            aria-describedby={`${id}-help`}
            onChange={(e) => void add(e)}
            disabled={busy}
          />
        </div>
        {errors.length > 0 && (
          <section className="compare-screen__errors" role="alert" aria-labelledby={`${id}-errors`}>
            <h2 id={`${id}-errors`}>{t('compare.errorsHeading')}</h2>
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </section>
        )}
        {loaded.length > 0 && scenario && (
          <section aria-labelledby={`${id}-loaded`}>
            <h2 id={`${id}-loaded`}>
              {t('compare.loaded')}: {scenario.title[lang]}
            </h2>
            <ul className="compare-screen__files">
              {loaded.map((l) => (
                <li key={l.label}>
                  <span>{l.label}</span>
                  <button type="button" className="button button-secondary" onClick={() => remove(l.label)}>
                    {t('compare.remove', { name: l.label })}
                  </button>
                </li>
              ))}
            </ul>
            {loaded.length < 2 && <p>{t('compare.needTwo', { scenario: scenario.title[lang] })}</p>}
          </section>
        )}
        {sessions.length >= 2 && <SessionsCompare sessions={sessions} lang={lang} />}
        <p>
          <button type="button" className="button button-secondary" onClick={onHome}>
            {t('compare.home')}
          </button>
        </p>
      </div>
    </Shell>
  );
}

export default CompareScreen;
