/**
 * What HTML the library keeps, as data and pure functions (no DOM creation, no Lit). The DOMPurify side lives in
 * `controllers/sanitize.ts`, loaded on demand; the rich-text editor uses the block model below to rebuild clean
 * markup from whatever the browser or the clipboard produced.
 */

/** The sanitizing policies: a customer's rich text, and the broader (still safe) set of an agent's reply. */
export type SanitizePolicyName = 'rich-text' | 'agent-reply';

/** The rules DOMPurify applies for a policy. Everything not listed is removed; the text of removed wrappers stays. */
export interface SanitizeRules {
  tags: readonly string[];
  attributes: readonly string[];
}

/** The only tags a rich-text value contains once normalized. */
export const RICH_TEXT_TAGS = ['p', 'br', 'strong', 'em', 'u'] as const;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** What is read from markup before it is rebuilt: formats, and the block elements that end a paragraph. */
const READ_TAGS: readonly string[] = [
  'p',
  'div',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'span',
  'font',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'section',
  'article',
  ...HEADINGS
];

/**
 * `rich-text` reads stored or typed values (its wrappers are unwrapped by `normalizeRichText`); `paste` reads the
 * clipboard, keeping structure and the `style` attribute only so that bold, italic and underline written as CSS
 * (Google Docs, Word) can be recognised before everything is rebuilt without attributes; `agent-reply` is what a
 * case thread shows from agents.
 */
export const SANITIZE_RULES: Record<SanitizePolicyName | 'paste', SanitizeRules> = {
  'rich-text': { tags: READ_TAGS, attributes: [] },
  paste: { tags: READ_TAGS, attributes: ['style'] },
  'agent-reply': {
    tags: [
      'p',
      'br',
      'strong',
      'b',
      'em',
      'i',
      'u',
      's',
      'ul',
      'ol',
      'li',
      'a',
      'blockquote',
      'code',
      'pre',
      'hr',
      ...HEADINGS
    ],
    attributes: ['href']
  }
};

/** Link schemes an agent's reply may use. Relative links are dropped: they would point into the host's site. */
export const SAFE_LINK_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

/**
 * The normalized URL when `href` is an absolute http, https or mailto link (or a relative one resolved against
 * `base`, when given), else undefined. `javascript:`, `data:`, `vbscript:` and their obfuscations
 * (`java\tscript:`, entity-encoded schemes after parsing) never pass.
 */
export function safeLinkUrl(href: string, base?: string): string | undefined {
  try {
    const url = base === undefined ? new URL(href.trim()) : new URL(href.trim(), base);
    return SAFE_LINK_PROTOCOLS.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The rich-text block model: paragraphs of text runs with bold / italic / underline marks and line breaks.

export interface TextRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export interface LineBreak {
  lineBreak: true;
}

export type InlinePiece = TextRun | LineBreak;

/** One paragraph. An empty array is a blank paragraph (`<p><br></p>`). */
export type RichBlock = InlinePiece[];

/** The little of a DOM node the normalizer reads, so this module needs no DOM types at run time. */
export interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<NodeLike>;
  readonly style?: { getPropertyValue(name: string): string } | undefined;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that end one paragraph and start another. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'section',
  'article',
  'header',
  'footer',
  'address',
  'dl',
  'dt',
  'dd',
  'figure',
  ...HEADINGS
]);

/** Elements whose content is never text for the reader. */
const DROPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object', 'svg']);

interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export function isLineBreak(piece: InlinePiece): piece is LineBreak {
  return 'lineBreak' in piece;
}

