// Exercise documents generated from a scenario, so they never drift from what the app plays: the situation manual
// for participants (no options, consequences or endings) and the facilitator guide (everything), each as a small
// document model rendered to Markdown and to print-ready HTML. Pure: the CLI, the browser and tests all call this.
import { formatClock } from '../play/clock.ts';
import { historicalOption } from '../play/fork.ts';
import { optionOf, placeTitle } from '../play/lookup.ts';
import type { Language, Option, Scenario, Text } from '../play/schema.ts';
import type { Block, DocSection, ExerciseDoc } from './doc-render.ts';

export { toHtml, toMarkdown } from './doc-render.ts';

const words = {
  nl: {
    manual: 'Situatiehandboek',
    guide: 'Handleiding voor de facilitator',
    overview: 'Overzicht',
    objectives: 'Leerdoelen',
    roles: 'Rollen',
    agenda: 'Agenda',
    phase: 'Fase',
    situation: 'Situatie',
    questions: 'Vragen om te bespreken',
    duration: 'Duur: {a}–{b} minuten',
    incident: 'Gebaseerd op het incident van {date}, {place}',
    senders: 'Afzenders buiten het crisisteam',
    timing: 'Tijdsverloop',
    stages: 'Alle situaties, berichten, opties en gevolgen',
    injects: 'Berichten',
    options: 'Opties',
    onEnter: 'Gevolgen bij binnenkomst',
    watch: 'Let op',
    historical: 'Wat er echt gebeurde',
    today: 'Wat nu zou gelden (geen historisch feit)',
    endings: 'Afloop',
    map: 'Kaart: waar elke situatie heen leidt',
    debrief: 'Nabespreking',
    sources: 'Bronnen',
    limit: 'tijdslimiet {n} minuten',
    to: 'aan',
    manualRelease: 'door de facilitator vrij te geven',
    historicalOption: 'historische keuze',
    noDecision: 'geen besluit (bij verlopen tijd)',
    next: 'leidt naar',
    cost: 'kost {n} min',
    set: 'zet',
    clear: 'wist',
    exercises: 'oefent',
    realChoice: 'De echte organisatie koos: {option}',
    watchObjectives: 'Deze beslissing oefent: {list}',
    whole: 'het hele crisisteam',
    outcome: { good: 'goed', mixed: 'gemengd', bad: 'slecht' },
  },
  en: {
    manual: 'Situation manual',
    guide: 'Facilitator guide',
    overview: 'Overview',
    objectives: 'Objectives',
    roles: 'Roles',
    agenda: 'Agenda',
    phase: 'Phase',
    situation: 'Situation',
    questions: 'Questions to discuss',
    duration: 'Duration: {a}–{b} minutes',
    incident: 'Based on the incident of {date}, {place}',
    senders: 'Senders outside the crisis team',
    timing: 'Timing',
    stages: 'Every situation, message, option and consequence',
    injects: 'Messages',
    options: 'Options',
    onEnter: 'Consequences on entering',
    watch: 'What to watch for',
    historical: 'What really happened',
    today: 'What would apply today (not historical fact)',
    endings: 'Endings',
    map: 'Map: where each situation leads',
    debrief: 'Debrief',
    sources: 'Sources',
    limit: 'time limit {n} minutes',
    to: 'to',
    manualRelease: 'released by the facilitator',
    historicalOption: 'historical choice',
    noDecision: 'no decision (when time runs out)',
    next: 'leads to',
    cost: 'costs {n} min',
    set: 'sets',
    clear: 'clears',
    exercises: 'exercises',
    realChoice: 'The real organisation chose: {option}',
    watchObjectives: 'This decision exercises: {list}',
    whole: 'the whole crisis team',
    outcome: { good: 'good', mixed: 'mixed', bad: 'bad' },
  },
} as const;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k] ?? ''));
const p = (text: string): Block => ({ kind: 'p', text });
const list = (items: string[]): Block => ({ kind: 'list', items });
const h3 = (text: string): Block => ({ kind: 'h3', text });
const paragraphs = (text: string): Block[] =>
  text
    .split(/\n\s*\n/)
    .filter((x) => x.trim())
    .map((x) => p(x.trim()));

