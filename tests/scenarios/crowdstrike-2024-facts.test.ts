// The CrowdStrike scenario checked against what was known when on 19 July 2024 (the brief's corrections): no early
// vendor reassurance, Z-CERT and the ROAZ in their real roles, the law as it applied, and sources for every guess.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../engine/play';

const scenario = loadFile(resolve(import.meta.dirname, '../../scenarios/crowdstrike-2024.yaml'));

function decidingTexts(id: string): string[] {
  const st = scenario.stages.find((s) => s.id === id);
  if (!st) return [];
  return [
    st.situation,
    ...(st.injects ?? []).flatMap((i) => [i.subject, i.body]),
    ...st.decision.options.flatMap((o) => [o.label, o.hint]),
  ].flatMap((t) => (t ? [t.nl, t.en] : []));
}

/** Every text a player can read in a stage: situation, injects, the options' labels, hints and consequences. */
function stageTexts(id: string): string[] {
  const st = scenario.stages.find((s) => s.id === id);
  if (!st) return [];
  return [
    st.situation,
    ...(st.injects ?? []).flatMap((i) => [i.subject, i.body]),
    ...st.decision.options.flatMap((o) => [o.label, o.hint, o.consequence]),
    ...(st.onEnter ?? []).map((c) => c.text),
  ].flatMap((t) => (t ? [t.nl, t.en] : []));
}

describe('crowdstrike-2024: what was known when', () => {
  const atOf = (id: string) => Date.parse(scenario.stages.find((s) => s.id === id)?.at ?? '');
  const revert = Date.parse('2024-07-19T07:27:00+02:00');
  const beforeRevert = scenario.stages.filter((s) => atOf(s.id) < revert).map((s) => s.id);

  it('no stage before the 07:27 revert mentions the revert, a fix, or the vendor saying it is no attack', () => {
    expect(beforeRevert).toEqual(['bluescreens', 'isolation', 'attack_or_fault']);
    for (const id of beforeRevert)
      for (const text of decidingTexts(id)) {
        expect(text).not.toMatch(/07:27|05:27|teruggedraaid|reverted|fix has been deployed|oplossing uitgerold/i);
        expect(text).not.toMatch(
          /CrowdStrike[^.]*(geen (beveiligingsincident|cyberaanval|aanval)|not a (security incident|cyberattack|an attack))/i,
        );
        expect(text).not.toMatch(/CrowdStrike (spreekt van|zegt dat|meldt dat)|CrowdStrike (says it|reports a|speaks of)/);
      }
  });

  it('Z-CERT reports hospitals scaling down only after the first did, around 08:00', () => {
    const advisory = scenario.stages
      .flatMap((s) => (s.injects ?? []).map((i) => ({ stage: s, inject: i })))
      .find((x) => x.inject.id === 'zcert_advisory');
    expect(Date.parse(advisory?.inject.at ?? advisory?.stage.at ?? '')).toBeGreaterThanOrEqual(Date.parse('2024-07-19T08:00:00+02:00'));
  });

  it('the post-incident review is not on the evening of 19 July', () => {
    for (const text of stageTexts('report')) expect(text).not.toMatch(/^Preliminary Post Incident Review$/);
    expect(stageTexts('report').join(' ')).toMatch(/24 juli/);
  });

  it('the ROAZ dispatches nothing: ambulance runs go through the dispatch centre, and it is "het ROAZ"', () => {
    const all = scenario.stages.flatMap((s) => stageTexts(s.id));
    for (const text of all) {
      expect(text).not.toMatch(/\bde ROAZ\b/);
      expect(text).not.toMatch(/ROAZ (verdeelt|spreads|plant|plans|sends|stuurt)/);
    }
    expect(scenario.senders.find((x) => x.id === 'mka')?.name.en).toMatch(/dispatch/i);
  });

  it('does not say hospitals were hit hardest in the Netherlands, and names aviation', () => {
    expect(scenario.debrief.realStory.en).not.toMatch(/hit hardest/);
    expect(scenario.debrief.realStory.en).toMatch(/KLM/);
    expect(scenario.debrief.realStory.nl).toMatch(/KLM/);
  });

  it('puts Cbw reports with Z-CERT and the supervisor, not with the AP and the IGJ', () => {
    const today = scenario.debrief.historical.find((n) => n.today);
    expect(today?.text.en).toMatch(/Z-CERT and the sector's supervisor/);
    expect(today?.text.en).toMatch(/AP[\s\S]*other laws/);
  });

  it('marks the choices the sources do not document as closest to what is known, with a reason', () => {
    const inferred = scenario.debrief.historical.filter((n) => n.inferred).map((n) => n.stage);
    expect(inferred).toEqual(expect.arrayContaining(['bluescreens', 'attack_or_fault', 'repair', 'keys', 'report']));
    expect(scenario.debrief.historical.find((n) => n.stage === 'care')?.inferred).toBeUndefined();
  });
});