function marksOf(name: string, node: NodeLike, inherited: Marks): Marks {
  const marks = { ...inherited };
  if (name === 'b' || name === 'strong') marks.bold = true;
  if (name === 'i' || name === 'em') marks.italic = true;
  if (name === 'u') marks.underline = true;
  const style = node.style;
  if (style) {
    const weight = style.getPropertyValue('font-weight').trim();
    if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) marks.bold = true;
    else if (weight === 'normal' || weight === 'lighter' || (weight !== '' && Number(weight) < 600)) marks.bold = false;
    const fontStyle = style.getPropertyValue('font-style').trim();
    if (fontStyle === 'italic' || fontStyle === 'oblique') marks.italic = true;
    else if (fontStyle === 'normal') marks.italic = false;
    const decoration = `${style.getPropertyValue('text-decoration-line')} ${style.getPropertyValue('text-decoration')}`;
    if (/\bunderline\b/.test(decoration)) marks.underline = true;
    else if (/\bnone\b/.test(decoration) && !/\bunderline\b/.test(decoration)) marks.underline = false;
  }
  return marks;
}

export interface NormalizeOptions {
  /**
   * Collapse runs of white space as HTML rendering does (clipboard HTML, stored values). Off for the editor's own
   * content, which is shown with `white-space: pre-wrap`.
   */
  collapseWhitespace?: boolean;
}

/**
 * Reads any DOM tree (the editor's content, a sanitized clipboard fragment) as paragraphs of marked text. Bold,
 * italic and underline are recognised from tags and from inline CSS; every other element only contributes its text
 * and, for block elements, a paragraph boundary.
 */
export function normalizeRichText(root: NodeLike, options: NormalizeOptions = {}): RichBlock[] {
  const collapse = options.collapseWhitespace ?? false;
  const blocks: RichBlock[] = [];
  let current: RichBlock | undefined;
  const open = (): RichBlock => {
    if (!current) {
      current = [];
      blocks.push(current);
    }
    return current;
  };
  const visit = (node: NodeLike, marks: Marks): void => {
    if (node.nodeType === TEXT_NODE) {
      let text = node.nodeValue ?? '';
      if (collapse) {
        text = text.replace(/[\t\n\r\f ]+/g, ' ');
        if (!current && text.trim() === '') return;
      }
      if (text !== '') open().push({ text, ...marks });
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 11 && node.nodeType !== 9) return;
    const name = node.nodeName.toLowerCase();
    if (DROPPED_TAGS.has(name)) return;
    if (name === 'br') {
      open().push({ lineBreak: true });
      return;
    }
    const inner = node.nodeType === ELEMENT_NODE ? marksOf(name, node, marks) : marks;
    const block = BLOCK_TAGS.has(name);
    if (block) current = undefined;
    for (const child of Array.from(node.childNodes)) visit(child, inner);
    if (block) current = undefined;
  };
  visit(root, { bold: false, italic: false, underline: false });
  return tidyBlocks(blocks, collapse);
}

function sameMarks(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;
}

function tidyBlocks(blocks: RichBlock[], collapse: boolean): RichBlock[] {
  const tidy = blocks.map(block => {
    const pieces: InlinePiece[] = [];
    for (const piece of block) {
      const last = pieces[pieces.length - 1];
      if (!isLineBreak(piece) && last && !isLineBreak(last) && sameMarks(last, piece)) {
        pieces[pieces.length - 1] = { ...last, text: last.text + piece.text };
      } else {
        pieces.push({ ...piece });
      }
    }
    if (collapse) {
      for (const piece of pieces) if (!isLineBreak(piece)) piece.text = canonicalSpaces(piece.text);
      trimBlockEdges(pieces);
    }
    // A line break that ends a paragraph is the browser's placeholder, not a visible line.
    const last = pieces[pieces.length - 1];
    if (last && isLineBreak(last)) pieces.pop();
    return pieces.filter(piece => isLineBreak(piece) || piece.text !== '');
  });
  while (tidy.length && isBlankBlock(tidy[0]!)) tidy.shift();
  while (tidy.length && isBlankBlock(tidy[tidy.length - 1]!)) tidy.pop();
  return tidy;
}

/**
 * Editors write `&nbsp;` where a plain space would collapse (at the edges of a text node, or for a second space).
 * A single one becomes a plain space again; longer runs keep just enough no-break spaces to show as typed.
 */
