// `npm run smoke-stories`: opens every story of the static Storybook build (storybook-static/, from
// `npm run build-storybook`) alone in Chromium and fails on page errors and console errors.
// The page.evaluate/waitForFunction callbacks run in the browser, not in Node.
/* global document, requestAnimationFrame */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const staticDir = join(root, 'storybook-static');
const RENDER_TIMEOUT = 10_000;
// Benign Chromium message (see test/setup.ts); everything else logged as an error fails the story.
const IGNORED = ['ResizeObserver loop completed with undelivered notifications'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8'
};

/** Minimal static file server on a random loopback port. */
function serve(dir) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dir, pathname));
    if (file !== dir && !file.startsWith(dir + sep)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // Chromium asks for /favicon.ico by itself; storybook-static only has favicon.svg. Not a story problem.
    if (!existsSync(file)) return res.writeHead(pathname === '/favicon.ico' ? 204 : 404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise(done => server.listen(0, '127.0.0.1', () => done(server)));
}

async function smoke(page, url) {
  const problems = [];
  const onError = error => problems.push(`page error: ${error.message.split('\n')[0]}`);
  const onConsole = message => {
    if (message.type() === 'error' && !IGNORED.some(text => message.text().includes(text))) {
      // "Failed to load resource" does not name the resource: add the location.
      const where = message.location()?.url;
      problems.push(`console error: ${message.text().split('\n')[0]}${where ? ` (${where})` : ''}`);
    }
  };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  try {
    await page.goto(url);
    // Storybook shows either the story (body.sb-show-main, content in #storybook-root) or its error display.
    await page.waitForFunction(
      () =>
        document.body.classList.contains('sb-show-errordisplay') ||
        (document.body.classList.contains('sb-show-main') &&
          (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0),
      null,
      { timeout: RENDER_TIMEOUT }
    );
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
      const text = await page.evaluate(() => document.querySelector('#error-message')?.textContent?.trim());
      problems.push(`storybook error display: ${text || 'unknown error'}`);
    }
    // Give connectedCallback/firstUpdated work a couple of frames to throw.
    await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))));
  } catch (error) {
    problems.push(error.name === 'TimeoutError' ? `not rendered within ${RENDER_TIMEOUT / 1000} s` : error.message);
  } finally {
    page.off('pageerror', onError);
    page.off('console', onConsole);
  }
  return problems;
}

const indexFile = join(staticDir, 'index.json');
if (!existsSync(indexFile)) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const stories = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries).filter(e => e.type === 'story');

const server = await serve(staticDir);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage'
  ]
});

// Two workers, as the machine has two cores. Each has its own browser context (its own IndexedDB), because stories
// of one preset share a database and reset it: two stories of the same preset must never run side by side in one
// context. Within a worker, stories run one after another, each in a fresh page.
const WORKERS = 2;
let passed = 0;
let failed = 0;
let next = 0;

async function worker() {
  const context = await browser.newContext();
  try {
    while (next < stories.length) {
      const story = stories[next++];
      // A fresh page per story, so one story's leftovers cannot break or excuse the next.
      const page = await context.newPage();
      const problems = await smoke(page, `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
      await page.close();
      if (problems.length === 0) {
        passed += 1;
        console.log(`ok   ${story.id}`);
      } else {
        failed += 1;
        console.log(`FAIL ${story.id}: ${problems.join('; ')}`);
      }
    }
  } finally {
    await context.close();
  }
}

try {
  await Promise.all(Array.from({ length: WORKERS }, worker));
} finally {
  await browser.close();
  server.close();
}

if (stories.length === 0) {
  console.log('no stories found in storybook-static/index.json: counted as a failure');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
