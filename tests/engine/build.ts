// Test helper: a small valid scenario from just its stages, endings, metrics and flags (every text filled in).
import { Scenario, type ScenarioInput } from '../../src/engine/play/schema';

const t = (s: string) => ({ nl: s, en: s });

type OptionSpec = Omit<NonNullable<ScenarioInput['stages'][number]['decision']['options'][number]>, 'label' | 'consequence'>;
type StageSpec = {
  id: string;
  at?: string;
  timeLimit?: number;
  options: OptionSpec[];
  onEnter?: ScenarioInput['stages'][number]['onEnter'];
};

export function build(spec: {
  stages: StageSpec[];
  endings: [string, 'good' | 'mixed' | 'bad'][];
  metrics?: { id: string; start: number; min?: number; max?: number; good?: 'higher' | 'lower' }[];
  flags?: string[];
}): Scenario {
  return Scenario.parse({
    id: 'built',
    version: 1,
    title: t('Built'),
    teaser: t('Built.'),
    incident: { date: '2020-01-14', place: t('Here') },
    duration: [5, 10],
    start: '2020-01-14T20:00:00+01:00',
    setting: { hospital: 'H', description: t('H') },
    objectives: [{ id: 'o', text: t('O') }],
    roles: [{ id: 'r', name: t('R'), description: t('R') }],
    metrics: (spec.metrics ?? [{ id: 'm', start: 50 }]).map((m) => ({ good: 'higher', ...m, label: t(m.id) })),
    flags: (spec.flags ?? []).map((id) => ({ id })),
    initialStage: spec.stages[0]?.id,
    stages: spec.stages.map((st) => ({
      id: st.id,
      ...(st.at ? { at: st.at } : {}),
      title: t(st.id),
      situation: t(st.id),
      ...(st.onEnter ? { onEnter: st.onEnter } : {}),
      decision: {
        prompt: t('?'),
        ...(st.timeLimit ? { timeLimit: st.timeLimit } : {}),
        options: st.options.map((o) => ({ ...o, label: t(o.id), consequence: t(o.id) })),
      },
    })),
    endings: spec.endings.map(([id, outcome]) => ({ id, outcome, title: t(id), summary: t(id) })),
    debrief: { realStory: t('R'), historical: [], sources: [{ id: 's', name: 'S' }], questions: [t('Q')] },
  });
}
