import ky, { isHTTPError, type KyInstance, type Options, type RetryOptions } from 'ky';
import type * as z from 'zod/mini';
import { HelpDeskError } from '../../core/index.js';
import { errorFromResponse, readProblem, retryAfterSeconds, toHttpError, type ErrorReader } from './errors.js';
import type { ResolvedHttpOptions } from './options.js';
import { parseChecked } from './responses.js';
import type { TokenSource } from './tokens.js';
import { uploadFile, type UploadBody } from './upload.js';

// The network layer every HTTP adapter builds on (REST, Jira Service Management, Zendesk). What is a backend's own
// stays in its adapter's folder: paths, headers, bodies, and the shape of its error answers (an ErrorReader).

/**
 * When a failed request is sent again (up to `retries` times):
 * - `safe`: after a network failure or a 408/429/500/502/503/504, with back-off and Retry-After. For reads, and for
 *   writes whose repeat changes nothing (a create with an Idempotency-Key, closing a closed case, a DELETE).
 * - `refused`: only after a 429 or 503 that carried Retry-After: the backend says it did not carry the write out.
 * - `never`: the adapter repeats it itself, or not at all.
 */
export type RepeatPolicy = 'safe' | 'refused' | 'never';

/** Statuses with which a backend refuses a request it did not carry out, when it says when to come back. */
const REFUSED_STATUSES: readonly number[] = [429, 503];

export interface RequestSpec {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Relative to the base URL, without a leading slash. */
  path: string;
  searchParams?: URLSearchParams;
  json?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Default: `safe` for GET, the client's `writes` policy for POST, PUT and DELETE. */
  repeat?: RepeatPolicy;
  /** Whether a 401 asks for a new token and repeats the request; false for sign-in and the account links. */
  refresh?: boolean;
}

export interface UploadSpec {
  /** Relative to the base URL, without a leading slash. */
  path: string;
  searchParams?: URLSearchParams;
  file: File;
  /** Default `multipart`. */
  body?: UploadBody;
  /** Over the client's own headers. */
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  onProgress?: ((sent: number, total: number) => void) | undefined;
}

interface Context {
  refresh?: boolean;
}

export interface HttpClientConfig {
  /** How the backend's error answers read. Default: problem+json (`readProblem`). */
  readError?: ErrorReader;
  /** The RepeatPolicy of writes whose spec names none. Default `refused`. */
  writes?: RepeatPolicy;
}

export interface HttpClient {
  /** Sends a request and returns the successful response; any failure is thrown as `toHttpError` says. */
  send(spec: RequestSpec): Promise<Response>;
  /** Sends a request and returns its JSON answer checked against `schema`. */
  json<S extends z.ZodMiniType>(spec: RequestSpec, schema: S, what: string): Promise<z.infer<S>>;
  /**
   * Uploads a file with progress and cancel (never repeated, but once with a new token after a 401). Resolves with
   * the answer whatever its status, so the caller can tell refusals apart; `errorOf` turns a refused one into an error.
   */
  upload(spec: UploadSpec): Promise<Response>;
  /** A failed answer as a HelpDeskError, read with the client's ErrorReader. */
  errorOf(response: Response): Promise<HelpDeskError>;
}

/**
 * The ky instance every JSON call goes through:
 * - `prefixUrl` is the base URL, `timeout` the time to wait for an answer to start;
 * - retries as the request's RepeatPolicy says, with exponential back-off (and ±20 % jitter), waiting for
 *   `Retry-After` where the backend sends one, unless it asks for longer than `maxRetryAfterMs` (then the call fails
 *   at once and the UI says how long to wait);
 * - a `beforeRequest` hook puts the bearer token in `Authorization`;
 * - an `afterResponse` hook answers a 401 by asking the host for a new token once and sending the request again;
 * - failed answers become HelpDeskErrors through `config.readError`.
 */
