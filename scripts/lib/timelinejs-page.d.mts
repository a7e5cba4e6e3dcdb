export type SiteTimeline = {
  title: string;
  updated: string;
  license: string;
  lanes: { id: string; label: string }[];
  events: {
    id: string;
    date: string;
    datePrecision: 'year' | 'month' | 'day';
    lane: string;
    title: string;
    summary: string;
    certainty: string;
    certaintyNote?: string;
    sources?: { title: string; publisher: string; url: string; published?: string }[];
  }[];
};
export type TimelineJsDate = { year: string; month?: string; day?: string };
export type TimelineJsData = {
  title: { text: { headline: string; text: string } };
  events: { unique_id: string; start_date: TimelineJsDate; group: string; text: { headline: string; text: string } }[];
};
export function toTimelineJsDate(date: string, precision: string): TimelineJsDate;
export function toTimelineJs(data: SiteTimeline): TimelineJsData;
export function pageHtml(title: string, timeline: TimelineJsData): string;
export const TIMELINEJS_FILES: string[];
export function writeTimelineJsPage(outDir: string, data: SiteTimeline): Promise<string>;
