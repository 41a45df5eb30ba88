import ky, { isHTTPError, type KyInstance, type Options, type RetryOptions } from 'ky';
import type * as z from 'zod/mini';
import { HelpDeskError } from '../../core/index.js';
import { retryAfterSeconds, toRestError } from './errors.js';
import type { ResolvedRestOptions } from './options.js';
import { parseChecked } from './responses.js';
import type { TokenSource } from './tokens.js';

/** Methods that are safe to repeat: ky retries them by default. */
const SAFE_METHODS: NonNullable<RetryOptions['methods']> = ['get', 'head', 'options', 'put', 'delete'];

export interface RequestSpec {
  method: 'get' | 'post' | 'delete';
  /** Relative to the base URL, without a leading slash. */
  path: string;
  searchParams?: URLSearchParams;
  json?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** A POST that may be repeated: a create with an Idempotency-Key, or an action whose repeat changes nothing. */
  idempotent?: boolean;
  /** Whether a 401 asks for a new token and repeats the request; false for sign-in and the account links. */
  refresh?: boolean;
}

interface Context {
  refresh?: boolean;
}

export interface HttpClient {
  /** Sends a request and returns the successful response; any failure is thrown as `toRestError` says. */
  send(spec: RequestSpec): Promise<Response>;
  /** Sends a request and returns its JSON answer checked against `schema`. */
  json<S extends z.ZodMiniType>(spec: RequestSpec, schema: S, what: string): Promise<z.infer<S>>;
}

/**
 * The ky instance every JSON call goes through:
 * - `prefixUrl` is the contract's base URL, `timeout` the time to wait for an answer to start;
 * - retries with exponential back-off (and ±20 % jitter) for safe requests and idempotent POSTs, after network
 *   failures and 408/429/500/502/503/504, waiting for `Retry-After` where the backend sends one, unless it asks for
 *   longer than `maxRetryAfterMs` (then the call fails at once and the UI says how long to wait);
 * - a `beforeRequest` hook puts the bearer token in `Authorization`;
 * - an `afterResponse` hook answers a 401 by asking the host for a new token once and sending the request again.
 */
export function createHttpClient(options: ResolvedRestOptions, tokens: TokenSource): HttpClient {
  const retry = (methods: NonNullable<RetryOptions['methods']>): RetryOptions => ({
    limit: options.retries,
    methods,
    statusCodes: [408, 429, 500, 502, 503, 504],
    afterStatusCodes: [429, 502, 503, 504],
    maxRetryAfter: options.maxRetryAfterMs,
    backoffLimit: 10_000,
    delay: attempt => options.retryDelayMs * 2 ** (attempt - 1),
    jitter: delay => delay * (0.8 + Math.random() * 0.4),
    shouldRetry: ({ error }) => {
      if (!isHTTPError(error)) return undefined;
      const seconds = retryAfterSeconds(error.response.headers);
      // A backend that asks for a long pause gets it from the user, not from a spinner.
      return seconds !== undefined && seconds * 1000 > options.maxRetryAfterMs ? false : undefined;
    }
  });

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
      retry: retry(spec.idempotent ? [...SAFE_METHODS, 'post'] : SAFE_METHODS),
      context: { refresh: spec.refresh ?? true } satisfies Context,
      ...(spec.searchParams ? { searchParams: spec.searchParams } : {}),
      ...(spec.json === undefined ? {} : { json: spec.json }),
      ...(spec.headers ? { headers: spec.headers } : {})
    };
    try {
      return { response: await api(spec.path, request), stall };
    } catch (error) {
      throw await toRestError(error, spec.signal);
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
      throw await toRestError(error, spec.signal);
    } finally {
      clearTimeout(timer);
    }
    return parseChecked(schema, text, what);
  }

  return { send, json };
}
