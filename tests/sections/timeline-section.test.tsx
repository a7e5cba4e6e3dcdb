import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { siteCopy } from '@/content/site';
import { timelineCopy } from '@/content/sections/timeline';
import { lanes } from '@/data/lanes';
import { timelineEvents } from '@/data/timeline-events';
import { formatCalendarDate } from '@/lib/calendar-date';
import { renderWithRouter } from '../utils/render-with-router';

const markName = (event: (typeof timelineEvents)[number]) => `${formatCalendarDate(event.date)}: ${event.title}`;
// The chart is drawn once per range of widths and CSS shows the one that fits; jsdom has no CSS, so read the first.
const chart = async () => (await screen.findAllByRole('group', { name: timelineCopy.chart.title }))[0]!;
const mark = async (event: (typeof timelineEvents)[number]) =>
  within(await chart()).getByRole('link', { name: markName(event) });
const details = (event: (typeof timelineEvents)[number]) =>
  screen.findByRole('heading', { level: 2, name: event.title });

beforeAll(() => {
  // Drawing the chart's four layouts in jsdom takes a while on a slow machine.
  configure({ asyncUtilTimeout: 5_000 });
});

describe('the timeline page', { timeout: 30_000 }, () => {
  it('lists every event, each linking to its own page', async () => {
    await renderWithRouter('/timeline/');
    const list = screen.getByRole('region', { name: timelineCopy.listHeading });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(timelineEvents.map((e) => `/timeline/${e.id}/`));
    expect(links.map((link) => link.textContent)).toEqual(timelineEvents.map((e) => e.title));
  });

  it('selecting a mark updates the details, the URL and the title', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter('/timeline/');
    const event = timelineEvents[9]!;
    await user.click(await mark(event));
    expect(await details(event)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/timeline/${event.id}/`));
    await waitFor(() => expect(document.title).toContain(event.title));
  });

  it('draws a picked mark’s story before the router takes the navigation, once that frame is drawn', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter('/timeline/');
    const event = timelineEvents[9]!;
    const target = await mark(event);
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    await user.click(target);
    expect(await details(event)).toBeInTheDocument();
    expect(await mark(event)).toHaveAttribute('aria-current', 'page');
    expect(router.state.location.pathname).toBe('/timeline/');
    vi.mocked(window.requestAnimationFrame).mockRestore();
    await act(async () => {
      for (const callback of frames.splice(0)) callback(performance.now());
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/timeline/${event.id}/`));
    expect(await details(event)).toBeInTheDocument();
  });

  it('moves with the keys, selects with Enter, and Back returns to the previous event', async () => {
    const user = userEvent.setup();
    const [first, second, third] = timelineEvents.slice(10, 13) as [
      (typeof timelineEvents)[number],
      (typeof timelineEvents)[number],
      (typeof timelineEvents)[number],
    ];
    const { router } = await renderWithRouter(`/timeline/${first.id}/`);
    (await mark(first)).focus();
    await user.keyboard('{ArrowRight}');
    expect(await mark(second)).toHaveFocus();
    expect(router.state.location.pathname).toBe(`/timeline/${first.id}/`);
    await user.keyboard('{Enter}');
    expect(await details(second)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/timeline/${second.id}/`));
    // Focus stays in the chart across the navigation.
    expect(await mark(second)).toHaveFocus();
    await user.keyboard('{ArrowRight}[Space]');
    expect(await details(third)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/timeline/${third.id}/`));
    await act(async () => {
      router.history.back();
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(await details(second)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/timeline/${second.id}/`);
    const secondMark = await mark(second);
    await waitFor(() => expect(secondMark).toHaveFocus());
    await user.keyboard('{End}');
    expect(await mark(timelineEvents.at(-1)!)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(await mark(timelineEvents[0]!)).toHaveFocus();
  });

  it('the lane filter hides and restores marks and lives in the URL', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter('/timeline/');
    const victims = timelineEvents.filter((e) => e.lane === 'victims');
    const victimsLane = lanes.find((lane) => lane.id === 'victims')!;
    expect(await mark(victims[0]!)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: victimsLane.label }));
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ lanes: 'attacker,microsoft,us-government,researchers' }),
    );
    const chartGroup = await chart();
    for (const event of victims) {
      expect(within(chartGroup).queryByRole('link', { name: markName(event) })).not.toBeInTheDocument();
    }
    expect(within(chartGroup).getAllByRole('link')).toHaveLength(timelineEvents.length - victims.length);
    await user.click(screen.getByRole('button', { name: victimsLane.label }));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
    expect(within(await chart()).getAllByRole('link')).toHaveLength(timelineEvents.length);
  });

  it('keeps the filter and the view when an event is selected', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter('/timeline/?lanes=microsoft&view=summer-2023');
    const event = timelineEvents.find((e) => e.lane === 'microsoft' && e.date.startsWith('2023-07'))!;
    await user.click(await mark(event));
    expect(await details(event)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/timeline/${event.id}/`));
    expect(router.state.location.search).toEqual({ lanes: 'microsoft', view: 'summer-2023' });
    await user.click(screen.getByRole('link', { name: new RegExp(`^${timelineCopy.details.next}`) }));
    expect(router.state.location.search).toEqual({ lanes: 'microsoft', view: 'summer-2023' });
  });

  it('ignores a bad lane or view in the URL instead of failing', async () => {
    await renderWithRouter('/timeline/?lanes=aliens,,42&view=winter');
    expect(within(await chart()).getAllByRole('link')).toHaveLength(timelineEvents.length);
    expect(screen.getByRole('button', { name: timelineCopy.chart.views['whole-story'] })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('picking an event in the list takes the reader to its details', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter('/timeline/');
    const event = timelineEvents[20]!;
    const list = screen.getByRole('region', { name: timelineCopy.listHeading });
    await user.click(within(list).getByRole('link', { name: event.title }));
    const heading = await details(event);
    await waitFor(() => expect(heading).toHaveFocus());
    expect(router.state.location.pathname).toBe(`/timeline/${event.id}/`);
    expect(within(list).getByRole('link', { name: event.title })).toHaveAttribute('aria-current', 'page');
  });

  it('shows the details of an event: date, lane, certainty, sources and chapter', async () => {
    const event = timelineEvents.find((e) => e.certainty === 'disputed')!;
    await renderWithRouter(`/timeline/${event.id}/`);
    const article = screen.getByRole('article', { name: event.title });
    expect(within(article).getByText(formatCalendarDate(event.date))).toBeInTheDocument();
    expect(within(article).getByText(timelineCopy.details.certainty.disputed)).toBeInTheDocument();
    expect(within(article).getByText(event.certaintyNote!, { exact: false })).toBeInTheDocument();
    expect(within(article).getByRole('heading', { level: 3, name: timelineCopy.details.sources })).toBeInTheDocument();
    expect(within(article).getAllByRole('listitem')).toHaveLength(event.sourceIds.length);
    expect(
      within(article).getByRole('link', { name: new RegExp(`^${timelineCopy.details.previous}`) }),
    ).toBeInTheDocument();
  });

  it('an unknown event id shows the not-found page', async () => {
    await renderWithRouter('/timeline/not-an-event/');
    expect(await screen.findByRole('heading', { level: 1, name: siteCopy.notFound.title })).toBeInTheDocument();
  });

  it('in an embed, selecting stays inside the embed', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter(`/embed/timeline/${timelineEvents[0]!.id}/`);
    const event = timelineEvents[5]!;
    await user.click(await mark(event));
    expect(await details(event)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/embed/timeline/${event.id}/`));
  });
});
