import type { HttpOptions } from '../http/options.js';

/** How to reach the vendor's implementation of the REST contract (docs/openapi.yaml), and how patient to be. */
export interface RestAdapterOptions extends HttpOptions {
  /** Base URL of the contract, absolute or relative to the page (`https://support.example.com/helpdesk/v1/`). */
  baseUrl: string | URL;
  /**
   * A bearer token to start with. The adapter manages it from then on: `signIn()` and `completeSignup()` replace it,
   * `refreshToken()` renews it, `signOut()` forgets it. Kept in memory only.
   */
  token?: string;
  /**
   * Host-managed tokens: called before every request, and its answer is the bearer token (none when it gives
   * nothing). Use it when the host page owns the customer's sign-in; tokens from `signIn()` are then not used.
   */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /**
   * Called when a request is refused with 401, at most once per request (concurrent refusals share one call). It
   * resolves to a new token, which the request is sent again with, or to null/undefined (or rejects) when the host
   * cannot renew it: the call then fails with `unauthorized`.
   */
  refreshToken?: () => Promise<string | null | undefined>;
  /** How often safe requests (GET) and keyed creates are retried after a network failure or a 408/429/5xx. Default 2. */
  retries?: number;
  /** The fetch to use (instrumentation, tests); uploads use XMLHttpRequest and the change stream EventSource. */
  fetch?: typeof globalThis.fetch;
}
