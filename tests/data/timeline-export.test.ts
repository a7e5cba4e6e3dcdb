import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildTimelineExport, CSV_BOM, CSV_COLUMNS, toTimelineCsv, type TimelineExport } from '@/data/timeline-export';
import type { Source, TimelineEvent } from '@/data/types';
import { dataFiles } from '@/entry-server';
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
      {
        title: 'A Microsoft post',
        publisher: 'Microsoft',
        url: 'https://blogs.microsoft.com/post',
        published: '2023-07-11',
      },
      { title: 'An advisory', publisher: 'CISA', url: 'https://www.cisa.gov/advisory', published: '2023-07-12' },
    ]);
    expect(data.events[0]).not.toHaveProperty('certaintyNote');
  });

  it('writes RFC 4180 CSV with a header and quoted fields', () => {
    const csv = toTimelineCsv(data);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_BOM + CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(
      '2016-key-created,2016,year,microsoft,A key is made,A signing key is created.,confirmed,,https://blogs.microsoft.com/post',
    );
    expect(csv).toContain('"State reports it, ""quoted"", with a comma"');
    expect(csv).toContain('"The department tells Microsoft.\nA second line."');
    expect(csv).toContain('https://blogs.microsoft.com/post https://www.cisa.gov/advisory');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps a source with no linkable original, or no day, in the documented shape, saying why', () => {
    const sources = [
      {
        id: 'ms-post',
        title: 'A wire story',
        publisher: 'Reuters',
        kind: 'press' as const,
        urlNote: 'Seen only in reprints.',
        published: '2023-07-13',
      },
      {
        id: 'cisa-advisory',
        title: 'A page',
        publisher: 'CISA',
        kind: 'government' as const,
        url: 'https://www.cisa.gov/page',
        publishedNote: 'No date given.',
      },
    ];
    const exported = buildTimelineExport(meta, validData.lanes, [validData.events[1]!], sources);
    expect(exported.events[0]?.sources).toEqual([
      {
        title: 'A wire story',
        publisher: 'Reuters',
        url: '',
        urlNote: 'Seen only in reprints.',
        published: '2023-07-13',
      },
      {
        title: 'A page',
        publisher: 'CISA',
        url: 'https://www.cisa.gov/page',
        published: '',
        publishedNote: 'No date given.',
      },
    ]);
    expect(toTimelineCsv(exported).split('\r\n')[1]).toMatch(/,https:\/\/www\.cisa\.gov\/page$/);
  });

  it('defuses spreadsheet formulas', () => {
    const hostile = buildTimelineExport(
      meta,
      validData.lanes,
      [{ ...validData.events[0]!, title: '=HYPERLINK("x")' }],
      validData.sources,
    );
    expect(toTimelineCsv(hostile)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

/** Parses as a strict RFC 4180 reader would, after checking the file opens with one BOM and has no other. */
function parseCsv(csv: string): Record<string, string>[] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  expect(csv.indexOf(CSV_BOM, 1)).toBe(-1);
  const rows: string[][] = parse(csv.slice(CSV_BOM.length), { record_delimiter: '\r\n', relax_column_count: false });
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  return rows.slice(1).map((row) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, row[i]!])));
}

/** The CSV columns of an exported event, as the JSON file has them. */
function csvColumnsOf(event: TimelineExport['events'][number]): Record<string, string> {
  return {
    id: event.id,
    date: event.date,
    datePrecision: event.datePrecision,
    lane: event.lane,
    title: event.title,
    summary: event.summary,
    certainty: event.certainty,
    certaintyNote: event.certaintyNote ?? '',
    sourceUrls: event.sources.flatMap((s) => (s.url ? [s.url] : [])).join(' '),
  };
}

describe('the published timeline.csv', () => {
  it('parses with a real CSV parser into exactly the events of timeline.json', () => {
    const files = dataFiles();
    const json = JSON.parse(files.json) as TimelineExport;
    const rows = parseCsv(files.csv);
    expect(rows).toHaveLength(json.events.length);
    expect(rows).toEqual(json.events.map(csvColumnsOf));
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])(
    'guards every field that starts with %j, and it parses back as that text',
    (first) => {
      const risky = (column: string) => `${first}1+1 ${column}`;
      const event = Object.fromEntries(
        ['id', 'date', 'datePrecision', 'lane', 'title', 'summary', 'certainty', 'certaintyNote'].map((key) => [
          key,
          risky(key),
        ]),
      );
      const source = { ...validData.sources[0]!, url: risky('sourceUrls') } as Source;
      const data = buildTimelineExport(
        { title: 'T', updated: '2026-11-28', license: 'CC BY 4.0' },
        validData.lanes,
        [{ ...event, sourceIds: [source.id] } as unknown as TimelineEvent],
        [source],
      );
      const csv = toTimelineCsv(data);
      const line = csv.slice(csv.indexOf('\r\n') + 2);
      for (const column of CSV_COLUMNS) {
        // Prefixed and quoted, with nothing before it in its field.
        expect(line).toMatch(new RegExp(`(^|,)"'${escapeRegExp(risky(column))}"(,|\r\n)`));
      }
      const [row] = parseCsv(csv);
      expect(row).toEqual(Object.fromEntries(CSV_COLUMNS.map((column) => [column, `'${risky(column)}`])));
    },
  );
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
