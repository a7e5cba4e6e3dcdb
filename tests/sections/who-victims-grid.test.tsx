import { RouterProvider } from '@tanstack/react-router';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { victimsGridCopy as copy } from '@/content/sections/who';
import { sources as sourceRecords } from '@/data/sources';
import type { Source } from '@/data/types';
import { victims } from '@/data/victims';
import { formatCalendarDate } from '@/lib/calendar-date';
import { createTestRouter, renderWithRouter } from '../utils/render-with-router';

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
        const link = within(details).getAllByRole('link').find((a) => a.getAttribute('href') === source.url);
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
    const router = createTestRouter('/who/');
    router.ssr = { manifest: undefined };
    await router.load();
    const container = document.createElement('div');
    container.innerHTML = renderToString(<RouterProvider router={router} />);
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
