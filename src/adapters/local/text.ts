// Text folding for search: "Cancelación" and "cancelacion" must find each other, whatever the case.

/** Lower case, accents and other combining marks removed, runs of white space collapsed. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The folded words of `text` (letters and digits), for word-based matching. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether every word of `query` occurs somewhere in the already folded `key`. An empty query matches all. */
export function matchesQuery(key: string, query: string): boolean {
  return words(query).every(word => key.includes(word));
}

/** Logins are e-mail addresses, compared without case and surrounding spaces. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}
