// Prints one plain line, "N passed, N failed", summing the Vitest (unit and
// dist) and Playwright JSON reports of the last run (CI reads it).
import { readFileSync } from 'node:fs';

function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
for (const file of ['test-results/unit.json', 'test-results/dist.json']) {
  const vitest = read(file);
  passed += vitest?.numPassedTests ?? 0;
  failed += vitest?.numFailedTests ?? 0;
}
const e2e = read('test-results/e2e.json');
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
}
console.log(`${passed} passed, ${failed} failed`);
