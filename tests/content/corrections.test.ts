// The corrections log and the notes beside corrected passages agree: every
// correction is noted where it applies, and every note points at the log.
import { describe, expect, it } from 'vitest';
import { chapters } from '@/content/chapters';
import { corrections } from '@/content/corrections';
import { coverCopy } from '@/content/sections/cover';
import { storyMeta } from '@/content/story';
import { timelineEvents } from '@/data/timeline-events';

const logIds = new Set<string>(corrections.map((entry) => entry.id));
const eventIds = new Set<string>(timelineEvents.map((event) => event.id));
const placed = new Set<string>([
  ...chapters.flatMap((chapter) => chapter.parts.flatMap((part) => part.correctionIds ?? [])),
  ...coverCopy.correctionIds,
]);

describe('corrections', () => {
  it('have unique ids, and every note beside a passage points at an entry of the log', () => {
    expect(logIds.size).toBe(corrections.length);
    for (const id of placed) expect(logIds, id).toContain(id);
  });

  it('name only current timeline events', () => {
    for (const entry of corrections) {
      for (const id of 'eventIds' in entry ? entry.eventIds : []) expect(eventIds, `${entry.id}: ${id}`).toContain(id);
    }
  });

  it('are each noted beside a passage they changed, unless they change the whole site', () => {
    for (const entry of corrections) {
      if (entry.kind !== 'correction' || ('siteWide' in entry && entry.siteWide)) continue;
      const onEvents = 'eventIds' in entry && entry.eventIds.length > 0;
      expect(placed.has(entry.id) || onEvents, entry.id).toBe(true);
    }
  });

  it('move the explainer’s updated date', () => {
    const newest = corrections
      .map((entry) => entry.date)
      .sort()
      .at(-1);
    expect(storyMeta.updated).toBe(newest);
  });
});
