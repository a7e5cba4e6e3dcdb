import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chapters } from '@/content/chapters';
import { coverCopy } from '@/content/sections/cover';
import { storyMeta } from '@/content/story';
import { keyFigures } from '@/data/key-figures';
import { sources as sourceRecords } from '@/data/sources';
import type { Source } from '@/data/types';
import { timelineEvents } from '@/data/timeline-events';
import { renderWithRouter } from '../utils/render-with-router';

const sources: readonly Source[] = sourceRecords;

describe('the cover', { timeout: 20_000 }, () => {
  it('has the headline, dek and a byline with published and updated dates', async () => {
    const { container } = await renderWithRouter('/');
    expect(screen.getByRole('heading', { level: 1, name: storyMeta.headline })).toBeInTheDocument();
    expect(screen.getByText(storyMeta.dek)).toBeInTheDocument();
    // <time> has no ARIA role; its datetime attribute is the point here.
    // eslint-disable-next-line testing-library/no-container, testing-library/no-node-access
    const dates = [...container.querySelectorAll('header time')].map((time) => time.getAttribute('datetime'));
    expect(dates).toEqual([storyMeta.published, storyMeta.updated]);
    expect(screen.getByText(new RegExp(`^${coverCopy.updated}`))).toBeInTheDocument();
  });

  it('shows three to five key figures, each with its source', async () => {
    await renderWithRouter('/');
    expect(keyFigures.length).toBeGreaterThanOrEqual(3);
    expect(keyFigures.length).toBeLessThanOrEqual(5);
    const list = within(screen.getByRole('region', { name: coverCopy.figuresHeading })).getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(keyFigures.length);
    keyFigures.forEach((figure, index) => {
      const item = items[index]!;
      expect(item).toHaveTextContent(figure.value);
      expect(item).toHaveTextContent(figure.label);
      expect(figure.sourceIds.length).toBeGreaterThan(0);
      const hrefs = within(item)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href'));
      for (const id of figure.sourceIds) {
        const source = sources.find((s) => s.id === id);
        expect(source, `${figure.id} cites a known source`).toBeDefined();
        expect(hrefs).toContain(source!.url);
      }
    });
  });

  it('offers the four chapters as cards with a one-line summary', async () => {
    await renderWithRouter('/');
    const region = screen.getByRole('region', { name: coverCopy.chaptersHeading });
    const cards = within(region).getAllByRole('listitem');
    expect(cards).toHaveLength(chapters.length);
    chapters.forEach((chapter, index) => {
      expect(within(cards[index]!).getByRole('link', { name: chapter.title })).toHaveAttribute(
        'href',
        `/${chapter.id}/`,
      );
      expect(cards[index]).toHaveTextContent(chapter.summary);
    });
  });

  it('teases the key events, each linking to its place on the timeline', async () => {
    await renderWithRouter('/');
    const region = screen.getByRole('region', { name: coverCopy.teaser.heading });
    const keyEvents = timelineEvents.filter((event) => 'key' in event && event.key);
    for (const event of keyEvents) {
      expect(within(region).getByRole('link', { name: event.title })).toHaveAttribute('href', `/timeline/${event.id}/`);
    }
    expect(within(region).getByRole('link', { name: coverCopy.teaser.fullLink })).toHaveAttribute('href', '/timeline/');
  });

  it('labels its lead art with the counts it draws', async () => {
    await renderWithRouter('/');
    expect(screen.getByRole('img', { name: coverCopy.art.alt })).toBeInTheDocument();
    expect(screen.getByText(coverCopy.art.caption, { exact: false })).toBeInTheDocument();
  });
});
