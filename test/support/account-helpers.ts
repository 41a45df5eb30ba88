// Helpers shared by the account element tests (login, register, password forms, account menu): render inside a
// provider, find things in the shadow root, act as a user would (focus, type, press, click), read the demo mailbox.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/provider/define.js';
import { createLocalAdapter, type LocalAdapter } from '../../src/adapters/local/index.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import type { LocaleCode } from '../../src/core/preset.js';
import { presets } from '../../src/widget/presets/index.js';

export const preset = presets['category-cards']!;
export const customer = preset.users[0]!;

/** Renders `content` inside `<hd-provider>` and returns the first element of `tag` in it, updated. */
export async function render<T extends HTMLElement>(
  adapter: HelpDeskAdapter,
  tag: string,
  content: TemplateResult,
  locale: LocaleCode = 'es'
): Promise<T> {
  const provider = await fixture(html`<hd-provider .adapter=${adapter} locale=${locale}>${content}</hd-provider>`);
  const el = provider.querySelector(tag) as T & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return el;
}

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

export function $<E extends Element = HTMLElement>(el: Element, selector: string): E | null {
  return shadow(el).querySelector<E>(selector);
}

export function text(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the element shows `needle` (in its shadow root's text). */
export async function until(el: Element, needle: string | RegExp, message?: string): Promise<void> {
  await waitUntil(
    () => (typeof needle === 'string' ? text(el).includes(needle) : needle.test(text(el))),
    message ?? `waiting for ${String(needle)}; the element shows: ${text(el).slice(0, 300)}`,
    { timeout: 5000 }
  );
}

/** Waits until an element matching `selector` exists in the shadow root, and returns it. */
export async function found<E extends HTMLElement = HTMLElement>(el: Element, selector: string): Promise<E> {
  await waitUntil(() => $(el, selector) !== null, `waiting for ${selector}; shows: ${text(el).slice(0, 300)}`, {
    timeout: 5000
  });
  return $<E>(el, selector)!;
}

/** Focuses the real input and types into it, key by key, as a person would. */
export async function typeInto(el: Element, id: string, value: string): Promise<HTMLInputElement> {
  const input = await found<HTMLInputElement>(el, `#${id}`);
  input.focus();
  await sendKeys({ type: value });
  return input;
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** The focused element inside `el`'s shadow root, or null. */
export function focused(el: Element): Element | null {
  return shadow(el).activeElement;
}

/** The button (or link) whose text is `label`. */
export function button(el: Element, label: string): HTMLElement {
  const match = [...shadow(el).querySelectorAll<HTMLElement>('button, a, [role="menuitem"]')].find(
    candidate => (candidate.textContent ?? '').replace(/\s+/g, ' ').trim() === label
  );
  if (!match) throw new Error(`no button "${label}" in: ${text(el).slice(0, 300)}`);
  return match;
}

/** The newest mail of `kind` sent to `to`, waiting for it to arrive. */
export async function linkMail(adapter: LocalAdapter, to: string, kind: 'signup' | 'reset') {
  let link: { kind: 'signup' | 'reset'; url: string; token: string } | undefined;
  await waitUntil(
    async () => {
      const mails = await adapter.mailbox.list();
      link = mails.find(mail => mail.to.toLowerCase() === to.toLowerCase() && mail.link?.kind === kind)?.link;
      return link !== undefined;
    },
    `no ${kind} mail to ${to}`,
    { timeout: 5000 }
  );
  return link!;
}

const recordings: (() => void)[] = [];

/** Collects the `name` events that reach `target` (default `document`: they bubble and are composed). */
export function record<K extends keyof GlobalEventHandlersEventMap>(
  name: K,
  target: EventTarget = document
): GlobalEventHandlersEventMap[K][] {
  const events: GlobalEventHandlersEventMap[K][] = [];
  const listener = (event: Event) => events.push(event as GlobalEventHandlersEventMap[K]);
  target.addEventListener(name, listener);
  recordings.push(() => target.removeEventListener(name, listener));
  return events;
}

export function stopRecording(): void {
  for (const stop of recordings.splice(0)) stop();
}

const clockAdapters: { adapter: LocalAdapter; databaseName: string }[] = [];
let counter = 0;

/** A local adapter on a fresh database whose clock the test moves with `clock.advance(ms)`. */
export async function createClockAdapter(): Promise<{ adapter: LocalAdapter; clock: { advance(ms: number): void } }> {
  let offset = 0;
  const databaseName = `hd-account-test-${Date.now()}-${counter++}`;
  const adapter = createLocalAdapter({
    preset,
    databaseName,
    passwordIterations: 1000,
    sessionStorage: 'memory',
    now: () => new Date(Date.now() + offset)
  });
  clockAdapters.push({ adapter, databaseName });
  await adapter.ready;
  return { adapter, clock: { advance: ms => (offset += ms) } };
}

export async function disposeClockAdapters(): Promise<void> {
  for (const { adapter, databaseName } of clockAdapters.splice(0)) {
    adapter.close();
    await new Promise(resolve => {
      const request = indexedDB.deleteDatabase(databaseName);
      request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
    });
  }
}