function canonicalSpaces(text: string): string {
  return text.replace(/[ \u00a0]+/g, run => (run.length === 1 ? ' ' : ` ${'\u00a0'.repeat(run.length - 1)}`));
}

function trimBlockEdges(pieces: InlinePiece[]): void {
  const first = pieces[0];
  if (first && !isLineBreak(first)) first.text = first.text.replace(/^ +/, '');
  const last = pieces[pieces.length - 1];
  if (last && !isLineBreak(last)) last.text = last.text.replace(/ +$/, '');
}

function isBlankBlock(block: RichBlock): boolean {
  return block.every(piece => isLineBreak(piece) || piece.text.trim() === '');
}

/** Plain text (typed or pasted) as paragraphs: one per line. */
export function textToBlocks(text: string): RichBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks = lines.map(line => (line === '' ? [] : [{ text: line, bold: false, italic: false, underline: false }]));
  while (blocks.length && blocks[0]!.length === 0) blocks.shift();
  while (blocks.length && blocks[blocks.length - 1]!.length === 0) blocks.pop();
  return blocks;
}

/** The number of text characters (UTF-16 units, as `maxlength` counts them); breaks do not count. */
export function blocksLength(blocks: readonly RichBlock[]): number {
  let length = 0;
  for (const block of blocks) for (const piece of block) if (!isLineBreak(piece)) length += piece.text.length;
  return length;
}

/** Cuts the text after `limit` characters. */
export function truncateBlocks(blocks: readonly RichBlock[], limit: number): RichBlock[] {
  let left = Math.max(0, limit);
  const out: RichBlock[] = [];
  for (const block of blocks) {
    if (left === 0) break;
    const pieces: InlinePiece[] = [];
    for (const piece of block) {
      if (isLineBreak(piece)) {
        pieces.push(piece);
        continue;
      }
      if (left === 0) break;
      const text = piece.text.slice(0, left);
      left -= text.length;
      pieces.push({ ...piece, text });
    }
    out.push(pieces);
  }
  return out;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&nbsp;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"\u00a0]/g, char => ESCAPES[char]!);
}

const MARK_TAGS = ['strong', 'em', 'u'] as const;

function tagsOf(run: TextRun): string[] {
  const tags: string[] = [];
  if (run.bold) tags.push(MARK_TAGS[0]);
  if (run.italic) tags.push(MARK_TAGS[1]);
  if (run.underline) tags.push(MARK_TAGS[2]);
  return tags;
}

/** One paragraph's content, with marks nested as `<strong><em><u>` and shared wrappers kept open. */
export function serializeInline(block: RichBlock): string {
  let out = '';
  const stack: string[] = [];
  for (const piece of block) {
    if (isLineBreak(piece)) {
      // Breaks sit outside the marks: `<strong>a</strong><br><strong>b</strong>`, one canonical form.
      while (stack.length) out += `</${stack.pop()}>`;
      out += '<br>';
      continue;
    }
    const wanted = tagsOf(piece);
    let common = 0;
    while (common < stack.length && stack[common] === wanted[common]) common += 1;
    while (stack.length > common) out += `</${stack.pop()}>`;
    for (const tag of wanted.slice(common)) {
      out += `<${tag}>`;
      stack.push(tag);
    }
    out += escapeHtml(piece.text);
  }
  while (stack.length) out += `</${stack.pop()}>`;
  return out;
}

/**
 * The value of a rich-text field: `<p>` paragraphs holding text, `<br>`, `<strong>`, `<em>` and `<u>`, and nothing
 * else (no attributes at all). Empty text gives the empty string.
 */
export function serializeBlocks(blocks: readonly RichBlock[]): string {
  if (blocks.every(isBlankBlock)) return '';
  return blocks.map(block => (block.length ? `<p>${serializeInline(block)}</p>` : '<p><br></p>')).join('');
}

/** The plain text of the blocks, one line per paragraph. */
export function blocksText(blocks: readonly RichBlock[]): string {
  return blocks.map(block => block.map(piece => (isLineBreak(piece) ? '\n' : piece.text)).join('')).join('\n');
}
