// Fixtures and user-level helpers for the case form and case list tests: render inside a provider in one language,
// find things in the shadow root, act as a person would (focus and type, keyboard, click), and a small preset built
// on `category-cards` with the form features the seed portal does not use (visibility rules, dependent options,
// departments, phone call back, priority).
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/case-form/define.js';
import '../../src/components/provider/define.js';
import type { HdAttachmentPicker } from '../../src/components/attachment-picker/attachment-picker.js';
import type { HdCaseForm } from '../../src/components/case-form/case-form.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import type { Capabilities } from '../../src/core/capabilities.js';
import { IndexedDbDraftStore } from '../../src/core/drafts/indexeddb-draft-store.js';
import { HelpDeskError } from '../../src/core/errors.js';
import type { FormDefinition } from '../../src/core/model/form.js';
import type { Preset } from '../../src/core/preset.js';
import { presets } from '../../src/widget/presets/index.js';
import { pasteInto } from './clipboard.js';

export const cardsPreset = presets['category-cards']!;
export const camila = cardsPreset.users[0]!;

/** Renders `content` inside `<hd-provider>` under an element with `lang`, and returns the first `tag` in it. */
export async function renderWith<T extends HTMLElement>(
  adapter: HelpDeskAdapter,
  tag: string,
  content: TemplateResult,
  lang = 'es'
): Promise<T> {
  const wrapper = await fixture(
    html`<div lang=${lang}><hd-provider .adapter=${adapter}>${content}</hd-provider></div>`
  );
  const el = wrapper.querySelector(tag) as T & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return el;
}

export function $<E extends Element = HTMLElement>(el: Element, selector: string): E | null {
  return el.shadowRoot!.querySelector<E>(selector);
}

export function $$<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...el.shadowRoot!.querySelectorAll<E>(selector)];
}

export function text(node: Element | ShadowRoot | null | undefined): string {
  const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the element's shadow root shows `needle`. */
export async function until(el: Element, needle: string | RegExp): Promise<void> {
  await waitUntil(
    () => (typeof needle === 'string' ? text(el).includes(needle) : needle.test(text(el))),
    `waiting for ${String(needle)}; the element shows: ${text(el).slice(0, 400)}`,
    { timeout: 5000 }
  );
}

/** Waits for an element matching `selector` in the shadow root and returns it. */
export async function found<E extends HTMLElement = HTMLElement>(el: Element, selector: string): Promise<E> {
  await waitUntil(() => $(el, selector) !== null, `waiting for ${selector}; shows: ${text(el).slice(0, 400)}`, {
    timeout: 5000
  });
  return $<E>(el, selector)!;
}

/** The control of a form field, by field id (route questions use `@department`, `@channel` ...). */
export function fieldSelector(fieldId: string): string {
  return `#hd-case-form-${fieldId.replace(/[^\w-]/g, '_')}-control`;
}

/** Focuses the real control and types into it, key by key. */
export async function typeInto(el: Element, selector: string, value: string): Promise<HTMLInputElement> {
  const input = await found<HTMLInputElement>(el, selector);
  input.focus();
  await sendKeys({ type: value });
  return input;
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Chooses an option of a native select with the keyboard: focus, then arrow down until its label is chosen. */
export async function chooseOption(el: Element, selector: string, label: string): Promise<HTMLSelectElement> {
  const select = await found<HTMLSelectElement>(el, selector);
  const index = [...select.options].findIndex(option => option.textContent?.trim() === label);
  if (index === -1) throw new Error(`no option "${label}" in ${selector}: ${text(select)}`);
  select.focus();
  const key = index > select.selectedIndex ? 'ArrowDown' : 'ArrowUp';
  for (let guard = 0; select.selectedIndex !== index && guard < select.options.length; guard++) await press(key);
  if (select.selectedIndex !== index) throw new Error(`could not choose "${label}" in ${selector}`);
  return select;
}

/** The button whose visible text is `label`. */
export function button(el: Element, label: string): HTMLButtonElement {
  const match = $$<HTMLButtonElement>(el, 'button').find(candidate => text(candidate) === label);
  if (!match) throw new Error(`no button "${label}" in: ${text(el).slice(0, 400)}`);
  return match;
}

export function focused(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}

const recordings: (() => void)[] = [];

/** Collects the `name` events that reach the document (they bubble and are composed). */
export function record<K extends keyof GlobalEventHandlersEventMap>(name: K): GlobalEventHandlersEventMap[K][] {
  const events: GlobalEventHandlersEventMap[K][] = [];
  const listener = (event: Event) => events.push(event as GlobalEventHandlersEventMap[K]);
  document.addEventListener(name, listener);
  recordings.push(() => document.removeEventListener(name, listener));
  return events;
}

export function stopRecording(): void {
  for (const stop of recordings.splice(0)) stop();
}

/** Wraps an adapter so every `createCase` call's idempotency key is noted (the call itself goes through). */
export function recordingKeys<T extends HelpDeskAdapter>(adapter: T): { adapter: T; keys: string[] } {
  const keys: string[] = [];
  const wrapped = new Proxy(adapter, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key !== 'createCase' || typeof value !== 'function') return value;
      return (...args: Parameters<HelpDeskAdapter['createCase']>) => {
        keys.push(args[1].idempotencyKey);
        return (value as HelpDeskAdapter['createCase']).apply(target, args);
      };
    }
  });
  return { adapter: wrapped, keys };
}

