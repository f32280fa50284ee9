// What a screen says when the session server did not take what it sent: the broken rule in the reader's language,
// else the kind of refusal, else the server's own words (so a refusal this version has no sentence for still says
// something true). A field error keeps the server's JSON path, which is what tells where it went wrong.
import type { TFunction } from 'i18next';
import type { SubmitResult } from '../../../net/client';

export type Refusal = Extract<SubmitResult, { ok: false }>;

export function refusalText(t: TFunction, r: Refusal): string {
  const reason = r.reason ? t(`reason.${r.reason}`, { ns: 'refusal', defaultValue: '' }) : '';
  if (reason) return reason;
  const said = t(`code.${r.code}`, { ns: 'refusal', defaultValue: '' });
  if (!said) return r.message;
  return r.code === 'invalid' ? `${said} (${r.message})` : said;
}
