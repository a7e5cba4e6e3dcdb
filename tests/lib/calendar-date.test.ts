import { afterEach, describe, expect, it } from 'vitest';
import { formatCalendarDate, fromDayNumber, parseCalendarDate, precisionOf, toDayNumber } from '@/lib/calendar-date';

const ZONES = ['UTC', 'Pacific/Pago_Pago', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Auckland'];
const originalTz = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalTz;
});

describe('formatCalendarDate', () => {
  it.each(ZONES)('reads the same calendar day in %s', (zone) => {
    process.env.TZ = zone;
    expect(formatCalendarDate('2023-06-16')).toBe('June 16, 2023');
    expect(formatCalendarDate('2023-01-01')).toBe('January 1, 2023');
    expect(formatCalendarDate('2023-12-31')).toBe('December 31, 2023');
    expect(toDayNumber('2023-06-16')).toBe(19524);
    expect(fromDayNumber(19524)).toBe('2023-06-16');
  });

  it('the zones really differ, so the test above can fail', () => {
    process.env.TZ = 'Pacific/Pago_Pago';
    // Parsing an ISO date as an instant shifts it a day west of UTC: the bug this module avoids.
    // eslint-disable-next-line no-restricted-syntax
    expect(new Date('2023-06-16').getDate()).toBe(15);
    process.env.TZ = 'Pacific/Kiritimati';
    // eslint-disable-next-line no-restricted-syntax
    expect(new Date('2023-06-16').getDate()).toBe(16);
  });

  it('writes month and year precision as a reader would', () => {
    expect(formatCalendarDate('2023-06')).toBe('June 2023');
    expect(formatCalendarDate('2016')).toBe('2016');
  });
});

describe('parseCalendarDate', () => {
  it('rejects dates that are not ISO calendar dates', () => {
    for (const bad of ['2023-6-16', '16/06/2023', '2023-13', '2023-02-30', '2023-06-16T00:00', '']) {
      expect(parseCalendarDate(bad)).toBeNull();
    }
  });

  it('accepts leap days only in leap years', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2023-02-29')).toBeNull();
  });

  it('tells the precision of a date', () => {
    expect(precisionOf('2021')).toBe('year');
    expect(precisionOf('2021-04')).toBe('month');
    expect(precisionOf('2021-04-04')).toBe('day');
    expect(precisionOf('April 2021')).toBeNull();
  });
});
