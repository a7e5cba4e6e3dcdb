import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { findGraphic } from '@/content/graphics';
import { numbersCopy as copy } from '@/content/sections/who';
import { figuresThatDisagree } from '@/data/figures-that-disagree';
import { sources as sourceRecords } from '@/data/sources';
import type { Source } from '@/data/types';
import { formatCalendarDate } from '@/lib/calendar-date';
import { hydrateAt, renderWithRouter, serverMarkup } from '../utils/render-with-router';

const sources: readonly Source[] = sourceRecords;

describe('the numbers that disagree', { timeout: 20_000 }, () => {
  it('sets each count beside who gave it, when, and its source, grouped by what is counted', async () => {
    await renderWithRouter('/who/');
    const table = screen.getByRole('table', { name: copy.caption });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([copy.columns.value, copy.columns.who]);
    const measures = [...new Set(figuresThatDisagree.map((claim) => claim.measure))];
    for (const measure of measures) {
      expect(within(table).getByRole('rowheader', { name: measure })).toHaveAttribute('scope', 'rowgroup');
    }
    for (const claim of figuresThatDisagree) {
      const row = within(table)
        .getAllByRole('row')
        .find((candidate) => within(candidate).queryByText(claim.value) !== null)!;
      expect(row).toBeDefined();
      expect(row).toHaveTextContent(claim.who);
      expect(row).toHaveTextContent(formatCalendarDate(claim.date));
      for (const id of claim.sourceIds) {
        const url = sources.find((source) => source.id === id)!.url;
        expect(
          within(row)
            .getAllByRole('link')
            .some((link) => link.getAttribute('href') === url),
        ).toBe(true);
      }
    }
  });

  it('keeps both organization counts rather than reconciling them', async () => {
    await renderWithRouter('/who/');
    const table = screen.getByRole('table', { name: copy.caption });
    const organizations = figuresThatDisagree.filter((claim) => claim.measure === figuresThatDisagree[0]!.measure);
    expect(organizations.length).toBeGreaterThanOrEqual(2);
    expect(new Set(organizations.map((claim) => claim.value)).size).toBe(organizations.length);
    for (const claim of organizations) expect(within(table).getByText(claim.value)).toBeInTheDocument();
  });
});

describe('the numbers that disagree in their graphic embed (compact)', { timeout: 20_000 }, () => {
  const url = '/embed/graphics/numbers-disagree/';
  const title = findGraphic('numbers-disagree').title;
  const rowOf = (table: HTMLElement, value: string) =>
    within(table)
      .getAllByRole('row')
      .find((candidate) => within(candidate).queryByText(value) !== null)!;

  it('names the table by the embed headline and keeps each count, who gave it and when in view', async () => {
    await renderWithRouter(url);
    const table = screen.getByRole('table', { name: title });
    expect(screen.queryByText(copy.caption)).not.toBeInTheDocument();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([copy.columns.value, copy.columns.who]);
    for (const claim of figuresThatDisagree) {
      const [count, who] = within(rowOf(table, claim.value)).getAllByRole('cell');
      expect(within(count!).getByText(claim.value)).toBeVisible();
      expect(within(who!).getByText(claim.who)).toBeVisible();
      expect(within(who!).getByText(formatCalendarDate(claim.date))).toBeVisible();
    }
  });

  it('folds each count’s scope and sources into a closed disclosure named for that count', async () => {
    const user = userEvent.setup();
    await renderWithRouter(url);
    const table = screen.getByRole('table', { name: title });
    for (const claim of figuresThatDisagree) {
      const row = rowOf(table, claim.value);
      const scope = within(row).getByText(claim.scope);
      const links = claim.sourceIds.map((id) => {
        const url = sources.find((source) => source.id === id)!.url;
        return within(row)
          .getAllByRole('link')
          .find((link) => link.getAttribute('href') === url)!;
      });
      expect(scope).not.toBeVisible();
      for (const link of links) expect(link).not.toBeVisible();
      const summary = within(row).getByText(copy.compact.details, { exact: false });
      expect(summary).toHaveTextContent(`${copy.compact.details}, ${claim.value} (${claim.who})`);
      await user.click(summary);
      expect(scope).toBeVisible();
      for (const link of links) expect(link).toBeVisible();
    }
  });

  it('folds the note on the counts left out', async () => {
    const user = userEvent.setup();
    await renderWithRouter(url);
    const note = screen.getByText(copy.leftOut);
    expect(note).not.toBeVisible();
    await user.click(screen.getByText(copy.compact.leftOut));
    expect(note).toBeVisible();
  });

  it('on /who/ shows the caption, every scope and the note, with nothing folded', async () => {
    await renderWithRouter('/who/');
    const table = screen.getByRole('table', { name: copy.caption });
    for (const claim of figuresThatDisagree) expect(within(table).getByText(claim.scope)).toBeVisible();
    expect(screen.getByText(copy.leftOut)).toBeVisible();
    expect(within(table).queryByText(copy.compact.details, { exact: false })).not.toBeInTheDocument();
    expect(screen.queryByText(copy.compact.leftOut)).not.toBeInTheDocument();
  });

  it('renders its folds on the server and hydrates without a mismatch', async () => {
    const markup = await serverMarkup(url);
    expect(markup.split('<details').length - 1).toBe(figuresThatDisagree.length + 1);
    const container = document.createElement('div');
    container.innerHTML = markup;
    document.body.append(container);
    const { errors, unmount } = await hydrateAt(url, container);
    expect(errors).toEqual([]);
    expect(screen.getByRole('table', { name: title })).toBeInTheDocument();
    unmount();
    container.remove();
  });
});
