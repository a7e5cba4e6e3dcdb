import { describe, expect, it } from 'vitest';
import { intrusions } from '@/data/intrusions';
import { keyFigures } from '@/data/key-figures';
import { lanes } from '@/data/lanes';
import { phases } from '@/data/phases';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import type { TimelineEvent } from '@/data/types';
import { assertValidStoryData, validateStoryData } from '@/data/validate';
import { validData } from '../fixtures/story-data';

function withEvent(index: number, patch: Partial<Record<keyof TimelineEvent, unknown>>) {
  const events = validData.events.map((event, i) => (i === index ? { ...event, ...patch } : event));
  return { ...validData, events: events as TimelineEvent[] };
}

describe('validateStoryData', () => {
  it('accepts the fixture and the published data', () => {
    expect(validateStoryData(validData)).toEqual([]);
    expect(
      validateStoryData({ lanes, sources, events: timelineEvents, phases, intrusions, keyFigures }),
    ).toEqual([]);
  });

  it('names a duplicate id', () => {
    const errors = validateStoryData(withEvent(1, { id: '2016-key-created', date: '2016' , datePrecision: 'year' }));
    expect(errors).toContain('Event "2016-key-created": duplicate id');
  });

  it('names a date that is not ISO', () => {
    const errors = validateStoryData(withEvent(1, { date: '16/06/2023' }));
    expect(errors.join('\n')).toMatch(/Event "2023-06-16-state-reports": date "16\/06\/2023" is not an ISO calendar date/);
  });

  it('names a date whose precision does not match', () => {
    const errors = validateStoryData(withEvent(1, { date: '2023-06' }));
    expect(errors).toContain('Event "2023-06-16-state-reports": date "2023-06" does not match datePrecision "day"');
  });

  it('names an event out of order', () => {
    const errors = validateStoryData(withEvent(1, { date: '2015-01-01' }));
    expect(errors.join('\n')).toMatch(/Event "2023-06-16-state-reports": date 2015-01-01 is out of order \(comes after "2016-key-created"/);
  });

  it('names an unknown lane', () => {
    expect(validateStoryData(withEvent(0, { lane: 'aliens' }))).toContain('Event "2016-key-created": unknown lane "aliens"');
  });

  it('names an event without sources', () => {
    expect(validateStoryData(withEvent(0, { sourceIds: [] }))).toContain('Event "2016-key-created": missing source');
  });

  it('names a source id that does not exist', () => {
    expect(validateStoryData(withEvent(0, { sourceIds: ['nope'] }))).toContain('Event "2016-key-created": unknown source "nope"');
  });

  it('names a non-https source', () => {
    const data = {
      ...validData,
      sources: validData.sources.map((s) => (s.id === 'ms-post' ? { ...s, url: 'http://blogs.microsoft.com/post' } : s)),
    };
    const errors = validateStoryData(data);
    expect(errors).toContain('Source "ms-post": url "http://blogs.microsoft.com/post" is not https');
    expect(errors).toContain('Event "2016-key-created": no https source');
  });

  it('names a disputed event with no note saying what disagrees', () => {
    expect(validateStoryData(withEvent(1, { certaintyNote: '' }))).toContain(
      'Event "2023-06-16-state-reports": certainty "disputed" needs a certaintyNote saying what disagrees',
    );
  });

  it('names a bad slug', () => {
    expect(validateStoryData(withEvent(0, { id: 'Key Created' }))).toContain('Event "Key Created": id is not a kebab-case slug');
  });

  it('throws one error listing every problem for the build', () => {
    expect(() => assertValidStoryData(withEvent(0, { lane: 'aliens', sourceIds: [] }))).toThrow(
      /Invalid story data \(2\):\n- Event "2016-key-created": unknown lane "aliens"\n- Event "2016-key-created": missing source/,
    );
  });
});
