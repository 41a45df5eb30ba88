import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusIsInside, focusIsNowhere } from '../components/shared/focus.js';
import type { HelpDeskAdapter, Unsubscribe } from '../core/adapter.js';
import { HelpDeskError, isHelpDeskError } from '../core/errors.js';
import type { ConfigController } from './config-controller.js';
import type { LocalizeController } from './localize-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

/** `hidden`: the backend has no such list, so the element shows nothing at all. */
export type ListStatus = 'idle' | 'loading' | 'hidden' | 'error' | 'ready';

/** The capabilities that say whether a backend has a list at all. */
export type ListCapability = 'entitlements' | 'invoices';

export interface CapabilityListOptions<T> {
  configuration: ConfigController;
  localize: LocalizeController;
  /** The capability that says whether the backend has the list. */
  capability: ListCapability;
  /** Loads the list. */
  list(adapter: HelpDeskAdapter, signal: AbortSignal): Promise<T[]>;
  /** The list as the element keeps it (its order); default: as the adapter gave it. */
  arrange?(items: T[]): T[];
  /** What is announced once the list is on screen (how many there are). */
  readyText(): string;
  /** The list is on screen; `focus` says whether focus may move into it (it was inside: a retry). */
  onReady?(focus: boolean): void;
  /**
   * Loading failed; the message is shown and announced. `focus` says whether focus may move to Retry (it was inside,
   * or nowhere in particular: never taken from something else the user is working in). `detail` is `hd-error`'s.
   */
  onError?(detail: { code: string; message: string }, focus: boolean): void;
}

interface ListState<T> {
  status: ListStatus;
  items: T[];
  error: unknown;
  announcement: string;
}

/**
 * Loads a list unless the backend's capability says there is none, for an element like `<hd-invoices>`:
 * - asks `capabilities()` first; when the capability is off (or the call says `unsupported`) the element hides itself
 *   (its `hidden` attribute, never removing one the page set) and the backend hears nothing more;
 * - loads again when the provider hands over another adapter, and when the session changes (another customer may see
 *   another list, or none); aborts what is loading when the element leaves the page, and loads again when it is back;
 * - keeps the status, the items, the error and a polite announcement (loading, the count, the error) for the element
 *   to render; `retry()` loads again.
 */
export class CapabilityListController<T> implements ReactiveController {
  private readonly host: Host;
  private readonly options: CapabilityListOptions<T>;
  private loadController: AbortController | undefined;
  /** The adapter the current (or last) load used, so a new adapter from the provider loads again. */
  private loadedFrom: HelpDeskAdapter | undefined;
  private stopListening: Unsubscribe | undefined;
  /** Whether this controller set the host's `hidden` attribute (so it never removes one the page set). */
  private hiddenByCapability = false;
  private state: ListState<T> = { status: 'idle', items: [], error: undefined, announcement: '' };

  constructor(host: Host, options: CapabilityListOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  get status(): ListStatus {
    return this.state.status;
  }

  get items(): T[] {
    return this.state.items;
  }

  /** What went wrong when the status is `error`. */
  get error(): unknown {
    return this.state.error;
  }

  /** The text of the element's polite live region. */
  get announcement(): string {
    return this.state.announcement;
  }

  hostConnected(): void {
    // Back on the page after a load was cut short: the next update loads again.
    if (this.status === 'idle') this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    if (this.status === 'loading') {
      this.loadController?.abort();
      this.loadController = undefined;
      this.loadedFrom = undefined;
      this.set({ status: 'idle' });
    }
  }

  hostUpdate(): void {
    const adapter = this.options.configuration.config?.adapter;
    if (adapter && adapter !== this.loadedFrom) {
      if (!this.host.isConnected) return;
      this.listen(adapter);
      this.load(adapter);
    } else if (!adapter && this.status !== 'error') {
      this.loadController?.abort();
      this.loadedFrom = undefined;
      this.setHiddenByCapability(false);
      this.set({
        status: 'error',
        error: new HelpDeskError('unsupported', 'No help desk adapter is configured.', { reason: 'no-adapter' })
      });
    }
  }

  /** Loads again (after an error). */
  retry(): void {
    const adapter = this.options.configuration.config?.adapter;
    if (adapter) this.load(adapter);
    else this.host.requestUpdate();
  }

  /** Says `message` in the live region; the same sentence again is read again. */
  announce(message: string): void {
    // Clearing first makes a screen reader read the same sentence again when it repeats.
    this.set({ announcement: '' });
    requestAnimationFrame(() => {
      if (this.status !== 'hidden') this.set({ announcement: message });
    });
  }

  /** Changes the state; the host updates when anything changed. */
  private set(changes: Partial<ListState<T>>): void {
    const next = { ...this.state, ...changes };
    const changed = (Object.keys(changes) as (keyof ListState<T>)[]).some(key => next[key] !== this.state[key]);
    this.state = next;
    if (changed) this.host.requestUpdate();
  }

  private listen(adapter: HelpDeskAdapter): void {
    this.stopListening?.();
    this.stopListening = adapter.subscribe(change => {
      if (change.type === 'session-changed' && this.loadedFrom === adapter) this.load(adapter);
    });
  }

  private setHiddenByCapability(hide: boolean): void {
    if (hide) {
      if (!this.host.hidden) {
        this.host.hidden = true;
        this.hiddenByCapability = true;
      }
    } else if (this.hiddenByCapability) {
      this.host.hidden = false;
      this.hiddenByCapability = false;
    }
  }

  private load(adapter: HelpDeskAdapter): void {
    this.loadController?.abort();
    const controller = new AbortController();
    const { signal } = controller;
    this.loadController = controller;
    this.loadedFrom = adapter;
    // A retry removes the focused button while loading: remember to put focus back in here afterwards.
    const focusWasInside = focusIsInside(this.host);
    this.set({ status: 'loading', error: undefined });
    const { capability, localize } = this.options;
    const run = async (): Promise<T[] | undefined> => {
      const capabilities = await adapter.capabilities({ signal });
      if (!capabilities[capability]) return undefined;
      if (signal.aborted) return [];
      // Only now is it certain there is something to load: a backend without the list hears nothing from us.
      this.setHiddenByCapability(false);
      this.announce(localize.t('common.loading'));
      return this.options.list(adapter, signal);
    };
    run().then(
      list => {
        if (signal.aborted) return;
        if (list === undefined) {
          this.hide();
          return;
        }
        this.set({ items: this.options.arrange ? this.options.arrange(list) : list, status: 'ready' });
        this.announce(this.options.readyText());
        this.options.onReady?.(focusWasInside || focusIsInside(this.host));
      },
      (error: unknown) => {
        if (signal.aborted) return;
        // A backend that says it has no such thing after all: the same as the capability being off.
        if (isHelpDeskError(error, 'unsupported')) {
          this.hide();
          return;
        }
        this.setHiddenByCapability(false);
        this.set({ error, status: 'error' });
        const message = localize.error(error);
        this.announce(message);
        const focus = focusWasInside || focusIsInside(this.host) || focusIsNowhere();
        this.options.onError?.({ code: error instanceof HelpDeskError ? error.code : 'server', message }, focus);
      }
    );
  }

  private hide(): void {
    this.set({ items: [], status: 'hidden', announcement: '' });
    this.setHiddenByCapability(true);
  }
}