/**
 * A form with what the seed portal's form does not exercise: a field shown only for hardware, a select whose options
 * follow another's, departments, ticket or phone call back, and a priority the customer picks.
 */
const equipmentForm: FormDefinition = {
  id: 'equipment',
  title: 'Equipo con falla',
  fields: [
    {
      id: 'tipo',
      kind: 'select',
      label: 'Tipo de falla',
      required: true,
      options: [
        { value: 'hardware', label: 'Hardware' },
        { value: 'software', label: 'Software' }
      ]
    },
    { id: 'serial', kind: 'text', label: 'Serial', required: true, visibleWhen: [{ field: 'tipo', in: ['hardware'] }] },
    {
      id: 'aplicacion',
      kind: 'select',
      label: 'Aplicación',
      options: [
        { value: 'administrativo', label: 'Administrativo' },
        { value: 'nomina', label: 'Nómina' }
      ]
    },
    {
      id: 'modulo',
      kind: 'select',
      label: 'Módulo',
      dependsOn: 'aplicacion',
      optionsByParent: {
        administrativo: [
          { value: 'compras', label: 'Compras' },
          { value: 'inventario', label: 'Inventario' }
        ],
        nomina: [{ value: 'liquidacion', label: 'Liquidación' }]
      }
    },
    { id: 'asunto', kind: 'text', label: 'Asunto', required: true },
    { id: 'correo', kind: 'email', label: 'Correo de contacto' },
    { id: 'nit', kind: 'taxid', label: 'NIT' },
    { id: 'detalle', kind: 'textarea', label: 'Descripción' }
  ],
  attachments: null,
  channels: ['ticket', 'phone'],
  departments: [
    { value: 'tecnico', label: 'Técnico' },
    { value: 'cuentas', label: 'Cuentas y facturación' }
  ],
  subjectField: 'asunto',
  descriptionField: 'detalle',
  priorityField: true
};

/** `category-cards` plus an "Equipos" card with the form above, and phone call back turned on. */
export const equipmentPreset: Preset = {
  ...cardsPreset,
  id: 'category-cards-equipment',
  categories: [
    ...cardsPreset.categories,
    { id: 'equipos', name: 'Equipos', defaultPriority: 'high', department: 'tecnico', formId: 'equipment' }
  ],
  forms: [...cardsPreset.forms, equipmentForm],
  capabilities: { ...cardsPreset.capabilities, phoneCallBack: true }
};

/** `category-cards` with a first user who has opened no case yet (the test adapter signs the first user in). */
export const newcomerPreset: Preset = {
  ...cardsPreset,
  id: 'category-cards-newcomer',
  users: [
    {
      id: 'user-valeria',
      name: 'Valeria Ortiz',
      email: 'nueva@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-andina'
    },
    ...cardsPreset.users
  ]
};

// ----- the multi-step case form -----

const draftStores: { store: IndexedDbDraftStore; name: string }[] = [];
let draftStoreCounter = 0;

