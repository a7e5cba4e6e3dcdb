// `npm run build` itself, on a copy of the project with two bad records
// written into its real files: it must stop, naming both, before it makes
// the client bundle. (The validator's own tests cover each check; this
// proves the deploying command runs it, on the files as they are.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { paragraphText } from '@/content/paragraph';
import { whoCopy } from '@/content/sections/who';

const root = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'build-validates-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function corrupt(file: string, from: string, to: string) {
  const path = join(copy, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} has ${from}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

it('npm run build fails on bad data, naming each bad record and its file', () => {
  for (const entry of ['src', 'scripts', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');

  const cited = '[[microsoft-learn-threat-actor-naming]]';
  corrupt('src/content/sections/who.ts', cited, `${cited}[[no-such-source]]`);
  corrupt('src/data/lanes.ts', "{ id: 'victims', label: 'Victims' }", "{ id: 'attacker', label: 'Victims' }");
  const partIndex = whoCopy.parts.findIndex((part) => part.paragraphs.some((p) => paragraphText(p).includes(cited)));
  const part = whoCopy.parts[partIndex]!;
  const paragraph = part.paragraphs.findIndex((p) => paragraphText(p).includes(cited)) + 1;

  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV') delete env[key];
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: copy, env, encoding: 'utf8' });

  expect(run.status, run.stdout + run.stderr).toBe(1);
  expect(run.stderr).toContain('Invalid story data (2):');
  expect(run.stderr).toContain(
    `- src/content/sections/who.ts: Chapter "who", "${part.heading}", paragraph ${paragraph}: unknown source "no-such-source"`,
  );
  expect(run.stderr).toContain(
    `- src/data/lanes.ts: Lane "attacker": duplicate id (events' lanes are checked once every lane id is unique)`,
  );
  expect(existsSync(join(copy, 'dist'))).toBe(false);
}, 120_000);
