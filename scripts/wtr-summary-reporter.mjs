// web-test-runner reporter that writes the test counts of a run to .tmp/wtr-summary.json, so scripts/test.mjs can add
// them to its own tally (web-test-runner's own summary is a progress bar, not numbers a script can read).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const DEFAULT_OUTPUT = resolve(import.meta.dirname, '..', '.tmp', 'wtr-summary.json');

/** Adds the tests of one mocha suite (and its nested suites) to `counts`. */
function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/** @returns {{ passed: number, failed: number, skipped: number, files: number, erroredFiles: string[] }} */
export function summarize(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length, erroredFiles: [] };
  for (const session of sessions) {
    const before = counts.failed;
    if (session.testResults) countSuite(session.testResults, counts);
    // A file that failed to load, threw outside a test, or failed without any failing test (timeout, browser crash)
    // has no test result to show for it: count it as one failure so it can never pass silently.
    const sessionErrors = session.errors?.length > 0;
    if (sessionErrors || (session.passed === false && counts.failed === before)) {
      counts.failed += 1;
      counts.erroredFiles.push(session.testFile);
    }
  }
  return counts;
}

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter({ outputFile = DEFAULT_OUTPUT } = {}) {
  let last;
  return {
    onTestRunFinished({ sessions }) {
      last = summarize(sessions);
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, `${JSON.stringify(last, null, 2)}\n`);
    },
    stop() {
      // Printed after the default reporter's progress output, for people running `npm run test:browser` directly.
      if (last) console.log(`browser tests: ${last.passed} passed, ${last.failed} failed, ${last.skipped} skipped`);
    }
  };
}
