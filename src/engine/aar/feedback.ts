// The feedback form's answers summarised for the after-action report: how many answered (and in which roles), the
// mean and the spread of every 1–5 statement, and the strengths and areas for improvement named most often.
import { type FeedbackStatement, feedbackStatements, type SessionEvent } from '../play/events.ts';

export type FeedbackAnswer = {
  /** The team (session) the answer belongs to. */
  label: string;
  author: string;
  role: string | null;
  strengths: string[];
  improvements: string[];
  statements: Partial<Record<FeedbackStatement, number>>;
  score: number | null;
  remark: string | null;
};

export type StatementSummary = {
  id: FeedbackStatement;
  count: number;
  mean: number | null;
  /** How many answered 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
};

export type Mention = { text: string; count: number };

export type FeedbackSummary = {
  responses: number;
  roles: { role: string; count: number }[];
  statements: StatementSummary[];
  /** The overall 1–5 score of older forms, when given. */
  score: Omit<StatementSummary, 'id'>;
  strengths: Mention[];
  improvements: Mention[];
  remarks: { author: string; text: string }[];
};

/** The answers of one session: a respondent who sends the form again replaces their earlier answer. */
export function feedbackAnswers(label: string, events: readonly SessionEvent[]): FeedbackAnswer[] {
  const latest = new Map<string, FeedbackAnswer>();
  for (const e of events) {
    if (e.type !== 'feedback.submit') continue;
    latest.set(e.author, {
      label,
      author: e.author,
      role: e.role ?? null,
      strengths: e.strengths ?? [],
      improvements: e.improvements ?? [],
      statements: { ...e.statements },
      score: e.score ?? null,
      remark: e.text ?? null,
    });
  }
  return [...latest.values()];
}

function spread(values: number[]): Omit<StatementSummary, 'id'> {
  const distribution: StatementSummary['distribution'] = [0, 0, 0, 0, 0];
  for (const v of values) distribution[v - 1] = (distribution[v - 1] ?? 0) + 1;
  const mean = values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;
  return { count: values.length, mean, distribution };
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
      ...spread(answers.flatMap((a) => (a.statements[id] === undefined ? [] : [a.statements[id]]))),
    })),
    score: spread(answers.flatMap((a) => (a.score === null ? [] : [a.score]))),
    strengths: mentions(
      answers.flatMap((a) => a.strengths),
      top,
    ),
    improvements: mentions(
      answers.flatMap((a) => a.improvements),
      top,
    ),
    remarks: answers.flatMap((a) => (a.remark ? [{ author: a.author, text: a.remark }] : [])),
  };
}
