// The after-action report and improvement plan (HSEEP AAR/IP; in Dutch hospitals: evaluatieverslag + verbeterplan) of
// one session or of a course's sessions, as data: title block, exercise overview, per objective the rating with the
// decisions that showed strengths and areas for improvement, observations and hot-wash items, the decision timeline,
// Appendix A (improvement plan), Appendix B (participants and roles) and the feedback summary. Renderers live in the UI.
import type { Rating } from '../play/events.ts';
import { indexOf } from '../play/index.ts';
import { buildReport, type OptionRef, type PlaceRef, type Report } from '../play/report.ts';
import type { Outcome, Scenario, Text } from '../play/schema.ts';
import type { Session } from '../play/session.ts';
import { type FeedbackAnswer, type FeedbackSummary, feedbackAnswers, summariseFeedback } from './feedback.ts';
import { type PlanRow, planRows } from './plan.ts';

/** What the log does not know and the evaluator fills in on screen; an empty field falls back to what the scenario says. */
export type ExerciseDetails = {
  name: string;
  scope: string;
  threat: string;
  scenario: string;
  organisations: string;
  contact: string;
};
export const detailFields = [
  'name',
  'scope',
  'threat',
  'scenario',
  'organisations',
  'contact',
] as const satisfies (keyof ExerciseDetails)[];

export type AarSessionInput = { label: string; session: Session; report?: Report };

/** A decision that showed a strength (the option exercised the objective) or an area for improvement. */
export type Finding = { label: string; seq: number; stage: PlaceRef; option: OptionRef | null; timeout: boolean };

export type AarObjective = {
  id: string;
  text: Text;
  /** One rating per session (team). */
  ratings: {
    label: string;
    rating: Rating;
    computed: Rating | null;
    reason: string | null;
    performed: number;
    opportunities: number;
    /** Still under way with no decision on this objective so far (see ObjectiveResult). */
    notYet: boolean;
  }[];
  strengths: Finding[];
  improvements: Finding[];
  observations: { label: string; text: string; author: string }[];
  hotwash: { label: string; kind: 'strength' | 'improvement'; text: string; author: string | null }[];
};

export type AarDecision = {
  seq: number;
  clock: number;
  kind: 'choice' | 'timeout';
  stage: PlaceRef;
  option: OptionRef | null;
  undone: boolean;
  /** Whether it was the real organisation's choice; null where the scenario names none. */
  historical: boolean | null;
  /** The metric changes in short: "Continuity of care −20". */
  changes: { label: Text; delta: number }[];
};

export type AarTeam = {
  label: string;
  role: { id: string; name: Text };
  decisionMode: Session['decisionMode'];
  playedFrom: string | null;
  playedTo: string | null;
  ending: { title: Text; outcome: Outcome } | null;
  decisions: AarDecision[];
  problem: string | null;
};

export type AarParticipant = { label: string; name: string; role: Text };

export type Aar = {
  kind: 'session' | 'course';
  scenario: { id: string; version: number; title: Text };
  overview: {
    /** The evaluator's own name for the exercise, else the scenario title in the report's languages. */
    name: string | null;
    playedFrom: string | null;
    playedTo: string | null;
    scope: string | null;
    objectives: { id: string; text: Text }[];
    threat: { text: string | null; teaser: Text; incidentDate: string; place: Text };
    scenario: { text: string | null; description: Text };
    organisations: { text: string | null; hospital: string; senders: Text[] };
    contact: string | null;
  };
  teams: AarTeam[];
  objectives: AarObjective[];
  /** Hot-wash items sent for the exercise as a whole, not for one objective. */
  hotwash: AarObjective['hotwash'];
  plan: PlanRow[];
  participants: AarParticipant[];
  feedback: FeedbackSummary;
};

const filled = (v: string | undefined) => (v?.trim() ? v.trim() : null);

function decisionsOf(r: Report): AarDecision[] {
  return r.timeline.flatMap((i) =>
    i.kind === 'delayed'
      ? []
      : [
          {
            seq: i.seq,
            clock: i.clock,
            kind: i.kind,
            stage: i.place,
            option: i.kind === 'timeout' ? null : i.option,
            undone: i.undone,
            historical: i.history?.matched ?? null,
            changes: i.changes.map((c) => ({ label: c.label, delta: c.delta })),
          },
        ],
  );
}

