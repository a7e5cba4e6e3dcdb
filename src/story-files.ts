// Every copy and data module by its file, so that the build's messages can
// name the file a record is written in, and so that no `[[source-id]]`
// anywhere in the copy escapes the check, whichever file it is added to.
import type { Citation } from './data/validate';
import { noteMarkers } from './lib/prose';

const modules = import.meta.glob<Record<string, unknown>>(['/src/content/**/*.ts', '/src/data/*.ts'], { eager: true });

/** Each module's exported values, with the file (`src/...`) that exports them first. */
const exportedBy = new Map<unknown, string>();
for (const [path, module] of Object.entries(modules)) {
  for (const value of Object.values(module)) {
    if (typeof value === 'object' && value !== null && !exportedBy.has(value)) exportedBy.set(value, path.slice(1));
  }
}

/** The file that exports this record or list. */
export function fileOf(value: object): string {
  const file = exportedBy.get(value);
  if (!file) throw new Error('story-files: a record is not exported by any module under src/content or src/data');
  return file;
}

/**
 * A copy record for every string in the copy and data modules that holds a
 * `[[...]]` marker, except inside `prose` (the chapter paragraphs, which
 * render markers as notes and are checked as their own records). A value
 * exported by another module is read there, so each is named by its own file.
 */
export function noteMarkersOutside(prose: ReadonlySet<object>): Citation[] {
  const found: Citation[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, at: string, file: string, top: boolean) => {
    if (typeof value === 'string') {
      const refs = noteMarkers(value);
      if (refs.length > 0) found.push({ name: `Copy "${at}"`, file, sourceIds: refs, notesShownAsText: true });
      return;
    }
    if (typeof value !== 'object' || value === null || prose.has(value) || seen.has(value)) return;
    if (!top && exportedBy.has(value) && exportedBy.get(value) !== file) return;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) {
      visit(child, Array.isArray(value) ? `${at}[${key}]` : `${at}.${key}`, file, false);
    }
  };
  for (const [path, module] of Object.entries(modules)) {
    const file = path.slice(1);
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'string' || exportedBy.get(value) === file) visit(value, name, file, true);
    }
  }
  return found;
}
