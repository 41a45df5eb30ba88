// web-test-runner: TypeScript tests in Debian's Chromium through Playwright (no browser download possible here).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { frameworkDeps } from './scripts/wtr-framework-deps.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { createRestReferenceServer } from './test/servers/rest-reference-server.mjs';
import { jiraFakeMiddleware } from './test/servers/jira-fake.mjs';
import { unavailableModules } from './test/servers/unavailable-modules.mjs';
import { createZendeskFake } from './test/servers/zendesk-fake.mjs';

// esbuild must read tsconfig.json (experimentalDecorators, useDefineForClassFields: false), otherwise Lit throws
// "Unsupported decorator location: field" at import time. Target es2022 as in tsconfig (keeps top-level await).
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

// The REST adapter's loopback reference server (docs/openapi.yaml), same-origin under /__rest/.
const restReference = createRestReferenceServer({ prefix: '/__rest' });

// The Zendesk adapter's fake, under /__zendesk/, validated against ../shared/specs/zendesk-support-api.oas.yaml
// (loaded on its first request, so runs without Zendesk tests do not pay for it).
const zendeskFake = createZendeskFake({ prefix: '/__zendesk' });

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // .tsx: the React tests (test/frameworks/), whose JSX esbuild compiles as tsconfig.json says (react-jsx).
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  nodeResolve: true,
  concurrency: 2, // the machine has 2 cores
  // frameworkDeps: React and Vue as ES modules for the framework tests (scripts/wtr-framework-deps.mjs).
  plugins: [esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig }), frameworkDeps()],
  // Tests of the REST adapter talk to this in-memory server; every request and answer is checked against the
  // OpenAPI document (test/servers/rest-reference-server.mjs).
  // The Jira Service Management adapter's fake, under /jira-fake/, validated against ../shared/specs.
  // unavailableModules: a module a test names is refused with 503 (a view that cannot be loaded).
  middleware: [
    unavailableModules(),
    restReference.middleware,
    jiraFakeMiddleware({ prefix: '/jira-fake' }),
    zendeskFake.middleware
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
