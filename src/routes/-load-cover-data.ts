import { withBase } from '@/lib/base-path';
import type { CoverData } from './-cover-data';
import { isCoverData } from './-cover-guard';

/**
 * The cover's data: in the browser from /data/cover.json (written by the
 * build), falling back to the data modules themselves (a lazy chunk) on the
 * dev server or if the file cannot be read; at build time and in tests,
 * straight from the modules.
 */
export async function loadCoverData(): Promise<CoverData> {
  if (!import.meta.env.SSR && import.meta.env.MODE !== 'test') {
    try {
      const response = await fetch(withBase('/data/cover.json'));
      if (response.ok) {
        const data: unknown = await response.json();
        if (isCoverData(data)) return data;
      }
    } catch {
      // Fall through to the modules.
    }
  }
  const { buildCoverData } = await import('./-cover-data');
  return buildCoverData();
}
