// The build's check on the site's real records, each test with one record
// corrupted: the message must name the record and the file to fix, and be
// the only one.
import { describe, expect, it } from 'vitest';
import { DATA_FILES, validateStoryData, type StoryData } from '@/data/validate';
import { storyData } from '@/story-data';

const real = storyData();

function replaced<T>(list: readonly T[], index: number, patch: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

const errorsWith = (patch: Partial<StoryData>) => validateStoryData({ ...real, ...patch });

describe('the build check on the real data', () => {
  it('finds nothing wrong with the data as published', () => {
    expect(validateStoryData(real)).toEqual([]);
  });

  it('names each dataset by the file that exports it', () => {
    const modules = import.meta.glob<Record<string, unknown>>('/src/data/*.ts', { eager: true });
    for (const [key, file] of Object.entries(DATA_FILES)) {
      expect(Object.values(modules[`/${file}`] ?? {}), file).toContain(real[key as keyof typeof DATA_FILES]);
    }
  });

  it('names a source with an empty or blank title or publisher', () => {
    const source = real.sources[3]!;
    const name = `src/data/sources.ts: Source "${source.id}"`;
    expect(errorsWith({ sources: replaced(real.sources, 3, { title: '' }) })).toEqual([`${name}: missing title`]);
    expect(errorsWith({ sources: replaced(real.sources, 3, { title: ' \t' }) })).toEqual([`${name}: missing title`]);
    expect(errorsWith({ sources: replaced(real.sources, 3, { publisher: '' }) })).toEqual([
      `${name}: missing publisher`,
    ]);
    expect(errorsWith({ sources: replaced(real.sources, 3, { publisher: '\n ' }) })).toEqual([
      `${name}: missing publisher`,
    ]);
  });

  it('names a duplicate phase id', () => {
    const phases = replaced(real.phases, 2, { id: real.phases[0]!.id });
    expect(errorsWith({ phases })).toEqual([`src/data/phases.ts: Phase "${real.phases[0]!.id}": duplicate id`]);
  });

  it('names both phases that overlap', () => {
    const [first, second] = real.phases as [StoryData['phases'][number], StoryData['phases'][number]];
    const phases = replaced(real.phases, 1, { start: first.end });
    expect(errorsWith({ phases })).toEqual([
      `src/data/phases.ts: Phase "${second.id}": overlaps "${first.id}": starts ${first.end}, on or before "${first.id}" ends (${first.end})`,
    ]);
  });

  it('names a phase listed after one that starts later', () => {
    const phases = [real.phases[1]!, real.phases[0]!, ...real.phases.slice(2)];
    expect(errorsWith({ phases })).toEqual([
      `src/data/phases.ts: Phase "${real.phases[0]!.id}": starts ${real.phases[0]!.start}, before "${real.phases[1]!.id}" (${real.phases[1]!.start}), which comes first in the list`,
    ]);
  });

  it('names an empty lane label', () => {
    const lane = real.lanes[1]!;
    expect(errorsWith({ lanes: replaced(real.lanes, 1, { label: ' ' }) })).toEqual([
      `src/data/lanes.ts: Lane "${lane.id}": missing label`,
    ]);
  });

  it('names a duplicate lane id in lanes.ts, not the events whose lane it took', () => {
    const taken = real.lanes[1]!.id;
    const first = real.lanes[0]!.id;
    const message = `src/data/lanes.ts: Lane "${first}": duplicate id (events' lanes are checked once every lane id is unique)`;
    expect(real.events.some((event) => event.lane === taken)).toBe(true);
    expect(errorsWith({ lanes: replaced(real.lanes, 1, { id: first }) })).toEqual([message]);
    expect(errorsWith({ lanes: [...real.lanes, real.lanes[0]!] })).toEqual([message]);
  });

  it('still names an event on an unknown lane while lane ids are unique', () => {
    const event = real.events[0]!;
    const lanes = real.lanes.filter((lane) => lane.id !== event.lane);
    const errors = errorsWith({ lanes });
    expect(errors).toContain(`src/data/timeline-events.ts: Event "${event.id}": unknown lane "${event.lane}"`);
  });

  it('names an intrusion with no name, or a blank short name, both shown as headings and labels', () => {
    const intrusion = real.intrusions[0]!;
    const name = `src/data/intrusions.ts: Intrusion "${intrusion.id}"`;
    expect(errorsWith({ intrusions: replaced(real.intrusions, 0, { name: ' ' }) })).toEqual([`${name}: missing name`]);
    expect(errorsWith({ intrusions: replaced(real.intrusions, 0, { shortName: '' }) })).toEqual([
      `${name}: shortName is blank`,
    ]);
  });
});
