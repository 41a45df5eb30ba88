import type { FieldValue } from '../core/model/form.js';
import type { Widget } from './mount.js';

/** A listener of `HelpDesk.on()`: the event's detail, and the event itself. */
export type HelpDeskListener = (detail: unknown, event: CustomEvent) => void;

/**
 * `window.HelpDesk`: callable with a command name (`HelpDesk('open', 'new-case', { categoryId })`, as the queue
 * stub records calls) or through its methods (`HelpDesk.open(...)`). Commands run one after the other in the order
 * they were made, each once the previous one is done; every call returns a promise of its result.
 */
export interface HelpDeskApi {
  (command: string, ...args: unknown[]): Promise<unknown>;
  /** Opens the help desk, at a view (`home`, `new-case`, `my-cases`, `case`, `entitlements`, `invoices`, `sign-in` ...). */
  open(
    view?: string,
    options?: { categoryId?: string; caseId?: string; scope?: 'mine' | 'organization' }
  ): Promise<void>;
  /** Closes the launcher's panel. */
  close(): Promise<void>;
  /** Fills fields of the next case form, by field id. */
  prefill(values: Record<string, FieldValue>): Promise<void>;
  /** Signs the customer in with a token from the host's own sign-in. */
  identify(token: string): Promise<void>;
  /** Switches the language (`es`, `en`, `pt-BR`). */
  setLocale(locale: string): Promise<void>;
  /** Listens to an event: `case-created`, `emergency`, `signed-in`, `signed-out`, `open`, `close`, `view-change` ... (`hd-` optional). */
  on(event: string, listener: HelpDeskListener): void;
  off(event: string, listener: HelpDeskListener): void;
  /** Removes the help desk from the page, with every listener added through `on`. */
  destroy(): Promise<void>;
  /** The version of the library. */
  readonly version: string;
  /** Marks the real API (the queue stub has no such property). */
  readonly loaded: true;
}

const COMMANDS = ['open', 'close', 'prefill', 'identify', 'setLocale', 'on', 'off', 'destroy'] as const;
type Command = (typeof COMMANDS)[number];

const eventName = (name: string) => (name.startsWith('hd-') ? name : `hd-${name}`);

/**
 * The `window.HelpDesk` function over a mounted widget (or `undefined` when mounting failed: calls then say so). The
 * widget may come later, as a promise: `on` / `off` work at once, the other commands wait for it.
 */
export function createApi(
  mounting: Widget | undefined | Promise<Widget | undefined>,
  target: EventTarget = document,
  version = '0.1.0'
): HelpDeskApi {
  let widget: Widget | undefined;
  let chain: Promise<unknown> = Promise.resolve(mounting).then(mounted => (widget = mounted));
  let destroyed = false;
  const listeners = new Map<HelpDeskListener, Map<string, EventListener>>();

  const commands: Record<Command, (...args: never[]) => unknown> = {
    open: (view?: string, options?: Parameters<Widget['open']>[1]) => widget?.open(view, options),
    close: () => widget?.close(),
    prefill: (values: Record<string, FieldValue>) => widget?.prefill(values),
    identify: (token: string) => widget?.identify(token),
    setLocale: (locale: string) => widget?.setLocale(locale),
    on: (name: string, listener: HelpDeskListener) => {
      if (typeof listener !== 'function') throw new TypeError('HelpDesk.on: the listener must be a function.');
      const type = eventName(name);
      const byType = listeners.get(listener) ?? new Map<string, EventListener>();
      if (byType.has(type)) return;
      const wrapped: EventListener = event => listener((event as CustomEvent).detail, event as CustomEvent);
      byType.set(type, wrapped);
      listeners.set(listener, byType);
      target.addEventListener(type, wrapped);
    },
    off: (name: string, listener: HelpDeskListener) => {
      const type = eventName(name);
      const wrapped = listeners.get(listener)?.get(type);
      if (!wrapped) return;
      target.removeEventListener(type, wrapped);
      listeners.get(listener)!.delete(type);
    },
    destroy: () => {
      for (const byType of listeners.values()) {
        for (const [type, wrapped] of byType) target.removeEventListener(type, wrapped);
      }
      listeners.clear();
      widget?.destroy();
      destroyed = true;
    }
  };

  function run(command: string, args: unknown[]): Promise<unknown> {
    if (!(COMMANDS as readonly string[]).includes(command)) {
      console.error(`helpdesk-elements: HelpDesk("${command}") is not a command. Commands: ${COMMANDS.join(', ')}.`);
      return Promise.resolve(undefined);
    }
    if (destroyed) {
      console.warn(`helpdesk-elements: HelpDesk("${command}") after destroy() does nothing.`);
      return Promise.resolve(undefined);
    }
    const fn = commands[command as Command] as (...a: unknown[]) => unknown;
    // `on` / `off` act at once (a listener must not miss what a queued `open` causes); the rest wait their turn.
    if (command === 'on' || command === 'off') return Promise.resolve(fn(...args));
    const result = chain.then(() => {
      if (!widget && command !== 'destroy') {
        console.error(`helpdesk-elements: HelpDesk("${command}") does nothing: the help desk is not on the page.`);
      }
      return fn(...args);
    });
    chain = result.catch(error => console.error(`helpdesk-elements: HelpDesk("${command}") failed.`, error));
    return result;
  }

  const api = ((command: string, ...args: unknown[]) => run(command, args)) as HelpDeskApi;
  for (const command of COMMANDS) {
    Object.defineProperty(api, command, { value: (...args: unknown[]) => run(command, args), enumerable: true });
  }
  Object.defineProperty(api, 'version', { value: version, enumerable: true });
  Object.defineProperty(api, 'loaded', { value: true, enumerable: true });
  return api;
}
