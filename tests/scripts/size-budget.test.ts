import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/lib/precompress.mjs';
import { checkBudget, manifestPath, measureBuild } from '../../scripts/size-budget.mjs';

const dirs: string[] = [];

/** Writes a tiny fake build: pages, a manifest and chunks of the given sizes. */
function fakeBuild(options: {
  entryBytes: number;
  rechartsOnCover?: boolean;
  cssBytes?: number;
  /** The section chunk /who/ preloads (its own by default). */
  whoPreloads?: 'who' | 'what' | 'none';
}) {
  const dir = mkdtempSync(join(tmpdir(), 'budget-'));
  dirs.push(dir, `${dir}-meta`);
  mkdirSync(join(dir, 'assets'));
  mkdirSync(`${dir}-meta`);
  mkdirSync(join(dir, 'who'));
  // Random bytes do not compress, so the gzip size is close to the raw size.
  writeFileSync(join(dir, 'assets', 'index.js'), randomBytes(options.entryBytes).toString('base64'));
  writeFileSync(join(dir, 'assets', 'shared.js'), 'export const x = 1;');
  writeFileSync(join(dir, 'assets', 'chart.js'), 'const c = "recharts-wrapper";');
  writeFileSync(join(dir, 'assets', 'index.css'), randomBytes(options.cssBytes ?? 100).toString('base64'));
  writeFileSync(join(dir, 'assets', 'who-section.js'), 'export const who = 1;');
  writeFileSync(join(dir, 'assets', 'what-section.js'), 'export const what = 1;');
  writeFileSync(
    manifestPath(dir),
    JSON.stringify({
      'index.html': {
        file: 'assets/index.js',
        imports: ['_shared.js'],
        dynamicImports: ['src/chart.tsx'],
        isEntry: true,
      },
      '_shared.js': { file: 'assets/shared.js' },
      'src/chart.tsx': { file: 'assets/chart.js', isDynamicEntry: true },
      'src/sections/who/who-chapter.tsx': { file: 'assets/who-section.js', isDynamicEntry: true },
      'src/sections/what/what-chapter.tsx': { file: 'assets/what-section.js', isDynamicEntry: true },
    }),
  );
  const page = (extra = '') =>
    `<html><head><script type="module" crossorigin src="/assets/index.js"></script>${extra}<link rel="stylesheet" href="/assets/index.css"></head></html>`;
  writeFileSync(
    join(dir, 'index.html'),
    page(options.rechartsOnCover ? '<link rel="modulepreload" href="/assets/chart.js">' : ''),
  );
  const whoPreloads = options.whoPreloads ?? 'who';
  writeFileSync(
    join(dir, 'who', 'index.html'),
    page(
      whoPreloads === 'none'
        ? ''
        : `<link rel="modulepreload" fetchpriority="low" href="/assets/${whoPreloads}-section.js">`,
    ),
  );
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('size budget', () => {
  it('passes a build within budget', () => {
    const measure = measureBuild(fakeBuild({ entryBytes: 20_000 }));
    expect(measure.pages.map((p) => p.path).sort()).toEqual(['/', '/who/']);
    expect(checkBudget(measure)).toEqual([]);
  });

  it("measures the same with the build's .br and .gz files beside each file (nothing counted twice)", async () => {
    const dir = fakeBuild({ entryBytes: 20_000 });
    const before = measureBuild(dir);
    expect(await precompress(dir)).toBeGreaterThan(0);
    expect(measureBuild(dir)).toEqual(before);
  });

  it('fails a cover over its JavaScript budget, naming the page and the excess', () => {
    const measure = measureBuild(fakeBuild({ entryBytes: 120_000 }));
    const failures = checkBudget(measure);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^\/ loads 1\d\d\.\d KB of JavaScript \(gzip\), \d+\.\d KB over the 105 KB budget$/);
  });

  it('fails a page without a chart that loads Recharts', () => {
    const failures = checkBudget(measureBuild(fakeBuild({ entryBytes: 1_000, rechartsOnCover: true })));
    expect(failures).toEqual(['/ has no chart but loads Recharts code on first load']);
  });

  it("fails a page that loads another chapter's section, naming both", () => {
    const within = measureBuild(fakeBuild({ entryBytes: 1_000 }));
    expect(within.pages.find((p) => p.path === '/who/')?.sections).toEqual(['who']);
    const failures = checkBudget(measureBuild(fakeBuild({ entryBytes: 1_000, whoPreloads: 'what' })));
    expect(failures).toEqual([
      "/who/ loads the what chapter's section, which it does not show",
      "/who/ does not preload its own chapter's section, so it hydrates a round trip late",
    ]);
  });

  it('fails a chapter page that does not preload its own section', () => {
    const failures = checkBudget(measureBuild(fakeBuild({ entryBytes: 1_000, whoPreloads: 'none' })));
    expect(failures).toEqual(["/who/ does not preload its own chapter's section, so it hydrates a round trip late"]);
  });

  it('fails CSS over budget', () => {
    const failures = checkBudget(measureBuild(fakeBuild({ entryBytes: 1_000, cssBytes: 30_000 })));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^CSS totals \d\d\.\d KB \(gzip\), \d+\.\d KB over the 20 KB budget$/);
  });
});
