import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dwellChartCopy } from '@/content/sections/dwell-chart';
import { spyGameCopy } from '@/content/sections/spy-game';
import { intrusions as intrusionData } from '@/data/intrusions';
import type { Intrusion } from '@/data/types';
import { sources } from '@/data/sources';
import { renderWithRouter } from '../utils/render-with-router';

vi.setConfig({ testTimeout: 20_000 });

const intrusions: readonly Intrusion[] = intrusionData;

// Length, notes and sources of every chapter's copy: tests/content/chapters-content.test.ts.
describe('intrusion records', () => {
  it('hold the comparison set the chapter promises, with sound figures and resolvable sources', () => {
    const names = intrusions.map((intrusion) => intrusion.name).join(' | ');
    for (const name of [
      'OPM',
      'SolarWinds',
      'HAFNIUM',
      'Storm-0558',
      'Midnight Blizzard',
      'Volt Typhoon',
      'Salt Typhoon',
    ]) {
      expect(names).toContain(name);
    }
    expect(new Set(intrusions.map((intrusion) => intrusion.id)).size).toBe(intrusions.length);
    expect(intrusions.filter((intrusion) => intrusion.isThisStory)).toHaveLength(1);
    for (const intrusion of intrusions) {
      expect(intrusion.sourceIds.length, intrusion.id).toBeGreaterThan(0);
      for (const id of intrusion.sourceIds)
        expect(
          sources.some((source) => source.id === id),
          `${intrusion.id}: ${id}`,
        ).toBe(true);
      expect(intrusion.dwellNote.trim(), intrusion.id).not.toBe('');
      if (intrusion.dwell?.high !== undefined)
        expect(intrusion.dwell.high, intrusion.id).toBeGreaterThan(intrusion.dwell.low);
      // No figure is drawn unless it measures first access to first detection; a row without one says why.
      if (intrusion.dwell === null)
        expect(intrusion.dwellNote, intrusion.id).toMatch(/No (access-to-detection )?figure/);
    }
  });
});

describe('/spy-game/', () => {
  it('places the dwell chart, with its table of every intrusion, in the chapter', async () => {
    await renderWithRouter('/spy-game/');
    expect(screen.getByRole('heading', { level: 1, name: spyGameCopy.title })).toBeInTheDocument();
    const part = spyGameCopy.parts.find((candidate) => candidate.interactive === 'dwell-chart')!;
    const section = screen.getByRole('region', { name: part.heading });
    const figure = within(section).getByRole('figure', { name: dwellChartCopy.frame.title });
    const table = within(figure).getByRole('table', { name: dwellChartCopy.table.caption });
    for (const intrusion of intrusions) {
      expect(within(table).getByRole('rowheader', { name: intrusion.name })).toBeInTheDocument();
    }
  });
});
