import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CallOptions, HelpDeskAdapter } from '../core/adapter.js';
import { isHelpDeskError } from '../core/errors.js';
import type { Credentials, Session } from '../core/model/account.js';
import type { ConfigController } from './config-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

/** `loading` until the adapter answered once; `error` when it could not tell (offline ...). */
export type SessionStatus = 'loading' | 'signed-in' | 'signed-out' | 'error';

/**
 * The current session for an element, kept current: it asks the adapter once, then follows the adapter's
 * `session-changed` pushes and the `hd-signed-in` / `hd-signed-out` events of other elements on the page (for
 * adapters that cannot push). The host re-renders whenever the session changes.
 *
 * Passwords only pass through `signIn()` on their way to the adapter; nothing here keeps them.
 */
export class SessionController implements ReactiveController {
  private readonly host: Host;
  private readonly configuration: ConfigController;
  private adapter: HelpDeskAdapter | undefined;
  private unsubscribe: (() => void) | undefined;
  private abort: AbortController | undefined;
  /** Bumped by every call that decides the session, so an older, slower answer never overwrites a newer one. */
  private generation = 0;
  private _session: Session | null | undefined;
  private _error: unknown;

  constructor(host: Host, configuration: ConfigController) {
    this.host = host;
    this.configuration = configuration;
    host.addController(this);
  }

  /** The signed-in session, `null` when signed out, `undefined` while loading or after an error. */
  get session(): Session | null | undefined {
    return this._session;
  }

  /** What went wrong when the status is `error`. */
  get error(): unknown {
    return this._error;
  }

  get status(): SessionStatus {
    if (this._session) return 'signed-in';
    if (this._session === null) return 'signed-out';
    return this._error === undefined ? 'loading' : 'error';
  }

  hostConnected(): void {
    window.addEventListener('hd-signed-in', this.onPageSessionEvent);
    window.addEventListener('hd-signed-out', this.onPageSessionEvent);
    this.follow(this.configuration.config?.adapter);
  }

  hostUpdate(): void {
    // The provider may hand over another adapter (or the first one) at any time.
    this.follow(this.configuration.config?.adapter);
  }

  hostDisconnected(): void {
    window.removeEventListener('hd-signed-in', this.onPageSessionEvent);
    window.removeEventListener('hd-signed-out', this.onPageSessionEvent);
    this.stopFollowing();
    this.adapter = undefined;
  }

  /** Asks the adapter again. Resolves with the session it answered, or `undefined` when the question failed. */
  async refresh(): Promise<Session | null | undefined> {
    const adapter = this.adapter;
    if (!adapter) return undefined;
    const generation = ++this.generation;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    try {
      const session = await adapter.getSession({ signal: abort.signal });
      if (generation === this.generation) this.set(session, undefined);
      return session;
    } catch (error: unknown) {
      if (generation === this.generation && !abort.signal.aborted) this.set(undefined, error);
      return undefined;
    }
  }

  /** Signs in through the adapter and keeps the session. Throws what the adapter threw; the session stays as it was. */
  async signIn(credentials: Credentials, options?: CallOptions): Promise<Session> {
    const adapter = this.requireAdapter();
    const generation = ++this.generation;
    const session = await adapter.signIn(credentials, options);
    if (generation === this.generation) this.set(session, undefined);
    return session;
  }

  /** Signs out through the adapter. Signing out when nobody is signed in is harmless. */
  async signOut(options?: CallOptions): Promise<void> {
    const adapter = this.requireAdapter();
    const generation = ++this.generation;
    await adapter.signOut(options);
    if (generation === this.generation) this.set(null, undefined);
  }

  /** Takes a session another call returned (`completeSignup` signs the new customer in). */
  accept(session: Session | null): void {
    this.generation += 1;
    this.set(session, undefined);
  }

  /**
   * Call with anything an adapter threw: an `unauthorized` error means the session ended in the meantime, so the
   * controller checks again. Returns whether it was that.
   */
  noticeError(error: unknown): boolean {
    if (!isHelpDeskError(error, 'unauthorized')) return false;
    void this.refresh();
    return true;
  }

  private readonly onPageSessionEvent = (): void => {
    void this.refresh();
  };

  private requireAdapter(): HelpDeskAdapter {
    // Throws the localized-by-code `unsupported` error when the page configured no adapter.
    return this.adapter ?? this.configuration.adapter;
  }

  private follow(adapter: HelpDeskAdapter | undefined): void {
    if (adapter === this.adapter) return;
    this.stopFollowing();
    this.adapter = adapter;
    this.generation += 1;
    if (!adapter) {
      this.set(undefined, undefined);
      return;
    }
    this._session = undefined;
    this._error = undefined;
    this.unsubscribe = adapter.subscribe(change => {
      if (change.type === 'session-changed') void this.refresh();
    });
    void this.refresh();
  }

  private stopFollowing(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.abort?.abort();
    this.abort = undefined;
  }

  private set(session: Session | null | undefined, error: unknown): void {
    const changed = session !== this._session || error !== this._error;
    this._session = session;
    this._error = error;
    if (changed) this.host.requestUpdate();
  }
}
