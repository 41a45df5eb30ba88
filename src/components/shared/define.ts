/**
 * Registers a tag unless it is already taken. A page may load the widget twice (the script tag and an app's own
 * import), and `customElements.define` would throw on the second call.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
