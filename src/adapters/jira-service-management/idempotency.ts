import { HelpDeskError, isHelpDeskError, type HelpDeskErrorCode } from '../../core/index.js';

// Jira has no idempotency key: `POST /request` twice raises two requests. Three layers keep a retried submit from
// raising a second one:
//
// 1. In the tab: calls with the same key share one attempt (a double click, three concurrent retries).
// 2. Across retries and reloads: a record per key in sessionStorage (or the host's Storage) says "pending since t" or
//    "created SOP-42". A retry of a created key returns that request; a retry of a pending key (the first attempt timed
//    out or the connection dropped, so nobody knows whether Jira raised it) first looks for a request the attempt may
//    have raised (same request type and summary and description, created by this customer since the attempt began,
//    and not already claimed by another key), and raises a new one only when there is none.
// 3. At the proxy: every create carries `Idempotency-Key`; docs/jira-service-management.md asks the proxy to answer a
//    repeated key with the first answer (its example does), which also covers other tabs and devices.
//
// What is left (documented): without the proxy's layer, a retry from another tab or device, after the record is gone
// (storage cleared), or while Jira has not yet indexed the first request (searches lag by a moment), can still raise a
// duplicate; the search retries briefly to narrow that window.

/** What a key's record says. `created` means the item exists but its follow-up work (attaching files) may not. */
export interface IdempotencyRecord {
  state: 'pending' | 'created' | 'done';
  startedAt: number;
  result?: string;
}

/** Errors after which the backend certainly did nothing: the record is dropped and a retry starts afresh. */
const REFUSED: readonly HelpDeskErrorCode[] = [
  'invalid',
  'forbidden',
  'not-found',
  'unauthorized',
  'unsupported',
  'conflict',
  'rate-limited'
];

const KEEP_MS = 24 * 60 * 60 * 1000;

export class IdempotencyStore {
  readonly #memory = new Map<string, string>();
  readonly #storage: Storage | undefined;

  constructor(
    kind: 'session' | 'memory' | Storage = 'session',
    private readonly prefix = 'hd-jsm-idempotency:'
  ) {
    if (kind === 'memory') this.#storage = undefined;
    else if (kind === 'session') {
      try {
        this.#storage = globalThis.sessionStorage;
      } catch {
        this.#storage = undefined; // storage blocked (sandboxed iframe, privacy mode): memory only
      }
    } else this.#storage = kind;
    this.prune();
  }

  #read(key: string): string | null {
    try {
      return this.#storage ? this.#storage.getItem(key) : (this.#memory.get(key) ?? null);
    } catch {
      return this.#memory.get(key) ?? null;
    }
  }

  #write(key: string, value: string | undefined): void {
    if (value === undefined) this.#memory.delete(key);
    else this.#memory.set(key, value);
    try {
      if (value === undefined) this.#storage?.removeItem(key);
      else this.#storage?.setItem(key, value);
    } catch {
      // A full or blocked storage leaves the memory copy, which still covers retries in this page.
    }
  }

  #keys(): string[] {
    const keys = new Set(this.#memory.keys());
    try {
      for (let i = 0; this.#storage && i < this.#storage.length; i++) {
        const key = this.#storage.key(i);
        if (key) keys.add(key);
      }
    } catch {
      // unreadable storage: memory keys only
    }
    return [...keys].filter(key => key.startsWith(this.prefix));
  }

  get(key: string): IdempotencyRecord | undefined {
    const raw = this.#read(this.prefix + key);
    if (!raw) return undefined;
    try {
      const record = JSON.parse(raw) as IdempotencyRecord;
      return typeof record.startedAt === 'number' ? record : undefined;
    } catch {
      return undefined;
    }
  }

  set(key: string, record: IdempotencyRecord): void {
    this.#write(this.prefix + key, JSON.stringify(record));
  }

  delete(key: string): void {
    this.#write(this.prefix + key, undefined);
  }

  /** Items already claimed by the keys of a scope, so a recovery never takes another submit's request. */
  claimed(scope: string): Set<string> {
    const claimed = new Set<string>();
    for (const key of this.#keys()) {
      if (!key.startsWith(`${this.prefix}${scope}|`)) continue;
      const record = this.get(key.slice(this.prefix.length));
      if (record?.result) claimed.add(record.result);
    }
    return claimed;
  }

  prune(now = Date.now()): void {
    for (const key of this.#keys()) {
      const record = this.get(key.slice(this.prefix.length));
      if (!record || now - record.startedAt > KEEP_MS) this.#write(key, undefined);
    }
  }
}