function participantsOf(s: Scenario, label: string, session: Session, r: Report): AarParticipant[] {
  const roles = indexOf(s).roles;
  const name = (id: string) => roles.get(id)?.name ?? { nl: id, en: id };
  // A solo session has one player: the role played, named by the team's label.
  if (r.participants.length === 0) return [{ label, name: label, role: name(session.role) }];
  return r.participants.map((p) => ({ label, name: p.name, role: name(p.role) }));
}

/**
 * The report of one session (`kind: "session"`) or of several sessions of the same scenario, a course's teams
 * (`kind: "course"`). A ready report can be handed in with each session when the caller already built it.
 */
export function buildAar(s: Scenario, inputs: readonly AarSessionInput[], details: Partial<ExerciseDetails> = {}): Aar {
  const sessions = inputs.map((i) => ({ ...i, report: i.report ?? buildReport(s, i.session) }));
  const objectives: AarObjective[] = s.objectives.map((o) => ({
    id: o.id,
    text: o.text,
    ratings: [],
    strengths: [],
    improvements: [],
    observations: [],
    hotwash: [],
  }));
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const general: Aar['hotwash'] = [];
  const answers: FeedbackAnswer[] = [];
  for (const { label, report } of sessions) {
    for (const r of report.objectives) {
      const o = byId.get(r.id);
      if (!o) continue;
      o.ratings.push({
        label,
        rating: r.rating,
        computed: r.computed,
        reason: r.override?.reason ?? null,
        performed: r.performed,
        opportunities: r.opportunities,
        notYet: r.notYet,
      });
      for (const x of r.reasons) {
        const finding = { label, seq: x.seq, stage: x.stage, option: x.option, timeout: x.timeout };
        (x.performed ? o.strengths : o.improvements).push(finding);
      }
      o.observations.push(...r.observations.map((x) => ({ label, text: x.text, author: x.author })));
    }
    // The hot wash as the facilitator left it: items removed or merged as duplicates are not listed again.
    for (const item of report.hotwash) {
      const entry = { label, kind: item.kind, text: item.text, author: item.author };
      const o = item.objective ? byId.get(item.objective.id) : undefined;
      (o ? o.hotwash : general).push(entry);
    }
    answers.push(...feedbackAnswers(label, report.feedback));
  }
  const times = sessions.flatMap((x) => [x.report.playedFrom, x.report.playedTo]).filter((t): t is string => t !== null);
  times.sort();
  return {
    kind: inputs.length > 1 ? 'course' : 'session',
    scenario: { id: s.id, version: s.version, title: s.title },
    overview: {
      name: filled(details.name),
      playedFrom: times[0] ?? null,
      playedTo: times[times.length - 1] ?? null,
      scope: filled(details.scope),
      objectives: s.objectives.map((o) => ({ id: o.id, text: o.text })),
      threat: { text: filled(details.threat), teaser: s.teaser, incidentDate: s.incident.date, place: s.incident.place },
      scenario: { text: filled(details.scenario), description: s.setting.description },
      organisations: { text: filled(details.organisations), hospital: s.setting.hospital, senders: s.senders.map((x) => x.name) },
      contact: filled(details.contact),
    },
    teams: sessions.map(({ label, session, report }) => ({
      label,
      role: report.role,
      decisionMode: session.decisionMode,
      playedFrom: report.playedFrom,
      playedTo: report.playedTo,
      ending: report.ending ? { title: report.ending.title, outcome: report.ending.outcome } : null,
      decisions: decisionsOf(report),
      problem: report.problem?.message ?? null,
    })),
    objectives,
    hotwash: general,
    plan: sessions.flatMap(({ label, session }) => planRows(label, session.events)),
    participants: sessions.flatMap(({ label, session, report }) => participantsOf(s, label, session, report)),
    feedback: summariseFeedback(answers),
  };
}
