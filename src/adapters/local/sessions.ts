import { Session, type User } from '../../core/index.js';
import { checked } from './checked.js';
import { isoNow, type LocalContext, type LocalState } from './context.js';
import type { LocalTransaction } from './database.js';
import { unauthorized } from './errors.js';
import type { CatalogRecord, SessionRecord, UserRecord } from './records.js';
import { hashToken, randomToken } from './tokens.js';

/** How long a session lasts after sign-in. */
const SESSION_DAYS = 7;

/** The public view of a user: never the password hash. */
export function toUser(catalog: CatalogRecord, user: UserRecord): User {
  const organization = catalog.organizations.find(org => org.id === user.organizationId);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    ...(organization ? { organization: { id: organization.id, name: organization.name } } : {})
  };
}

function toSession(catalog: CatalogRecord, user: UserRecord, record: SessionRecord): Session {
  return checked(Session, { user: toUser(catalog, user), expiresAt: record.expiresAt }, 'session');
}

/** Starts a session for `user`: a random token kept in this tab's session store, only its digest in the database. */
export async function startSession(ctx: LocalContext, user: UserRecord): Promise<Session> {
  const { db, catalog } = await ctx.state();
  const token = randomToken();
  const now = ctx.now();
  const record: SessionRecord = {
    tokenHash: await hashToken(token),
    userId: user.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString()
  };
  await db.put('sessions', record);
  ctx.sessionStore.set(token);
  sessionUsers.set(ctx, { tokenHash: record.tokenHash, user });
  ctx.bus.publish({ type: 'session-changed' });
  return toSession(catalog, user, record);
}

interface Current {
  user: UserRecord;
  session: SessionRecord;
}

/**
 * The user each adapter's session was last found with. The next call reads that user alongside the session (one
 * round trip instead of two) and uses it only if the session still names it.
 */
const sessionUsers = new WeakMap<LocalContext, { tokenHash: string; user: UserRecord }>();

/**
 * The user the session of `tokenHash` was last found with: a guess, for work started before the session is read,
 * that must be checked against what `requireUserIn` answers.
 */
export function lastUserOf(ctx: LocalContext, tokenHash: string | null): UserRecord | undefined {
  const known = sessionUsers.get(ctx);
  return tokenHash !== null && known?.tokenHash === tokenHash ? known.user : undefined;
}

/** The digest of this tab's session token, or null when signed out. Before a transaction: hashing is async. */
export async function sessionTokenHash(ctx: LocalContext): Promise<string | null> {
  const token = ctx.sessionStore.get();
  return token ? hashToken(token) : null;
}

/** The signed-in user, read inside the caller's transaction (which must cover `sessions` and `users`). */
export async function requireUserIn(
  ctx: LocalContext,
  tx: LocalTransaction,
  tokenHash: string | null
): Promise<UserRecord> {
  const found = await currentIn(ctx, tx, tokenHash);
  if (!found) throw unauthorized();
  return found.user;
}

async function current(ctx: LocalContext, state: LocalState): Promise<Current | null> {
  const tokenHash = await sessionTokenHash(ctx);
  if (!tokenHash) return null;
  // Session and user from one transaction: every call starts here.
  return currentIn(ctx, state.db.transaction(['sessions', 'users']), tokenHash);
}

async function currentIn(ctx: LocalContext, tx: LocalTransaction, tokenHash: string | null): Promise<Current | null> {
  if (!tokenHash) return null;
  const guess = lastUserOf(ctx, tokenHash)?.id;
  const [session, guessed] = await Promise.all([
    tx.objectStore('sessions').get(tokenHash),
    guess === undefined ? undefined : tx.objectStore('users').get(guess)
  ]);
  const valid = session !== undefined && session.expiresAt > isoNow(ctx);
  const user = !valid
    ? undefined
    : session.userId === guess
      ? guessed
      : await tx.objectStore('users').get(session.userId);
  if (!session || !user) {
    // Expired, signed out in another tab, or wiped by a reset: forget the token so the next call is cheap.
    ctx.sessionStore.clear();
    sessionUsers.delete(ctx);
    return null;
  }
  sessionUsers.set(ctx, { tokenHash, user });
  return { user, session };
}

export async function getSession(ctx: LocalContext): Promise<Session | null> {
  const state = await ctx.state();
  const found = await current(ctx, state);
  return found ? toSession(state.catalog, found.user, found.session) : null;
}

/** The signed-in user, or `unauthorized`: every case method starts here. */
export async function requireUser(ctx: LocalContext): Promise<UserRecord> {
  return (await requireCurrent(ctx)).user;
}

export async function requireCurrent(ctx: LocalContext): Promise<Current> {
  const found = await current(ctx, await ctx.state());
  if (!found) throw unauthorized();
  return found;
}

export async function endSession(ctx: LocalContext): Promise<void> {
  const token = ctx.sessionStore.get();
  ctx.sessionStore.clear();
  if (token) {
    const { db } = await ctx.state();
    await db.delete('sessions', await hashToken(token));
  }
  ctx.bus.publish({ type: 'session-changed' });
}

/** Ends every session of a user but `keep` (after a password change or reset, other devices must sign in again). */
export async function endOtherSessions(ctx: LocalContext, userId: string, keep?: string): Promise<void> {
  const { db } = await ctx.state();
  const tx = db.transaction('sessions', 'readwrite');
  for (const key of await tx.store.index('userId').getAllKeys(userId)) {
    if (key !== keep) await tx.store.delete(key);
  }
  await tx.done;
}
