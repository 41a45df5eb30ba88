// `npm test`: every check of the project, in order. It keeps going after a failure (so one run shows everything),
// exits 1 if anything failed, and ends with exactly one line `N passed, N failed`, where the browser tests count one
// per test (from .tmp/wtr-summary.json, written by scripts/wtr-summary-reporter.mjs) and every other step counts one.
// HD_TEST_ONLY=browser runs just the browser tests.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChrome } from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const summaryFile = join(root, '.tmp', 'wtr-summary.json');
// Local binaries only: a bare `npx` could download an unrelated package of the same name.
const bin = name => join(root, 'node_modules', '.bin', name);

/** Runs a command with inherited stdio; resolves to its exit code (1 when it could not start). */
function run(command, args) {
  return new Promise(done => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('error', error => {
      console.error(`cannot run ${command}: ${error.message}`);
      done(1);
    });
    child.on('close', (code, signal) => done(signal ? 1 : (code ?? 1)));
  });
}

const chromeStep = {
  title: 'find Chromium',
  async run() {
    try {
      process.env.CHROME_PATH = findChrome(); // inherited by web-test-runner and smoke-stories
      console.log(`CHROME_PATH=${process.env.CHROME_PATH}`);
      return true;
    } catch (error) {
      console.error(error.message);
      return false;
    }
  }
};

const browserStep = {
  title: 'web-test-runner (browser tests)',
  browser: true,
  async run() {
    rmSync(summaryFile, { force: true });
    const code = await run(bin('web-test-runner'), []);
    if (!existsSync(summaryFile)) {
      console.error('web-test-runner wrote no summary (no test files, or it crashed): counted as one failure.');
      return { passed: 0, failed: 1 };
    }
    const { passed, failed } = JSON.parse(readFileSync(summaryFile, 'utf8'));
    // A non-zero exit with no failing test (e.g. a coverage threshold) must still fail the run.
    return { passed, failed: code !== 0 && failed === 0 ? 1 : failed };
  }
};

const command = (title, cmd, args) => ({ title, run: async () => (await run(cmd, args)) === 0 });

const allSteps = [
  chromeStep,
  command('tsc --noEmit', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
  command('eslint . --max-warnings 0', bin('eslint'), ['.', '--max-warnings', '0']),
  command('prettier --check .', bin('prettier'), ['--check', '.']),
  browserStep,
  command('npm run build', 'npm', ['run', 'build']),
  command('csp check (strict CSP + Trusted Types page)', process.execPath, ['scripts/csp-check.mjs']),
  command('npm run size', 'npm', ['run', 'size']),
  command('npm run build-storybook', 'npm', ['run', 'build-storybook']),
  command('npm run smoke-stories', 'npm', ['run', 'smoke-stories'])
];

const only = process.env.HD_TEST_ONLY;
if (only && only !== 'browser') {
  console.error(`HD_TEST_ONLY=${only} is not supported (only "browser").`);
  process.exit(2);
}
const steps = only === 'browser' ? [chromeStep, browserStep] : allSteps;

let passed = 0;
let failed = 0;
const recap = [];
for (const [index, step] of steps.entries()) {
  console.log(`\n=== [${index + 1}/${steps.length}] ${step.title} ===`);
  const started = Date.now();
  const result = await step.run();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.browser) {
    passed += result.passed;
    failed += result.failed;
    recap.push(
      `${result.failed ? 'FAIL' : 'ok  '} ${step.title}: ${result.passed} passed, ${result.failed} failed (${seconds} s)`
    );
  } else if (only && step === chromeStep && result) {
    // In browser-only mode finding the browser is a precondition, not a check of its own.
    recap.push(`ok   ${step.title} (${seconds} s)`);
  } else {
    if (result) passed += 1;
    else failed += 1;
    recap.push(`${result ? 'ok  ' : 'FAIL'} ${step.title} (${seconds} s)`);
  }
}

console.log(`\n=== summary ===\n${recap.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