/** The stages grouped by phase, in the order the scenario lists them. */
function phases(s: Scenario, lang: Language): { phase: string; stages: Scenario['stages'] }[] {
  const out: { phase: string; stages: Scenario['stages'] }[] = [];
  for (const st of s.stages) {
    const phase = st.phase?.[lang] ?? st.title[lang];
    const last = out[out.length - 1];
    if (last && last.phase === phase) last.stages.push(st);
    else out.push({ phase, stages: [st] });
  }
  return out;
}

const stageTime = (s: Scenario, st: Scenario['stages'][number], lang: Language) =>
  st.at ? formatClock(s, Math.round((Date.parse(st.at) - Date.parse(s.start)) / 60000), lang) : null;

function common(s: Scenario, lang: Language): DocSection[] {
  const w = words[lang];
  return [
    {
      heading: w.overview,
      blocks: [
        p(s.teaser[lang]),
        ...paragraphs(s.setting.description[lang]),
        p(fill(w.incident, { date: s.incident.date, place: s.incident.place[lang] })),
        p(fill(w.duration, { a: s.duration[0], b: s.duration[1] })),
      ],
    },
    { heading: w.objectives, blocks: [list(s.objectives.map((o) => o.text[lang]))] },
    { heading: w.roles, blocks: [list(s.roles.map((r) => `${r.name[lang]}: ${r.description[lang]}`))] },
  ];
}

/** For participants: overview, objectives, roles, agenda, each phase's situation and questions. No options, consequences or endings. */
export function situationManual(s: Scenario, lang: Language): ExerciseDoc {
  const w = words[lang];
  const groups = phases(s, lang);
  return {
    title: s.title[lang],
    subtitle: w.manual,
    lang,
    sections: [
      ...common(s, lang),
      {
        heading: w.agenda,
        blocks: [
          list(groups.map((g) => [stageTime(s, g.stages[0] as Scenario['stages'][number], lang), g.phase].filter(Boolean).join(' — '))),
        ],
      },
      ...groups.map((g) => ({
        heading: `${w.phase}: ${g.phase}`,
        blocks: g.stages.flatMap((st) => [
          h3([stageTime(s, st, lang), st.title[lang]].filter(Boolean).join(' — ')),
          ...paragraphs(st.situation[lang]),
          p(`${w.questions}: ${st.decision.prompt[lang]}`),
        ]),
      })),
      { heading: w.questions, blocks: [list(s.debrief.questions.map((q) => q[lang]))] },
    ],
  };
}

function optionLine(s: Scenario, o: Option, lang: Language): string {
  const w = words[lang];
  const label = (id: string) => s.metrics.find((m) => m.id === id)?.label[lang] ?? id;
  const place = (id: string) => placeTitle(s, id)[lang];
  const next = typeof o.next === 'string' ? [o.next] : o.next.map((r) => r.to);
  const parts = [
    o.label[lang],
    o.historical ? `(${w.historicalOption})` : '',
    o.noDecision ? `(${w.noDecision})` : '',
    Object.entries(o.effects ?? {})
      .map(([m, d]) => `${label(m)} ${d > 0 ? `+${d}` : `−${-d}`}`)
      .join(', '),
    o.cost ? fill(w.cost, { n: o.cost }) : '',
    o.set?.length ? `${w.set} ${o.set.join(', ')}` : '',
    o.clear?.length ? `${w.clear} ${o.clear.join(', ')}` : '',
    o.objectives?.length ? `${w.exercises} ${o.objectives.join(', ')}` : '',
    `${w.next} ${[...new Set(next)].map(place).join(' / ')}`,
  ].filter(Boolean);
  return `${parts.join(' · ')} — ${o.consequence[lang]}`;
}

