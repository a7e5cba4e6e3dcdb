import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateBuild, validateHtml } from '../../scripts/validate-html.mjs';

const page = (body: string, head = '<title>A page</title>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('HTML validation', () => {
  it('passes a valid page, and our own script and style without integrity hashes', async () => {
    const head =
      '<title>A page</title><link rel="stylesheet" href="/assets/a.css"><script type="module" src="/assets/a.js"></script>';
    expect(await validateHtml(page('<main><h1 id="a">Title</h1><p>Text</p></main>', head))).toEqual([]);
  });

  it.each([
    ['a duplicate id', '<h1 id="x">A</h1><p id="x">B</p>', /no-dup-id/],
    ['a button inside a link', '<a href="/a/"><button type="button">Go</button></a>', /element-permitted-content/],
    ['a list item outside a list', '<li>Item</li>', /element-permitted-parent/],
    ['an unknown attribute value', '<input type="nonsense">', /attribute-allowed-values/],
  ])('fails %s, naming the rule', async (_name, body, rule) => {
    const problems = await validateHtml(page(body));
    expect(problems.join('\n')).toMatch(rule);
  });

  it('fails a document without a title', async () => {
    expect((await validateHtml(page('<p>Text</p>', ''))).join('\n')).toMatch(/title/);
  });

  it('names each invalid page of a build and only those', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'who'));
    writeFileSync(join(dir, 'index.html'), page('<p>Fine</p>'));
    writeFileSync(join(dir, 'who', 'index.html'), page('<p id="a">A</p><p id="a">B</p>'));
    const problems = await validateBuild(dir);
    expect([...problems.keys()]).toEqual([join('who', 'index.html')]);
  });
});
