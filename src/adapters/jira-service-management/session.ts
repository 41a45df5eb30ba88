import { HelpDeskError, isHelpDeskError, type Credentials, type Session, type User } from '../../core/index.js';
import { MYSELF, type CallContext } from './client.js';
import type { JiraContext } from './context.js';
import { MyselfDto } from './schemas.js';

// The proxy owns authentication. The host page passes a token its proxy understands (its own session token, a JWT
// of its sign-in ...); the proxy checks it, finds the customer's Atlassian accountId, and calls Jira for them. The
// adapter learns who that is from `GET rest/api/3/myself` on the proxy (Jira's platform "who am I", which the proxy
// forwards when it impersonates the customer, or answers itself from the token). A 401 there means "not signed in".
// Customers who sign in with a password do so on a page of the vendor's (`signInUrl`): Jira has no customer sign-in
// API at all.

function userOf(dto: { accountId: string; displayName?: string | undefined; emailAddress?: string | undefined }): User {
  return {
    id: dto.accountId,
    name: dto.displayName?.trim() || dto.emailAddress || dto.accountId,
    ...(dto.emailAddress ? { email: dto.emailAddress } : {})
  };
}

export class JiraSession {
  #cached: { token: string | undefined; user: Promise<User> } | undefined;

  constructor(private readonly ctx: JiraContext) {}

  /** Whether a call can carry credentials: a token, or cookies for a proxy that keeps its own session. */
  async #credentials(): Promise<{ usable: boolean; token: string | undefined }> {
    const token = await this.ctx.client.tokens.current();
    const cookies = this.ctx.client.resolved.credentials === 'include' && !this.ctx.client.tokens.signedOut;
    return { usable: token !== undefined || cookies, token };
  }

  /** The signed-in customer, read once per token. */
  async user(call: CallContext = {}): Promise<User> {
    const { usable, token } = await this.#credentials();
    if (!usable) throw new HelpDeskError('unauthorized', 'Sign in to continue.');
    if (!this.#cached || this.#cached.token !== token) {
      const user = this.ctx.client.get(MYSELF, undefined, MyselfDto, 'getSession()', call).then(userOf);
      const entry = { token, user };
      this.#cached = entry;
      user.catch(() => {
        if (this.#cached === entry) this.#cached = undefined;
      });
    }
    return this.#cached.user;
  }

  async getSession(call: CallContext = {}): Promise<Session | null> {
    if (!(await this.#credentials()).usable) return null;
    try {
      return { user: await this.user(call) };
    } catch (error) {
      if (isHelpDeskError(error, 'unauthorized')) return null;
      throw error;
    }
  }

  async signIn(credentials: Credentials, call: CallContext = {}): Promise<Session> {
    const capabilities = this.ctx.options;
    if (credentials?.kind !== 'token') {
      const where = capabilities.signInUrl ? ` Sign in at ${String(capabilities.signInUrl)}.` : '';
      throw new HelpDeskError('unsupported', `Jira Service Management has no password sign-in API.${where}`);
    }
    if ((capabilities.hostToken ?? true) === false) {
      throw new HelpDeskError('unsupported', 'This help desk does not take tokens from the host page.');
    }
    const token = typeof credentials.token === 'string' ? credentials.token.trim() : '';
    if (token === '') throw new HelpDeskError('unauthorized', 'The token is empty.');
    // Checked with the proxy before it is kept: a refused token leaves the adapter as it was.
    const dto = await this.ctx.client.get(MYSELF, undefined, MyselfDto, 'signIn()', {
      ...call,
      token,
      refresh: false
    });
    const user = userOf(dto);
    const tokens = this.ctx.client.tokens;
    tokens.hold(token);
    tokens.signedOut = false;
    this.#cached = { token: await tokens.current(), user: Promise.resolve(user) };
    return { user };
  }

  signOut(): Promise<void> {
    // Nothing to tell Jira: the token was the host's, and the proxy's session (if any) is the host's to end.
    this.ctx.client.tokens.drop();
    this.ctx.client.tokens.signedOut = true;
    this.#cached = undefined;
    return Promise.resolve();
  }
}
