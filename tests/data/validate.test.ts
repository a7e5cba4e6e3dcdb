import { describe, expect, it } from 'vitest';
import { citableHosts } from '@/data/citable-hosts';
import { sources } from '@/data/sources';
import type { FigureClaim, Intrusion, Source, TimelineEvent, Victim } from '@/data/types';
import { assertValidStoryData, validateStoryData, type StoryData } from '@/data/validate';
import { storyData } from '@/story-data';
import { validData } from '../fixtures/story-data';

function withEvent(index: number, patch: Partial<Record<keyof TimelineEvent, unknown>>) {
  const events = validData.events.map((event, i) => (i === index ? { ...event, ...patch } : event));
  return { ...validData, events: events as TimelineEvent[] };
}

function withSource(patch: Partial<Record<keyof Source, unknown>>): StoryData {
  const sources = validData.sources.map((s) => (s.id === 'ms-post' ? ({ ...s, ...patch } as Source) : s));
  return { ...validData, sources };
}

const victim: Victim = {
  id: 'state-department',
  name: 'State Department',
  kind: 'agency',
  role: 'Federal department',
  known: 'Its mail was read.',
  publicDate: '2023-07-12',
  certainty: 'confirmed',
  sourceIds: ['ms-post'],
  eventId: '2016-key-created',
};

const claim: FigureClaim = {
  id: 'organizations-microsoft',
  measure: 'Organizations affected',
  value: 'About 25',
  scope: 'At disclosure.',
  who: 'Microsoft',
  date: '2023-07-11',
  certainty: 'confirmed',
  sourceIds: ['ms-post'],
};

const intrusion: Intrusion = {
  id: 'opm',
  name: 'OPM breach',
  actor: 'China, in reporting',
  from: { when: 'May 7, 2014', what: 'Entry' },
  to: { when: 'April 15, 2015', what: 'Detection' },
  dwell: { low: 343, approximate: false },
  dwellNote: 'Counted from entry to detection.',
  taken: 'Records.',
  certainty: 'confirmed',
  sourceIds: ['ms-post'],
};

