import { isChapterId } from '@/content/chapter-outline';
import type { CoverData } from './cover-data';

// /data/cover.json crosses a network boundary: a stale cache, a proxy's
// error page or a half-written deploy can hand back anything. Checked field
// by field, so the cover renders what it was built with or not at all.

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);
const shape =
  (fields: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (value) =>
    isRecord(value) &&
    Object.entries(fields).every(([key, check]) => check(value[key])) &&
    Object.entries(optional).every(([key, check]) => value[key] === undefined || check(value[key]));

const strings = listOf(isString);
const isCoverShape = shape({
  chapters: listOf(shape({ id: isChapterId, title: isString, summary: isString })),
  figures: listOf(shape({ id: isString, value: isString, label: isString, note: isString, sourceIds: strings })),
  sources: listOf(
    shape(
      { id: isString, title: isString, publisher: isString, kind: isString },
      { url: isString, urlNote: isString, published: isString, publishedNote: isString, updated: isString },
    ),
  ),
  keyEvents: listOf(shape({ id: isString, date: isString, title: isString })),
  artCounts: (value) => Array.isArray(value) && value.length === 2 && value.every(Number.isInteger),
  corrections: listOf(
    shape({
      id: isString,
      date: isString,
      kind: (value) => value === 'correction' || value === 'update',
      text: isString,
    }),
  ),
});

/** True when a fetched value has the shape the cover needs. */
export function isCoverData(value: unknown): value is CoverData {
  return isCoverShape(value);
}
