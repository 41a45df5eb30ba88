// web-test-runner launcher for Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi. Playwright's
// Firefox is a patched build that cannot be downloaded here; a stock Firefox speaks BiDi. `npm run test:firefox`.
//
// Differences from Chromium under Playwright are bridged here, so the tests stay the same in both browsers:
//  - one test file at a time. Only one page of a Firefox has the system focus: in a second tab or window, focus()
//    and the keys sent there do not behave as in a focused page, and a background tab is hidden (document.hidden);
//  - key names: the tests use Playwright's (`Space`, `Shift+Tab`, `Control+b`), and puppeteer's BiDi keyboard knows
//    neither `Space` nor combinations;
//  - a Tab that leaves the page: Firefox moves the keyboard to its own toolbar, so the page's focus() calls no longer
//    take the keys. Chromium under Playwright has no toolbar and keeps the keys in the page, with nothing focused.
//    Here, Tab goes on through the toolbar back into the page, whose focused element is then blurred: the same state.
/* global document, HTMLElement -- in the functions that page.evaluate runs in the page */
import { existsSync } from 'node:fs';
import { ChromeLauncher, puppeteerCore } from '@web/test-runner-chrome';

const KEY_NAMES = { Space: ' ' };

/** Playwright's `Shift+Tab` as the keys to hold and the key to press; a lone `+` is the plus key. */
function parseCombination(combination) {
  const keys = combination.length > 1 ? combination.split('+') : [combination];
  return { modifiers: keys.slice(0, -1), key: keys.at(-1) };
}

const keyName = name => KEY_NAMES[name] ?? name;

const pageHasFocus = page => page.evaluate(() => document.hasFocus());

/** After a Tab that left the page: Tab through the browser's toolbar back into the page, then focus nothing. */
async function keepKeysInPage(page) {
  for (let tries = 0; tries < 40 && !(await pageHasFocus(page)); tries++) await page.keyboard.press('Tab');
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
}

function withPlaywrightKeys(page) {
  const { keyboard } = page;
  const press = async combination => {
    const { modifiers, key } = parseCombination(combination);
    for (const modifier of modifiers) await keyboard.down(modifier);
    await keyboard.press(keyName(key));
    for (const modifier of modifiers.reverse()) await keyboard.up(modifier);
    if (key === 'Tab' && !(await pageHasFocus(page))) await keepKeysInPage(page);
  };
  const wrapped = {
    press,
    type: text => keyboard.type(text),
    down: name => keyboard.down(keyName(name)),
    up: name => keyboard.up(keyName(name))
  };
  return new Proxy(page, {
    get(target, property) {
      if (property === 'keyboard') return wrapped;
      const value = target[property];
      // Bound to the page itself: puppeteer's methods read its private fields.
      return typeof value === 'function' ? value.bind(target) : value;
    }
  });
}

class FirefoxLauncher extends ChromeLauncher {
  getPage(sessionId) {
    return withPlaywrightKeys(super.getPage(sessionId));
  }
}

export function firefoxLauncher({ executablePath }) {
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Firefox at ${executablePath}: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.`
    );
  }
  return new FirefoxLauncher(
    { browser: 'firefox', executablePath, headless: true },
    ({ browser }) => browser.defaultBrowserContext(),
    // No HTTP cache, as in Playwright's fresh context per page: a module one test file fetched must not be served
    // from the cache to another that makes it fail (test/servers/unavailable-modules.mjs).
    async ({ context }) => {
      const page = await context.newPage();
      await page.setCacheEnabled(false);
      return page;
    },
    puppeteerCore, // named: the runner then reports "Firefox", not "Chrome"
    1
  );
}
