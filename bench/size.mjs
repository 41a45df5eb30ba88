// Size benchmark: the min+gzip budgets of /work/shared/DESIGN.md, measured by scripts/size.mjs; and the other half of
// the launcher's budget, "no task over 50 ms": a page with the built script tag loaded in headless Chromium, at 1x
// and 4x CPU slow-down (the dist/bundle files are served through Playwright's request routing, no server needed).
/* global window, customElements, document -- in page.evaluate / addInitScript callbacks (the browser) */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from '../scripts/find-chrome.mjs';
import { measureSize, printSize } from '../scripts/size.mjs';

export const name = 'size (min+gzip)';

const KB = 1024;
const RUNS = 5;
const bundleDir = resolve(import.meta.dirname, '..', 'dist', 'bundle');
const ORIGIN = 'http://bench.localhost';
const page = script => `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>host page</title>
${script}</head><body><h1>A host page</h1><p>Only the launcher loads with it.</p></body></html>`;
/** The host page with the script tag, and the same page without it (what the machine's noise alone gives). */
const PAGES = {
  launcher: page('<script type="module" src="/helpdesk-elements.js" data-preset="category-cards"></script>'),
  baseline: page('')
};
const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage'
];

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Loads the host page in a fresh page, `RUNS` times per CPU rate, with the script tag and without it: the longest
 * main-thread task (Long Tasks API, so only tasks over 50 ms are seen: 0 means none) and the script time (CDP
 * ScriptDuration), medians. On a busy machine the baseline shows what the noise alone gives.
 */
async function measureLauncherLoad() {
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROMIUM_ARGS });
  const results = {};
  try {
    for (const [variant, html] of Object.entries(PAGES)) {
      for (const rate of [1, 4]) {
        const longest = [];
        const script = [];
        for (let run = 0; run < RUNS; run += 1) {
          const context = await browser.newContext();
          await context.route(`${ORIGIN}/**`, async route => {
            const path = new URL(route.request().url()).pathname;
            if (path === '/') return route.fulfill({ contentType: 'text/html', body: html });
            const file = normalize(join(bundleDir, path));
            if (!file.startsWith(bundleDir) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
            return route.fulfill({ contentType: 'text/javascript', body: await readFile(file) });
          });
          const page = await context.newPage();
          await page.addInitScript(() => {
            // The bench page's own observer (not the library's): long tasks from the very start of the page.
            window.__longTasks = [];
            const observer = new window.PerformanceObserver(list =>
              window.__longTasks.push(...list.getEntries().map(e => e.duration))
            );
            observer.observe({ type: 'longtask', buffered: true });
          });
          const cdp = await context.newCDPSession(page);
          await cdp.send('Performance.enable');
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
          // The launcher's loader installs window.HelpDesk in its module's task and the launcher in a later one:
          // wait for the launcher to be in the page too. The page alone waits the same way (Playwright's polling
          // script then costs both the same).
          await page.waitForFunction(
            launcher =>
              !launcher ||
              (customElements.get('hd-launcher') && window.HelpDesk?.loaded && document.querySelector('hd-launcher')),
            variant === 'launcher'
          );
          await page.waitForTimeout(300);
          const tasks = await page.evaluate(() => window.__longTasks);
          const { metrics } = await cdp.send('Performance.getMetrics');
          longest.push(Math.max(0, ...tasks));
          script.push(metrics.find(m => m.name === 'ScriptDuration').value * 1000);
          await context.close();
        }
        results[`${variant} ${rate}`] = { longest: median(longest), script: median(script) };
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** @returns {Promise<Array<{ metric: string, value?: number, unit: string, budget?: number, note?: string }>>} */
export async function run() {
  const result = await measureSize();
  printSize(result);
  const entry = path => result.entries.find(e => e.entry === path && e.initial);
  // Why an entry has no figure: not written yet, or it does not build.
  const why = path => {
    const e = result.entries.find(x => x.entry === path);
    return { note: e?.error ? `${path}: build error: ${e.error}` : `${path} missing` };
  };

  // Launcher loaded with the page: the real script-tag bundle's loader when built, else esbuild's bundle of src/embed.ts.
  const embed = entry('src/embed.ts');
  const bundle = result.bundle;
  const launcher = bundle
    ? { value: bundle.loader.gzip, note: 'dist/bundle loader: helpdesk-elements.js + static imports' }
    : embed && { value: embed.initial.gzip, note: 'esbuild src/embed.ts, initial (no dist/bundle: run npm run build)' };

  // The budget's "whole help desk" (DESIGN.md "Budgets"): the portal with login, cards, form, list and detail, that is
  // loader + portal + those five views + one language, without what loads on demand (rich text editor, virtualizer,
  // sanitizer) and without the backend adapter. Without dist/bundle, esbuild's src/define.ts (every element) stands in.
  const define = entry('src/define.ts');
  const helpDesk = bundle
    ? {
        value: bundle.budgeted.gzip,
        note: 'dist/bundle: loader + portal + login, category-cards, case-form, case-list, case-detail + es messages'
      }
    : define && { value: define.initial.gzip, note: 'esbuild src/define.ts, initial, every element (no dist/bundle)' };
  const extra = bundle
    ? [
        {
          metric: 'help desk with every view',
          unit: 'bytes',
          value: bundle.whole.gzip,
          note: 'no budget: loader + portal + all views (accounts, hour bags, invoices too) + es messages'
        },
        {
          metric: 'help desk first screen',
          unit: 'bytes',
          value: bundle.home.gzip,
          note: "no budget: loader + portal + the home view's elements (category cards, case list, account menu) + es messages"
        },
        {
          metric: 'portal on intent',
          unit: 'bytes',
          value: bundle.portal.gzip,
          note: 'added by the first hover/focus/click'
        },
        ...bundle.parts.map(part => ({ metric: `  ${part.kind}: ${part.name}`, unit: 'bytes', value: part.gzip }))
      ]
    : [];

  const load = bundle ? await measureLauncherLoad() : undefined;
  const loadRows = load
    ? [1, 4].flatMap(rate => [
        {
          metric: `launcher longest task ${rate}x`,
          unit: 'ms',
          budget: 50,
          value: Math.round(load[`launcher ${rate}`].longest),
          note: `Long Tasks API (0: none over 50 ms), median of ${RUNS} loads; page alone: ${Math.round(
            load[`baseline ${rate}`].longest
          )} ms`
        },
        {
          metric: `launcher script time ${rate}x`,
          unit: 'ms',
          value: Math.round(load[`launcher ${rate}`].script),
          note: `whole page, CDP ScriptDuration; page alone: ${Math.round(load[`baseline ${rate}`].script)} ms`
        }
      ])
    : [];

  return [
    { metric: 'launcher bundle', unit: 'bytes', budget: 6 * KB, ...(launcher ?? why('src/embed.ts')) },
    ...loadRows,
    {
      metric: 'whole help desk (login, cards, form, list, detail)',
      unit: 'bytes',
      budget: 35 * KB,
      ...(helpDesk ?? why('src/define.ts'))
    },
    ...extra
  ];
}
