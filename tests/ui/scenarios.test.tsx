// Every seeded scenario can be played from the start screen to the debrief through the UI alone:
// choose it, start with the default role and no timer, and keep taking the first available option.

import { catalog } from 'virtual:scenarios';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { resetStores } from './support';

const seeded = ['citrix-2020', 'crowdstrike-2024', 'lab-datalek-2025'];

beforeEach(() => resetStores('en'));

describe.each(seeded)('scenario %s', (id) => {
  it('plays from the start screen to the debrief by keyboard and clicks', async () => {
    const entry = catalog.find((c) => c.id === id);
    expect(entry, `scenarios/${id}.yaml is in the catalogue`).toBeDefined();
    if (!entry) return;
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: `Play: ${entry.title.en}` }));
    await user.click(await screen.findByRole('button', { name: /Start the scenario/ }));
    // The set-up screen stays up until the play screen has loaded.
    await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: /^Set-up/ })).toBeNull());
    const debrief = `Debrief — ${entry.title.en}`;
    let decisions = 0;
    for (let step = 0; step < 200; step++) {
      const heading = await screen.findByRole('heading', { level: 1 });
      if (heading.textContent === debrief) break;
      const onward = screen.queryByRole('button', { name: /^(Continue|To the debrief)/ });
      if (onward) {
        await user.click(onward);
        continue;
      }
      const decision = screen.getByRole('region', { name: 'Decision' });
      const first = within(decision)
        .getAllByRole('button')
        .find((b) => !b.hasAttribute('disabled'));
      expect(first, `an option is available at "${heading.textContent}"`).toBeDefined();
      // Keyboard for the options that have a key, a click for the rest.
      const key = first?.getAttribute('aria-keyshortcuts');
      if (key) await user.keyboard(key);
      else if (first) await user.click(first);
      decisions++;
    }
    expect(await screen.findByRole('heading', { level: 1, name: debrief })).toBeVisible();
    expect(decisions).toBeGreaterThan(0);
  });
});
