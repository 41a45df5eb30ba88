// Rich text typed in the widget (HTML from hd-rich-text: bold, italic, underline, lists, links) becomes Jira wiki
// markup, which is what `requestFieldValues.description` and comment bodies take when `isAdfRequest` is false.
// Only the formatting the editor produces is translated; any other element keeps just its text.

const INLINE: Readonly<Record<string, [string, string]>> = {
  b: ['*', '*'],
  strong: ['*', '*'],
  i: ['_', '_'],
  em: ['_', '_'],
  u: ['+', '+'],
  ins: ['+', '+'],
  s: ['-', '-'],
  del: ['-', '-'],
  strike: ['-', '-'],
  code: ['{{', '}}']
};

function convert(node: Node, listPrefix: string): string {
  if (node.nodeType === 3) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  const inner = (prefix = listPrefix) => [...element.childNodes].map(child => convert(child, prefix)).join('');
  const inline = INLINE[tag];
  if (inline) {
    const text = inner();
    return text.trim() === '' ? text : `${inline[0]}${text.trim()}${inline[1]}`;
  }
  switch (tag) {
    case 'br':
      return '\n';
    case 'a': {
      const href = element.getAttribute('href');
      const text = inner().trim();
      return href ? `[${text || href}|${href}]` : text;
    }
    case 'ul':
    case 'ol':
      return `\n${inner(`${listPrefix}${tag === 'ul' ? '*' : '#'}`)}\n`;
    case 'li':
      return `${listPrefix || '*'} ${inner().trim()}\n`;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return `\n${tag}. ${inner().trim()}\n`;
    case 'blockquote':
      return `\nbq. ${inner().trim()}\n`;
    case 'p':
    case 'div':
      return `\n${inner().trim()}\n`;
    case 'script':
    case 'style':
      return '';
    default:
      return inner();
  }
}

/** Jira wiki markup for an HTML fragment. */
export function htmlToWiki(html: string): string {
  if (typeof DOMParser === 'undefined') return html.replace(/<[^>]*>/g, '').trim();
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return convert(document.body, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text to send: plain text as typed, HTML translated to wiki markup. */
export function toJiraText(body: string, format: 'text' | 'html' | undefined): string {
  return format === 'html' ? htmlToWiki(body) : body;
}
