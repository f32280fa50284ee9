// The debrief's scenario map: the drawing marks the team's and the historical path, and the list form says the same.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { DebriefScreen } from '../../../src/ui/debrief/DebriefScreen';
import { choose, initI18n, play, scenario } from './setup';

const s = scenario();
/** mini.yaml: the warning times out (the historical choice is "patch"), then "cut" leads to an ending by route. */
const session = play(s, [{ type: 'decision.timeout' }, choose('cut')]);

beforeAll(initI18n);

function show(lang: 'nl' | 'en' = 'en') {
  render(
    <main>
      <DebriefScreen scenario={s} session={session} lang={lang} onHome={() => {}} onPlayAgain={() => {}} />
    </main>,
  );
}

describe('debrief scenario map', () => {
  it('draws every stage and ending, with the team’s path and the historical path marked', async () => {
    show();
    const map = await screen.findByRole('img', { name: 'Map of Small exercise' }, { timeout: 15000 });
    const marked = (cls: string) => [...map.querySelectorAll(`.${cls}`)].map((g) => g.getAttribute('data-place'));
    expect(map.querySelectorAll('.map-node')).toHaveLength(5);
    expect(marked('map-node--team')).toEqual(['warning', 'attack', 'mixed']);
    expect(marked('map-node--historical')).toEqual(['warning', 'attack']);
    expect(within(map).getByText('Your path')).toBeInTheDocument();
  });

  it('has a list form behind a native disclosure, naming the team’s steps and choices', async () => {
    show();
    await userEvent.setup().click(screen.getByText('The map as a list'));
    const list = screen.getByRole('list', { name: 'The map as a list' });
    expect(list).toBeVisible();
    const warning = within(list).getByText('Warning').closest('li') as HTMLElement;
    expect(warning).toHaveTextContent('your step 1, on the historical path');
    expect(within(warning).getByText(/Wait and see → Attack/).parentElement).toHaveTextContent('(your choice)');
    expect(within(warning).getByText(/Patch → Attack/).parentElement).toHaveTextContent('(historical choice)');
    expect(within(list).getByText('Ending: Mixed (Mixed outcome)').closest('li')).toHaveTextContent('your step 3');
  });

  it('speaks Dutch in a Dutch debrief', async () => {
    show('nl');
    expect(await screen.findByRole('img', { name: 'Kaart van Kleine oefening' }, { timeout: 15000 })).toBeInTheDocument();
    expect(screen.getByText('De kaart als lijst')).toBeInTheDocument();
  });

  it('lets the map frame take keyboard focus so it can be scrolled', () => {
    show();
    expect(screen.getByRole('region', { name: 'Map of the scenario (scrollable)' })).toHaveAttribute('tabindex', '0');
  });
});