/** For the facilitator: every stage, inject, option and consequence, the historical notes, timing, what to watch for, the map. */
export function facilitatorGuide(s: Scenario, lang: Language): ExerciseDoc {
  const w = words[lang];
  const name = (id: string): string => s.senders.find((x) => x.id === id)?.name[lang] ?? s.roles.find((x) => x.id === id)?.name[lang] ?? id;
  const objective = (id: string) => s.objectives.find((o) => o.id === id)?.text[lang] ?? id;
  const text = (t: Text) => t[lang];
  return {
    title: s.title[lang],
    subtitle: w.guide,
    lang,
    sections: [
      ...common(s, lang),
      { heading: w.senders, blocks: [list(s.senders.map((x) => x.name[lang]))] },
      {
        heading: w.timing,
        blocks: [
          list(
            s.stages.map((st) =>
              [stageTime(s, st, lang), st.title[lang], st.decision.timeLimit ? fill(w.limit, { n: st.decision.timeLimit }) : '']
                .filter(Boolean)
                .join(' — '),
            ),
          ),
        ],
      },
      {
        heading: w.stages,
        blocks: s.stages.flatMap((st) => {
          const hist = historicalOption(s, st.id);
          const watched = [...new Set(st.decision.options.flatMap((o) => o.objectives ?? []))];
          const notes = s.debrief.historical.filter((n) => n.stage === st.id);
          return [
            h3([st.phase?.[lang], stageTime(s, st, lang), st.title[lang]].filter(Boolean).join(' — ')),
            ...paragraphs(st.situation[lang]),
            ...(st.injects?.length
              ? [
                  p(`${w.injects}:`),
                  list(
                    st.injects.map(
                      (i) =>
                        `${name(i.from)} ${w.to} ${i.to ? name(i.to) : w.whole}${i.release === 'facilitator' ? ` (${w.manualRelease})` : ''}: ${text(i.subject)} — ${text(i.body)}`,
                    ),
                  ),
                ]
              : []),
            ...(st.onEnter?.length ? [p(`${w.onEnter}:`), list(st.onEnter.map((c) => c.text[lang]))] : []),
            p(`${st.decision.prompt[lang]}${st.decision.timeLimit ? ` (${fill(w.limit, { n: st.decision.timeLimit })})` : ''}`),
            p(`${w.options}:`),
            list(st.decision.options.map((o) => optionLine(s, o, lang))),
            p(
              `${w.watch}: ${[
                watched.length ? fill(w.watchObjectives, { list: watched.map(objective).join(', ') }) : '',
                hist ? fill(w.realChoice, { option: optionOf(s, st.id, hist)?.label[lang] ?? hist }) : '',
              ]
                .filter(Boolean)
                .join(' ')}`,
            ),
            ...notes.map((n) => p(`${n.today ? w.today : w.historical}: ${n.text[lang]}`)),
          ];
        }),
      },
      {
        heading: w.endings,
        blocks: s.endings.flatMap((e) => [h3(`${e.title[lang]} (${w.outcome[e.outcome]})`), ...paragraphs(e.summary[lang])]),
      },
      {
        heading: w.map,
        blocks: [
          list(
            s.stages.map((st) => {
              const targets = [
                ...new Set(st.decision.options.flatMap((o) => (typeof o.next === 'string' ? [o.next] : o.next.map((r) => r.to)))),
              ];
              return `${st.id} → ${targets.join(', ')}`;
            }),
          ),
        ],
      },
      {
        heading: w.debrief,
        blocks: [...paragraphs(s.debrief.realStory[lang]), p(`${w.questions}:`), list(s.debrief.questions.map(text))],
      },
      {
        heading: w.sources,
        blocks: [list(s.debrief.sources.map((x) => [x.name, x.publisher, x.date, x.url].filter(Boolean).join(', ')))],
      },
    ],
  };
}
