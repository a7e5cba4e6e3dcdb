// The public data interface other newsrooms build on (DESIGN.md, Data).
// Its field names are a contract: add fields, never rename or remove them.
import { sourcesFor } from './selectors';
import type { Lane, Source, TimelineEvent } from './types';

export type ExportMeta = {
  readonly title: string;
  readonly updated: string;
  readonly license: string;
};

export type ExportedSource = {
  readonly title: string;
  readonly publisher: string;
  /** The original publisher's address, or empty where it could not be located (then `urlNote` says so). */
  readonly url: string;
  readonly urlNote?: string;
  /** `YYYY-MM-DD`, or empty where the publisher gives no date (then `publishedNote` says so). */
  readonly published: string;
  readonly publishedNote?: string;
};

export type TimelineExport = {
  readonly title: string;
  readonly updated: string;
  readonly license: string;
  readonly lanes: readonly { readonly id: string; readonly label: string }[];
  readonly events: readonly {
    readonly id: string;
    readonly date: string;
    readonly datePrecision: string;
    readonly lane: string;
    readonly title: string;
    readonly summary: string;
    readonly certainty: string;
    readonly certaintyNote?: string;
    readonly sources: readonly ExportedSource[];
  }[];
};

export function buildTimelineExport(
  meta: ExportMeta,
  lanes: readonly Lane[],
  events: readonly TimelineEvent[],
  sources: readonly Source[],
): TimelineExport {
  return {
    title: meta.title,
    updated: meta.updated,
    license: meta.license,
    lanes: lanes.map(({ id, label }) => ({ id, label })),
    events: events.map((event) => ({
      id: event.id,
      date: event.date,
      datePrecision: event.datePrecision,
      lane: event.lane,
      title: event.title,
      summary: event.summary,
      certainty: event.certainty,
      ...(event.certaintyNote ? { certaintyNote: event.certaintyNote } : {}),
      sources: sourcesFor(event.sourceIds, sources).map((s) => ({
        title: s.title,
        publisher: s.publisher,
        url: s.url ?? '',
        ...(s.urlNote ? { urlNote: s.urlNote } : {}),
        published: s.published ?? '',
        ...(s.publishedNote ? { publishedNote: s.publishedNote } : {}),
      })),
    })),
  };
}

export const CSV_COLUMNS = [
  'id',
  'date',
  'datePrecision',
  'lane',
  'title',
  'summary',
  'certainty',
  'certaintyNote',
  'sourceUrls',
] as const;

/**
 * Starts the CSV file: without it, Excel on Windows reads UTF-8 as the
 * system code page, and the copy's curly quotes come out as `â€œ`.
 */
export const CSV_BOM = '\uFEFF';

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, one row per event; several
 * source URLs are joined by spaces.
 */
export function toTimelineCsv(data: TimelineExport): string {
  const rows = data.events.map((event) =>
    [
      event.id,
      event.date,
      event.datePrecision,
      event.lane,
      event.title,
      event.summary,
      event.certainty,
      event.certaintyNote ?? '',
      event.sources.flatMap((s) => (s.url ? [s.url] : [])).join(' '),
    ]
      .map(csvField)
      .join(','),
  );
  return CSV_BOM + [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** First characters a spreadsheet may read as the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string): string {
  // OWASP's defence: an apostrophe makes the field text, and the quotes keep it one field.
  if (FORMULA_START.test(value)) return quoted(`'${value}`);
  return /[",\r\n]/.test(value) ? quoted(value) : value;
}

function quoted(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