export function createHttpClient(
  options: ResolvedHttpOptions,
  tokens: TokenSource,
  config: HttpClientConfig = {}
): HttpClient {
  const readError = config.readError ?? readProblem;
  const writes = config.writes ?? 'refused';
  /** Whether the backend asks for a pause longer than the adapter waits by itself. */
  const tooLong = (seconds: number | undefined) => seconds !== undefined && seconds * 1000 > options.maxRetryAfterMs;

  const retry = (spec: RequestSpec): RetryOptions => {
    const repeat = spec.repeat ?? (spec.method === 'get' ? 'safe' : writes);
    if (repeat === 'never') return { limit: 0 };
    return {
      limit: options.retries,
      methods: [spec.method],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 502, 503, 504],
      maxRetryAfter: options.maxRetryAfterMs,
      backoffLimit: 10_000,
      delay: attempt => options.retryDelayMs * 2 ** (attempt - 1),
      jitter: delay => delay * (0.8 + Math.random() * 0.4),
      shouldRetry: ({ error }) => {
        if (!isHTTPError(error)) return repeat === 'safe' ? undefined : false;
        const seconds = retryAfterSeconds(error.response.headers);
        // A backend that asks for a long pause gets it from the user, not from a spinner.
        if (tooLong(seconds)) return false;
        if (repeat === 'safe') return undefined;
        return seconds !== undefined && REFUSED_STATUSES.includes(error.response.status) ? undefined : false;
      }
    };
  };

  const base: KyInstance = ky.create({
    prefixUrl: options.baseUrl.href,
    timeout: options.timeoutMs,
    credentials: options.credentials,
    headers: { accept: 'application/json', ...options.headers },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: {
      beforeRequest: [
        async request => {
          if (request.headers.has('authorization')) return;
          const token = await tokens.current();
          if (token) request.headers.set('authorization', `Bearer ${token}`);
        }
      ]
    }
  });

  const api = base.extend({
    hooks: {
      afterResponse: [
        async (request, normalized, response) => {
          if (response.status !== 401 || (normalized.context as Context).refresh === false) return undefined;
          const used = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') || undefined;
          const fresh = await tokens.refresh(used);
          if (!fresh) return undefined;
          // Once only: the repeat goes through the instance without this hook.
          return base(request, {
            headers: { authorization: `Bearer ${fresh}` },
            retry: normalized.retry,
            timeout: options.timeoutMs,
            context: { refresh: false }
          });
        }
      ]
    }
  });

  /** The request, and a switch that aborts its body when the body stalls (ky's timeout ends at the headers). */
  async function exchange(spec: RequestSpec): Promise<{ response: Response; stall: AbortController }> {
    const stall = new AbortController();
    const signal = spec.signal ? AbortSignal.any([spec.signal, stall.signal]) : stall.signal;
    const request: Options = {
      method: spec.method,
      signal,
      retry: retry(spec),
      context: { refresh: spec.refresh ?? true } satisfies Context,
      ...(spec.searchParams ? { searchParams: spec.searchParams } : {}),
      ...(spec.json === undefined ? {} : { json: spec.json }),
      ...(spec.headers ? { headers: spec.headers } : {})
    };
    try {
      return { response: await api(spec.path, request), stall };
    } catch (error) {
      throw await toHttpError(error, spec.signal, readError);
    }
  }

  async function send(spec: RequestSpec): Promise<Response> {
    return (await exchange(spec)).response;
  }

  async function json<S extends z.ZodMiniType>(spec: RequestSpec, schema: S, what: string): Promise<z.infer<S>> {
    const { response, stall } = await exchange(spec);
    const timer = setTimeout(
      () => stall.abort(new DOMException('The answer stalled.', 'AbortError')),
      options.timeoutMs
    );
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (stall.signal.aborted && !spec.signal?.aborted) {
        throw new HelpDeskError('timeout', 'The answer of the help desk stalled.', { cause: error });
      }
      throw await toHttpError(error, spec.signal, readError);
    } finally {
      clearTimeout(timer);
    }
    return parseChecked(schema, text, what);
  }

  async function upload(spec: UploadSpec): Promise<Response> {
    const url = new URL(spec.path, options.baseUrl);
    if (spec.searchParams) url.search = spec.searchParams.toString();
    return uploadFile(
      {
        url: url.href,
        body: spec.body ?? 'multipart',
        headers: { ...options.headers, ...spec.headers },
        withCredentials: options.credentials === 'include',
        timeoutMs: options.timeoutMs,
        uploadTimeoutMs: options.uploadTimeoutMs,
        currentToken: () => tokens.current(),
        refreshToken: used => tokens.refresh(used)
      },
      spec.file,
      { signal: spec.signal, onProgress: spec.onProgress }
    );
  }

  return { send, json, upload, errorOf: response => errorFromResponse(response, readError) };
}
