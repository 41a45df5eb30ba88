import { base64UrlToBytes, bytesToBase64Url } from './encoding.js';
import type { PasswordHash } from './records.js';

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const DEFAULT_PASSWORD_ITERATIONS = 600_000;

const SALT_BYTES = 16;
const HASH_BITS = 256;

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    HASH_BITS
  );
  return new Uint8Array(bits);
}

/** Hashes a password with a fresh random salt. The password itself is never stored. */
export async function hashPassword(password: string, iterations: number): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, iterations);
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: bytesToBase64Url(salt), hash: bytesToBase64Url(hash) };
}

/**
 * Whether `password` matches `stored`. Pass no `stored` for an unknown login: a hash is still computed, so the
 * answer takes as long as for a real account and timing does not reveal which logins exist.
 */
export async function verifyPassword(
  password: string,
  stored: PasswordHash | undefined,
  iterations: number
): Promise<boolean> {
  if (!stored) {
    await hashPassword(password, iterations);
    return false;
  }
  const actual = await derive(password, base64UrlToBytes(stored.salt), stored.iterations);
  return constantTimeEqual(actual, base64UrlToBytes(stored.hash));
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}
