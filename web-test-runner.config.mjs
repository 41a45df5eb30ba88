// web-test-runner: TypeScript tests in Debian's Chromium through Playwright (no browser download possible here).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';

// esbuild must read tsconfig.json (experimentalDecorators, useDefineForClassFields: false), otherwise Lit throws
// "Unsupported decorator location: field" at import time. Target es2022 as in tsconfig (keeps top-level await).
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2, // the machine has 2 cores
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig })
    // Tests that need their own loopback HTTP server (REST adapter) would add a plugin / middleware entry here.
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        // No GPU here, and the network is closed: stop Chromium's background traffic and services.
        args: [
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage'
        ]
      }
    })
  ],
  testFramework: { config: { timeout: 10000 } },
  // test/setup.ts runs before the test framework loads each test file (module scripts run in document order).
  testRunnerHtml: testFramework => `<!doctype html>
<html>
  <body>
    <script type="module" src="/test/setup.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  // web-test-runner's own uncaught-error logger runs before test/setup.ts's listener and prints the swallowed
  // ResizeObserver error as a bare `null` (that error event carries no Error object). Drop just that log line.
  filterBrowserLogs: ({ type, args }) => !(type === 'error' && args.length === 1 && args[0] === null),
  reporters: [defaultReporter(), summaryReporter()]
};
