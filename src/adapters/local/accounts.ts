import { HelpDeskError, type Credentials, type Session } from '../../core/index.js';
import { checkPassword as checkPasswordPolicy, DEFAULT_PASSWORD_POLICY } from '../../core/password-policy.js';
import { requireCapability } from './capability-defaults.js';
import type { LocalContext } from './context.js';
import { invalid, wrongCredentials } from './errors.js';
import { issueLinkToken, LINK_HOURS, liveLinkToken, tokenDigest } from './link-tokens.js';
import { sendMail } from './mailbox.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { UserRecord } from './records.js';
import { endOtherSessions, requireCurrent, startSession } from './sessions.js';
import { assertNotLocked, clearFailures, recordFailure } from './sign-in-limit.js';
import { emailKey } from './text.js';
import { randomId } from './tokens.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkedEmail(ctx: LocalContext, email: unknown): string {
  if (typeof email !== 'string' || !EMAIL.test(email.trim())) {
    throw invalid('Not an e-mail address.', { email: ctx.messages.emailInvalid });
  }
  return email.trim();
}

function isApi(flow: { mode: string }): boolean {
  return flow.mode === 'api';
}

export async function signIn(ctx: LocalContext, credentials: Credentials): Promise<Session> {
  if (credentials?.kind === 'token') return signInWithHostToken(ctx, credentials.token);
  if (credentials?.kind !== 'password') throw invalid('Unknown kind of credentials.', {});
  requireCapability(isApi(ctx.capabilities.accounts.passwordSignIn), 'password sign-in');
  const login = emailKey(String(credentials.login ?? ''));
  await assertNotLocked(ctx, login);
  const { db } = await ctx.state();
  const user = login === '' ? undefined : await db.getFromIndex('users', 'emailKey', login);
  if (!(await verifyPassword(String(credentials.password ?? ''), user?.password, ctx.passwordIterations)) || !user) {
    await recordFailure(ctx, login);
    throw wrongCredentials();
  }
  await clearFailures(ctx, login);
  return startSession(ctx, user);
}

async function signInWithHostToken(ctx: LocalContext, token: unknown): Promise<Session> {
  requireCapability(ctx.capabilities.accounts.hostToken, 'host sign-in');
  const { db } = await ctx.state();
  const digest = typeof token === 'string' && token !== '' ? await tokenDigest(token) : undefined;
  const record = digest === undefined ? undefined : await db.get('linkTokens', digest);
  const live = record?.kind === 'host' && record.expiresAt > ctx.now().toISOString();
  const user = live ? await db.getFromIndex('users', 'emailKey', record.emailKey) : undefined;
  if (!user) throw new HelpDeskError('unauthorized', 'The host token is not valid.', { reason: 'bad-token' });
  return startSession(ctx, user);
}

/** Always resolves the same way: a new address gets a signup link, a known one a "you already have an account". */
export async function requestSignupLink(ctx: LocalContext, email: string): Promise<void> {
  requireCapability(isApi(ctx.capabilities.accounts.signup), 'signup');
  const address = checkedEmail(ctx, email);
  const { db } = await ctx.state();
  if (await db.getFromIndex('users', 'emailKey', emailKey(address))) {
    await sendMail(ctx, address, 'already-registered');
    return;
  }
  const token = await issueLinkToken(ctx, 'signup', emailKey(address));
  await sendMail(ctx, address, 'signup', { kind: 'signup', token, hours: LINK_HOURS.signup });
}

export async function completeSignup(
  ctx: LocalContext,
  input: { token: string; name: string; password: string }
): Promise<Session> {
  requireCapability(isApi(ctx.capabilities.accounts.signup), 'signup');
  const digest = await tokenDigest(input?.token);
  const { db } = await ctx.state();
  const link = await liveLinkToken(ctx, db.transaction('linkTokens').store, 'signup', digest);
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  const errors: Record<string, string> = {};
  if (name === '') errors['name'] = ctx.messages.nameRequired;
  const passwordProblem = checkPassword(ctx, input.password);
  if (passwordProblem) errors['password'] = passwordProblem;
  if (Object.keys(errors).length > 0) throw invalid('Some fields need attention.', errors);

  const user: UserRecord = {
    id: randomId(),
    name,
    email: link.emailKey,
    emailKey: link.emailKey,
    password: await hashPassword(input.password, ctx.passwordIterations),
    createdAt: ctx.now().toISOString()
  };
  const tx = db.transaction(['linkTokens', 'users'], 'readwrite');
  const stillLive = await liveLinkToken(ctx, tx.objectStore('linkTokens'), 'signup', digest);
  if (await tx.objectStore('users').index('emailKey').get(user.emailKey)) {
    throw new HelpDeskError('conflict', 'This address has an account already: sign in instead.');
  }
  await tx.objectStore('linkTokens').put({ ...stillLive, usedAt: user.createdAt });
  await tx.objectStore('users').add(user);
  await tx.done;
  return startSession(ctx, user);
}

