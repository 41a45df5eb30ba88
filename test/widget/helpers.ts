// Helpers of the portal and launcher tests: the portal nests elements in shadow roots, so queries and text go
// through every shadow root; typing and keys go through the browser (sendKeys), as a person's would.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widget/helpdesk/define.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import type { HdHelpdesk } from '../../src/widget/helpdesk/helpdesk.js';

type Root = Element | ShadowRoot | Document;

/** The first element matching `selector`, searching every shadow root under `root`. */
export function deep<E extends Element = HTMLElement>(root: Root, selector: string): E | null {
  const direct = root.querySelector<E>(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const inner = deep<E>(element.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return null;
}

/** Every element matching `selector`, through every shadow root under `root`. */
export function deepAll<E extends Element = HTMLElement>(root: Root, selector: string): E[] {
  const found = [...root.querySelectorAll<E>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepAll<E>(element.shadowRoot, selector));
  }
  return found;
}

/** The visible-ish text of a node and of every shadow root inside it (hidden subtrees left out). */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current instanceof HTMLElement && (current.hidden || current.tagName === 'STYLE')) return;
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    if (current instanceof Element && current.shadowRoot) walk(current.shadowRoot);
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Waits until the text under `node` (through shadow roots) includes `needle`. */
export async function untilText(node: Node, needle: string | RegExp, timeout = 8000): Promise<void> {
  await waitUntil(
    () => (typeof needle === 'string' ? deepText(node).includes(needle) : needle.test(deepText(node))),
    `waiting for ${String(needle)}; shows: ${deepText(node).slice(0, 500)}`,
    { timeout }
  );
}

/** Waits for an element matching `selector` under `root` (through shadow roots). */
export async function deepFound<E extends HTMLElement = HTMLElement>(
  root: Root,
  selector: string,
  timeout = 8000
): Promise<E> {
  await waitUntil(() => deep(root, selector) !== null, `waiting for ${selector}`, { timeout });
  return deep<E>(root, selector)!;
}

/** Waits for `selector` inside the shadow root of the portal's `host` element (`inside(el, 'hd-login', 'form')`). */
export async function inside<E extends HTMLElement = HTMLElement>(
  el: HdHelpdesk,
  host: string,
  selector: string
): Promise<E> {
  const element = await deepFound(el.shadowRoot!, host);
  await waitUntil(() => element.shadowRoot?.querySelector(selector), `waiting for ${selector} in ${host}`, {
    timeout: 8000
  });
  return element.shadowRoot!.querySelector<E>(selector)!;
}

/** The element that has focus, through shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** The portal's own shadow root. */
export function shadow(el: HdHelpdesk): ShadowRoot {
  return el.shadowRoot!;
}

/** The heading of the current view. */
export function heading(el: HdHelpdesk): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('#view-heading')!;
}

/** The labels of the portal's navigation, in order ("Mi empresa > Facturas" for an entry of a group). */
export function navLabels(el: HdHelpdesk): string[] {
  const labels: string[] = [];
  const walk = (list: Element, prefix: string) => {
    for (const item of list.children) {
      const group = item.querySelector(':scope > .nav-group__label');
      if (group) walk(item.querySelector(':scope > ul')!, `${prefix}${deepText(group)} > `);
      else labels.push(`${prefix}${deepText(item)}`);
    }
  };
  const list = shadow(el).querySelector('.nav > .nav-list');
  if (list) walk(list, '');
  return labels;
}

/** The navigation entry whose text is `label`. */
export function navItem(el: HdHelpdesk, label: string): HTMLElement {
  const item = [...shadow(el).querySelectorAll<HTMLElement>('.nav-item')].find(entry => deepText(entry) === label);
  if (!item) throw new Error(`no navigation entry "${label}" in ${navLabels(el).join(' | ')}`);
  return item;
}

/** Waits until the view named `view` is on screen (its elements loaded). */
export async function untilView(el: HdHelpdesk, view: string): Promise<void> {
  await waitUntil(
    () => shadow(el).querySelector('.view')?.getAttribute('data-view') === view && !deep(shadow(el), '.loading'),
    `waiting for view ${view}; shows ${shadow(el).querySelector('.view')?.getAttribute('data-view')}: ${deepText(
      el
    ).slice(0, 300)}`,
    { timeout: 8000 }
  );
}

/** A portal on `adapter`, inside an element with `lang`. */
export async function renderPortal(
  adapter: HelpDeskAdapter,
  options: { preset?: string; attributes?: Record<string, string>; lang?: string } = {}
): Promise<HdHelpdesk> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'es'}></div>`);
  const el = document.createElement('hd-helpdesk');
  el.adapter = adapter;
  if (options.preset) el.setAttribute('preset', options.preset);
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** Signs in through the portal's sign-in view, as a customer would: type, then Enter. */
export async function signInThroughForm(el: HdHelpdesk, login: string, password: string): Promise<void> {
  const form = await deepFound(shadow(el), 'hd-login');
  const loginInput = await deepFound<HTMLInputElement>(form.shadowRoot!, '#login');
  loginInput.focus();
  await type(login);
  const passwordInput = deep<HTMLInputElement>(form.shadowRoot!, '#password')!;
  passwordInput.focus();
  await type(password);
  await press('Enter');
}

/** Empties the address's fragment without a history entry. */
export function clearHash(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}
