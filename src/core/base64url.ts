// base64url (RFC 4648 §5, without padding) of UTF-8 text: what adapters make their opaque page cursors of, safe in
// URLs, URL fragments and storage keys alike.

export function textToBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws when `text` is not base64url of valid UTF-8 (a cursor someone made up or cut short). */
export function base64UrlToText(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new SyntaxError('Not base64url.');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, char => char.charCodeAt(0)));
}
