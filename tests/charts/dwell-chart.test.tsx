import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString as serverHtml } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DwellChart } from '@/charts/dwell-chart/dwell-chart';
import { dwellText, toDwellBars } from '@/charts/dwell-chart/dwell-bars';
import { dwellChartCopy } from '@/content/sections/dwell-chart';
import { intrusions } from '@/data/intrusions';
import { sources as sourceRecords } from '@/data/sources';
import type { Source } from '@/data/types';
import { findGraphic } from '@/content/graphics';
import { GRAPHIC_TITLE_ID } from '@/shell/embed-shell';
import { hydrateOver } from '../utils/render-with-router';

const sources: readonly Source[] = sourceRecords;

// Some tests put server markup straight into the body: start each test on an empty page.
afterEach(() => {
  document.body.innerHTML = '';
});

// Role queries over a rendered SVG chart are slow in jsdom, and the first
// test also pays for loading Recharts.
vi.setConfig({ testTimeout: 30_000 });
const slow = { timeout: 15_000 };

const bars = toDwellBars(intrusions, dwellChartCopy.days, dwellChartCopy.certainty);
const chart = <DwellChart copy={dwellChartCopy} intrusions={intrusions} sources={sources} />;

function sourcesOf(id: string) {
  const intrusion = intrusions.find((candidate) => candidate.id === id)!;
  return intrusion.sourceIds.map((sourceId) => sources.find((source) => source.id === sourceId)!);
}

