/**
 * Pastes `data` into `target` as the browser does when the user pastes: a `paste` event that bubbles out of shadow
 * roots, whose `clipboardData` holds what was copied.
 *
 * `clipboardData` is set on the event itself, not through ClipboardEvent's init: Firefox copies a script's
 * `clipboardData` into a new, empty DataTransfer (only a real paste has data), while Chromium keeps it.
 * Returns false when a listener called preventDefault().
 */
export function pasteInto(target: EventTarget, data: DataTransfer): boolean {
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'clipboardData', { value: data });
  return target.dispatchEvent(event);
}

/** A DataTransfer holding `text` of each type, as a copy from a page or a text editor gives it. */
export function copiedText(data: Record<string, string>): DataTransfer {
  const transfer = new DataTransfer();
  for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
  return transfer;
}
