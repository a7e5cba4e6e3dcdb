// Calendar dates are strings ("2023-06-16"), never instants: nothing here
// touches the reader's time zone, so every reader sees the same day.

export type CalendarPrecision = 'year' | 'month' | 'day';

export type CalendarParts = {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else, including impossible days. */
export function parseCalendarDate(value: string): CalendarParts | null {
  const match = ISO_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function precisionOf(value: string): CalendarPrecision | null {
  const parts = parseCalendarDate(value);
  if (!parts) return null;
  if (parts.day !== undefined) return 'day';
  return parts.month !== undefined ? 'month' : 'year';
}

/** "June 16, 2023", "June 2023" or "2016", the same in every time zone. */
export function formatCalendarDate(value: string): string {
  const parts = parseCalendarDate(value);
  if (!parts) return value;
  if (parts.month === undefined) return String(parts.year);
  const month = MONTHS[parts.month - 1];
  if (parts.day === undefined) return `${month} ${parts.year}`;
  return `${month} ${parts.day}, ${parts.year}`;
}

/**
 * Days since 1970-01-01 of the first day the value covers. Pure arithmetic
 * in UTC, used to place events on a chart axis.
 */
export function toDayNumber(value: string): number {
  const parts = parseCalendarDate(value);
  if (!parts) return Number.NaN;
  return Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1) / 86_400_000;
}

/** Inverse of `toDayNumber` for whole days: "2023-06-16". */
export function fromDayNumber(dayNumber: number): string {
  const date = new Date(Math.round(dayNumber) * 86_400_000);
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${date.getUTCFullYear()}-${month}-${day}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "Microsoft (July 14, 2023)", or the label alone when there is no date. */
export function labelWithDate(label: string, date: string | undefined): string {
  return date ? `${label} (${formatCalendarDate(date)})` : label;
}
