// Fixtures and user-level helpers for the case form and case list tests: render inside a provider in one language,
// find things in the shadow root, act as a person would (focus and type, keyboard, click), and a small preset built
// on `category-cards` with the form features the seed portal does not use (visibility rules, dependent options,
// departments, phone call back, priority).
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/provider/define.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import type { FormDefinition } from '../../src/core/model/form.js';
import type { Preset } from '../../src/core/preset.js';
import { presets } from '../../src/widget/presets/index.js';

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
