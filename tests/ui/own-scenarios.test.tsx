// Own scenarios on the start screen: a file is checked, its problems shown with line and field in the player's
// language, a good one is kept in IndexedDB for next time, marked as own, playable and removable.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkUpload } from '../../src/engine/analyse/check-upload';
import { useOwnScenariosStore } from '../../src/store/ownScenarios';
import { OwnScenarios } from '../../src/ui/start/OwnScenarios';
import { expectNoAxeViolations, renderApp, resetStores } from './support';

const example = readFileSync(resolve(import.meta.dirname, '../../docs/example-scenario.yaml'), 'utf8');
/** The title loses its English text and the first inject gets a kind that does not exist. */
const broken = example
  .replace(
    'title: { nl: "Voorbeeld: het nachtelijke leveranciersaccount", en: "Example: the supplier account at night" }',
    'title: { nl: "Voorbeeld" }',
  )
  .replace('kind: phone #', 'kind: fax #');
const lineOf = (needle: string) => broken.split('\n').findIndex((l) => l.includes(needle)) + 1;

const file = (text: string, name: string) => new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/yaml' });

// The checker runs in the test's own thread here (jsdom has no workers): give it time on a busy machine.
configure({ asyncUtilTimeout: 10_000 });
beforeEach(() => resetStores('nl'));

async function upload(text: string, name = 'scenario.yaml', label = 'Scenariobestand (YAML of JSON)') {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText(label), file(text, name));
  return user;
}

describe('loading an own scenario', () => {
  it('shows each problem with its line and field in Dutch, and keeps nothing', async () => {
    renderApp();
    await upload(broken, 'kapot.yaml');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('kapot.yaml is niet geladen: er zijn 2 problemen.')).toBeVisible();
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      `regel ${lineOf('title: { nl: "Voorbeeld" }')}veld title › ende Engelse tekst (en) ontbreekt`,
      `regel ${lineOf('kind: fax')}veld stages › 0 › injects › 0 › kindkind moet een van deze zijn: news, email, phone, chat, ticket, social, advisory, memo`,
    ]);
    expect(screen.queryByText('Eigen scenario')).not.toBeInTheDocument();
  });

  it('says the same in English', async () => {
    resetStores('en');
    renderApp();
    await upload(broken, 'broken.yaml', 'Scenario file (YAML or JSON)');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('broken.yaml was not loaded: there are 2 problems.')).toBeVisible();
    expect(within(alert).getAllByRole('listitem')[0]).toHaveTextContent(
      `line ${lineOf('title: { nl: "Voorbeeld" }')}field title › enEnglish text (en) is missing`,
    );
  });

  it('keeps a good scenario, marked as own, and finds it again after a reload', async () => {
    const { unmount } = renderApp();
    await upload(example, 'voorbeeld.yaml');
    expect(await screen.findByText('Voorbeeld: het nachtelijke leveranciersaccount is geladen en bewaard.')).toBeVisible();
    const card = screen.getByRole('article', { name: 'Voorbeeld: het nachtelijke leveranciersaccount' });
    expect(within(card).getByText('Eigen scenario')).toBeVisible();
    unmount();
    useOwnScenariosStore.setState({ entries: [], ready: false });
    renderApp();
    expect(await screen.findByRole('article', { name: 'Voorbeeld: het nachtelijke leveranciersaccount' })).toBeVisible();
  });

  it('accepts the same scenario as JSON, replacing the earlier version', async () => {
    renderApp();
    await upload(example, 'voorbeeld.yaml');
    await screen.findByText(/is geladen en bewaard/);
    const { parse } = await import('yaml');
    await upload(JSON.stringify(parse(example)), 'voorbeeld.json');
    expect(await screen.findByText(/is geladen en vervangt de eerdere versie/)).toBeVisible();
    expect(screen.getAllByText('Eigen scenario')).toHaveLength(1);
  });

  it('plays an own scenario like a built-in one', async () => {
    renderApp();
    const user = await upload(example);
    await user.click(await screen.findByRole('button', { name: 'Spelen: Voorbeeld: het nachtelijke leveranciersaccount' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Voorbeeld: het nachtelijke leveranciersaccount/ })).toBeVisible();
  });

  it('removes an own scenario after asking, and only then', async () => {
    renderApp();
    const user = await upload(example);
    await user.click(await screen.findByRole('button', { name: 'Verwijderen: Voorbeeld: het nachtelijke leveranciersaccount' }));
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.getByText('Eigen scenario')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Verwijderen: Voorbeeld: het nachtelijke leveranciersaccount' }));
    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    await expect.poll(() => screen.queryByText('Eigen scenario')).toBeNull();
    await useOwnScenariosStore.getState().refresh();
    expect(useOwnScenariosStore.getState().entries).toEqual([]);
  });

  it('refuses a scenario that takes the id of a built-in one', async () => {
    renderApp();
    await upload(example.replace('id: example-supplier-account', 'id: mini'), 'kopie.yaml');
    expect(await screen.findByRole('alert')).toHaveTextContent('het id "mini" hoort al bij een ingebouwd scenario');
  });

  it('refuses a file over the size limit before parsing it', async () => {
    renderApp();
    await upload(`# ${'x'.repeat(2 * 1024 * 1024)}\n${example}`, 'groot.yaml');
    expect(await screen.findByRole('alert')).toHaveTextContent(/het bestand is 2.0 MB; een scenariobestand mag hoogstens 2.0 MB zijn/);
  });

  it('takes a dropped file like a picked one', async () => {
    render(<OwnScenarios builtInIds={[]} hasSave={() => false} onPlay={() => {}} check={async (t) => checkUpload(t)} />);
    const zone = screen.getByLabelText('Scenariobestand (YAML of JSON)').closest('.dropzone') as HTMLElement;
    const dataTransfer = { files: [file(broken, 'gesleept.yaml')] };
    const { fireEvent } = await import('@testing-library/react');
    fireEvent.dragOver(zone, { dataTransfer });
    expect(zone).toHaveClass('dropzone--over');
    fireEvent.drop(zone, { dataTransfer });
    expect(await screen.findByText('gesleept.yaml is niet geladen: er zijn 2 problemen.')).toBeVisible();
  });

  it('shows that it is checking while the checker works', async () => {
    let finish: (v: ReturnType<typeof checkUpload>) => void = () => {};
    const slow = () =>
      new Promise<ReturnType<typeof checkUpload>>((r) => {
        finish = r;
      });
    render(<OwnScenarios builtInIds={[]} hasSave={() => false} onPlay={() => {}} check={slow} />);
    await upload(example);
    expect(screen.getByRole('status')).toHaveTextContent('Bezig met controleren…');
    expect(screen.getByLabelText('Scenariobestand (YAML of JSON)')).toBeDisabled();
    finish(checkUpload(broken));
    expect(await screen.findByRole('alert')).toBeVisible();
  });

  it('has no axe violations with an own scenario and a refused file on screen', async () => {
    renderApp();
    await upload(example);
    await screen.findByText(/is geladen en bewaard/);
    await upload(broken);
    await screen.findByRole('alert');
    await expectNoAxeViolations();
  });
});