describe('DwellChart table alternative', () => {
  it('lists every intrusion with its days, ranges shown as ranges', () => {
    render(chart);
    const table = screen.getByRole('table', { name: dwellChartCopy.table.caption });
    for (const intrusion of intrusions) {
      const header = within(table).getByRole('rowheader', { name: intrusion.name });
      const row = header.closest('tr')!; // eslint-disable-line testing-library/no-node-access -- the row of a row header
      expect(within(row).getByText(dwellText(intrusion, dwellChartCopy.days))).toBeInTheDocument();
      // Both ends of the count, so every row is measured between named events.
      expect(within(row).getByText(`${intrusion.from.when}:`)).toBeInTheDocument();
      expect(within(row).getByText(`${intrusion.to.when}:`)).toBeInTheDocument();
      for (const source of sourcesOf(intrusion.id)) {
        expect(within(row).getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
      }
    }
    expect(within(table).getByText('290–300')).toBeInTheDocument();
    expect(within(table).getByText(dwellChartCopy.days.noneShort)).toBeInTheDocument();
    const hafnium = intrusions.find((intrusion) => intrusion.id === 'hafnium-proxylogon')!;
    expect(
      within(table).getByText(dwellChartCopy.days.otherMeasure.replace('{measure}', hafnium.otherMeasure!)),
    ).toBeInTheDocument();
  });

  it('names every publisher in the source line', () => {
    render(chart);
    const publishers = new Set(
      intrusions.flatMap((intrusion) => sourcesOf(intrusion.id).map((source) => source.publisher)),
    );
    const line = screen.getByText((text) => text.startsWith(dwellChartCopy.sourcePrefix));
    for (const publisher of publishers) expect(line).toHaveTextContent(publisher);
  });

  it('is all the server renders: no chart markup, no Recharts, and hydration matches', async () => {
    const html = serverHtml(chart);
    expect(html).toContain(dwellChartCopy.table.caption);
    expect(html).not.toContain('recharts');
    expect(html).not.toContain('role="button"');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const { errors, unmount } = await hydrateOver(container, chart);
    expect(errors).toEqual([]);
    try {
      expect(await screen.findAllByRole('button', { pressed: false }, slow)).toHaveLength(intrusions.length);
    } finally {
      unmount();
      container.remove();
    }
  });
});

describe('DwellChart bars', () => {
  it('has one focusable bar per intrusion, named "intrusion, actor, days, certainty"', async () => {
    render(chart);
    for (const bar of bars) {
      expect(await screen.findByRole('button', { name: bar.accessibleName }, slow)).toHaveAttribute(
        'aria-pressed',
        'false',
      );
    }
    // One tab stop: Tab lands on the first bar, and the next Tab leaves the bars.
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: bars[0]!.accessibleName })).toHaveFocus();
    await user.tab();
    for (const bar of bars) expect(screen.getByRole('button', { name: bar.accessibleName })).not.toHaveFocus();
  });

  it('selecting a bar by click shows what was taken and its sources', async () => {
    const user = userEvent.setup();
    render(chart);
    const story = bars.find((bar) => bar.isThisStory)!;
    const intrusion = intrusions.find((candidate) => candidate.id === story.id)!;
    expect(screen.getByText(dwellChartCopy.details.prompt)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: story.accessibleName }, slow));
    expect(screen.getByRole('button', { name: story.accessibleName })).toHaveAttribute('aria-pressed', 'true');
    const panel = screen.getByRole('heading', { level: 3, name: intrusion.name }).parentElement!; // eslint-disable-line testing-library/no-node-access -- the details panel
    expect(within(panel).getByText(intrusion.taken)).toBeInTheDocument();
    for (const source of sourcesOf(intrusion.id)) {
      expect(within(panel).getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
    }
  });

  it('moves between bars with the arrow keys, Home and End, and selects with Enter and Space', async () => {
    const user = userEvent.setup();
    render(chart);
    const first = await screen.findByRole('button', { name: bars[0]!.accessibleName }, slow);
    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const second = screen.getByRole('button', { name: bars[1]!.accessibleName });
    expect(second).toHaveFocus();
    // The tab stop moves with focus: Shift+Tab leaves the bars, and Tab comes back to the second.
    await user.tab({ shift: true });
    expect(first).not.toHaveFocus();
    await user.tab();
    expect(second).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(second).toHaveAttribute('aria-pressed', 'true');
    expect(second).toHaveFocus();
    expect(screen.getByRole('heading', { level: 3, name: intrusions[1]!.name })).toBeInTheDocument();

    await user.keyboard('{End}');
    const last = screen.getByRole('button', { name: bars.at(-1)!.accessibleName });
    expect(last).toHaveFocus();
    await user.keyboard(' ');
    expect(last).toHaveAttribute('aria-pressed', 'true');
    expect(second).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('heading', { level: 3, name: intrusions.at(-1)!.name })).toBeInTheDocument();

    await user.keyboard('{Home}');
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(first).toHaveFocus();
  });
});