describe('validateStoryData', () => {
  it('accepts the fixture and everything the site publishes', () => {
    expect(validateStoryData(validData)).toEqual([]);
    expect(validateStoryData(storyData())).toEqual([]);
  });

  it('names a duplicate id', () => {
    const errors = validateStoryData(withEvent(1, { id: '2016-key-created', date: '2016', datePrecision: 'year' }));
    expect(errors).toContain('src/data/timeline-events.ts: Event "2016-key-created": duplicate id');
  });

  it('names a date that is not ISO', () => {
    const errors = validateStoryData(withEvent(1, { date: '16/06/2023' }));
    expect(errors.join('\n')).toMatch(
      /Event "2023-06-16-state-reports": date "16\/06\/2023" is not an ISO calendar date/,
    );
  });

  it('names a date whose precision does not match', () => {
    const errors = validateStoryData(withEvent(1, { date: '2023-06' }));
    expect(errors).toContain(
      'src/data/timeline-events.ts: Event "2023-06-16-state-reports": date "2023-06" does not match datePrecision "day"',
    );
  });

  it('names an event out of order', () => {
    const errors = validateStoryData(withEvent(1, { date: '2015-01-01' }));
    expect(errors.join('\n')).toMatch(
      /Event "2023-06-16-state-reports": date 2015-01-01 is out of order \(comes after "2016-key-created"/,
    );
  });

  it('names an unknown lane', () => {
    expect(validateStoryData(withEvent(0, { lane: 'aliens' }))).toContain(
      'src/data/timeline-events.ts: Event "2016-key-created": unknown lane "aliens"',
    );
  });

  it('names an event without sources', () => {
    expect(validateStoryData(withEvent(0, { sourceIds: [] }))).toContain(
      'src/data/timeline-events.ts: Event "2016-key-created": missing source',
    );
  });

  it('names a source id that does not exist', () => {
    expect(validateStoryData(withEvent(0, { sourceIds: ['nope'] }))).toContain(
      'src/data/timeline-events.ts: Event "2016-key-created": unknown source "nope"',
    );
  });

  it('names a disputed event with no note saying what disagrees', () => {
    expect(validateStoryData(withEvent(1, { certaintyNote: '' }))).toContain(
      'src/data/timeline-events.ts: Event "2023-06-16-state-reports": certainty "disputed" needs a certaintyNote saying what disagrees',
    );
  });

  it('names a bad slug', () => {
    expect(validateStoryData(withEvent(0, { id: 'Key Created' }))).toContain(
      'src/data/timeline-events.ts: Event "Key Created": id is not a kebab-case slug',
    );
  });

  it('names a former id that is also a current id', () => {
    const errors = validateStoryData(withEvent(1, { formerIds: ['2016-key-created'] }));
    expect(errors).toContain(
      'src/data/timeline-events.ts: Event "2023-06-16-state-reports": former id "2016-key-created" is not a unique slug',
    );
  });

  it('throws one error listing every problem for the build', () => {
    expect(() => assertValidStoryData(withEvent(0, { lane: 'aliens', sourceIds: [] }))).toThrow(
      /Invalid story data \(2\):\n- src\/data\/timeline-events.ts: Event "2016-key-created": unknown lane "aliens"\n- src\/data\/timeline-events.ts: Event "2016-key-created": missing source/,
    );
  });
});

describe('validateStoryData: sources', () => {
  it('names a source that is not https', () => {
    expect(validateStoryData(withSource({ url: 'http://blogs.microsoft.com/post' }))).toContain(
      'src/data/sources.ts: Source "ms-post": url "http://blogs.microsoft.com/post" is not https',
    );
  });

  it('names a host that is not on the list of citable publishers', () => {
    expect(validateStoryData(withSource({ url: 'https://www.firstpost.com/world/a-rewrite' }))).toContain(
      'src/data/sources.ts: Source "ms-post": host "www.firstpost.com" is not on the list of citable publishers (data/citable-hosts.ts)',
    );
    // A shared host is citable only under the publisher's own path.
    expect(
      validateStoryData(withSource({ url: 'https://github.com/someone/mirror/blob/main/post.md' })).join('\n'),
    ).toMatch(/host "github.com" is not on the list/);
    expect(validateStoryData(withSource({ url: 'https://github.com/microsoft/mstic/blob/master/feed.json' }))).toEqual(
      [],
    );
  });

  it('names tracking parameters', () => {
    for (const key of ['utm_source', 'ref', 'oref', 'reflink']) {
      expect(validateStoryData(withSource({ url: `https://blogs.microsoft.com/post?${key}=news` }))).toContain(
        `src/data/sources.ts: Source "ms-post": url carries the tracking parameter "${key}"`,
      );
    }
    // An id that names the article is not tracking.
    expect(validateStoryData(withSource({ url: 'https://abcnews.go.com/Politics/story?id=101201179' }))).toEqual([]);
  });

  it('wants a day of publication, or a note saying why the publisher gives none', () => {
    expect(validateStoryData(withSource({ published: '2023-07' }))).toContain(
      'src/data/sources.ts: Source "ms-post": published needs a day (YYYY-MM-DD), or a publishedNote saying why the publisher gives none',
    );
    expect(validateStoryData(withSource({ published: undefined }))).toHaveLength(1);
    expect(validateStoryData(withSource({ published: '2023-07', publishedNote: 'The page gives no day.' }))).toEqual(
      [],
    );
    expect(validateStoryData(withSource({ published: '2023-13-01' }))).toContain(
      'src/data/sources.ts: Source "ms-post": published "2023-13-01" is not an ISO date',
    );
  });

  it('names an empty title or publisher, and a source with neither a link nor a reason for none', () => {
    expect(validateStoryData(withSource({ title: ' ' }))).toContain(
      'src/data/sources.ts: Source "ms-post": missing title',
    );
    expect(validateStoryData(withSource({ publisher: '' }))).toContain(
      'src/data/sources.ts: Source "ms-post": missing publisher',
    );
    expect(validateStoryData(withSource({ url: undefined }))).toContain(
      'src/data/sources.ts: Source "ms-post": needs a url, or a urlNote saying why the original cannot be linked',
    );
    expect(validateStoryData(withSource({ url: undefined, urlNote: 'Seen only in reprints.' }))).toEqual([]);
  });

  it('lists only hosts the site cites, so every entry is a live editorial decision', () => {
    const used = new Set(
      sources
        .flatMap((source) => ('url' in source && source.url ? [new URL(source.url)] : []))
        .map((url) => url.hostname),
    );
    for (const key of Object.keys(citableHosts)) expect(used, key).toContain(key.split('/')[0]);
  });
});

describe('validateStoryData: the other datasets', () => {
  it('checks victims: sources, dates, kinds, events, and why an unconfirmed one has no link', () => {
    const check = (patch: Partial<Record<keyof Victim, unknown>>) =>
      validateStoryData({ ...validData, victims: [{ ...victim, ...patch } as Victim] });
    expect(check({})).toEqual([]);
    expect(check({ sourceIds: [] })).toContain('src/data/victims.ts: Victim "state-department": missing source');
    expect(check({ publicDate: 'July 2023' })).toContain(
      'src/data/victims.ts: Victim "state-department": publicDate "July 2023" is not an ISO date',
    );
    expect(check({ kind: 'alien' })).toContain('src/data/victims.ts: Victim "state-department": unknown kind "alien"');
    expect(check({ eventId: 'nope' })).toContain(
      'src/data/victims.ts: Victim "state-department": unknown timeline event "nope"',
    );
    expect(check({ certainty: 'unconfirmed', sourceIds: [] })).toContain(
      'src/data/victims.ts: Victim "state-department": unconfirmed needs a sourceNote saying why there is no source',
    );
  });

  it('checks figure claims', () => {
    const check = (patch: Partial<Record<keyof FigureClaim, unknown>>) =>
      validateStoryData({ ...validData, figureClaims: [{ ...claim, ...patch } as FigureClaim] });
    expect(check({})).toEqual([]);
    expect(check({ value: '' })).toContain(
      'src/data/figures-that-disagree.ts: Figure claim "organizations-microsoft": missing measure, value or who',
    );
    expect(check({ date: '2023-02-30' })).toContain(
      'src/data/figures-that-disagree.ts: Figure claim "organizations-microsoft": date "2023-02-30" is not an ISO date',
    );
    expect(check({ certainty: 'sure' })).toContain(
      'src/data/figures-that-disagree.ts: Figure claim "organizations-microsoft": unknown certainty "sure"',
    );
    expect(check({ sourceIds: ['nope'] })).toContain(
      'src/data/figures-that-disagree.ts: Figure claim "organizations-microsoft": unknown source "nope"',
    );
  });

  it('checks intrusions: both ends of the count, and no other measure beside a dwell figure', () => {
    const check = (patch: Partial<Record<keyof Intrusion, unknown>>) =>
      validateStoryData({ ...validData, intrusions: [{ ...intrusion, ...patch } as Intrusion] });
    expect(check({})).toEqual([]);
    expect(check({ to: { when: '', what: 'x' } })).toContain(
      'src/data/intrusions.ts: Intrusion "opm": needs both ends of the count (from and to)',
    );
    expect(check({ dwell: { low: 40, high: 30, approximate: false } })).toContain(
      'src/data/intrusions.ts: Intrusion "opm": dwell must be positive, with high at least low',
    );
    expect(check({ otherMeasure: '55 days to a patch' })).toContain(
      'src/data/intrusions.ts: Intrusion "opm": otherMeasure is only for rows without a dwell figure',
    );
  });

  it('checks the sources and events that copy records cite', () => {
    const check = (sourceIds: string[], eventIds: string[], needsSource = true) =>
      validateStoryData({
        ...validData,
        citations: [
          {
            name: 'Attack step "flaw"',
            file: 'src/content/sections/attack-steps.ts',
            sourceIds,
            eventIds,
            needsSource,
          },
        ],
      });
    expect(check(['ms-post'], ['2016-key-created'])).toEqual([]);
    expect(check([], [])).toContain('src/content/sections/attack-steps.ts: Attack step "flaw": missing source');
    expect(check([], [], false)).toEqual([]);
    expect(check(['nope'], [])).toContain(
      'src/content/sections/attack-steps.ts: Attack step "flaw": unknown source "nope"',
    );
    expect(check(['ms-post'], ['nope'])).toContain(
      'src/content/sections/attack-steps.ts: Attack step "flaw": unknown timeline event "nope"',
    );
  });

  it('checks lanes and phases: labels, and phases that overlap', () => {
    expect(
      validateStoryData({ ...validData, lanes: [{ id: 'microsoft', label: ' ' }, validData.lanes[1]!] }),
    ).toContain('src/data/lanes.ts: Lane "microsoft": missing label');
    const phases = [
      { id: 'one', label: 'One', shortLabel: 'One', start: '2016-01-01', end: '2023-06-30' },
      { id: 'two', label: 'Two', shortLabel: 'Second', start: '2023-06-15', end: '2024-12-31' },
    ];
    const errors = validateStoryData({ ...validData, phases });
    expect(errors).toContain(
      'src/data/phases.ts: Phase "two": overlaps "one": starts 2023-06-15, on or before "one" ends (2023-06-30)',
    );
    expect(errors).toContain('src/data/phases.ts: Phase "two": needs a short label no longer than its label');
  });

  it('checks chart labels: a few words each, every rank used once', () => {
    const label = (text: string, rank: number) => ({ chartLabel: { text, rank } });
    const events = [
      { ...validData.events[0]!, ...label('Key issued', 1) },
      { ...validData.events[1]!, ...label('A label far too long for the chart', 1) },
    ];
    const errors = validateStoryData({ ...validData, events });
    expect(errors).toContain(
      `src/data/timeline-events.ts: Event "${events[1]!.id}": chart label must be 1 to 22 characters`,
    );
    expect(errors).toContain(
      `src/data/timeline-events.ts: Event "${events[1]!.id}": chart label rank 1 must be a whole number from 1, used once`,
    );
    expect(errors.filter((error) => error.startsWith(`src/data/timeline-events.ts: Event "${events[0]!.id}"`))).toEqual(
      [],
    );
  });
});
