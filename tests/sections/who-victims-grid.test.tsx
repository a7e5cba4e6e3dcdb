import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { findGraphic } from '@/content/graphics';
import { victimsGridCopy as copy } from '@/content/sections/who';
import { sources as sourceRecords } from '@/data/sources';
import type { Source } from '@/data/types';
import { victims } from '@/data/victims';
import { formatCalendarDate } from '@/lib/calendar-date';
import { fillTemplate } from '@/lib/fill-template';
import { hydrateAt, renderWithRouter, serverMarkup } from '../utils/render-with-router';

const sources: readonly Source[] = sourceRecords;

const countText = (shown: number) =>
  copy.count.replace('{shown}', String(shown)).replace('{total}', String(victims.length));

function grid() {
  return screen.getByRole('region', { name: copy.heading });
}

function cardNames() {
  return within(grid())
    .getAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent);
}

describe('the victims grid', { timeout: 20_000 }, () => {
  it('lists every victim with a count', async () => {
    await renderWithRouter('/who/');
    expect(cardNames()).toEqual(victims.map((victim) => victim.name));
    expect(within(grid()).getByRole('status')).toHaveTextContent(countText(victims.length));
    expect(within(grid()).getByRole('button', { name: copy.filters.all })).toHaveAttribute('aria-pressed', 'true');
  });

  it.each(['agency', 'official', 'lawmaker', 'other'] as const)(
    'filters to %s and says how many are shown',
    async (kind) => {
      const user = userEvent.setup();
      await renderWithRouter('/who/');
      const filter = within(grid()).getByRole('button', { name: copy.filters[kind] });
      await user.click(filter);
      const expected = victims.filter((victim) => victim.kind === kind);
      expect(filter).toHaveAttribute('aria-pressed', 'true');
      expect(within(grid()).getByRole('button', { name: copy.filters.all })).toHaveAttribute('aria-pressed', 'false');
      expect(cardNames()).toEqual(expected.map((victim) => victim.name));
      expect(within(grid()).getByRole('status')).toHaveTextContent(countText(expected.length));
      await user.click(within(grid()).getByRole('button', { name: copy.filters.all }));
      expect(cardNames()).toHaveLength(victims.length);
    },
  );

  it('opens each card to what is known, when it became public and the source', async () => {
    const user = userEvent.setup();
    await renderWithRouter('/who/');
    for (const victim of victims) {
      const toggle = within(grid()).getByRole('button', { name: victim.name });
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      // aria-controls wiring has no role query: follow the id it names.
      // eslint-disable-next-line testing-library/no-node-access
      const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '')!;
      expect(within(grid()).getByRole('listitem', { name: victim.name })).toContainElement(details);
      expect(details).not.toBeVisible();
      await user.click(toggle);
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      expect(details).toBeVisible();
      expect(details).toHaveTextContent(victim.known);
      expect(details).toHaveTextContent(formatCalendarDate(victim.publicDate));
      for (const id of victim.sourceIds) {
        const source = sources.find((s) => s.id === id)!;
        const link = within(details)
          .getAllByRole('link')
          .find((a) => a.getAttribute('href') === source.url);
        expect(link, `${victim.id} cites ${id}`).toBeDefined();
      }
      if (victim.sourceIds.length === 0) expect(details).toHaveTextContent(copy.noSource);
      await user.click(toggle);
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(details).not.toBeVisible();
    }
  });

  it('keeps a card open while the filter changes', async () => {
    const user = userEvent.setup();
    await renderWithRouter('/who/');
    const official = victims.find((victim) => victim.kind === 'official')!;
    await user.click(within(grid()).getByRole('button', { name: official.name }));
    await user.click(within(grid()).getByRole('button', { name: copy.filters.official }));
    expect(within(grid()).getByRole('button', { name: official.name })).toHaveAttribute('aria-expanded', 'true');
  });

  it('without JavaScript shows every card open, with no dead controls', async () => {
    const container = document.createElement('div');
    container.innerHTML = await serverMarkup('/who/');
    document.body.append(container);
    expect(cardNames()).toEqual(victims.map((victim) => victim.name));
    for (const victim of victims) {
      const card = within(grid()).getByRole('listitem', { name: victim.name });
      expect(within(card).getByText(victim.known)).toBeVisible();
    }
    expect(within(grid()).queryByRole('button')).not.toBeInTheDocument();
    expect(within(grid()).getByRole('status')).toHaveTextContent(countText(victims.length));
    container.remove();
  });
});

