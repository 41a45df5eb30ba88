// Where focus is, for elements that move it after their content changes: they take focus along only when the
// customer was in them, or when focus was lost (the element it was on left the page), never from elsewhere.

/** Whether focus is on something inside this element's shadow root. */
export function focusIsInside(host: Element): boolean {
  return (host.shadowRoot?.activeElement ?? null) !== null;
}

/** Whether focus is on nothing: the page itself (after the element that had it was removed). */
export function focusIsNowhere(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}
