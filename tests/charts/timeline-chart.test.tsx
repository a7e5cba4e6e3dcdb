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
  return `${event.title}, ${formatCalendarDate(event.date)}`;
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
      isAnimationActive={false}
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

const chart = () => screen.getByRole('group', { name: timelineCopy.chart.title });
const marks = () => within(chart()).getAllByRole('button');

describe('TimelineChart', () => {
  it('draws one mark per event, each named "title, date"', () => {
    renderChart();
    expect(marks().map((mark) => mark.getAttribute('aria-label'))).toEqual(timelineEvents.map((_, i) => name(i)));
  });

  it('is one tab stop, landing on the selected event', async () => {
    const user = userEvent.setup();
    renderChart({ selectedId: timelineEvents[4]!.id });
    expect(marks().filter((mark) => mark.getAttribute('tabindex') === '0')).toHaveLength(1);
    const lastToggle = screen.getByRole('button', { name: lanes.at(-1)!.label });
    lastToggle.focus();
    await user.tab();
    expect(screen.getByRole('button', { name: name(4) })).toHaveFocus();
    expect(screen.getByRole('button', { name: name(4) })).toHaveAttribute('aria-current', 'page');
    // The next Tab leaves the chart instead of visiting every mark.
    await user.tab();
    for (const each of marks()) expect(each).not.toHaveFocus();
  });

  it('moves with the arrow keys, Home and End, and selects with Enter or Space', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderChart({ selectedId: timelineEvents[4]!.id });
    screen.getByRole('button', { name: name(4) }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: name(5) })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('button', { name: name(3) })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: name(timelineEvents.length - 1) })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: name(timelineEvents.length - 1) })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: name(0) })).toHaveFocus();
    expect(onSelect).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(timelineEvents[0]!.id);
    await user.keyboard('{ArrowRight}[Space]');
    expect(onSelect).toHaveBeenLastCalledWith(timelineEvents[1]!.id);
  });

  it('selects a mark on click and shows its date and title on hover', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderChart();
    const event = timelineEvents[7]!;
    await user.hover(screen.getByRole('button', { name: name(7) }));
    expect(screen.getByText(event.title, { selector: 'span' })).toBeInTheDocument();
    expect(screen.getByText(formatCalendarDate(event.date), { selector: 'span' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: name(7) }));
    expect(onSelect).toHaveBeenCalledWith(event.id);
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

  it('shades every other phase and rules lines between the lanes, out of the accessibility tree', () => {
    renderChart();
    // Decorative and aria-hidden, so nothing a reader finds by role: look at the drawing itself.
    const grid = chart().querySelector('g[aria-hidden="true"]'); // eslint-disable-line testing-library/no-node-access -- see above
    expect(grid).not.toBeNull();
    expect(grid!.querySelectorAll('rect')).toHaveLength(phases.filter((_, index) => index % 2 === 0).length); // eslint-disable-line testing-library/no-node-access -- see above
    const lines = [...grid!.querySelectorAll('line')]; // eslint-disable-line testing-library/no-node-access -- see above
    expect(lines.filter((line) => line.getAttribute('y1') === line.getAttribute('y2'))).toHaveLength(lanes.length - 1);
    // The whole-story view cuts its axis, and says where with dashed lines.
    expect(lines.filter((line) => line.hasAttribute('stroke-dasharray')).length).toBeGreaterThan(0);
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
