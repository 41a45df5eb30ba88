// The same tests in Debian's Firefox ESR (scripts/wtr-firefox-launcher.mjs). `npm run test:firefox`.
import { firefoxLauncher } from './scripts/wtr-firefox-launcher.mjs';
import config from './web-test-runner.config.mjs';

export default {
  ...config,
  // The theming tests switch prefers-color-scheme, which Firefox's WebDriver BiDi cannot emulate (no such command in
  // Firefox ESR 153; puppeteer's emulateMediaFeatures needs CDP).
  files: [...config.files, '!test/themes/theming.test.ts'],
  concurrency: 1, // see scripts/wtr-firefox-launcher.mjs
  browsers: [firefoxLauncher({ executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr' })]
};
