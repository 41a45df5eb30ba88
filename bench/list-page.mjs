// Runs in the browser page of bench/list.mjs (bundled by esbuild with code splitting, served from memory, so the
// virtualizer arrives as its own chunk exactly as in an app): the local adapter with 10,000 generated cases and
// <hd-case-list>, timed as research/performance-anchors.md §4 does (until the next frame: rAF + setTimeout 0).
/* global window, document, requestAnimationFrame, MutationObserver, KeyboardEvent, InputEvent */
import { createLocalAdapter } from '../src/adapters/local/index.js';
import '../src/components/case-list/define.js';
import '../src/components/provider/define.js';
import { StatusCategory } from '../src/core/index.js';
import { presets } from '../src/widget/presets/index.js';

const DATABASE = 'hd-bench-list';
const preset = presets['category-cards'];
const [user] = preset.users;

const nextFrame = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Resolves once `test()` is true, checking after every change in `root` (no polling delay). */
function whenTrue(root, test) {
  if (test()) return Promise.resolve();
  return new Promise(resolve => {
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

function open() {
  return createLocalAdapter({ preset, databaseName: DATABASE, passwordIterations: 1000, sessionStorage: 'memory' });
}

/** Wraps an adapter so the time spent in `listCases` (the adapter's share of a frame) is recorded. */
function timed(adapter, log) {
  return new Proxy(adapter, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== 'listCases' || typeof value !== 'function') return value;
      return async (...args) => {
        log.firstArgs ??= args;
        const start = performance.now();
        try {
          return await value.apply(target, args);
        } finally {
          log.push(performance.now() - start);
          log.endedAt = performance.now();
        }
      };
    }
  });
}

/** A backend that answers any list with every case at once (the element's own cost with 10,000 rows). */
function allAtOnce(adapter, items) {
  return new Proxy(adapter, {
    get(target, key, receiver) {
      if (key === 'listCases') return async () => ({ items, nextCursor: null, total: items.length });
      return Reflect.get(target, key, receiver);
    }
  });
}

/** Mounts `<hd-provider><hd-case-list …>` and times it until `ready(shadowRoot)` holds and the next frame is out. */
async function mountList(adapter, attributes, ready) {
  const provider = document.createElement('hd-provider');
  provider.adapter = adapter;
  const list = document.createElement('hd-case-list');
  for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
  provider.append(list);
  const start = performance.now();
  // Marks for a trace of the benchmark (Tracing with blink.user_timing), around what is timed.
  performance.mark('mount-start');
  document.body.append(provider);
  await whenTrue(list.shadowRoot, () => ready(list.shadowRoot));
  const inDom = performance.now() - start;
  await nextFrame();
  performance.mark('mount-end');
  return { provider, list, start, inDom, toFrame: performance.now() - start };
}

/** Wipes the bench database and seeds it with `count` cases for the preset's first user (once per run). */
window.seedBench = async count => {
  const adapter = open();
  await adapter.ready;
  await adapter.reset();
  const start = performance.now();
  await adapter.support.seedBulkCases(count, { requesterEmail: user.email });
  const seconds = (performance.now() - start) / 1000;
  adapter.close();
  return { seconds };
};

/** Opens the seeded database and signs in; before any timing (and before CPU throttling is applied). */
window.prepareBench = async ({ scenario }) => {
  const adapter = open();
  await adapter.ready;
  await adapter.signIn({ kind: 'password', login: user.email, password: user.password });
  window.benchAdapter = adapter;
  if (scenario === 'all') {
    // Every case, read once through the adapter's pages, for the backend that answers with all of them at once.
    const items = [];
    let cursor = null;
    do {
      const page = await adapter.listCases({ scope: 'mine', size: 100, cursor });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    window.benchCases = items;
  }
  return true;
};

const escape = text =>
  String(text).replace(/[&<>"]/g, char => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

/** The same rows as a plain table: one string, one innerHTML, until the next frame. */
async function innerHtmlTable(items) {
  const format = new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'short' });
  const host = document.createElement('div');
  document.body.append(host);
  const start = performance.now();
  let rows = '';
  for (const item of items) {
    rows += `<tr><th scope="row">${escape(item.reference)}</th><td>${escape(item.subject)}</td><td>${escape(
      item.status.label
    )}</td><td>${escape(item.priority)}</td><td>${escape(format.format(new Date(item.createdAt)))}</td></tr>`;
  }
  host.innerHTML = `<table><thead><tr><th>Número de caso</th><th>Título de caso</th><th>Razón para el estado</th><th>Prioridad</th><th>Fecha de creación</th></tr></thead><tbody>${rows}</tbody></table>`;
  const inDom = performance.now() - start;
  await nextFrame();
  const toFrame = performance.now() - start;
  host.remove();
  return { inDom, toFrame, rows: items.length };
}

const TERMS = ['falla', 'duda con', 'error al guardar', 'consulta', 'solicitud de cambio'];

/**
 * Types a search into the element's box and times it. `enter`: Enter applies it at once (the query and render after
 * the debounce is due); otherwise an `input` event, so the 250 ms debounce is included.
 *
 * "On screen within one frame" is counted in frames: from the keystroke on, each frame notes whether the answer was
 * in the DOM when the frame began (then that frame paints it). `frames` 1 means the frame right after the keystroke
 * shows the answer. The keystroke comes just after a frame (as Enter does after the typed text is painted), so the
 * answer has one frame interval to get there; `toFrame` runs until that frame is out.
 */
async function keystroke(list, term, { enter }) {
  const root = list.shadowRoot;
  const input = root.querySelector('input[type="search"]');
  const base = root.querySelector('[part="base"]');
  input.value = term;
  // Enter comes after the typing: the typed text is on screen before it (as the debounce, 250 ms after the last
  // key, also finds it), so only what Enter starts is timed.
  if (enter) await nextFrame();
  const word = term.split(' ')[0];
  const answered = () => {
    if (base.getAttribute('aria-busy') !== 'false') return false;
    const subject = root.querySelector('tbody tr [data-column="subject"]');
    return subject !== null && subject.textContent.toLowerCase().includes(word);
  };
  let frames = 0;
  let shownIn;
  const watch = () =>
    requestAnimationFrame(() => {
      frames += 1;
      if (answered()) shownIn = frames;
      else watch();
    });
  performance.mark('keystroke-start');
  const start = performance.now();
  if (enter) watch();
  if (enter) input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  else input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: term.slice(-1) }));
  // The load starts (the list turns busy), then its answer is on screen (busy no more, matching rows).
  await whenTrue(root, () => base.getAttribute('aria-busy') === 'true');
  await whenTrue(root, answered);
  const inDom = performance.now() - start;
  await nextFrame();
  performance.mark('keystroke-end');
  return { inDom, toFrame: performance.now() - start, frames: shownIn };
}

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * One fresh page's measurements.
 * - `paged`: a filtered query alone (the adapter's one-time in-memory index build), then the element as shipped (a
 *   first page of 20, 100 more per scroll), then search keystrokes (Enter, and typed with the debounce).
 * - `cold`: the same element as the page's first listing: the adapter reads that first page from IndexedDB's indexes
 *   and builds its in-memory index afterwards, when the page is idle.
 * - `all`: the element given all 10,000 cases at once (virtualized), then the same 10,000 rows as innerHTML.
 */
