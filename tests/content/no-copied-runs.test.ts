// Facts carry over from sources, sentences do not: no reader-visible string
// repeats 8 or more consecutive words of a cited passage, except inside
// quotation marks, where a short quote is attributed.
import { describe, expect, it } from 'vitest';
import { sourcePassages } from '../fixtures/source-passages';

const RUN = 8;
const modules = import.meta.glob(['/src/content/**/*.ts', '/src/data/**/*.ts'], { eager: true });

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

/** Lower-case words, with quoted passages and note markers taken out. */
function words(text: string): string[] {
  const unquoted = text
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\[\[[^\]]+\]\]/g, ' ');
  return unquoted
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);
}

function runs(list: readonly string[]): Set<string> {
  const result = new Set<string>();
  for (let i = 0; i + RUN <= list.length; i++) result.add(list.slice(i, i + RUN).join(' '));
  return result;
}

const sourceRuns = new Set(sourcePassages.flatMap((passage) => [...runs(words(passage))]));
const copy = Object.entries(modules).flatMap(([file, module]) => strings(module).map((text) => ({ file, text })));

describe('copy written for this project', () => {
  it('reads every copy and data module', () => {
    expect(copy.length).toBeGreaterThan(500);
  });

  it('repeats no run of 8 words from a cited passage outside quotation marks', () => {
    const copied = copy.flatMap(({ file, text }) =>
      [...runs(words(text))].filter((run) => sourceRuns.has(run)).map((run) => `${file}: “${run}”`),
    );
    expect(copied).toEqual([]);
  });

  it('catches a copied run, so the check can fail', () => {
    const pasted =
      'In the past it has targeted media companies, think tanks, and telecommunications equipment and service providers.';
    expect([...runs(words(pasted))].some((run) => sourceRuns.has(run))).toBe(true);
  });
});
