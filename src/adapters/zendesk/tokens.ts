import type { ZendeskAdapterOptions } from './options.js';

/**
 * The end user's OAuth access token, in memory only. It comes from the host: at start (`token`), on every request
 * (`getToken`), or through `signIn({ kind: 'token' })`, which wins over the other two until `signOut()`. After
 * `signOut()` no token is sent, whatever the host gives, until the next `signIn()`.
 */
export class ZendeskTokens {
  #held: string | undefined;
  #signedOut = false;

  constructor(private readonly options: Pick<ZendeskAdapterOptions, 'token' | 'getToken' | 'refreshToken'>) {
    this.#held = options.token || undefined;
  }

  async current(): Promise<string | undefined> {
    if (this.#signedOut) return undefined;
    if (this.#held) return this.#held;
    return (await this.options.getToken?.()) || undefined;
  }

  hold(token: string): void {
    this.#held = token;
    this.#signedOut = false;
  }

  /** Forgets the token; with `signedOut` the host's `getToken` is not asked either until the next sign-in. */
  drop(signedOut: boolean): void {
    this.#held = undefined;
    this.#signedOut = signedOut;
  }

  /** A new token from the host after Zendesk refused one, or undefined. */
  async renew(): Promise<string | undefined> {
    if (this.#signedOut || !this.options.refreshToken) return undefined;
    const token = (await this.options.refreshToken()) || undefined;
    if (token) this.#held = token;
    return token;
  }
}