describe('DwellChart loading', () => {
  /** An IntersectionObserver that reports only when the test says so. */
  function holdIntersections() {
    const observed: { callback: IntersectionObserverCallback; options?: IntersectionObserverInit }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
          observed.push({ callback, options });
        }
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    return observed;
  }

  it('draws the bars as soon as the reader starts moving through the page with Tab', async () => {
    const user = userEvent.setup();
    holdIntersections();
    try {
      render(chart);
      await act(async () => {
        await import('@/charts/dwell-chart/dwell-plot');
      });
      expect(screen.queryByRole('button', { name: bars[0]!.accessibleName })).not.toBeInTheDocument();
      await user.tab();
      expect(await screen.findByRole('button', { name: bars[0]!.accessibleName }, slow)).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('draws the bars only once the reader scrolls near the chart', async () => {
    const observed = holdIntersections();
    try {
      render(chart);
      expect(observed).toHaveLength(1);
      expect(observed[0]!.options?.rootMargin).toMatch(/^\d+%/);
      // Far away: the table is there, the bars are not, even with the plot's code loaded.
      act(() =>
        observed[0]!.callback([{ isIntersecting: false } as IntersectionObserverEntry], {} as IntersectionObserver),
      );
      await act(async () => {
        await import('@/charts/dwell-chart/dwell-plot');
      });
      expect(screen.getByRole('table', { name: dwellChartCopy.table.caption })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: bars[0]!.accessibleName })).not.toBeInTheDocument();
      act(() =>
        observed[0]!.callback([{ isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver),
      );
      expect(await screen.findByRole('button', { name: bars[0]!.accessibleName }, slow)).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('DwellChart in a graphic embed (compact)', () => {
  const compactChart = <DwellChart copy={dwellChartCopy} intrusions={intrusions} sources={sources} compact />;
  const tableSummary = () => screen.getByText(dwellChartCopy.table.foldSummary, { selector: 'summary' });
  const notesSummary = () => screen.getByText(dwellChartCopy.compact.notesSummary, { selector: 'summary' });

  it('keeps the table behind a closed disclosure, reachable by opening it', async () => {
    const user = userEvent.setup();
    render(compactChart);
    const table = screen.getByRole('table', { name: dwellChartCopy.table.caption });
    expect(table).not.toBeVisible();
    await user.click(tableSummary());
    expect(table).toBeVisible();
    for (const intrusion of intrusions)
      expect(within(table).getByRole('rowheader', { name: intrusion.name })).toBeVisible();
  });

  it('shows what the chart measures and folds how to read it, keeping the source line in view', async () => {
    const user = userEvent.setup();
    // The graphic embed's headline names the chart (its own title is not drawn twice).
    render(
      <>
        <h1 id={GRAPHIC_TITLE_ID}>{findGraphic('dwell-chart').title}</h1>
        {compactChart}
      </>,
    );
    expect(screen.queryByText(dwellChartCopy.frame.title, { selector: 'p' })).not.toBeInTheDocument();
    const figure = screen.getByRole('figure', { name: findGraphic('dwell-chart').title });
    expect(figure).toHaveAccessibleDescription(dwellChartCopy.compact.frame.description);
    // Nothing of the full description is lost: the rest opens with the notes.
    expect(dwellChartCopy.frame.description.startsWith(dwellChartCopy.compact.frame.description)).toBe(true);
    const rest = dwellChartCopy.frame.description.slice(dwellChartCopy.compact.frame.description.length).trim();
    const notes = screen.getByText((text) => text.startsWith(rest));
    expect(notes).toHaveTextContent(dwellChartCopy.frame.notes);
    expect(notes).not.toBeVisible();
    expect(screen.getByText((text) => text.startsWith(dwellChartCopy.sourcePrefix))).toBeVisible();
    await user.click(notesSummary());
    expect(notes).toBeVisible();
  });

  it('server-renders both disclosures closed and hydrates without a mismatch', async () => {
    const html = serverHtml(compactChart);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    expect(within(container).getByRole('table', { name: dwellChartCopy.table.caption })).not.toBeVisible();
    expect(within(container).getByText(dwellChartCopy.table.foldSummary, { selector: 'summary' })).toBeVisible();
    const { errors, unmount } = await hydrateOver(container, compactChart);
    expect(errors).toEqual([]);
    try {
      expect(await screen.findAllByRole('button', { pressed: false }, slow)).toHaveLength(intrusions.length);
    } finally {
      unmount();
      container.remove();
    }
  });
});

describe('DwellChart on the site (not compact)', () => {
  it('shows the table, the full description and the notes without a disclosure', () => {
    render(chart);
    expect(screen.getByRole('table', { name: dwellChartCopy.table.caption })).toBeVisible();
    expect(screen.getByRole('figure', { name: dwellChartCopy.frame.title })).toHaveAccessibleDescription(
      dwellChartCopy.frame.description,
    );
    expect(screen.getByText(dwellChartCopy.frame.notes)).toBeVisible();
    expect(screen.queryByText(dwellChartCopy.table.foldSummary)).not.toBeInTheDocument();
    expect(screen.queryByText(dwellChartCopy.compact.notesSummary)).not.toBeInTheDocument();
  });
});