/** A draft store on an IndexedDB database of its own, so tests never see each other's drafts. */
export function testDraftStore(): IndexedDbDraftStore {
  const name = `hd-test-case-drafts-${Date.now()}-${draftStoreCounter++}`;
  const store = new IndexedDbDraftStore(name);
  draftStores.push({ store, name });
  return store;
}

/** Closes and deletes every store made by `testDraftStore`. */
export async function disposeDraftStores(): Promise<void> {
  for (const { store, name } of draftStores.splice(0)) {
    store.close();
    await new Promise(resolve => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
    });
  }
}

export interface CaseFormOptions {
  categoryId?: string | undefined;
  lang?: string;
  /** Where drafts go; a fresh store per call unless given (pass the same store to "reload"). */
  store?: IndexedDbDraftStore;
  syncHash?: boolean;
}

/**
 * Renders `<hd-case-form>` in a provider and waits for its first page. Rendering it again with the same adapter and
 * store is what a page reload does to the element.
 */
export async function renderCaseForm(adapter: HelpDeskAdapter, options: CaseFormOptions = {}): Promise<HdCaseForm> {
  const store = options.store ?? testDraftStore();
  const el = await renderWith<HdCaseForm>(
    adapter,
    'hd-case-form',
    html`<hd-case-form
      category-id=${options.categoryId ?? 'inconveniente-tecnico-lentitud'}
      ?sync-hash=${options.syncHash ?? false}
      .draftStore=${store}
    ></hd-case-form>`,
    options.lang ?? 'es'
  );
  await found(el, 'form');
  return el;
}

/** The id of the step shown (`route`, `details`, `attachments`, `review` ...), or `done`. */
export function stepOf(el: Element): string {
  if ($(el, '.done')) return 'done';
  return $(el, 'form')?.dataset['step'] ?? '';
}

/** The names in the step indicator, and which one is current. */
export function indicator(el: Element): { names: string[]; current: string } {
  const items = $$(el, '[part~="step"]');
  return {
    names: items.map(item => text(item.querySelector('.steps__name'))),
    current: text(items.find(item => item.getAttribute('aria-current') === 'step')?.querySelector('.steps__name'))
  };
}

/** Presses the "Next" button (by click) and waits until another step shows, or an error does. */
export async function next(el: Element): Promise<void> {
  const before = stepOf(el);
  const control = $<HTMLButtonElement>(el, '[part="next"]');
  if (!control) throw new Error(`no Next button on step ${before}`);
  control.click();
  await waitUntil(
    () =>
      stepOf(el) !== before ||
      $(el, '[part="error"]') !== null ||
      $(el, '[data-control][error]:not([error=""])') !== null,
    `waiting to leave step ${before}; shows: ${text(el).slice(0, 400)}`,
    { timeout: 5000 }
  );
}

/** Goes forward with "Next" until the step `id` shows. */
export async function nextUntil(el: Element, id: string): Promise<void> {
  for (let guard = 0; stepOf(el) !== id && guard < 8; guard++) {
    const before = stepOf(el);
    await next(el);
    if (stepOf(el) === before) throw new Error(`stuck on ${before}: ${text(el).slice(0, 400)}`);
  }
  if (stepOf(el) !== id) throw new Error(`never reached ${id}`);
}

/** Goes to the review with "Next" and presses the submit button. */
export async function sendCase(el: Element): Promise<void> {
  await nextUntil(el, 'review');
  $<HTMLButtonElement>(el, '[part="submit"]')!.click();
}

/** The attachment picker inside the form. */
export function pickerOf(el: Element): HdAttachmentPicker {
  return $<HdAttachmentPicker>(el, 'hd-attachment-picker')!;
}

/** What a real drop does: dragenter, dragover, then drop on the picker's drop zone with the files. */
export function dropFiles(picker: HdAttachmentPicker, files: readonly File[]): void {
  const zone = picker.shadowRoot!.querySelector<HTMLElement>('[part="dropzone"]')!;
  const dataTransfer = new DataTransfer();
  for (const file of files) dataTransfer.items.add(file);
  const init = { dataTransfer, bubbles: true, composed: true, cancelable: true };
  zone.dispatchEvent(new DragEvent('dragenter', init));
  zone.dispatchEvent(new DragEvent('dragover', init));
  zone.dispatchEvent(new DragEvent('drop', init));
}

