// Finds a system Chromium for the browser tests. Never downloads a browser
// build: it uses CHROME_PATH or a system install, and on Debian/Ubuntu as
// root installs Debian's `chromium` package, saying so.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = findChromium();
  if (!found && process.getuid?.() === 0 && isDebianLike()) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (runs once)...');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install =
      update.status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    if (install && install.status === 0) found = findChromium();
  }
  if (!found) {
    console.error(
      'The browser tests need Chromium or Google Chrome, and none was found. ' +
        'Install it with your system package manager (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
        'Fedora: `sudo dnf install chromium`; macOS: `brew install --cask chromium`), ' +
        'or point CHROME_PATH at an existing Chrome or Chromium binary, then run `npm test` again. ' +
        'This project never downloads a browser build (`npx playwright install` is not used).',
    );
    process.exit(1);
  }
  console.log(`Using Chromium at ${found}`);
}
