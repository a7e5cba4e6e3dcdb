import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { numbersCopy as copy } from '@/content/sections/who';
import { figuresThatDisagree } from '@/data/figures-that-disagree';
import { sources as sourceRecords } from '@/data/sources';
import type { Source } from '@/data/types';
import { formatCalendarDate } from '@/lib/calendar-date';
import { renderWithRouter } from '../utils/render-with-router';

const sources: readonly Source[] = sourceRecords;

describe('the numbers that disagree', { timeout: 20_000 }, () => {
  it('sets each count beside who gave it, when, and its source, grouped by what is counted', async () => {
    await renderWithRouter('/who/');
    const table = screen.getByRole('table', { name: copy.caption });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
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
        expect(within(row).getAllByRole('link').some((link) => link.getAttribute('href') === url)).toBe(true);
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
