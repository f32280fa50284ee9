// Cross-reference checks the schema cannot express: unknown or duplicate ids, route lists, timed decisions.
import type { Condition, Effects, Scenario, StageConsequence } from './schema.ts';

export type RefFinding = { segments: PropertyKey[]; path: string; message: string };

function walkCondition(c: Condition, at: PropertyKey[], visit: (c: Condition, at: PropertyKey[]) => void): void {
  visit(c, at);
  c.all?.forEach((x, i) => {
    walkCondition(x, [...at, 'all', i], visit);
  });
  c.any?.forEach((x, i) => {
    walkCondition(x, [...at, 'any', i], visit);
  });
  if (c.not) walkCondition(c.not, [...at, 'not'], visit);
}

export function checkReferences(s: Scenario): RefFinding[] {
  const out: RefFinding[] = [];
  const report = (segments: PropertyKey[], message: string) =>
    out.push({ segments, path: segments.map((p) => `/${String(p)}`).join(''), message });

  const unique = (ids: string[], at: (i: number) => PropertyKey[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) report(at(i), `duplicate ${what} id "${id}"`);
      seen.add(id);
    });
  };
  unique(
    s.metrics.map((m) => m.id),
    (i) => ['metrics', i, 'id'],
    'metric',
  );
  unique(
    s.roles.map((r) => r.id),
    (i) => ['roles', i, 'id'],
    'role',
  );
  unique(
    s.senders.map((r) => r.id),
    (i) => ['senders', i, 'id'],
    'sender',
  );
  unique(
    s.flags.map((f) => f.id),
    (i) => ['flags', i, 'id'],
    'flag',
  );
  unique(
    s.objectives.map((o) => o.id),
    (i) => ['objectives', i, 'id'],
    'objective',
  );
  unique(
    s.debrief.sources.map((o) => o.id),
    (i) => ['debrief', 'sources', i, 'id'],
    'source',
  );
  const places = [...s.stages.map((st) => st.id), ...s.endings.map((e) => e.id)];
  unique(places, (i) => (i < s.stages.length ? ['stages', i, 'id'] : ['endings', i - s.stages.length, 'id']), 'stage or ending');
  const injectIds: string[] = [];
  const injectAt: PropertyKey[][] = [];
  s.stages.forEach((st, si) => {
    (st.injects ?? []).forEach((inj, ii) => {
      injectIds.push(inj.id);
      injectAt.push(['stages', si, 'injects', ii, 'id']);
    });
  });
  unique(injectIds, (i) => injectAt[i] ?? [], 'inject');

  const metrics = new Set(s.metrics.map((m) => m.id));
  const flags = new Set(s.flags.map((f) => f.id));
  const roles = new Set(s.roles.map((r) => r.id));
  const senders = new Set(s.senders.map((r) => r.id));
  const stages = new Set(s.stages.map((st) => st.id));
  const endings = new Set(s.endings.map((e) => e.id));
  const objectives = new Set(s.objectives.map((o) => o.id));
  const sources = new Set(s.debrief.sources.map((o) => o.id));

  const condition = (c: Condition | undefined, at: PropertyKey[]) => {
    if (!c) return;
    walkCondition(c, at, (x, p) => {
      if (x.flag !== undefined && !flags.has(x.flag)) report([...p, 'flag'], `unknown flag "${x.flag}" (declare it under flags)`);
      if (x.metric !== undefined && !metrics.has(x.metric)) report([...p, 'metric'], `unknown metric "${x.metric}"`);
    });
  };
  const effects = (e: Effects | undefined, at: PropertyKey[]) => {
    for (const k of Object.keys(e ?? {})) if (!metrics.has(k)) report([...at, k], `unknown metric "${k}" in effects`);
  };
  const flagList = (list: string[] | undefined, at: PropertyKey[]) =>
    list?.forEach((f, i) => {
      if (!flags.has(f)) report([...at, i], `unknown flag "${f}" (declare it under flags)`);
    });
  const consequences = (list: StageConsequence[] | undefined, at: PropertyKey[]) =>
    list?.forEach((c, i) => {
      condition(c.when, [...at, i, 'when']);
      effects(c.effects, [...at, i, 'effects']);
      flagList(c.set, [...at, i, 'set']);
      flagList(c.clear, [...at, i, 'clear']);
    });

  if (!stages.has(s.initialStage)) report(['initialStage'], `unknown stage "${s.initialStage}"`);
  const startMs = Date.parse(s.start);

  s.stages.forEach((st, si) => {
    const base: PropertyKey[] = ['stages', si];
    if (st.at && Date.parse(st.at) < startMs) report([...base, 'at'], 'stage time lies before the scenario start');
    consequences(st.onEnter, [...base, 'onEnter']);
    (st.injects ?? []).forEach((inj, ii) => {
      const ip = [...base, 'injects', ii];
      if (!senders.has(inj.from) && !roles.has(inj.from)) report([...ip, 'from'], `unknown sender or role "${inj.from}"`);
      if (inj.to !== undefined && !roles.has(inj.to)) report([...ip, 'to'], `unknown role "${inj.to}"`);
      condition(inj.when, [...ip, 'when']);
    });
    const d = st.decision;
    unique(
      d.options.map((o) => o.id),
      (i) => [...base, 'decision', 'options', i, 'id'],
      'option',
    );
    const waits = d.options.filter((o) => o.noDecision);
    if (waits.length > 1) report([...base, 'decision', 'options'], 'a decision has at most one noDecision option');
    if (d.timeLimit !== undefined && waits.length === 0)
      report([...base, 'decision', 'timeLimit'], 'a timed decision needs a noDecision option (taken when the time runs out)');
    d.options.forEach((o, oi) => {
      const op = [...base, 'decision', 'options', oi];
      condition(o.when, [...op, 'when']);
      if (o.noDecision && o.when) report([...op, 'when'], 'the noDecision option must always be available');
      effects(o.effects, [...op, 'effects']);
      flagList(o.set, [...op, 'set']);
      flagList(o.clear, [...op, 'clear']);
      o.objectives?.forEach((ob, i) => {
        if (!objectives.has(ob)) report([...op, 'objectives', i], `unknown objective "${ob}"`);
      });
      if (typeof o.next === 'string') {
        if (!stages.has(o.next) && !endings.has(o.next)) report([...op, 'next'], `unknown stage or ending "${o.next}"`);
      } else {
        o.next.forEach((r, ri) => {
          const rp = [...op, 'next', ri];
          condition(r.when, [...rp, 'when']);
          if (!stages.has(r.to) && !endings.has(r.to)) report([...rp, 'to'], `unknown stage or ending "${r.to}"`);
          const last = ri === o.next.length - 1;
          if (last && r.when) report([...rp, 'when'], 'the last route must have no condition (it is the fallback)');
          if (!last && !r.when) report([...rp], 'only the last route may go without a condition');
        });
      }
    });
  });
  s.endings.forEach((e, ei) => {
    consequences(e.onEnter, ['endings', ei, 'onEnter']);
  });
  s.debrief.historical.forEach((h, hi) => {
    const hp: PropertyKey[] = ['debrief', 'historical', hi];
    const st = s.stages.find((x) => x.id === h.stage);
    if (!st) report([...hp, 'stage'], `unknown stage "${h.stage}"`);
    else if (h.option && !st.decision.options.some((o) => o.id === h.option))
      report([...hp, 'option'], `unknown option "${h.option}" in stage "${h.stage}"`);
    h.sources.forEach((src, i) => {
      if (!sources.has(src)) report([...hp, 'sources', i], `unknown source "${src}"`);
    });
  });
  return out;
}
