// `node scripts/csp-check.mjs`: the script-tag bundle (dist/bundle/, from `npm run build`) on a page served with a
// strict Content-Security-Policy and Trusted Types required (test/csp/). Chromium (playwright-core) goes through the
// whole portal as a customer would: opens the launcher, signs in, chooses a category, fills and sends a case, opens
// it, and reads an agent's HTML reply (sent by test/csp/agent.ts, with markup the sanitizer must drop). Every
// `securitypolicyviolation` event of the page, every console message about Content Security Policy or Trusted Types
// and every page error counts. Prints `csp: N violations` and exits 1 when N > 0 or the walk-through failed.
//   CSP_SCREENSHOT=file.png           also saves a screenshot of the case with the reply
//   CSP_TRUSTED_TYPES="lit-html ..."  other Trusted Types policy names (to see which ones the code needs)
// The page.evaluate/waitForFunction callbacks run in the browser, not in Node.
/* global window, document */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const bundleDir = join(root, 'dist', 'bundle');
const pageDir = join(root, 'test', 'csp');

/**
 * The policy. The Trusted Types policies the code creates, found by running this check with fewer names: `lit-html`
 * (Lit's templates) and `helpdesk-elements` (the sanitizer, src/controllers/sanitize.ts, which hands it to
 * DOMPurify). DOMPurify's own `dompurify` policy is created only when `helpdesk-elements` could not be, so a page
 * that allows it too (`trusted-types lit-html helpdesk-elements dompurify`) loses nothing.
 */
export const TRUSTED_TYPES_POLICIES = process.env.CSP_TRUSTED_TYPES?.split(/[\s,]+/) ?? [
  'lit-html',
  'helpdesk-elements'
];
export const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8'
};

const CUSTOMER = { login: 'cliente@example.com', password: 'Demo-2026!' };
const TIMEOUT = 15_000;

/** test/csp/agent.ts as one ES module (it imports the local adapter and the presets from src/). */
async function agentModule() {
  const result = await build({
    entryPoints: [join(pageDir, 'agent.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent'
  });
  return result.outputFiles[0].text;
}

/** Every response, HTML or not, carries the policy. */
function serve(agentJs) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, body, type) => {
      res.writeHead(status, { 'content-security-policy': POLICY, 'content-type': type ?? 'text/plain' });
      res.end(body);
    };
    if (pathname === '/') return send(200, readFileSync(join(pageDir, 'index.html')), TYPES['.html']);
    if (pathname === '/csp/agent.js') return send(200, agentJs, TYPES['.js']);
    const [dir, rest] = pathname.startsWith('/bundle/')
      ? [bundleDir, pathname.slice('/bundle/'.length)]
      : pathname.startsWith('/csp/')
        ? [pageDir, pathname.slice('/csp/'.length)]
        : [undefined, ''];
    if (!dir) return send(404, 'not found');
    const file = normalize(join(dir, rest));
    if (!file.startsWith(dir + sep) || !existsSync(file) || statSync(file).isDirectory()) return send(404, 'not found');
    if (!/\.(js|css|json)$/.test(file)) return send(403, 'not served');
    return send(200, readFileSync(file), TYPES[extname(file)]);
  });
  return new Promise(done => server.listen(0, '127.0.0.1', () => done(server)));
}

