// The feedback form's answers summarised for the after-action report, across every team of a course: how many
// answered (and in which roles), the spread of every 1–5 statement, and the strengths and areas for improvement
// named most often. Who counts as one respondent and how a statement is counted come from the play module, so the
// debrief's hot wash and the report never disagree about the same session.
import { type FeedbackEntry, feedbackStatements, type ScoreSummary, type StatementSummary, scoreSummary } from '../play/feedback.ts';

export type { StatementSummary } from '../play/feedback.ts';

/** One respondent's answer, with the team (session) it belongs to. */
export type FeedbackAnswer = FeedbackEntry & { label: string };

export type Mention = { text: string; count: number };

export type FeedbackSummary = {
  responses: number;
  roles: { role: string; count: number }[];
  statements: StatementSummary[];
  /** The overall 1–5 score of older forms, when given. */
  score: ScoreSummary;
  strengths: Mention[];
  improvements: Mention[];
  remarks: { author: string; text: string }[];
};

/** A session's answers as the report counts them (one per respondent, see feedbackEntries), labelled by team. */
export function feedbackAnswers(label: string, entries: readonly FeedbackEntry[]): FeedbackAnswer[] {
  return entries.map((e) => ({ ...e, label }));
}

/** Texts that differ only in case, spaces or a closing full stop count as one; the first spelling is kept. */
function mentions(texts: string[], top: number): Mention[] {
  const byKey = new Map<string, Mention>();
  for (const text of texts) {
    const key = text
      .trim()
      .toLocaleLowerCase('nl')
      .replace(/\s+/g, ' ')
      .replace(/[.!]+$/, '');
    const known = byKey.get(key);
    if (known) known.count += 1;
    else byKey.set(key, { text: text.trim(), count: 1 });
  }
  // A stable sort: equal counts keep the order they were first named in.
  return [...byKey.values()].sort((a, b) => b.count - a.count).slice(0, top);
}

export function summariseFeedback(answers: readonly FeedbackAnswer[], top = 5): FeedbackSummary {
  const roles = new Map<string, number>();
  for (const a of answers) if (a.role) roles.set(a.role, (roles.get(a.role) ?? 0) + 1);
  return {
    responses: answers.length,
    roles: [...roles].map(([role, count]) => ({ role, count })),
    statements: feedbackStatements.map((id) => ({
      id,
      ...scoreSummary(answers.flatMap((a) => (a.statements[id] === undefined ? [] : [a.statements[id]]))),
    })),
    score: scoreSummary(answers.flatMap((a) => (a.score === null ? [] : [a.score]))),
    strengths: mentions(
      answers.flatMap((a) => a.strengths),
      top,
    ),
    improvements: mentions(
      answers.flatMap((a) => a.improvements),
      top,
    ),
    remarks: answers.flatMap((a) => (a.text ? [{ author: a.author, text: a.text }] : [])),
  };
}
