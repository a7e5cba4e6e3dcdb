// Checks every built page against the HTML standard (html-validate's
// "standard" and "document" presets: content models, attributes, ids,
// nesting, a complete document), the way the W3C validator would. Style
// preferences are not checked. Exits 1 listing each page and problem.
//
// Usage: node scripts/validate-html.mjs [dist]
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: {
    // Subresource integrity guards files fetched from other origins; every
    // script and stylesheet here is the site's own.
    'require-sri': 'off',
  },
});

/** Problems in one HTML document, as "line:column message (rule)". */
export async function validateHtml(html, filename = 'page.html') {
  const report = await validator.validateString(html, filename);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${m.line}:${m.column} ${m.message} (${m.ruleId})`),
  );
}

/** Problems in every HTML file under distDir, keyed by path from distDir. */
export async function validateBuild(distDir) {
  const problems = new Map();
  for (const file of htmlFiles(distDir)) {
    const found = await validateHtml(readFileSync(file, 'utf8'), file);
    if (found.length > 0) problems.set(relative(distDir, file), found);
  }
  return problems;
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'assets' || name.startsWith('.') ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

if (import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '.')).href) {
  const distDir = process.argv[2] ?? 'dist';
  const pages = htmlFiles(distDir).length;
  if (pages === 0) {
    console.error(`HTML: no pages in ${distDir}; build the site first`);
    process.exit(1);
  }
  const problems = await validateBuild(distDir);
  if (problems.size > 0) {
    for (const [file, list] of problems) console.error(`${file}\n  ${list.join('\n  ')}`);
    console.error(`HTML: ${problems.size} of ${pages} pages are not valid`);
    process.exit(1);
  }
  console.log(`HTML: all ${pages} pages are valid`);
}
