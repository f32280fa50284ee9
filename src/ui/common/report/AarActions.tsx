// The report's own buttons: print (the compact A4 layout), Markdown and JSON, and whatever the page adds after them.
import type { ReactNode } from 'react';
import type { Aar } from '../../../engine/aar/aar';
import type { Language, Scenario } from '../../../engine/play/schema';
import { DownloadLink } from '../DownloadLink';
import { renderAarMarkdown } from './aarMarkdown';
import type { Translate } from './translate';

type Props = { aar: Aar; scenario: Scenario; lang: Language; t: Translate; stem: string; children?: ReactNode };

export function AarActions({ aar, scenario, lang, t, stem, children }: Props) {
  return (
    <div className="aar__actions aar__screen">
      <button type="button" className="button button-primary" onClick={() => window.print()}>
        {t('aar.print')}
      </button>
      <DownloadLink text={renderAarMarkdown(aar, scenario, lang, t)} filename={`${stem}.md`} type="text/markdown">
        {t('aar.markdown')}
      </DownloadLink>
      <DownloadLink text={`${JSON.stringify(aar, null, 2)}\n`} filename={`${stem}.json`}>
        {t('aar.json')}
      </DownloadLink>
      {children}
    </div>
  );
}
