/** Where a bearer token comes from (each adapter's options document them for its backend). */
export interface TokenOptions {
  /** A token to start with. */
  token?: string | undefined;
  /** Host-managed tokens, asked before every request. */
  getToken?: (() => string | null | undefined | Promise<string | null | undefined>) | undefined;
  /** Asked for a new token when one is refused (401). */
  refreshToken?: (() => Promise<string | null | undefined>) | undefined;
}

/**
 * Where the bearer token comes from: the host (`getToken`), or the adapter itself (the `token` option, then what
 * sign-in and refresh give). Tokens live in memory only.
 */
export class TokenSource {
  #held: string | undefined;
  #refreshing: Promise<string | undefined> | undefined;

  constructor(private readonly options: TokenOptions) {
    this.#held = options.token;
  }

  async current(): Promise<string | undefined> {
    if (this.options.getToken) return (await this.options.getToken()) ?? undefined;
    return this.#held;
  }

  /** Keeps a token the backend gave (sign-in, signup). Host-managed tokens ignore it. */
  hold(token: string): void {
    this.#held = token;
  }

  drop(): void {
    this.#held = undefined;
  }

  /**
   * A new token after `used` was refused, or undefined when there is none. If the token changed since `used` was
   * sent (another request refreshed it meanwhile, or the user signed in again), that one is tried without asking the
   * host; concurrent refusals share one `refreshToken()` call.
   */
  async refresh(used: string | undefined): Promise<string | undefined> {
    const refresh = this.options.refreshToken;
    const now = await this.current().catch(() => undefined);
    if (now !== undefined && now !== used) return now;
    if (!refresh) return undefined;
    this.#refreshing ??= (async () => {
      try {
        const token = (await refresh()) ?? undefined;
        if (token !== undefined && token !== '' && !this.options.getToken) this.#held = token;
        return token || undefined;
      } catch {
        // A host that cannot renew the token: the original 401 stands.
        return undefined;
      } finally {
        this.#refreshing = undefined;
      }
    })();
    return this.#refreshing;
  }
}
