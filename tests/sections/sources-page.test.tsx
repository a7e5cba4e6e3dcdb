import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { chapters } from '@/content/chapters';
import { corrections } from '@/content/corrections';
import { sourcesCopy } from '@/content/sections/sources';
import { storyMeta } from '@/content/story';
import { CSV_COLUMNS, buildTimelineExport } from '@/data/timeline-export';
import { lanes } from '@/data/lanes';
import { sources as sourceRecords } from '@/data/sources';
import type { Source } from '@/data/types';
import { timelineEvents } from '@/data/timeline-events';
import { formatCalendarDate, parseCalendarDate } from '@/lib/calendar-date';
import { advisoryChecklistItems } from '@/content/sections/advisory-checklist';
import { attackSteps } from '@/content/sections/attack-steps';
import { paragraphText } from '@/content/paragraph';
import { figuresThatDisagree } from '@/data/figures-that-disagree';
import { intrusions } from '@/data/intrusions';
import { victims } from '@/data/victims';
import { noteRefs } from '@/lib/prose';
import { citingPages as citingPagesOf } from '@/pages/sources-page';
import { chapterSourceIds } from '@/sections/chapter/chapter-sources';
import { citationsBySource } from '@/sections/sources/source-citations';
import { renderWithRouter } from '../utils/render-with-router';

const sources: readonly Source[] = sourceRecords;

// The sources page is long (hundreds of links); role queries over it are slow in jsdom.
vi.setConfig({ testTimeout: 30_000 });

const citingPages = citingPagesOf();
const allCited = new Set([
  ...citingPages.flatMap((page) => page.sourceIds),
  ...timelineEvents.flatMap((event) => event.sourceIds),
]);

describe('source citations (pure)', () => {
  const chapter = chapters[0]!;

  it('collects a chapter’s [[notes]] once each, in order, plus its interactives’ sources', () => {
    const fake = {
      ...chapter,
      parts: [
        { heading: 'A', paragraphs: ['One.[[b]] Two.[[a]]', { text: 'No note.', factual: false }] },
        { heading: 'B', paragraphs: ['Three.[[b]][[c]]'], interactive: 'dwell-chart' },
      ],
    } as const;
    expect(chapterSourceIds(fake)).toEqual(['b', 'a', 'c']);
    expect(chapterSourceIds(fake, { 'dwell-chart': ['d', 'a'] })).toEqual(['b', 'a', 'c', 'd']);
  });

  it('maps each source to the pages and events citing it, once each', () => {
    const some = sources.slice(0, 2);
    const pages = [{ page: 'who' as const, title: 'X', sourceIds: [some[0]!.id, some[0]!.id, 'nope'] }];
    const events = [{ ...timelineEvents[0]!, sourceIds: [some[1]!.id] }];
    const map = citationsBySource(some, pages, events);
    expect(map.get(some[0]!.id)).toEqual({ pages: [{ page: 'who', title: 'X' }], events: [] });
    expect(map.get(some[1]!.id)?.events.map((event) => event.id)).toEqual([timelineEvents[0]!.id]);
  });

  it('lists only sources something cites (an interactive declares its sources where its chapter binds it)', () => {
    expect(sources.filter((source) => !allCited.has(source.id)).map((source) => source.id)).toEqual([]);
  });

  it('credits each chapter with every note in its copy and every source its interactives cite', () => {
    const interactiveSources = {
      who: [...victims, ...figuresThatDisagree].flatMap((record) => record.sourceIds),
      what: attackSteps.flatMap((step) => step.sourceIds),
      response: advisoryChecklistItems.flatMap((item) => item.sourceIds),
      'spy-game': intrusions.flatMap((intrusion) => intrusion.sourceIds),
    };
    for (const copy of chapters) {
      const page = citingPages.find((candidate) => candidate.page === copy.id)!;
      const notes = copy.parts.flatMap((part) =>
        part.paragraphs.flatMap((paragraph) => noteRefs(paragraphText(paragraph))),
      );
      for (const id of [...notes, ...interactiveSources[copy.id]]) expect(page.sourceIds, copy.id).toContain(id);
    }
  });
});

