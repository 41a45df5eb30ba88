import { HelpDeskError } from '../../core/index.js';
import type { LocalContext } from './context.js';

/** Five failures for one login within fifteen minutes lock that login until the oldest failure ages out. */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;

/**
 * Throws `rate-limited` while `login` is locked. The count lives in the database, so reloading the page or opening
 * another tab does not reset it; it is kept for unknown logins too, so a lock-out reveals nothing about accounts.
 */
export async function assertNotLocked(ctx: LocalContext, login: string): Promise<void> {
  const { db } = await ctx.state();
  const now = ctx.now().getTime();
  const failures = recent((await db.get('signInFailures', login))?.failures ?? [], now);
  if (failures.length >= MAX_FAILURES) {
    const retryAfterSeconds = Math.max(1, Math.ceil(((failures[0] ?? now) + WINDOW_MS - now) / 1000));
    throw new HelpDeskError('rate-limited', 'Too many failed sign-in attempts. Try again later.', {
      retryAfterSeconds,
      reason: 'too-many-failures'
    });
  }
}

export async function recordFailure(ctx: LocalContext, login: string): Promise<void> {
  const { db } = await ctx.state();
  const now = ctx.now().getTime();
  const tx = db.transaction('signInFailures', 'readwrite');
  const failures = recent((await tx.store.get(login))?.failures ?? [], now);
  await tx.store.put({ login, failures: [...failures, now] });
  await tx.done;
}

export async function clearFailures(ctx: LocalContext, login: string): Promise<void> {
  const { db } = await ctx.state();
  await db.delete('signInFailures', login);
}

function recent(failures: number[], now: number): number[] {
  return failures.filter(time => time > now - WINDOW_MS).sort((a, b) => a - b);
}
