import { effectiveMimeType, extensionOf } from './file-types.js';

/** Whether an accept list entry allows everything (`*`, `*\/*`). */
function isAnyType(entry: string): boolean {
  return entry === '*' || entry === '*/*';
}

/**
 * Whether a file passes an accept list written as for `<input accept>`: extensions (`.pdf`, matched against the end
 * of the name, any case), MIME wildcards (`image/*`) and exact MIME types. An empty list accepts everything. A file
 * the browser gave no MIME type is judged by the usual type of its extension.
 */
export function matchesAccept(accept: readonly string[], name: string, mimeType: string): boolean {
  const entries = accept.map(entry => entry.trim().toLowerCase()).filter(Boolean);
  if (entries.length === 0) return true;
  const lowerName = name.toLowerCase();
  const mime = effectiveMimeType(name, mimeType);
  return entries.some(entry => {
    if (isAnyType(entry)) return true;
    if (entry.startsWith('.')) return lowerName.endsWith(entry) && lowerName.length > entry.length;
    if (entry.endsWith('/*')) return mime.startsWith(entry.slice(0, -1));
    return mime === entry;
  });
}

/** The value for `<input type=file accept>`: the policy's list as the browser reads it. */
export function acceptAttribute(accept: readonly string[]): string {
  return accept
    .map(entry => entry.trim())
    .filter(Boolean)
    .join(',');
}

/** Whether the accept list lets any file through. */
export function acceptsAnything(accept: readonly string[]): boolean {
  const entries = accept.map(entry => entry.trim().toLowerCase()).filter(Boolean);
  return entries.length === 0 || entries.some(isAnyType);
}

export { extensionOf };
