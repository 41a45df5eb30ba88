/** How to reach an HTTP backend and how patient to be: the options every HTTP adapter passes to its client. */
export interface HttpOptions {
  /** Base URL, absolute or relative to the page; request paths are relative to it. */
  baseUrl: string | URL;
  /**
   * Milliseconds to wait for an answer to start, and then again for its body (for uploads: the longest pause between
   * two progress events). Default 15000. A request that takes longer fails with `timeout`.
   */
  timeoutMs?: number;
  /**
   * Milliseconds an upload may wait for its answer once the whole file is handed to the network. The browser hands a
   * file to the socket's buffers long before the backend has read it, so this covers the slow part of a slow upload
   * the page cannot watch. Default 60000. (While the file is being sent, `timeoutMs` without progress fails it.)
   */
  uploadTimeoutMs?: number;
  /** How often a request that may be repeated (see `RequestSpec.repeat`) is sent again after a failure. Default 2. */
  retries?: number;
  /** The first retry waits this long (ms), each next one twice as long, within ±20 %. Default 300. */
  retryDelayMs?: number;
  /** The longest `Retry-After` the adapter waits for by itself; a longer one fails the call at once. Default 10000. */
  maxRetryAfterMs?: number;
  /** Whether cookies go along (fetch's `credentials`), for a proxy that keeps its own session. Default `same-origin`. */
  credentials?: RequestCredentials;
  /** Headers sent with every request, such as the API key of the vendor's proxy. */
  headers?: Record<string, string>;
  /** The fetch to use (instrumentation, tests); uploads use XMLHttpRequest. */
  fetch?: typeof globalThis.fetch;
}

export interface ResolvedHttpOptions {
  baseUrl: URL;
  timeoutMs: number;
  uploadTimeoutMs: number;
  retries: number;
  retryDelayMs: number;
  maxRetryAfterMs: number;
  credentials: RequestCredentials;
  headers: Record<string, string>;
  fetch: typeof globalThis.fetch | undefined;
}

/** Defaults filled in, and the base URL made absolute with a trailing slash (so paths append to it). */
export function resolveHttpOptions(options: HttpOptions): ResolvedHttpOptions {
  const base = new URL(String(options.baseUrl), globalThis.location?.href);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return {
    baseUrl: base,
    timeoutMs: options.timeoutMs ?? 15_000,
    uploadTimeoutMs: options.uploadTimeoutMs ?? 60_000,
    retries: options.retries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 300,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 10_000,
    credentials: options.credentials ?? 'same-origin',
    headers: { ...options.headers },
    fetch: options.fetch
  };
}