export interface GuardedCreate<T> {
  /** Creates the item. Calls `created(id)` as soon as the item exists, before any follow-up work. */
  attempt(created: (id: string) => void): Promise<T>;
  /** Finds an item an interrupted attempt (begun at `startedAt`) may have created, not one of `claimed`. */
  recover(startedAt: number, claimed: ReadonlySet<string>): Promise<string | undefined>;
  /** Completes and returns an item that exists (its follow-up work may be undone). */
  resume(id: string): Promise<T>;
}

export class IdempotencyGuard {
  readonly #inflight = new Map<string, Promise<unknown>>();

  constructor(private readonly store: IdempotencyStore) {}

  run<T>(scope: string, key: string, create: GuardedCreate<T>): Promise<T> {
    if (typeof key !== 'string' || key.trim() === '') {
      return Promise.reject(
        new HelpDeskError('invalid', 'An idempotency key is required.', {
          fieldErrors: { idempotencyKey: 'Required.' }
        })
      );
    }
    const storeKey = `${scope}|${key}`;
    const running = this.#inflight.get(storeKey);
    if (running) return running as Promise<T>;
    const promise = this.#run(scope, storeKey, create).finally(() => this.#inflight.delete(storeKey));
    this.#inflight.set(storeKey, promise);
    return promise;
  }

  async #run<T>(scope: string, storeKey: string, create: GuardedCreate<T>): Promise<T> {
    const record = this.store.get(storeKey);
    if (record?.result) {
      const value = await create.resume(record.result);
      this.store.set(storeKey, { ...record, state: 'done' });
      return value;
    }
    if (record?.state === 'pending') {
      const claimed = this.store.claimed(scope);
      const found = await create.recover(record.startedAt, claimed);
      if (found !== undefined) {
        this.store.set(storeKey, { state: 'created', startedAt: record.startedAt, result: found });
        const value = await create.resume(found);
        this.store.set(storeKey, { state: 'done', startedAt: record.startedAt, result: found });
        return value;
      }
    }
    const startedAt = record?.startedAt ?? Date.now();
    this.store.set(storeKey, { state: 'pending', startedAt });
    let createdId: string | undefined;
    try {
      const value = await create.attempt(id => {
        createdId = id;
        this.store.set(storeKey, { state: 'created', startedAt, result: id });
      });
      if (createdId !== undefined) this.store.set(storeKey, { state: 'done', startedAt, result: createdId });
      return value;
    } catch (error) {
      // Refused before anything existed: forget the attempt, so the next one starts clean.
      if (createdId === undefined && REFUSED.some(code => isHelpDeskError(error, code))) this.store.delete(storeKey);
      throw error;
    }
  }
}

export interface RetryPolicy {
  retries: number;
  retryDelayMs: number;
  maxRetryAfterMs: number;
}

function statusOf(error: HelpDeskError): number | undefined {
  const cause = error.cause as { response?: { status?: unknown } } | undefined;
  const status = cause?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * How long to wait before trying a create again, or undefined when it must not be retried by itself. Network
 * failures and 429/500/502/503/504 are retried (after `Retry-After` when it is short enough); a timeout is not,
 * since the create may still be running: the user's retry (same key) will find it.
 */
function retryDelay(error: unknown, attempt: number, policy: RetryPolicy): number | undefined {
  if (!(error instanceof HelpDeskError) || attempt >= policy.retries) return undefined;
  const status = statusOf(error);
  const retryable =
    error.code === 'offline' ||
    error.code === 'rate-limited' ||
    (error.code === 'server' && status !== undefined && [500, 502, 503, 504].includes(status));
  if (!retryable) return undefined;
  if (error.retryAfterSeconds !== undefined) {
    const ms = error.retryAfterSeconds * 1000;
    return ms <= policy.maxRetryAfterMs ? ms : undefined;
  }
  return policy.retryDelayMs * 2 ** attempt * (0.8 + Math.random() * 0.4);
}

/**
 * Runs a guarded create, and again after a failure that may be passing. The HTTP layer never repeats a create (Jira
 * has no idempotency key); repeating it here is safe because every repeat goes through the guard, which first looks
 * for a request the failed try may have raised.
 */
export async function withCreateRetries<T>(
  policy: RetryPolicy,
  signal: AbortSignal | undefined,
  run: () => Promise<T>
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const wait = retryDelay(error, attempt, policy);
      if (wait === undefined || signal?.aborted) throw error;
      await new Promise(resolve => setTimeout(resolve, wait));
      signal?.throwIfAborted();
    }
  }
}
