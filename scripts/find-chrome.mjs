// Finds a Chromium/Chrome binary for the browser tests and the story smoke test. Test tools cannot download their
// own browser on this network, so we use the system one (Debian package `chromium`) or CHROME_PATH.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable'
];

/** @returns {string} absolute path of a Chromium-family browser; installs Debian's chromium when root with apt. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CANDIDATES.find(path => existsSync(path));
  if (found) return found;

  // A fresh CI machine has no browser yet: install it when we are allowed to.
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian package "chromium" with apt-get.');
    const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    });
    if (result.status === 0 && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }

  throw new Error(
    'No Chromium or Chrome browser was found: install one (Debian: `apt-get install chromium`) or set CHROME_PATH to its executable.'
  );
}

// `node scripts/find-chrome.mjs` prints the path (handy in shell scripts).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(findChrome());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
