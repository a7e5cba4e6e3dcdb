// npm test: every check, run so that both of this machine's cores stay busy
// and no more than that (the browser tests keep both busy on their own, and
// slow down with anything beside them). Each step's output is printed whole
// when it ends; the run stops at the first stage with a failed step and lists
// the steps with their times.
//
//   1. the build, beside the sub-path build → lint, beside typecheck → format:check → knip
//   2. unit tests → checks of dist/ → size budget → HTML validation
//   3. the browser tests
import { spawn } from 'node:child_process';

const stages = [
  [['build'], ['build:base', 'lint'], ['typecheck', 'format:check', 'knip']],
  [['test:unit', 'test:dist', 'budget', 'validate:html']],
  [['test:e2e']],
];

const results = [];

function run(script) {
  const started = performance.now();
  process.stdout.write(`▶ ${script}\n`);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script], { env: process.env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const ok = code === 0;
      process.stdout.write(`\n── ${script}: ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s ──\n`);
      process.stdout.write(Buffer.concat(output));
      results.push({ script, ok, seconds });
      resolve(ok);
    });
  });
}

async function lane(scripts) {
  for (const script of scripts) if (!(await run(script))) return false;
  return true;
}

const started = performance.now();
let ok = true;
for (const stage of stages) {
  const lanes = await Promise.all(stage.map(lane));
  if (lanes.includes(false)) {
    ok = false;
    break;
  }
}

console.log('\nstep             time');
for (const { script, ok: passed, seconds } of results) {
  console.log(`${script.padEnd(16)} ${seconds.toFixed(1).padStart(5)} s${passed ? '' : '  FAILED'}`);
}
console.log(`npm test ${ok ? 'passed' : 'FAILED'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(ok ? 0 : 1);