describe('the victims grid in its graphic embed (compact)', { timeout: 20_000 }, () => {
  const url = '/embed/graphics/victims-grid/';
  const title = findGraphic('victims-grid').title;
  const compactGrid = () => screen.getByRole('region', { name: title });
  // In the graphic the names are h2, under the embed's h1.
  const cardHeadings = () => within(compactGrid()).getAllByRole('heading', { level: 2 });
  const showAll = fillTemplate(copy.compact.showAll, { total: victims.length });

  it('takes its name from the embed headline and folds the intro into a closed disclosure', async () => {
    const user = userEvent.setup();
    await renderWithRouter(url);
    expect(screen.queryByRole('heading', { name: copy.heading })).not.toBeInTheDocument();
    const intro = within(compactGrid()).getByText(copy.intro);
    expect(intro).not.toBeVisible();
    await user.click(within(compactGrid()).getByText(copy.compact.about));
    expect(intro).toBeVisible();
  });

  it('shows the first cards and folds the rest behind “Show all”, in order', async () => {
    const user = userEvent.setup();
    await renderWithRouter(url);
    const headings = cardHeadings();
    expect(headings.map((heading) => heading.textContent)).toEqual(victims.map((victim) => victim.name));
    const visible = headings.filter((heading) => isVisible(heading));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(victims.length);
    expect(headings.slice(0, visible.length)).toEqual(visible);
    expect(within(compactGrid()).getByRole('status')).toHaveTextContent(countText(victims.length));
    const toggle = within(compactGrid()).getByText(showAll);
    await user.click(toggle);
    for (const heading of cardHeadings()) expect(heading).toBeVisible();
    // Which of "Show all" and "Show fewer" shows is the stylesheet's to say (the browser checks it); both are there.
    expect(within(compactGrid()).getByText(copy.compact.showFewer)).toBeInTheDocument();
  });

  it('opens a folded card to its details once “Show all” is open', async () => {
    const user = userEvent.setup();
    await renderWithRouter(url);
    const last = victims.at(-1)!;
    await user.click(within(compactGrid()).getByText(showAll));
    const card = within(compactGrid()).getByRole('listitem', { name: last.name });
    await user.click(within(card).getByRole('button', { name: last.name }));
    expect(within(card).getByText(last.known)).toBeVisible();
  });

  it('filters as on the site, with nothing folded when few cards match', async () => {
    const user = userEvent.setup();
    await renderWithRouter(url);
    await user.click(within(compactGrid()).getByRole('button', { name: copy.filters.other }));
    const expected = victims.filter((victim) => victim.kind === 'other');
    const headings = cardHeadings();
    expect(headings.map((heading) => heading.textContent)).toEqual(expected.map((victim) => victim.name));
    for (const heading of headings) expect(heading).toBeVisible();
    expect(
      within(compactGrid()).queryByText(copy.compact.showAll.split('{')[0]!, { exact: false }),
    ).not.toBeInTheDocument();
  });

  it('on /who/ shows the heading, the intro and every card, with nothing folded', async () => {
    await renderWithRouter('/who/');
    expect(within(grid()).getByText(copy.intro)).toBeVisible();
    for (const heading of within(grid()).getAllByRole('heading', { level: 4 })) expect(heading).toBeVisible();
    expect(within(grid()).queryByText(showAll)).not.toBeInTheDocument();
    expect(within(grid()).queryByText(copy.compact.about)).not.toBeInTheDocument();
  });

  it('without JavaScript keeps the folds, every card open inside them, and hydrates without a mismatch', async () => {
    const container = document.createElement('div');
    container.innerHTML = await serverMarkup(url);
    document.body.append(container);
    expect(within(compactGrid()).queryByRole('button')).not.toBeInTheDocument();
    const last = victims.at(-1)!;
    const known = within(within(compactGrid()).getByRole('listitem', { name: last.name })).getByText(last.known);
    expect(known).not.toBeVisible();
    const user = userEvent.setup();
    await user.click(within(compactGrid()).getByText(showAll));
    expect(known).toBeVisible();
    await user.click(within(compactGrid()).getByText(copy.compact.showFewer));
    const { errors, unmount } = await hydrateAt(url, container);
    expect(errors).toEqual([]);
    expect(within(compactGrid()).getByRole('button', { name: copy.filters.all })).toBeInTheDocument();
    unmount();
    container.remove();
  });
});

/** jest-dom's visibility, as a boolean (closed disclosures included). */
function isVisible(element: HTMLElement) {
  try {
    expect(element).toBeVisible();
    return true;
  } catch {
    return false;
  }
}
