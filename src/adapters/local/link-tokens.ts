import { HelpDeskError } from '../../core/index.js';
import type { LocalContext } from './context.js';
import type { LinkTokenKind, LinkTokenRecord } from './records.js';
import { hashToken, randomToken } from './tokens.js';

/** How long each kind of link lasts. Host tokens stand for the host page's own sign-in, so they last a day. */
export const LINK_HOURS: Record<LinkTokenKind, number> = { signup: 24, reset: 1, host: 24 };

/** Makes a token for `emailKey`; only its digest is stored, the token itself goes into the mail (or to the host). */
export async function issueLinkToken(ctx: LocalContext, kind: LinkTokenKind, emailKey: string): Promise<string> {
  const token = randomToken();
  const now = ctx.now();
  const record: LinkTokenRecord = {
    tokenHash: await hashToken(token),
    kind,
    emailKey,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + LINK_HOURS[kind] * 3_600_000).toISOString()
  };
  const { db } = await ctx.state();
  await db.put('linkTokens', record);
  return token;
}

/**
 * The live record behind a token of this kind, or `invalid` with the reason the UI explains: `unknown-link`
 * (never issued, or issued for something else), `used-link`, `expired-link`. Run it again on the store of the transaction
 * that uses the token, so two tabs cannot both use one link.
 */
export async function liveLinkToken(
  ctx: LocalContext,
  store: { get(key: string): Promise<LinkTokenRecord | undefined> },
  kind: LinkTokenKind,
  tokenHash: string
): Promise<LinkTokenRecord> {
  const record = await store.get(tokenHash);
  if (!record || record.kind !== kind) throw linkError('unknown-link', 'This link is not valid.');
  if (record.usedAt !== undefined) throw linkError('used-link', 'This link was already used.');
  if (record.expiresAt <= ctx.now().toISOString()) throw linkError('expired-link', 'This link has expired.');
  return record;
}

/** The digest of a token as typed or taken from a link; anything that is not a token is an unknown link. */
export async function tokenDigest(token: unknown): Promise<string> {
  if (typeof token !== 'string' || token.trim() === '') throw linkError('unknown-link', 'This link is not valid.');
  return hashToken(token.trim());
}

function linkError(reason: string, message: string): HelpDeskError {
  return new HelpDeskError('invalid', message, { reason });
}
