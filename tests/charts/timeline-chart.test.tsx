import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TimelineChart, type TimelineChartProps } from '@/charts/timeline-chart/timeline-chart';
import { timelineCopy } from '@/content/sections/timeline';
import { lanes } from '@/data/lanes';
import { phases } from '@/data/phases';
import { timelineViews } from '@/data/timeline-views';
import { timelineEvents } from '@/data/timeline-events';
import { formatCalendarDate } from '@/lib/calendar-date';

const name = (index: number) => {
  const event = timelineEvents[index]!;
  return `${formatCalendarDate(event.date)}: ${event.title}`;
};

function renderChart(props: Partial<TimelineChartProps> = {}) {
  const handlers = { onSelect: vi.fn(), onViewChange: vi.fn(), onToggleLane: vi.fn() };
  render(
    <TimelineChart
      events={timelineEvents}
      lanes={lanes}
      phases={phases}
      views={timelineViews}
      viewId="whole-story"
      laneFilter={undefined}
      selectedId={undefined}
      copy={timelineCopy.chart}
      hrefFor={(id) => `/timeline/${id}/`}
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

// The chart is drawn once per range of widths and CSS shows the one that
// fits; jsdom applies no CSS, so these tests read the first drawing.
const chart = () => screen.getAllByRole('group', { name: timelineCopy.chart.title })[0]!;
const marks = () => within(chart()).getAllByRole('link');
const mark = (index: number) => within(chart()).getByRole('link', { name: name(index) });

describe('TimelineChart', () => {
  it('draws one drawing per layout, each with one link per event named "date: title", to its page', () => {
    renderChart();
    const drawings = screen.getAllByRole('group', { name: timelineCopy.chart.title });
    expect(drawings.length).toBeGreaterThan(1);
    for (const drawing of drawings) {
      const links = within(drawing).getAllByRole('link');
      expect(links.map((link) => link.getAttribute('aria-label')).sort()).toEqual(
        timelineEvents.map((_, i) => name(i)).sort(),
      );
    }
    expect(mark(3)).toHaveAttribute('href', `/timeline/${timelineEvents[3]!.id}/`);
  });

  it('names every phase on the chart in words, never a bare number', () => {
    renderChart();
    for (const drawing of screen.getAllByRole('group', { name: timelineCopy.chart.title })) {
      phases.forEach((phase, index) => {
        expect(within(drawing).queryByText(String(index + 1))).not.toBeInTheDocument();
        const names = [`${index + 1} ${phase.label}`, `${index + 1} ${phase.shortLabel}`];
        expect(
          names.some((text) => within(drawing).queryByText(text) !== null),
          `phase ${index + 1} in the ${drawing.getAttribute('data-layout')} drawing`,
        ).toBe(true);
      });
    }
  });

  it('is one tab stop, landing on the selected event', async () => {
    const user = userEvent.setup();
    renderChart({ selectedId: timelineEvents[4]!.id });
    screen.getByRole('button', { name: lanes.at(-1)!.label }).focus();
    await user.tab();
    expect(mark(4)).toHaveFocus();
    expect(mark(4)).toHaveAttribute('aria-current', 'page');
    // The next Tab leaves the chart rather than walking its marks.
    await user.tab();
    for (const link of marks()) expect(link).not.toHaveFocus();
  });

  it('moves with the arrow keys, Home and End, and selects with Enter or Space', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderChart({ selectedId: timelineEvents[4]!.id });
    mark(4).focus();
    await user.keyboard('{ArrowRight}');
    expect(mark(5)).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(mark(3)).toHaveFocus();
    await user.keyboard('{End}');
    expect(mark(timelineEvents.length - 1)).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(mark(timelineEvents.length - 1)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(mark(0)).toHaveFocus();
    expect(onSelect).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(timelineEvents[0]!.id);
    await user.keyboard('{ArrowRight}[Space]');
    expect(onSelect).toHaveBeenLastCalledWith(timelineEvents[1]!.id);
  });

  it('selects a mark on a plain click instead of leaving the page', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderChart();
    await user.click(mark(7));
    expect(onSelect).toHaveBeenCalledWith(timelineEvents[7]!.id);
  });

  it('leaves keys alone outside the marks', async () => {
    const user = userEvent.setup();
    const { onSelect, onToggleLane } = renderChart();
    screen.getByRole('button', { name: lanes[0]!.label }).focus();
    await user.keyboard('{ArrowRight}{Home}');
    expect(screen.getByRole('button', { name: lanes[0]!.label })).toHaveFocus();
    expect(onSelect).not.toHaveBeenCalled();
    expect(onToggleLane).not.toHaveBeenCalled();
  });

  it('draws only the lanes in the filter, and its legend says which are shown', async () => {
    const user = userEvent.setup();
    const { onToggleLane } = renderChart({ laneFilter: ['microsoft'] });
    const microsoftEvents = timelineEvents.filter((e) => e.lane === 'microsoft');
    expect(marks()).toHaveLength(microsoftEvents.length);
    expect(screen.getByRole('button', { name: 'Microsoft' })).toHaveAttribute('aria-pressed', 'true');
    // The last lane shown cannot be hidden.
    expect(screen.getByRole('button', { name: 'Microsoft' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Victims' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Victims' }));
    expect(onToggleLane).toHaveBeenCalledWith('victims');
    expect(screen.getByRole('status')).toHaveTextContent(
      timelineCopy.chart.status
        .replace('{shown}', String(microsoftEvents.length))
        .replace('{total}', String(timelineEvents.length)),
    );
  });

  it('switches views, and the summer view leaves out the earlier and later years', async () => {
    const user = userEvent.setup();
    const { onViewChange } = renderChart({ viewId: 'summer-2023' });
    expect(screen.getByRole('button', { name: timelineCopy.chart.views['summer-2023'] })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const inSummer = timelineEvents.filter((e) => e.date >= '2023-05' && e.date < '2023-11');
    expect(marks()).toHaveLength(inSummer.length);
    await user.click(screen.getByRole('button', { name: timelineCopy.chart.views['whole-story'] }));
    expect(onViewChange).toHaveBeenCalledWith('whole-story');
  });
});
