import { describe, expect, it } from 'vitest';
import { chapterIds } from '@/content/chapter-outline';
import { graphics, graphicsOf } from '@/content/graphics';
import { embedEntries, entriesFor } from '@/embed/embed-catalog';
import { discoveryTarget, oembedPath } from '@/embed/oembed-path';

describe('the list of embeds', () => {
  it('holds every graphic, the full timeline and every chapter, once each', () => {
    const ids = embedEntries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(embedEntries.filter((entry) => entry.kind === 'graphic').map((entry) => entry.id)).toEqual(
      graphics.map((graphic) => graphic.id),
    );
    expect(embedEntries.filter((entry) => entry.kind === 'page').map((entry) => entry.page)).toEqual([
      'timeline',
      ...chapterIds,
    ]);
  });

  it('gives each graphic a fixed height inside the size limit, for pages that strip the script', () => {
    for (const entry of embedEntries.filter((candidate) => candidate.kind === 'graphic')) {
      expect(entry.height, entry.id).toBeGreaterThan(300);
      expect(entry.height, entry.id).toBeLessThanOrEqual(900);
    }
  });

  it('lets the timeline set its view, lanes and event, and the stepper its step; every embed its theme', () => {
    const options = (id: string) => embedEntries.find((entry) => entry.id === id)?.options;
    expect(options('timeline')).toEqual(['theme', 'view', 'lanes', 'event']);
    expect(options('attack-stepper')).toEqual(['theme', 'step']);
    expect(options('page-what')).toEqual(['theme', 'step']);
    expect(embedEntries.every((entry) => entry.options.includes('theme'))).toBe(true);
  });

  it('offers a page’s graphics first, then the page itself, then everything else in list order', () => {
    const forWho = entriesFor('who').map((entry) => entry.id);
    const who = graphicsOf('who').map((graphic) => graphic.id);
    expect(forWho.slice(0, who.length + 1)).toEqual([...who, 'page-who']);
    expect([...forWho].sort()).toEqual(embedEntries.map((entry) => entry.id).sort());
    const rest = forWho.slice(who.length + 1);
    expect(rest).toEqual(
      embedEntries.map((entry) => entry.id).filter((id) => !forWho.slice(0, who.length + 1).includes(id)),
    );
    expect(
      entriesFor('timeline')
        .slice(0, 2)
        .map((entry) => entry.id),
    ).toEqual(['timeline', 'page-timeline']);
  });
});

describe('oEmbed discovery', () => {
  it('points each kind of page at the embed that stands for it', () => {
    expect(discoveryTarget('/_site/', {})).toEqual({ kind: 'timeline-graphic' });
    expect(discoveryTarget('/_site/sources', {})).toEqual({ kind: 'timeline-graphic' });
    expect(discoveryTarget('/_site/$chapterId', { chapterId: 'what' })).toEqual({
      kind: 'graphic',
      graphicId: 'attack-stepper',
    });
    expect(discoveryTarget('/_site/timeline/{-$eventId}', { eventId: 'x' })).toEqual({
      kind: 'timeline-graphic',
      eventId: 'x',
    });
    expect(discoveryTarget('/embed/graphics/$graphicId', { graphicId: 'audit-log' })).toEqual({
      kind: 'graphic',
      graphicId: 'audit-log',
    });
    expect(discoveryTarget('/embed/$chapterId', { chapterId: 'who' })).toEqual({ kind: 'chapter', chapterId: 'who' });
    expect(discoveryTarget('/embed/timeline/{-$eventId}', {})).toEqual({ kind: 'timeline' });
  });

  it('names no embed for an unknown chapter or graphic, or a route that is not a page', () => {
    expect(discoveryTarget('/_site/$chapterId', { chapterId: 'nope' })).toBeUndefined();
    expect(discoveryTarget('/embed/graphics/$graphicId', { graphicId: 'timeline' })).toBeUndefined();
    expect(discoveryTarget('/embed/', {})).toBeUndefined();
  });

  it('publishes one document per embed, and one per event of the timeline graphic', () => {
    const paths = embedEntries.map((entry) => oembedPath(entry.target));
    expect(new Set(paths).size).toBe(paths.length);
    expect(oembedPath({ kind: 'timeline-graphic', eventId: 'a-b' })).toBe('/oembed/timeline/a-b.json');
    expect(oembedPath({ kind: 'graphic', graphicId: 'dwell-chart' })).toBe('/oembed/dwell-chart.json');
  });
});
