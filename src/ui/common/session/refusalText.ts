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

/**
 * What a screen says when the server's HTTP API refused or could not be reached. The kinds of answer that say
 * nothing about the request (no server, a wrong key, too many requests, a busy or failing server) are said in the
 * reader's language; the others keep the server's words, which name the field or the thing that was not found.
 */
export function apiProblem(t: TFunction, r: { status: number; message: string }): string {
  const kind = httpKind(r.status);
  return kind ? t(`http.${kind}`, { ns: 'refusal' }) : r.message;
}

function httpKind(status: number): 'offline' | 'key' | 'tooMany' | 'server' | null {
  if (status === 0) return 'offline';
  if (status === 401 || status === 403) return 'key';
  if (status === 429) return 'tooMany';
  return status >= 500 ? 'server' : null;
}