describe('/sources/', () => {
  it('lists every cited source exactly once, anchored by its id', async () => {
    await renderWithRouter('/sources/');
    // One role query, then plain filtering: ~50 separate role queries are slow in jsdom.
    const allLinks = screen.getAllByRole('link');
    for (const id of allCited) {
      const source = sources.find((candidate) => candidate.id === id)!;
      // A source whose original page could not be located is cited by name, never linked to a copy.
      const entries = source.url
        ? allLinks.filter((link) => link.textContent === source.title)
        : screen.getAllByText(source.title, { selector: 'cite' });
      expect(entries, id).toHaveLength(1);
      if (source.url) expect(entries[0]).toHaveAttribute('href', source.url);
      else expect(entries[0]!.closest('li')).toHaveTextContent(source.urlNote!); // eslint-disable-line testing-library/no-node-access -- the source's entry
      // The chapters' notes and other pages link to /sources/#<id>.
      // eslint-disable-next-line testing-library/no-node-access -- the anchor is the list item around the link
      expect(entries[0]!.closest('li')).toHaveAttribute('id', source.id);
    }
  });

  it('groups sources by publisher kind under headings', async () => {
    await renderWithRouter('/sources/');
    for (const [kind, label] of Object.entries(sourcesCopy.groups)) {
      const present = sources.some((source) => source.kind === kind);
      if (present) expect(screen.getByRole('heading', { level: 3, name: label })).toBeInTheDocument();
    }
  });

  it('resolves every event’s sources, and links each source to the events citing it', async () => {
    await renderWithRouter('/sources/');
    for (const event of timelineEvents) {
      for (const id of event.sourceIds) {
        const source = sources.find((candidate) => candidate.id === id);
        expect(source, `${event.id} cites ${id}`).toBeDefined();
      }
    }
    const csrb = sources.find((source) => source.id === 'csrb-2024-04-02-review')!;
    // eslint-disable-next-line testing-library/no-node-access -- the source's own list item
    const item = screen.getByRole('link', { name: csrb.title }).closest('li')!;
    for (const event of timelineEvents.filter((candidate) =>
      (candidate.sourceIds as readonly string[]).includes(csrb.id),
    )) {
      expect(
        within(item).getByRole('link', { name: `${formatCalendarDate(event.date)}: ${event.title}` }),
      ).toHaveAttribute('href', `/timeline/${event.id}/`);
    }
    for (const page of citingPages.filter((candidate) => candidate.sourceIds.includes(csrb.id))) {
      expect(within(item).getByRole('link', { name: page.title })).toHaveAttribute(
        'href',
        page.page === 'cover' ? '/' : `/${page.page}/`,
      );
    }
  });

  it('has a methodology note explaining the labels and how dates are written', async () => {
    await renderWithRouter('/sources/');
    expect(screen.getByRole('heading', { level: 2, name: sourcesCopy.methodology.heading })).toBeInTheDocument();
    for (const label of sourcesCopy.methodology.labels) {
      expect(screen.getByText(label.term, { selector: 'dt' })).toBeInTheDocument();
    }
    expect(screen.getByText(/U\.S\. Eastern time/)).toBeInTheDocument();
  });

  it('shows the corrections and updates log with machine-readable dates', async () => {
    await renderWithRouter('/sources/');
    const heading = screen.getByRole('heading', { level: 2, name: sourcesCopy.corrections.heading });
    expect(heading).toBeInTheDocument();
    const log = screen.getAllByRole('list').find((list) => within(list).queryByText(corrections[0]!.text));
    expect(log).toBeDefined();
    const times = within(log!).getAllByRole('time');
    expect(times.map((time) => time.getAttribute('datetime'))).toEqual(corrections.map((entry) => entry.date));
    expect(times.map((time) => time.textContent)).toEqual(corrections.map((entry) => formatCalendarDate(entry.date)));
  });

  it('offers the data with every published field described, and the licence', async () => {
    await renderWithRouter('/sources/');
    expect(screen.getByRole('link', { name: sourcesCopy.data.json })).toHaveAttribute('href', '/data/timeline.json');
    expect(screen.getByRole('link', { name: sourcesCopy.data.csv })).toHaveAttribute('href', '/data/timeline.csv');
    const described = sourcesCopy.data.fields.map((field) => field.name);
    const exported = buildTimelineExport(
      { title: storyMeta.headline, updated: storyMeta.updated, license: storyMeta.license },
      lanes,
      timelineEvents,
      sources,
    );
    const jsonFields = new Set(exported.events.flatMap((event) => Object.keys(event)));
    for (const field of [...jsonFields, ...CSV_COLUMNS]) {
      expect(described, field).toContain(field);
      expect(screen.getByText(field, { selector: 'code' })).toBeInTheDocument();
    }
    expect(screen.getByText(`${sourcesCopy.data.license} ${storyMeta.license}`)).toBeInTheDocument();
  });

  it('says the files are UTF-8 and how the CSV keeps spreadsheets from reading formulas', async () => {
    await renderWithRouter('/sources/');
    const section = screen.getByRole('region', { name: sourcesCopy.data.heading });
    expect(within(section).getByText(sourcesCopy.data.encoding)).toBeInTheDocument();
    expect(sourcesCopy.data.encoding).toMatch(/UTF-8.*byte-order mark/);
  });
});

describe('corrections log', () => {
  it('has valid, ordered dates, the newest matching the story’s updated date', () => {
    for (const entry of corrections) expect(parseCalendarDate(entry.date), entry.date).not.toBeNull();
    const dates = corrections.map((entry) => entry.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.at(-1)).toBe(storyMeta.updated);
    expect(dates[0]! >= storyMeta.published).toBe(true);
  });
});
