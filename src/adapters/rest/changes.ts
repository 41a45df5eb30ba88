import type { Unsubscribe } from '../../core/index.js';
import { HelpDeskChange, isHelpDeskError } from '../../core/index.js';

type Listener = (change: HelpDeskChange) => void;

export interface ChangeFeedDeps {
  /** Whether the backend pushes changes (`capabilities().liveUpdates`). */
  liveUpdates(): Promise<boolean>;
  /** A fresh ticket for the stream (`POST /changes/tickets`). */
  ticket(): Promise<{ ticket: string; cursor: string }>;
  /** The stream's URL for a ticket, resuming after `after`. */
  streamUrl(ticket: string, after: string): string;
  withCredentials: boolean;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * `subscribe()` over server-sent events. The first listener opens an EventSource on `/changes/stream` with a ticket
 * (EventSource cannot send an Authorization header); the last one to leave closes it. The browser reconnects a
 * dropped stream by itself (sending Last-Event-ID); when the stream is refused (an expired ticket, a 5xx) the feed
 * asks for a new ticket with growing back-off, and resumes after the last change it saw. Without a session it
 * waits for the next sign-in. When the backend says `liveUpdates: false`, subscribe does nothing and the UI polls.
 */
export class ChangeFeed {
  readonly #listeners = new Set<Listener>();
  #source: EventSource | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;
  #failures = 0;
  #lastEventId: string | undefined;

  constructor(private readonly deps: ChangeFeedDeps) {}

  subscribe(listener: Listener): Unsubscribe {
    const wrapped: Listener = change => listener(change);
    this.#listeners.add(wrapped);
    if (this.#listeners.size === 1) this.#start();
    return () => {
      if (!this.#listeners.delete(wrapped)) return;
      if (this.#listeners.size === 0) this.#stop();
    };
  }

  /** Sign-in or sign-out through this adapter: tell the listeners, and follow the new session. */
  sessionChanged(): void {
    this.#emit({ type: 'session-changed' });
    if (this.#listeners.size > 0) {
      this.#stop();
      this.#start();
    }
  }

  #emit(change: HelpDeskChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        // One broken listener must not silence the others.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  #start(): void {
    const generation = ++this.#generation;
    void this.deps
      .liveUpdates()
      .catch(() => false)
      .then(live => {
        if (live && generation === this.#generation) void this.#connect(generation);
      });
  }

  #stop(): void {
    this.#generation += 1;
    clearTimeout(this.#timer);
    this.#source?.close();
    this.#source = undefined;
    this.#failures = 0;
  }

  async #connect(generation: number): Promise<void> {
    let ticket: { ticket: string; cursor: string };
    try {
      ticket = await this.deps.ticket();
    } catch (error) {
      // No session (or live updates off): wait for the next sign-in through this adapter.
      if (isHelpDeskError(error, 'unauthorized') || isHelpDeskError(error, 'unsupported')) return;
      this.#retryLater(generation);
      return;
    }
    if (generation !== this.#generation) return;
    const source = new EventSource(this.deps.streamUrl(ticket.ticket, this.#lastEventId ?? ticket.cursor), {
      withCredentials: this.deps.withCredentials
    });
    this.#source = source;
    source.onopen = () => {
      this.#failures = 0;
    };
    source.addEventListener('change', event => {
      const message = event as MessageEvent<string>;
      if (message.lastEventId) this.#lastEventId = message.lastEventId;
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      const parsed = HelpDeskChange.safeParse(data);
      // A change this library does not know is skipped, never passed on half-read.
      if (parsed.success) this.#emit(parsed.data);
    });
    source.onerror = () => {
      // CONNECTING: the browser reconnects by itself. CLOSED: the stream was refused; start over with a new ticket.
      if (source.readyState !== EventSource.CLOSED || generation !== this.#generation) return;
      source.close();
      this.#source = undefined;
      this.#retryLater(generation);
    };
  }

  #retryLater(generation: number): void {
    if (generation !== this.#generation) return;
    this.#failures += 1;
    const wait = Math.min(MAX_BACKOFF_MS, 500 * 2 ** (this.#failures - 1));
    this.#timer = setTimeout(() => {
      if (generation === this.#generation) void this.#connect(generation);
    }, wait);
  }
}