/** The walk-through, as a customer: each step waits for what a person would see. */
async function walkThrough(page, url, log) {
  const step = async (title, action) => {
    log(`csp: ${title}`);
    await action();
  };

  await step('open the page', () => page.goto(url));
  const launcher = page.locator('hd-launcher [part~="button"]');
  await step('open the launcher (the portal loads on demand)', async () => {
    await launcher.hover();
    await launcher.click();
    await page.locator('hd-helpdesk [part~="view"]').waitFor();
  });

  await step('sign in', async () => {
    const login = page.locator('hd-login #login');
    if (!(await login.isVisible())) {
      await page.evaluate(() => window.HelpDesk('open', 'sign-in'));
    }
    await login.fill(CUSTOMER.login);
    await page.locator('hd-login #password').fill(CUSTOMER.password);
    await page.locator('hd-login [part~="submit"]').click();
    await page.locator('hd-login').waitFor({ state: 'detached' });
  });

  await step('choose a category card and a subcategory', async () => {
    await page.evaluate(() => window.HelpDesk('open', 'home'));
    const card = title =>
      page.locator('hd-category-cards [part~="card"]', { hasText: title }).locator('[part~="card-button"]');
    await card('Inconveniente Técnico').click();
    await card('Lentitud').click();
    await page.locator('hd-case-form form').waitFor();
  });

  await step('fill and send the case', async () => {
    await page.locator('hd-case-form #hd-case-form-plataforma-control').selectOption({ label: 'Plataforma web' });
    await page.locator('hd-case-form #hd-case-form-titulo-control').fill('El tablero no carga bajo CSP');
    await page.locator('hd-case-form #hd-case-form-descripcion-control').fill('Desde esta mañana queda en blanco.');
    const form = page.locator('hd-case-form form');
    for (let guard = 0; guard < 6 && (await form.getAttribute('data-step')) !== 'review'; guard++) {
      await page.locator('hd-case-form [part~="next"]').click();
      await page.waitForTimeout(100);
    }
    await page.locator('hd-case-form [part~="submit"]').click();
  });

  // The portal shows the new case (its "done" step links to it when the form stands alone).
  let reference = '';
  await step('the portal opens the new case', async () => {
    const shown = page.locator('hd-case-detail [part~="reference"]');
    await shown.waitFor();
    reference = (await shown.innerText()).trim();
    if (!/^[A-Z][A-Z0-9]*-\d/.test(reference)) throw new Error(`no case reference: "${reference}"`);
  });

  await step(`an agent answers ${reference} in HTML; the thread shows it sanitized`, async () => {
    await page.evaluate(ref => window.cspAgent.reply(ref), reference);
    const body = page.locator('hd-case-detail [part~="comment-body"]', { hasText: 'revisamos el tablero' });
    await body.waitFor();
    const html = await body.innerHTML();
    const kept = ['<strong>', '<em>', '<li>', 'href="https://example.com/guia"'];
    const dropped = ['<script', 'onerror', 'javascript:', '<img'];
    const missing = kept.filter(text => !html.includes(text));
    const leaked = dropped.filter(text => html.includes(text));
    if (missing.length > 0 || leaked.length > 0) {
      throw new Error(`reply not sanitized as expected: missing ${missing.join(', ')}; kept ${leaked.join(', ')}`);
    }
    if (await page.evaluate(() => window.agentXss === true)) throw new Error('the reply ran script');
  });

  await step('reply to the agent', async () => {
    const composer = page.locator('hd-case-detail hd-reply-composer');
    await composer.locator('[part~="reply-button"]').click();
    await composer.locator('[part~="textarea"]').fill('Gracias, ya funciona.');
    await composer.locator('[part~="add-button"]').click();
    await page.locator('hd-case-detail [part~="comment-body"]', { hasText: 'Gracias, ya funciona.' }).waitFor();
  });

  // A stylesheet that failed to build (say, a bad escape in a minified CSS literal) is empty, with no error anywhere.
  await step('every element shown has its styles', async () => {
    const unstyled = await page.evaluate(() => {
      const found = new Set();
      const visit = root => {
        for (const element of root.querySelectorAll('*')) {
          const shadow = element.shadowRoot;
          if (!shadow || !element.localName.startsWith('hd-')) continue;
          const sheets = shadow.adoptedStyleSheets;
          if (sheets.length === 0 || sheets.some(sheet => sheet.cssRules.length === 0)) found.add(element.localName);
          visit(shadow);
        }
      };
      visit(document);
      return [...found];
    });
    if (unstyled.length > 0) throw new Error(`elements with an empty stylesheet: ${unstyled.join(', ')}`);
  });
  return reference;
}

async function main() {
  if (!existsSync(join(bundleDir, 'helpdesk-elements.js'))) {
    console.error('csp: dist/bundle/helpdesk-elements.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  const server = await serve(await agentModule());
  const url = `http://127.0.0.1:${server.address().port}/`;
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
  const violations = [];
  const problems = [];
  let consoleViolations = 0;
  let extraConsole = 0;
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('console', message => {
      if (/content security policy|trusted type/i.test(message.text())) {
        consoleViolations += 1;
        problems.push(`console ${message.type()}: ${message.text().split('\n')[0]}`);
      } else if (message.type() === 'error') {
        problems.push(`console error: ${message.text().split('\n')[0]}`);
      }
    });
    page.on('pageerror', error => problems.push(`page error: ${error.message.split('\n')[0]}`));
    console.log(`csp: policy: ${POLICY}`);
    try {
      await walkThrough(page, url, text => console.log(text));
      if (process.env.CSP_SCREENSHOT) await page.screenshot({ path: process.env.CSP_SCREENSHOT });
    } catch (error) {
      problems.push(`walk-through failed: ${error.message.split('\n')[0]}`);
      if (process.env.CSP_SCREENSHOT) await page.screenshot({ path: process.env.CSP_SCREENSHOT }).catch(() => {});
    }
    const events = await page.evaluate(() => window.cspViolations ?? []).catch(() => []);
    // Each violation fires the event and logs a console message: count the events, and console messages beyond
    // them (a violation whose event the page could not see).
    extraConsole = Math.max(0, consoleViolations - events.length);
    for (const event of events) {
      violations.push(
        `securitypolicyviolation: ${event.directive} blocked ${event.blocked} ${event.sample ?? ''} ${event.source}`
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  for (const line of violations) console.error(`  ${line}`);
  for (const line of problems) console.error(`  ${line}`);
  const count = violations.length + extraConsole;
  console.log(`csp: ${count} violations`);
  if (count > 0 || problems.length > 0) process.exit(1);
}

await main();
