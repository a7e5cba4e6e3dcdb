import { withBase } from '@/lib/base-path';
import type { CoverData } from './cover-data';
import { isCoverData } from './cover-guard';

/**
 * The cover's data in the browser: /data/cover.json, written by the build,
 * so the cover does not ship every event and source in its JavaScript. On
 * the dev server, or if the file cannot be read or is not what the build
 * writes, the data modules themselves (a lazy chunk).
 */
export async function fetchCoverData(fetcher: typeof fetch = fetch): Promise<CoverData> {
  try {
    const response = await fetcher(withBase('/data/cover.json'));
    if (response.ok) {
      const data: unknown = await response.json();
      if (isCoverData(data)) return data;
    }
  } catch {
    // Fall through to the modules.
  }
  return buildCoverDataLazily();
}

/** The same data straight from the modules: at build time, in tests, and as the browser's fallback. */
export async function buildCoverDataLazily(): Promise<CoverData> {
  const { buildCoverData } = await import('./cover-data');
  return buildCoverData();
}