/** Pastes files on the picker's focused drop zone, as a screenshot from the clipboard. */
export function pasteFiles(picker: HdAttachmentPicker, files: readonly File[]): void {
  const zone = picker.shadowRoot!.querySelector<HTMLElement>('[part="dropzone"]')!;
  zone.focus();
  const clipboardData = new DataTransfer();
  for (const file of files) clipboardData.items.add(file);
  pasteInto(zone, clipboardData);
}

/** Waits until the picker holds `count` uploaded files. */
export async function uploaded(picker: HdAttachmentPicker, count: number): Promise<void> {
  await waitUntil(
    () => picker.files.length === count && picker.files.every(file => file.status === 'uploaded'),
    `expected ${count} uploaded files`,
    { timeout: 5000 }
  );
  await picker.updateComplete;
}

/** A valid 1x1 PNG named `name`, as a screenshot. */
export function pngFile(name: string): File {
  const bytes = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
    char => char.charCodeAt(0)
  );
  return new File([bytes], name, { type: 'image/png' });
}

/** A small PDF named `name`. */
export function pdfFile(name: string): File {
  return new File([new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')], name, {
    type: 'application/pdf'
  });
}

/**
 * Wraps an adapter so `createCase` really creates the case, then throws `timeout` as if the answer was lost on the
 * way back, while `lose.answer` is true: the worst case for a retry.
 */
export function losingAnswers<T extends HelpDeskAdapter>(adapter: T): { adapter: T; lose: { answer: boolean } } {
  const lose = { answer: true };
  const wrapped = new Proxy(adapter, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key !== 'createCase' || typeof value !== 'function') return value;
      return async (...args: Parameters<HelpDeskAdapter['createCase']>) => {
        const created = await (value as HelpDeskAdapter['createCase']).apply(target, args);
        if (lose.answer) throw new HelpDeskError('timeout', 'The answer was lost on the way back.');
        return created;
      };
    }
  });
  return { adapter: wrapped, lose };
}

/** `category-cards` whose first user (the one the test adapter signs in) belongs to no organization. */
export const loneCustomerPreset: Preset = {
  ...cardsPreset,
  id: 'category-cards-lone',
  users: [
    { id: 'user-tomas', name: 'Tomás Ruiz', email: 'solo@example.com', password: 'Demo-2026!' },
    ...cardsPreset.users
  ]
};

/** Overrides some of an adapter's capabilities, as a backend that cannot push, search or list organizations would. */
export interface CapabilityPatch {
  cases?: Partial<Capabilities['cases']>;
  liveUpdates?: boolean;
}

/**
 * Wraps an adapter: `capabilities()` answers with `patch` laid over the real answer, and every method call is
 * counted by name (`calls.listCases`, `calls.subscribe` ...). With `liveUpdates: false`, `subscribe` is the no-op a
 * backend without push has.
 */
export function withCapabilities<T extends HelpDeskAdapter>(
  adapter: T,
  patch: CapabilityPatch
): { adapter: T; calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const wrapped = new Proxy(adapter, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => {
        calls[key] = (calls[key] ?? 0) + 1;
        if (key === 'subscribe' && patch.liveUpdates === false) return () => undefined;
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (key !== 'capabilities') return result;
        return (result as Promise<Capabilities>).then(capabilities => ({
          ...capabilities,
          cases: { ...capabilities.cases, ...patch.cases },
          liveUpdates: patch.liveUpdates ?? capabilities.liveUpdates
        }));
      };
    }
  });
  return { adapter: wrapped, calls };
}

/** Overrides `document.visibilityState` / `document.hidden` and tells listeners, as switching tabs would. */
export function setPageVisibility(state: DocumentVisibilityState): void {
  if (state === 'visible') {
    delete (document as unknown as Record<string, unknown>)['visibilityState'];
    delete (document as unknown as Record<string, unknown>)['hidden'];
  } else {
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
  }
  document.dispatchEvent(new Event('visibilitychange'));
}
