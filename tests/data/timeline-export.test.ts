import { describe, expect, it } from 'vitest';
import { buildTimelineExport, CSV_COLUMNS, toTimelineCsv } from '@/data/timeline-export';
import { validData } from '../fixtures/story-data';

const meta = { title: 'T', updated: '2026-11-28', license: 'CC BY 4.0' };

describe('timeline export', () => {
  const data = buildTimelineExport(meta, validData.lanes, validData.events, validData.sources);

  it('has the documented JSON shape, with sources resolved', () => {
    expect(Object.keys(data)).toEqual(['title', 'updated', 'license', 'lanes', 'events']);
    expect(data.lanes).toEqual([
      { id: 'microsoft', label: 'Microsoft' },
      { id: 'victims', label: 'Victims' },
    ]);
    const event = data.events[1];
    expect(event).toMatchObject({
      id: '2023-06-16-state-reports',
      date: '2023-06-16',
      datePrecision: 'day',
      lane: 'victims',
      certainty: 'disputed',
      certaintyNote: 'Two sources disagree.',
    });
    expect(event?.sources).toEqual([
      { title: 'A Microsoft post', publisher: 'Microsoft', url: 'https://blogs.microsoft.com/post', published: '2023-07-11' },
      { title: 'An advisory', publisher: 'CISA', url: 'https://www.cisa.gov/advisory', published: '2023-07-12' },
    ]);
    expect(data.events[0]).not.toHaveProperty('certaintyNote');
  });

  it('writes RFC 4180 CSV with a header and quoted fields', () => {
    const csv = toTimelineCsv(data);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe('2016-key-created,2016,year,microsoft,A key is made,A signing key is created.,confirmed,,https://blogs.microsoft.com/post');
    expect(csv).toContain('"State reports it, ""quoted"", with a comma"');
    expect(csv).toContain('"The department tells Microsoft.\nA second line."');
    expect(csv).toContain('https://blogs.microsoft.com/post https://www.cisa.gov/advisory');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps a source with no linkable original, or no day, in the documented shape, saying why', () => {
    const sources = [
      { id: 'ms-post', title: 'A wire story', publisher: 'Reuters', kind: 'press' as const, urlNote: 'Seen only in reprints.', published: '2023-07-13' },
      { id: 'cisa-advisory', title: 'A page', publisher: 'CISA', kind: 'government' as const, url: 'https://www.cisa.gov/page', publishedNote: 'No date given.' },
    ];
    const exported = buildTimelineExport(meta, validData.lanes, [validData.events[1]!], sources);
    expect(exported.events[0]?.sources).toEqual([
      { title: 'A wire story', publisher: 'Reuters', url: '', urlNote: 'Seen only in reprints.', published: '2023-07-13' },
      { title: 'A page', publisher: 'CISA', url: 'https://www.cisa.gov/page', published: '', publishedNote: 'No date given.' },
    ]);
    expect(toTimelineCsv(exported).split('\r\n')[1]).toMatch(/,https:\/\/www\.cisa\.gov\/page$/);
  });

  it('defuses spreadsheet formulas', () => {
    const hostile = buildTimelineExport(meta, validData.lanes, [{ ...validData.events[0]!, title: '=HYPERLINK("x")' }], validData.sources);
    expect(toTimelineCsv(hostile)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
