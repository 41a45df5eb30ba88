import { bytesToBase64Url } from './encoding.js';

/** 32 random bytes (256 bits) as base64url: unguessable session, link and host tokens. */
export function randomToken(byteLength = 32): string {
  return bytesToBase64Url(crypto.getRandomValues(new Uint8Array(byteLength)));
}

/** The last token hashed: every call of a signed-in tab hashes the same session token, so it is kept. */
let lastHashed: { token: string; hash: string } | undefined;

/**
 * SHA-256 of a token, as base64url. Only this digest is stored, so whoever reads the database cannot use the
 * tokens; a plain digest (no salt, no stretching) is enough because the tokens themselves are 256 random bits.
 */
export async function hashToken(token: string): Promise<string> {
  if (token === lastHashed?.token) return lastHashed.hash;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  const hash = bytesToBase64Url(new Uint8Array(digest));
  lastHashed = { token, hash };
  return hash;
}

export function randomId(): string {
  return crypto.randomUUID();
}

const REFERENCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Random characters from [A-Z0-9], without modulo bias (bytes of 252 and above are drawn again). */
export function randomCode(length: number): string {
  const limit = 256 - (256 % REFERENCE_ALPHABET.length);
  let code = '';
  while (code.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && code.length < length) code += REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length];
    }
  }
  return code;
}
