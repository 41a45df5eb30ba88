import { HelpDeskError } from '../../core/index.js';

// Zendesk documents no idempotency key for end users' requests and comments (only `Idempotency-Key` on ticket
// creation), so the adapter keeps the promise itself: one key, one request or comment.
// - Calls with a key already in flight wait for that call (a double click sends once).
// - A key that succeeded answers what it created, without sending again.
// - A key whose call failed in a way that leaves it unknown whether Zendesk carried it out (timeout, dropped
//   connection, 5xx, a broken answer) is looked up first when tried again: the newest requests (or comments) of
//   the user since that first try are searched for the same text, and a match is answered instead of a new one.
// Keys are kept in sessionStorage when there is one (so a reload with a restored draft keeps its key's promise),
// else in memory; at most the newest 200.

interface KeyRecord {
  /** The id created under this key. */
  id?: string;
  /** When an uncertain failure happened first (ms since the epoch). */
  since?: number;
}

export interface GuardedWork<T> {
  /** Sends the create; resolves with the new record's id and what the caller gets. */
  create(): Promise<{ id: string; value: T }>;
  /**
   * Looks for what an earlier, uncertain try may have created since `since`; its id or undefined. `claimed` holds
   * the ids other keys created, which are never the answer.
   */
  find(since: number, claimed: ReadonlySet<string>): Promise<string | undefined>;
  /** Reads what was created under the key before. */
  load(id: string): Promise<T>;
}

const LIMIT = 200;

/** Whether Zendesk may have done the work although the call failed. */
export function isUncertain(error: unknown): boolean {
  if (error instanceof DOMException && error.name === 'AbortError') return true;
  if (!(error instanceof HelpDeskError)) return true;
  if (error.code === 'timeout' || error.code === 'offline') return true;
  // A 5xx may come after the work; one with Retry-After (503 "come back later") comes before it.
  return error.code === 'server' && (error.retryAfterSeconds === undefined || error.reason === 'malformed-response');
}

function sessionStore(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export class IdempotencyGuard {
  readonly #inFlight = new Map<string, Promise<unknown>>();
  readonly #memory = new Map<string, KeyRecord>();
  readonly #storageKey: string;
  readonly #storage: Storage | undefined;

  constructor(namespace: string, storage: Storage | undefined = sessionStore()) {
    this.#storageKey = `helpdesk-elements:zendesk-keys:${namespace}`;
    this.#storage = storage;
    for (const [key, record] of this.#read()) this.#memory.set(key, record);
  }

  #read(): [string, KeyRecord][] {
    try {
      const raw = this.#storage?.getItem(this.#storageKey);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? (parsed as [string, KeyRecord][]) : [];
    } catch {
      return [];
    }
  }

  #save(key: string, record: KeyRecord): void {
    this.#memory.delete(key);
    this.#memory.set(key, record);
    while (this.#memory.size > LIMIT) this.#memory.delete(this.#memory.keys().next().value as string);
    try {
      this.#storage?.setItem(this.#storageKey, JSON.stringify([...this.#memory]));
    } catch {
      // A full or forbidden storage leaves the memory copy, which still guards this page.
    }
  }

  run<T>(key: string, work: GuardedWork<T>): Promise<T> {
    const running = this.#inFlight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const promise = this.#run(key, work).finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, promise);
    return promise;
  }

  async #run<T>(key: string, work: GuardedWork<T>): Promise<T> {
    const record = this.#memory.get(key) ?? {};
    if (record.id !== undefined) return work.load(record.id);
    if (record.since !== undefined) {
      const claimed = new Set([...this.#memory.values()].flatMap(item => (item.id === undefined ? [] : [item.id])));
      const found = await work.find(record.since, claimed);
      if (found !== undefined) {
        this.#save(key, { id: found });
        return work.load(found);
      }
    }
    const started = Date.now();
    try {
      const { id, value } = await work.create();
      this.#save(key, { id });
      return value;
    } catch (error) {
      if (isUncertain(error)) this.#save(key, { since: record.since ?? started });
      throw error;
    }
  }
}