window.runListBench = async ({ scenario }) => {
  const adapter = window.benchAdapter;
  const result = { scenario };
  const queries = [];
  if (scenario === 'paged' || scenario === 'cold') {
    if (scenario === 'paged') {
      const start = performance.now();
      // A filtered query: a page's first plain listing is read from IndexedDB's indexes without the in-memory index,
      // so only a query like this one builds it (with the creation-time order the list's first page uses).
      await adapter.listCases({ scope: 'mine', size: 1, statusCategories: [...StatusCategory.options] });
      result.indexBuild = performance.now() - start;
    }
    const mounted = await mountList(timed(adapter, queries), {}, root => root.querySelector('tbody tr') !== null);
    result.firstFrame = mounted.toFrame;
    result.firstRowsInDom = mounted.inDom;
    result.firstQuery = queries[0];
    result.answerToRows = mounted.inDom - (queries.endedAt - mounted.start);
    result.rowsRendered = mounted.list.shadowRoot.querySelectorAll('tbody tr').length;
    if (scenario === 'paged') {
      const enter = [];
      const enterInDom = [];
      const enterQueries = [];
      const enterFrames = [];
      for (const term of TERMS) {
        queries.length = 0;
        const timed = await keystroke(mounted.list, term, { enter: true });
        enter.push(timed.toFrame);
        enterInDom.push(timed.inDom);
        enterQueries.push(queries[0]);
        enterFrames.push(timed.frames);
        // Back to the whole list between terms, untimed.
        await keystroke(mounted.list, '', { enter: true }).catch(() => undefined);
      }
      const typed = [];
      for (const term of TERMS.slice(0, 3)) {
        typed.push((await keystroke(mounted.list, term, { enter: false })).toFrame);
        await keystroke(mounted.list, '', { enter: true }).catch(() => undefined);
      }
      result.keystroke = median(enter);
      result.keystrokeFrames = median(enterFrames);
      result.keystrokes = enterFrames.length;
      result.keystrokesInFirstFrame = enterFrames.filter(frames => frames === 1).length;
      result.keystrokeInDom = median(enterInDom);
      result.keystrokeQuery = median(enterQueries);
      result.keystrokeDebounced = median(typed);
      // The element's first query again, alone with the main thread idle: the adapter's own share, without the
      // element's first render and layout that run while the adapter waits for IndexedDB during the mount.
      const [query] = queries.firstArgs;
      const idle = performance.now();
      await adapter.listCases(query);
      result.firstQueryIdle = performance.now() - idle;
    }
    mounted.provider.remove();
  } else {
    const items = window.benchCases;
    const mounted = await mountList(
      allAtOnce(adapter, items),
      { 'page-size': String(items.length) },
      root => root.querySelector('tbody tr') !== null
    );
    result.firstFrame = mounted.toFrame;
    const root = mounted.list.shadowRoot;
    await whenTrue(root, () => root.querySelector('tbody.rows--virtual tr') !== null);
    await nextFrame();
    result.virtualizedFrame = performance.now() - mounted.start;
    result.rowsLoaded = items.length;
    result.rowsRendered = root.querySelectorAll('tbody tr').length;
    mounted.provider.remove();
    await nextFrame();
    const table = await innerHtmlTable(items);
    result.innerHtml = table.toFrame;
    result.innerHtmlInDom = table.inDom;
  }
  return result;
};

document.documentElement.dataset.ready = 'true';
