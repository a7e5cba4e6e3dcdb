import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chapters } from '@/content/chapters';
import { corrections } from '@/content/corrections';
import { siteCopy } from '@/content/site';
import { sourcesCopy } from '@/content/sections/sources';
import { timelineCopy } from '@/content/sections/timeline';
import { storyMeta } from '@/content/story';
import { timelineEvents } from '@/data/timeline-events';
import { fillTemplate } from '@/lib/fill-template';
import { renderWithRouter } from '../utils/render-with-router';

const firstEvent = timelineEvents[0]!;

describe('the route tree', () => {
  const cases: [string, string][] = [
    ['/', storyMeta.headline],
    ...chapters.map((chapter): [string, string] => [`/${chapter.id}/`, chapter.title]),
    ['/timeline/', timelineCopy.heading],
    [`/timeline/${firstEvent.id}/`, timelineCopy.heading],
    ['/sources/', sourcesCopy.heading],
    ['/embed/timeline/', timelineCopy.heading],
    ...chapters.map((chapter): [string, string] => [`/embed/${chapter.id}/`, chapter.title]),
  ];

  it.each(cases)('%s renders its heading', async (path, heading) => {
    await renderWithRouter(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it('full pages carry the site navigation and embeds do not', async () => {
    const { unmount } = await renderWithRouter('/who/');
    expect(screen.getByRole('navigation', { name: siteCopy.navLabel })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    unmount();
    await renderWithRouter('/embed/who/');
    expect(screen.queryByRole('navigation', { name: siteCopy.navLabel })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Read the full explainer/ })).toHaveAttribute('target', '_top');
  });

  it('an event page shows that event', async () => {
    await renderWithRouter(`/timeline/${firstEvent.id}/`);
    expect(await screen.findByRole('heading', { level: 2, name: firstEvent.title })).toBeInTheDocument();
  });

  it('an event’s address from before a correction opens the event under its current address', async () => {
    const moved = timelineEvents.find((event) => 'formerIds' in event && event.formerIds.length > 0)!;
    const former = (moved as { formerIds: readonly string[] }).formerIds[0]!;
    for (const prefix of ['/timeline/', '/embed/timeline/']) {
      const { router, unmount } = await renderWithRouter(`${prefix}${former}/?view=summer-2023`);
      expect(await screen.findByRole('heading', { level: 2, name: moved.title })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe(`${prefix}${moved.id}/`);
      expect(router.state.location.search).toEqual({ view: 'summer-2023' });
      unmount();
    }
  });

  it.each(chapters.map((chapter) => chapter.id))(
    '/%s/ names each aside differently (a passage’s corrections by its passage)',
    async (id) => {
      await renderWithRouter(`/${id}/`);
      const names = screen.queryAllByRole('complementary').map((landmark) => landmark.getAttribute('aria-label'));
      expect(new Set(names).size).toBe(names.length);
    },
  );

  it('an event a correction changed says so on its page', async () => {
    const entry = corrections.find((candidate) => 'eventIds' in candidate && candidate.eventIds.length > 0)!;
    const eventId = (entry as { eventIds: readonly string[] }).eventIds[0]!;
    await renderWithRouter(`/timeline/${eventId}/`);
    const event = timelineEvents.find((candidate) => candidate.id === eventId)!;
    const notes = await screen.findByRole('complementary', {
      name: fillTemplate(siteCopy.corrections.heading, { passage: event.title }),
    });
    expect(notes).toHaveTextContent(entry.text);
  });

  it('moves between chapters with the chapter navigation', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter(`/${chapters[0]!.id}/`);
    const nav = screen.getByRole('navigation', { name: siteCopy.chapterNav.label });
    await user.click(within(nav).getByRole('link', { name: new RegExp(chapters[1]!.title) }));
    expect(await screen.findByRole('heading', { level: 1, name: chapters[1]!.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/${chapters[1]!.id}/`);
  });

  it('an unknown event id shows the not-found page with a link to the timeline', async () => {
    await renderWithRouter('/timeline/no-such-event/');
    expect(await screen.findByRole('heading', { level: 1, name: siteCopy.notFound.title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: siteCopy.notFound.timelineLink })).toHaveAttribute('href', '/timeline/');
  });

  it('unknown paths and unknown embed slugs show the not-found page', async () => {
    const { unmount } = await renderWithRouter('/no/such/page/');
    expect(await screen.findByRole('heading', { level: 1, name: siteCopy.notFound.title })).toBeInTheDocument();
    unmount();
    await renderWithRouter('/embed/not-a-chapter/');
    expect(await screen.findByRole('heading', { level: 1, name: siteCopy.notFound.title })).toBeInTheDocument();
  });

  it('an index.html address shows the page a static host serves there, not "Page not found"', async () => {
    const chapter = chapters[0]!;
    const { unmount } = await renderWithRouter(`/${chapter.id}/index.html`);
    expect(await screen.findByRole('heading', { level: 1, name: chapter.title })).toBeInTheDocument();
    unmount();
    await renderWithRouter('/index.html');
    expect(await screen.findByRole('heading', { level: 1, name: storyMeta.headline })).toBeInTheDocument();
  });
});
