// The new-session screen's scenario picker: a built-in scenario, an own scenario from this browser (IndexedDB) or a
// file, the last two uploaded to the server and checked there; a refused file shows each problem with its line and
// field in the facilitator's language, and the session is created only from a scenario the server accepted.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkUpload } from '../../../src/engine/analyse/check-upload';
import type { UploadResult } from '../../../src/net/api';
import { useOwnScenariosStore } from '../../../src/store/ownScenarios';
import { NewSessionScreen } from '../../../src/ui/facilitate/NewSessionScreen';
import { expectNoAxeViolations, miniScenario, resetStores } from '../support';

const example = readFileSync(resolve(import.meta.dirname, '../../../docs/example-scenario.yaml'), 'utf8');
const broken = example.replace('kind: phone #', 'kind: fax #');
const faxLine = broken.split('\n').findIndex((l) => l.includes('kind: fax')) + 1;
const mini = miniScenario();
const catalog = [
  {
    id: mini.id,
    version: mini.version,
    title: mini.title,
    teaser: mini.teaser,
    incident: mini.incident,
    hospital: mini.setting.hospital,
    duration: mini.duration,
    roles: mini.roles.map(({ id, name, description }) => ({ id, name, description })),
    endings: mini.endings.map(({ id, outcome, title }) => ({ id, outcome, title })),
  },
];
const HASH = '0123456789abcdef';

/** The server's check, as the route answers it: the same checker in this thread. */
const uploads: string[] = [];
async function fakeUpload(text: string): Promise<UploadResult> {
  uploads.push(text);
  const r = checkUpload(text);
  if (r.ok) return { ok: true, value: { hash: HASH, entry: r.entry, warnings: r.warnings } };
  return { ok: false, status: 422, message: 'the scenario was refused', findings: r.errors };
}

let created: Record<string, unknown>[] = [];
configure({ asyncUtilTimeout: 10_000 });
beforeEach(() => {
  uploads.length = 0;
  created = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/health') return Response.json({ app: 'draaiboek', version: 't', store: 'sqlite', openSessions: 0 });
      created.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
      return Response.json(
        { sessionId: 'sabc', code: 'ACDEFG', tokens: { facilitator: 'f', projector: 'p', observer: 'o' }, links: {} },
        { status: 201 },
      );
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

const file = (text: string, name: string) => new File([text], name, { type: 'text/yaml' });

function renderScreen(onCreated = vi.fn()) {
  render(<NewSessionScreen catalog={catalog} onCreated={onCreated} upload={fakeUpload} />);
  return onCreated;
}

describe('picking the scenario of a new session', () => {
  it('shows the server’s findings for a bad file in Dutch with line and field, and keeps the scenario picked before', async () => {
    resetStores('nl');
    renderScreen();
    await userEvent.upload(await screen.findByLabelText('Of upload een scenariobestand (YAML of JSON)'), file(broken, 'kapot.yaml'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('kapot.yaml is geweigerd door de server: er is 1 probleem.')).toBeVisible();
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      `regel ${faxLine}veld stages › 0 › injects › 0 › kindkind moet een van deze zijn: news, email, phone, chat, ticket, social, advisory, memo`,
    );
    // The list still shows the scenario that was picked before, and a session can be made of that one only.
    expect(screen.getByLabelText('Scenario')).toHaveDisplayValue(mini.title.nl);
    await userEvent.click(screen.getByRole('button', { name: 'Sessie maken' }));
    expect(created).toEqual([expect.objectContaining({ scenarioId: 'mini' })]);
    expect(created[0]).not.toHaveProperty('scenarioHash');
    await expectNoAxeViolations();
  });

  it('creates the session from an uploaded file with the hash the server gave', async () => {
    resetStores('en');
    const onCreated = renderScreen();
    await userEvent.upload(await screen.findByLabelText('Or upload a scenario file (YAML or JSON)'), file(example, 'mine.yaml'));
    await screen.findByText('Example: the supplier account at night passed the server’s check and is ready.');
    expect(screen.getByLabelText('Scenario')).toHaveDisplayValue('Example: the supplier account at night (uploaded: mine.yaml)');
    // The deciding role comes from the uploaded scenario's own roles.
    await userEvent.click(screen.getByRole('radio', { name: 'One role decides' }));
    expect(
      within(screen.getByLabelText('The deciding role'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['CISO', 'Care manager']);
    await userEvent.click(screen.getByRole('button', { name: 'Create session' }));
    expect(created).toEqual([
      expect.objectContaining({ scenarioId: 'example-supplier-account', scenarioHash: HASH, decisionMode: 'role' }),
    ]);
    expect(onCreated).toHaveBeenCalledWith(expect.stringMatching(/^\/f\/sabc#k=f/));
  });

  it('offers the own scenarios of this browser and uploads the one picked', async () => {
    resetStores('nl');
    const checked = checkUpload(example);
    if (!checked.ok) throw new Error('example refused');
    await useOwnScenariosStore.getState().add(checked.scenario, checked.entry, 'voorbeeld.yaml');
    renderScreen();
    const select = await screen.findByLabelText('Scenario');
    const group = within(select).getByRole('group', { name: 'Eigen scenario’s in deze browser' });
    await userEvent.selectOptions(select, within(group).getByRole('option', { name: checked.entry.title.nl }));
    await screen.findByText(`${checked.entry.title.nl} is door de controle van de server gekomen en staat klaar.`);
    expect(JSON.parse(uploads[0] ?? '{}')).toMatchObject({ id: 'example-supplier-account' });
    await userEvent.click(screen.getByRole('button', { name: 'Sessie maken' }));
    expect(created[0]).toMatchObject({ scenarioId: 'example-supplier-account', scenarioHash: HASH });
    // Back to a built-in scenario: no hash goes with it.
    await userEvent.selectOptions(select, mini.title.nl);
    await userEvent.click(screen.getByRole('button', { name: 'Sessie maken' }));
    expect(created[1]).toEqual(expect.objectContaining({ scenarioId: 'mini' }));
    expect(created[1]).not.toHaveProperty('scenarioHash');
    await expectNoAxeViolations();
  });
});
