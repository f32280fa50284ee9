// The feedback form's answers and their summary: one answer per respondent (a resend replaces the earlier one), then
// per 1–5 statement the count, the mean and the distribution, and the strengths and areas for improvement listed.
// Pure, so the debrief, the Markdown export and the after-action report all count the same way.
import { type FeedbackStatement, feedbackStatements, type SessionEvent } from './events.ts';

export { type FeedbackStatement, feedbackStatements } from './events.ts';

export type FeedbackEntry = {
  /** The seq of the answer that counts (the latest from this respondent). */
  seq: number;
  at: string;
  author: string;
  role: string | null;
  text: string | null;
  score: number | null;
  strengths: string[];
  improvements: string[];
  statements: Partial<Record<FeedbackStatement, number>>;
};

/** Count, mean and how many answered 1, 2, 3, 4 and 5 (index 0 holds the 1s). */
export type ScoreSummary = { count: number; mean: number | null; distribution: [number, number, number, number, number] };
export type StatementSummary = ScoreSummary & { id: FeedbackStatement };

export type FeedbackSummary = {
  respondents: number;
  /** Respondents per role they gave, most first; those who gave none are counted under null. */
  roles: { role: string | null; count: number }[];
  statements: StatementSummary[];
  /** The older single 1–5 score, for answers that carry one. */
  score: ScoreSummary;
  strengths: { text: string; author: string }[];
  improvements: { text: string; author: string }[];
  remarks: { text: string; author: string }[];
};

/**
 * Who an answer is from, for "one per respondent". A participant's device and solo play answer for one person each
 * (the sender); the facilitator or an observer may type in answers from paper forms, so theirs are told apart by name.
 */
function respondent(e: { by?: string | undefined; author: string }): string {
  if (e.by === undefined) return `name:${e.author}`;
  return e.by === 'facilitator' || e.by === 'observer' ? `${e.by}:${e.author}` : `by:${e.by}`;
}

/** The answers that count, in the order their respondents first answered. */
export function feedbackEntries(events: readonly SessionEvent[]): FeedbackEntry[] {
  const latest = new Map<string, FeedbackEntry>();
  for (const e of events) {
    if (e.type !== 'feedback.submit') continue;
    const entry: FeedbackEntry = {
      seq: e.seq,
      at: e.at,
      author: e.author,
      role: e.role ?? null,
      text: e.text ?? null,
      score: e.score ?? null,
      strengths: e.strengths ?? [],
      improvements: e.improvements ?? [],
      statements: e.statements ?? {},
    };
    const key = respondent(e);
    // Deleting first would move the respondent to the end; keep their place and replace the answer.
    latest.set(key, entry);
  }
  return [...latest.values()];
}

/** The latest answer a given sender (participant id, or "solo") has sent, for prefilling the form again. */
export function feedbackOf(events: readonly SessionEvent[], by: string): FeedbackEntry | null {
  return feedbackEntries(events.filter((e) => e.type === 'feedback.submit' && e.by === by)).at(-1) ?? null;
}

export function scoreSummary(values: readonly number[]): ScoreSummary {
  const distribution: ScoreSummary['distribution'] = [0, 0, 0, 0, 0];
  for (const v of values) distribution[v - 1] = (distribution[v - 1] ?? 0) + 1;
  const count = values.length;
  const mean = count === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / count) * 100) / 100;
  return { count, mean, distribution };
}

export function summariseFeedback(entries: readonly FeedbackEntry[]): FeedbackSummary {
  const roles = new Map<string | null, number>();
  for (const e of entries) roles.set(e.role, (roles.get(e.role) ?? 0) + 1);
  const listed = (pick: (e: FeedbackEntry) => readonly string[]) =>
    entries.flatMap((e) => pick(e).map((text) => ({ text, author: e.author })));
  return {
    respondents: entries.length,
    roles: [...roles].map(([role, count]) => ({ role, count })).sort((a, b) => b.count - a.count),
    statements: feedbackStatements.map((id) => ({
      id,
      ...scoreSummary(entries.flatMap((e) => (e.statements[id] === undefined ? [] : [e.statements[id]]))),
    })),
    score: scoreSummary(entries.flatMap((e) => (e.score === null ? [] : [e.score]))),
    strengths: listed((e) => e.strengths),
    improvements: listed((e) => e.improvements),
    remarks: listed((e) => (e.text === null ? [] : [e.text])),
  };
}

/** What the form sends (the sender's name and seq are filled in by whoever stores it). */
export type FeedbackAnswer = {
  role?: string;
  strengths: string[];
  improvements: string[];
  statements: Partial<Record<FeedbackStatement, number>>;
  text?: string;
};