/** Always resolves the same way; only an existing account gets a mail. */
export async function requestPasswordReset(ctx: LocalContext, email: string): Promise<void> {
  requireCapability(isApi(ctx.capabilities.accounts.passwordReset), 'password reset');
  const address = checkedEmail(ctx, email);
  const { db } = await ctx.state();
  const user = await db.getFromIndex('users', 'emailKey', emailKey(address));
  if (!user) return;
  const token = await issueLinkToken(ctx, 'reset', user.emailKey);
  await sendMail(ctx, user.email, 'reset', { kind: 'reset', token, hours: LINK_HOURS.reset });
}

export async function completePasswordReset(
  ctx: LocalContext,
  input: { token: string; password: string }
): Promise<void> {
  requireCapability(isApi(ctx.capabilities.accounts.passwordReset), 'password reset');
  const digest = await tokenDigest(input?.token);
  const { db } = await ctx.state();
  await liveLinkToken(ctx, db.transaction('linkTokens').store, 'reset', digest);
  const passwordProblem = checkPassword(ctx, input.password);
  if (passwordProblem) throw invalid('The password needs attention.', { password: passwordProblem });
  const password = await hashPassword(input.password, ctx.passwordIterations);

  const now = ctx.now().toISOString();
  const tx = db.transaction(['linkTokens', 'users'], 'readwrite');
  const link = await liveLinkToken(ctx, tx.objectStore('linkTokens'), 'reset', digest);
  const user = await tx.objectStore('users').index('emailKey').get(link.emailKey);
  if (!user) throw new HelpDeskError('invalid', 'This link is not valid.', { reason: 'unknown-link' });
  await tx.objectStore('linkTokens').put({ ...link, usedAt: now });
  await tx.objectStore('users').put({ ...user, password });
  await tx.done;
  // Whoever knew the old password is signed out everywhere, and the owner is told.
  await endOtherSessions(ctx, user.id);
  await clearFailures(ctx, user.emailKey);
  await sendMail(ctx, user.email, 'password-changed');
}

export async function changePassword(ctx: LocalContext, input: { current: string; next: string }): Promise<void> {
  requireCapability(isApi(ctx.capabilities.accounts.changePassword), 'password change');
  const { user, session } = await requireCurrent(ctx);
  // Guessing the current password here counts against the same lock-out as signing in.
  await assertNotLocked(ctx, user.emailKey);
  const errors: Record<string, string> = {};
  if (!(await verifyPassword(String(input?.current ?? ''), user.password, ctx.passwordIterations))) {
    await recordFailure(ctx, user.emailKey);
    errors['current'] = ctx.messages.currentPasswordWrong;
  }
  const nextProblem = checkPassword(ctx, input?.next);
  if (nextProblem) errors['next'] = nextProblem;
  if (Object.keys(errors).length > 0) throw invalid('Some fields need attention.', errors);

  const password = await hashPassword(input.next, ctx.passwordIterations);
  const { db } = await ctx.state();
  const tx = db.transaction('users', 'readwrite');
  const fresh = await tx.store.get(user.id);
  if (fresh) await tx.store.put({ ...fresh, password });
  await tx.done;
  await endOtherSessions(ctx, user.id, session.tokenHash);
  await sendMail(ctx, user.email, 'password-changed');
}

/**
 * The core policy's length rules (at least 8 characters, at most 256). Strength is the form's job: it shows the
 * meter and explains; the backend only refuses what is plainly too short or absurdly long.
 */
function checkPassword(ctx: LocalContext, password: unknown): string | undefined {
  const { minLength, maxLength } = DEFAULT_PASSWORD_POLICY;
  if (typeof password !== 'string') return ctx.messages.passwordTooShort(minLength);
  const { problem } = checkPasswordPolicy(password, { minScore: 0 });
  if (problem === 'too-long') return ctx.messages.passwordTooLong(maxLength);
  return problem ? ctx.messages.passwordTooShort(minLength) : undefined;
}
