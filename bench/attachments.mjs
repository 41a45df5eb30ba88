// Attachment-check benchmark: the "5 files of 10 MB checked within 20 ms" budget of /work/shared/DESIGN.md.
// Opens bench/attachments.html in headless Chromium; the page's script (bench/attachments-page.mjs, with the core
// attachments module) is bundled by esbuild in memory and served through Playwright's request routing, so no server
// or file on disk is needed. `node bench/attachments.mjs` runs it alone.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChrome } from '../scripts/find-chrome.mjs';

export const name = 'attachment checks';

const BUDGET_MS = 20;
const RUNS = 15;
const WARMUP = 3;
const ORIGIN = 'http://bench.localhost';
const METRIC = 'attachment checks of 5 × 10 MB';

// The same flags as web-test-runner.config.mjs: no GPU here, and the network is closed.
const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage'
];

async function bundlePage() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./attachments-page.mjs', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent'
  });
  return result.outputFiles[0].text;
}

/** @returns {Promise<Array<{ metric: string, value?: number, unit: string, budget?: number, note?: string }>>} */
export async function run() {
  const [script, page] = await Promise.all([
    bundlePage(),
    readFile(new URL('./attachments.html', import.meta.url), 'utf8')
  ]);
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROMIUM_ARGS });
  let result;
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', error => errors.push(error));
    await tab.route(`${ORIGIN}/**`, route => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/attachments.html') return route.fulfill({ contentType: 'text/html', body: page });
      if (path === '/attachments-page.js') return route.fulfill({ contentType: 'text/javascript', body: script });
      return route.fulfill({ status: 404, body: '' });
    });
    await tab.goto(`${ORIGIN}/attachments.html`);
    await tab.waitForSelector('html[data-ready="true"]');
    // The function runs in the page, where the page script defined it.
    result = await tab.evaluate(options => globalThis.runAttachmentBench(options), { runs: RUNS, warmup: WARMUP });
    if (errors.length) throw errors[0];
  } finally {
    await browser.close();
  }

  const value = Math.round(result.median * 100) / 100;
  const verdict = value <= BUDGET_MS ? 'within budget' : 'OVER budget';
  console.log(`${METRIC}: ${value} ms (budget ${BUDGET_MS} ms) — ${verdict}`);
  console.log(
    `  median of ${RUNS} runs after ${WARMUP} warm-up runs; min ${result.min.toFixed(2)} ms, max ${result.max.toFixed(2)} ms`
  );
  return [
    {
      metric: METRIC,
      value,
      unit: 'ms',
      budget: BUDGET_MS,
      note: `checkFiles, median of ${RUNS} runs (PDF, PNG, DOCX, MP4, CSV)`
    }
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run();
}
