/**
 * What an element's ::before shows, as computed `content` gives it: a quoted string, or 'none'.
 *
 * Chromium resolves attr() in computed `content` (`"Cliente Final"`); Firefox gives it as written
 * (`attr(data-label)`), so that case is resolved here from the element's own attribute.
 */
export function beforeContent(element: Element): string {
  const content = getComputedStyle(element, '::before').content;
  const attribute = /^attr\(([\w-]+)\)$/.exec(content)?.[1];
  return attribute === undefined ? content : JSON.stringify(element.getAttribute(attribute) ?? '');
}
