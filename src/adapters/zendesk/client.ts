import type * as z from 'zod/mini';
import { createHttpClient, type HttpClient } from '../http/http-client.js';
import { resolveHttpOptions } from '../http/options.js';
import { TokenSource } from '../http/tokens.js';
import { readZendeskError } from './errors.js';
import { accountUrl, type ZendeskAdapterOptions } from './options.js';
import type { ZendeskTokens } from './tokens.js';

// The HTTP side of the adapter, on the library's network layer (src/adapters/http, over ky: timeouts, retries with
// back-off and Retry-After for reads, the bearer token, one token refresh on 401, uploads with progress, HTTP status
// -> HelpDeskError). What is Zendesk's own: its error bodies (errors.ts) and raw-body uploads. Writes are not
// idempotent in Zendesk (a repeated PUT adds a second comment): the layer repeats them only when Zendesk refused
// them with 429 or 503 and a Retry-After, which it did not carry out.

export interface WriteOptions {
  signal?: AbortSignal | undefined;
  headers?: Record<string, string>;
}

export class ZendeskClient {
  /** `https://acme.zendesk.com/` or the proxy's base. */
  readonly account: URL;
  readonly #http: HttpClient;

  constructor(options: ZendeskAdapterOptions, tokens: ZendeskTokens) {
    this.account = accountUrl(options);
    const resolved = resolveHttpOptions({
      ...options,
      baseUrl: new URL('api/v2/', this.account),
      // Zendesk's OAuth tokens travel in the header; cookies of a signed-in agent must not ride along.
      credentials: options.credentials ?? 'omit'
    });
    const source = new TokenSource({ getToken: () => tokens.current(), refreshToken: () => tokens.renew() });
    this.#http = createHttpClient(resolved, source, { readError: readZendeskError });
  }

  get<S extends z.ZodMiniType>(
    path: string,
    params: URLSearchParams | undefined,
    schema: S,
    what: string,
    signal?: AbortSignal
  ): Promise<z.infer<S>> {
    return this.#http.json({ method: 'get', path, ...(params ? { searchParams: params } : {}), signal }, schema, what);
  }

  post<S extends z.ZodMiniType>(path: string, json: unknown, schema: S, what: string, options: WriteOptions = {}) {
    const spec = { method: 'post', path, json, signal: options.signal, headers: options.headers ?? {} } as const;
    return this.#http.json(spec, schema, what);
  }

  put<S extends z.ZodMiniType>(path: string, json: unknown, schema: S, what: string, options: WriteOptions = {}) {
    const spec = { method: 'put', path, json, signal: options.signal, headers: options.headers ?? {} } as const;
    return this.#http.json(spec, schema, what);
  }

  /** A PUT whose answer carries nothing the adapter needs (Zendesk answers some with an empty body). */
  async putIgnoringAnswer(path: string, json: unknown, options: WriteOptions = {}): Promise<void> {
    await this.#http.send({ method: 'put', path, json, signal: options.signal, headers: options.headers ?? {} });
  }

  /** `POST /api/v2/uploads?filename=` with the file as the raw body; resolves with the successful answer's text. */
  async upload(
    file: File,
    params: URLSearchParams,
    options: { signal?: AbortSignal | undefined; onProgress?: ((sent: number, total: number) => void) | undefined }
  ): Promise<string> {
    const response = await this.#http.upload({
      path: 'uploads',
      searchParams: params,
      file,
      body: 'raw',
      signal: options.signal,
      onProgress: options.onProgress
    });
    if (!response.ok) throw await this.#http.errorOf(response);
    return response.text();
  }
}
