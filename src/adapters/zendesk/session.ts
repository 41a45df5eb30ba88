import { HelpDeskError, isHelpDeskError, type Session } from '../../core/index.js';
import type { ZendeskClient } from './client.js';
import { unauthorized } from './errors.js';
import type { ZendeskTokens } from './tokens.js';
import { CurrentUserResponse } from './wire.js';

// Who is signed in: `GET /api/v2/users/me` with the host's OAuth token. Zendesk answers an anonymous user (no id)
// without a token, and 401 for a token it does not accept; both mean nobody is signed in.

export class ZendeskSession {
  #cache: { token: string; session: Session } | undefined;

  constructor(
    private readonly client: ZendeskClient,
    private readonly tokens: ZendeskTokens
  ) {}

  async #fetch(token: string, signal?: AbortSignal): Promise<Session | null> {
    let answer;
    try {
      answer = await this.client.get('users/me', undefined, CurrentUserResponse, 'the signed-in user', signal);
    } catch (error) {
      if (isHelpDeskError(error, 'unauthorized')) return null;
      throw error;
    }
    const { user } = answer;
    if (user.id === null || user.id === undefined) return null;
    const session: Session = {
      user: { id: String(user.id), name: user.name, ...(user.email ? { email: user.email } : {}) }
    };
    // The token may have been renewed during the call: the session belongs to whatever is current now.
    this.#cache = { token: (await this.tokens.current()) ?? token, session };
    return session;
  }

  /** The current session, asked of Zendesk every time. */
  async current(signal?: AbortSignal): Promise<Session | null> {
    const token = await this.tokens.current();
    if (!token) return null;
    return this.#fetch(token, signal);
  }

  /** The session for calls that need one: known already for this token, or asked of Zendesk; else `unauthorized`. */
  async require(signal?: AbortSignal): Promise<Session> {
    const token = await this.tokens.current();
    if (!token) throw unauthorized();
    if (this.#cache?.token === token) return this.#cache.session;
    const session = await this.#fetch(token, signal);
    if (!session) throw unauthorized();
    return session;
  }

  async signIn(token: string, signal?: AbortSignal): Promise<Session> {
    this.tokens.hold(token);
    const session = await this.#fetch(token, signal).catch(error => {
      this.tokens.drop(false);
      throw error;
    });
    if (!session) {
      this.tokens.drop(false);
      this.#cache = undefined;
      throw new HelpDeskError('unauthorized', 'Zendesk did not accept the token.', { reason: 'bad-token' });
    }
    return session;
  }

  signOut(): void {
    this.tokens.drop(true);
    this.#cache = undefined;
  }
}
