import type { CoverData } from './-cover-data';

/** True when a fetched value has the shape the cover needs. */
export function isCoverData(value: unknown): value is CoverData {
  const data = value as Partial<CoverData> | null;
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray(data.chapters) &&
    Array.isArray(data.figures) &&
    Array.isArray(data.sources) &&
    Array.isArray(data.keyEvents) &&
    Array.isArray(data.artCounts)
  );
}
