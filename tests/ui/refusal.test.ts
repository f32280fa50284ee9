// What a screen says when the session server says no: the broken game rule or the kind of answer in the reader's
// language, and the server's own words only where they name the field or the thing that was not found.
import i18n from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiProblem, refusalText } from '../../src/ui/common/session/refusalText';
import { resetStores } from './support';

beforeEach(() => resetStores('nl'));
const t = () => i18n.getFixedT('nl');

describe('a refused event', () => {
  it('names the game rule it broke', () => {
    expect(refusalText(t(), { ok: false, code: 'rejected', reason: 'paused', message: 'the session is paused' })).toBe(
      'De oefening staat op pauze.',
    );
  });

  it('falls back to the kind of refusal for a rule this version has no sentence for, then to the server’s words', () => {
    expect(refusalText(t(), { ok: false, code: 'rejected', reason: 'brand-new-rule', message: 'x' })).toBe(
      'Dat kan nu niet in de oefening.',
    );
    expect(refusalText(t(), { ok: false, code: 'stale', message: 'expected 4' })).toMatch(/^Iemand anders was u voor/);
  });

  it('keeps the JSON path of a field that was wrong', () => {
    expect(refusalText(t(), { ok: false, code: 'invalid', message: 'event.text: too long' })).toBe(
      'De server weigerde het bericht: een veld klopt niet. (event.text: too long)',
    );
  });
});

describe('a refused request', () => {
  it('says no server, a wrong key, too many requests and a failing server in Dutch', () => {
    expect(apiProblem(t(), { status: 0, message: 'Failed to fetch' })).toMatch(/^De server is niet bereikbaar/);
    expect(apiProblem(t(), { status: 401, message: 'the facilitator key is missing or wrong' })).toMatch(
      /^De sleutel in deze link klopt niet/,
    );
    expect(apiProblem(t(), { status: 429, message: 'slow down' })).toMatch(/^Te veel verzoeken/);
    expect(apiProblem(t(), { status: 503, message: 'busy' })).toMatch(/^De server had een probleem/);
  });

  it('keeps the server’s words when they name what was wrong', () => {
    expect(apiProblem(t(), { status: 400, message: 'teams: at most 12' })).toBe('teams: at most 12');
  });
});
