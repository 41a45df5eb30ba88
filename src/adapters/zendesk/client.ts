import type * as z from 'zod/mini';
import { isHelpDeskError } from '../../core/index.js';
import { createHttpClient, type HttpClient, type RequestSpec } from '../rest/http-client.js';
import { resolveOptions } from '../rest/options.js';
import { TokenSource } from '../rest/tokens.js';
import { zendeskFetch } from './errors.js';
import { accountUrl, type ZendeskAdapterOptions } from './options.js';
import type { ZendeskTokens } from './tokens.js';
import { uploadRaw, type UploadAnswer } from './upload.js';

// The HTTP side of the adapter, built on the shared client of src/adapters/rest (ky: timeouts, retries with back-off
// and Retry-After for reads, the bearer token, one token refresh on 401, HTTP status -> HelpDeskError). What is
// Zendesk's own: its error bodies (errors.ts), writes that are never repeated blindly, and raw-body uploads.

export interface WriteOptions {
  signal?: AbortSignal | undefined;
  headers?: Record<string, string>;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true }
    );
  });
}

export class ZendeskClient {
  /** `https://acme.zendesk.com/` or the proxy's base. */
  readonly account: URL;
  readonly #reads: HttpClient;
  readonly #writes: HttpClient;
  readonly #tokens: TokenSource;
  readonly #maxRetryAfterMs: number;
  readonly #retries: number;
  readonly #timeoutMs: number;
  readonly #uploadTimeoutMs: number;
  readonly #headers: Record<string, string>;
  readonly #withCredentials: boolean;

  constructor(options: ZendeskAdapterOptions, tokens: ZendeskTokens) {
    this.account = accountUrl(options);
    const shared = {
      baseUrl: new URL('api/v2/', this.account),
      getToken: () => tokens.current(),
      refreshToken: () => tokens.renew(),
      // Zendesk's OAuth tokens travel in the header; cookies of a signed-in agent must not ride along.
      credentials: options.credentials ?? 'omit',
      ...(options.headers ? { headers: options.headers } : {}),
      fetch: zendeskFetch(options.fetch),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.uploadTimeoutMs === undefined ? {} : { uploadTimeoutMs: options.uploadTimeoutMs }),
      ...(options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs }),
      ...(options.maxRetryAfterMs === undefined ? {} : { maxRetryAfterMs: options.maxRetryAfterMs })
    };
    const reads = resolveOptions({ ...shared, ...(options.retries === undefined ? {} : { retries: options.retries }) });
    this.#tokens = new TokenSource(shared);
    this.#reads = createHttpClient(reads, this.#tokens);
    // Writes are not idempotent in Zendesk (a repeated PUT adds a second comment): the shared client never repeats
    // them; `#write` repeats only what Zendesk refused with a Retry-After, which it did not carry out.
    this.#writes = createHttpClient({ ...reads, retries: 0 }, this.#tokens);
    this.#maxRetryAfterMs = reads.maxRetryAfterMs;
    this.#retries = reads.retries;
    this.#timeoutMs = reads.timeoutMs;
    this.#uploadTimeoutMs = reads.uploadTimeoutMs;
    this.#headers = reads.headers;
    this.#withCredentials = reads.credentials === 'include';
  }

  get<S extends z.ZodMiniType>(
    path: string,
    params: URLSearchParams | undefined,
    schema: S,
    what: string,
    signal?: AbortSignal
  ): Promise<z.infer<S>> {
    return this.#reads.json({ method: 'get', path, ...(params ? { searchParams: params } : {}), signal }, schema, what);
  }

  post<S extends z.ZodMiniType>(path: string, json: unknown, schema: S, what: string, options: WriteOptions = {}) {
    return this.#write(
      { method: 'post', path, json, signal: options.signal, headers: options.headers ?? {} },
      schema,
      what
    );
  }

  put<S extends z.ZodMiniType>(path: string, json: unknown, schema: S, what: string, options: WriteOptions = {}) {
    // The shared client's RequestSpec names no `put` yet (the REST contract has none); ky sends it as given.
    const method = 'put' as unknown as RequestSpec['method'];
    return this.#write({ method, path, json, signal: options.signal, headers: options.headers ?? {} }, schema, what);
  }

  /** A PUT whose answer carries nothing the adapter needs (Zendesk answers some with an empty body). */
  async putIgnoringAnswer(path: string, json: unknown, options: WriteOptions = {}): Promise<void> {
    const method = 'put' as unknown as RequestSpec['method'];
    await this.#write({ method, path, json, signal: options.signal, headers: options.headers ?? {} }, undefined, path);
  }

  async #write<S extends z.ZodMiniType>(spec: RequestSpec, schema: S | undefined, what: string): Promise<z.infer<S>> {
    for (let attempt = 0; ; attempt++) {
      try {
        if (schema) return await this.#writes.json(spec, schema, what);
        await this.#writes.send(spec);
        return undefined as z.infer<S>;
      } catch (error) {
        const wait = isHelpDeskError(error) ? error.retryAfterSeconds : undefined;
        const repeatable =
          isHelpDeskError(error) &&
          (error.code === 'rate-limited' || error.code === 'server') &&
          wait !== undefined &&
          wait * 1000 <= this.#maxRetryAfterMs &&
          attempt < this.#retries;
        if (!repeatable) throw error;
        await sleep(wait * 1000, spec.signal);
      }
    }
  }

  /** `POST /api/v2/uploads?filename=` with the file as the raw body; resolves with the successful answer. */
  async upload(
    file: File,
    params: URLSearchParams,
    options: { signal?: AbortSignal | undefined; onProgress?: ((sent: number, total: number) => void) | undefined }
  ): Promise<UploadAnswer> {
    const url = new URL(`api/v2/uploads?${params.toString()}`, this.account).href;
    return uploadRaw(
      {
        url,
        headers: this.#headers,
        withCredentials: this.#withCredentials,
        timeoutMs: this.#timeoutMs,
        answerTimeoutMs: this.#uploadTimeoutMs,
        currentToken: () => this.#tokens.current(),
        refreshToken: used => this.#tokens.refresh(used)
      },
      file,
      options
    );
  }
}
