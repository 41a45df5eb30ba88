// The heavy half of <hd-rich-text>: editing, formatting, paste clean-up and the sanitizer. `rich-text.ts` loads this
// module with dynamic import() the first time an <hd-rich-text> is connected, so none of it (nor DOMPurify) is in
// the bundle of a page that never shows a rich-text field.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  blocksLength,
  normalizeRichText,
  serializeBlocks,
  textToBlocks,
  truncateBlocks,
  isLineBreak,
  type RichBlock
} from '../../core/sanitize-policy.js';
import type { MessageKey } from '../../core/messages/en.js';
import { loadSanitizer, sanitizeToFragment, toTrustedHtml } from '../../controllers/sanitize.js';

export type FormatCommand = 'bold' | 'italic' | 'underline';

/** What the editor needs from the element that hosts it. */
export interface RichTextEditorHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Most text characters allowed, or undefined. */
  readonly editorMaxLength: number | undefined;
  readonly editorDisabled: boolean;
  /** The user changed the content: the new sanitized value and its text length. */
  editorInput(value: string, length: number): void;
  /** Focus left the editor (fires `change` when the value differs from when it got focus). */
  editorBlur(): void;
  editorFocus(): void;
  /** Says something to screen readers (a limit reached). */
  editorAnnounce(message: string): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
}

/** Attributes the element passes for the editable region. */
export interface EditableAttributes {
  labelledBy: string;
  describedBy: string | typeof nothing;
  placeholder: string;
  required: boolean;
  invalid: boolean;
  empty: boolean;
}

const COMMANDS: readonly FormatCommand[] = ['bold', 'italic', 'underline'];
const SHORTCUTS: Record<string, FormatCommand> = { b: 'bold', i: 'italic', u: 'underline' };
const LABELS: Record<FormatCommand, MessageKey> = {
  bold: 'richText.bold',
  italic: 'richText.italic',
  underline: 'richText.underline'
};
const ICONS: Record<FormatCommand, TemplateResult> = {
  bold: html`<b aria-hidden="true">B</b>`,
  italic: html`<i aria-hidden="true">I</i>`,
  underline: html`<u aria-hidden="true">U</u>`
};
/** Tags that carry each format in the editor's DOM, for reading the state at the caret. */
const FORMAT_TAGS: Record<FormatCommand, readonly string[]> = {
  bold: ['B', 'STRONG'],
  italic: ['I', 'EM'],
  underline: ['U']
};

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/**
 * Firefox (Gecko) forgets a pending "off" as soon as another format is toggled at the same caret: after a bold word,
 * Ctrl+B then Ctrl+I typed bold italic. Chromium does not, and it would put a caret moved out of the bold word back
 * in, so only Gecko gets the workaround (see leaveFormat). `npm run test:firefox` checks it there.
 */
const forgetsPendingOff = typeof navigator !== 'undefined' && /\bGecko\/\d/.test(navigator.userAgent);

/** Builds live DOM nodes for the blocks: no markup string ever reaches an HTML sink. */
export function blocksToNodes(blocks: readonly RichBlock[], doc: Document): Node[] {
  return blocks.map(block => {
    const paragraph = doc.createElement('p');
    if (block.length === 0) paragraph.append(doc.createElement('br'));
    for (const piece of block) {
      if (isLineBreak(piece)) {
        paragraph.append(doc.createElement('br'));
        continue;
      }
      let node: Node = doc.createTextNode(piece.text);
      for (const [flag, tag] of [
        [piece.underline, 'u'],
        [piece.italic, 'em'],
        [piece.bold, 'strong']
      ] as const) {
        if (!flag) continue;
        const wrapper = doc.createElement(tag);
        wrapper.append(node);
        node = wrapper;
      }
      paragraph.append(node);
    }
    return paragraph;
  });
}

/** Loads what the editor needs besides this module (DOMPurify). */
export function prepareEditor(): Promise<void> {
  return loadSanitizer();
}

/**
 * The editing behaviour of `<hd-rich-text>`: a toolbar with Bold, Italic and Underline toggles whose `aria-pressed`
 * follows the caret, Ctrl/Cmd+B/I/U, a `contenteditable` region that only ever holds paragraphs, line breaks and the
 * three formats, paste and drop reduced to those, and `maxlength` counted in text characters.
 */
export class RichTextEditor implements ReactiveController {
  private readonly host: RichTextEditorHost;
  private pressed: Record<FormatCommand, boolean> = { bold: false, italic: false, underline: false };
  /** The last selection inside the editor, put back when a toolbar button is used from the keyboard. */
  private savedRange: Range | undefined;
  /** Index of the toolbar button that holds the toolbar's single tab stop. */
  private toolbarIndex = 0;
  /** Content to write into the editable region once it is rendered. */
  private pendingBlocks: RichBlock[] | undefined;
  private length = 0;
  private readonly onSelectionChange = () => this.readSelection();

  constructor(host: RichTextEditorHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('selectionchange', this.onSelectionChange);
  }

  hostUpdated(): void {
    const editable = this.editable;
    if (editable && this.pendingBlocks) {
      editable.replaceChildren(...blocksToNodes(this.pendingBlocks, editable.ownerDocument));
      this.pendingBlocks = undefined;
    }
  }

  /** Text characters in the editor now. */
  get textLength(): number {
    return this.length;
  }

  private get root(): ShadowRoot {
    return this.host.renderRoot as ShadowRoot;
  }

  get editable(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('#control');
  }

  /**
   * Replaces the content with a value set by the page (sanitized, normalized, built as DOM nodes). Returns the
   * normalized value.
   */
  setValue(value: string): { value: string; length: number } {
    const blocks = normalizeRichText(sanitizeToFragment(value, 'rich-text'), { collapseWhitespace: true });
    this.length = blocksLength(blocks);
    const editable = this.editable;
    if (editable) editable.replaceChildren(...blocksToNodes(blocks, editable.ownerDocument));
    else this.pendingBlocks = blocks;
    return { value: serializeBlocks(blocks), length: this.length };
  }

  focus(options?: FocusOptions): void {
    this.editable?.focus(options);
  }

  // --- reading the editor --------------------------------------------------------------------------------------

  private read(): void {
    const editable = this.editable;
    if (!editable) return;
    const blocks = normalizeRichText(editable, { collapseWhitespace: true });
    this.length = blocksLength(blocks);
    this.host.editorInput(serializeBlocks(blocks), this.length);
  }

  /** The selection's range when it lies inside the editor. */
  private currentRange(): Range | undefined {
    const editable = this.editable;
    if (!editable) return undefined;
    const root = this.root as ShadowRoot & { getSelection?: () => Selection | null };
    const selection = root.getSelection?.() ?? document.getSelection();
    if (!selection || selection.rangeCount === 0) return undefined;
    let range: Range | undefined = selection.getRangeAt(0);
    if (!editable.contains(range.startContainer)) {
      // Browsers whose document selection stops at the shadow host: ask for the composed range.
      const composed = (
        selection as Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] }
      ).getComposedRanges?.({ shadowRoots: [this.root] })[0];
      if (!composed || !editable.contains(composed.startContainer)) return undefined;
      range = document.createRange();
      range.setStart(composed.startContainer, composed.startOffset);
      range.setEnd(composed.endContainer, composed.endOffset);
    }
    return range;
  }

  private readSelection(): void {
    const range = this.currentRange();
    if (!range) return;
    this.savedRange = range.cloneRange();
    const next = { ...this.pressed };
    for (const command of COMMANDS) next[command] = this.formatActive(command, range);
    if (COMMANDS.some(command => next[command] !== this.pressed[command])) {
      this.pressed = next;
      this.host.requestUpdate();
    }
  }

  private formatActive(command: FormatCommand, range: Range): boolean {
    try {
      // Knows the pending "typing style" after Ctrl+B on a collapsed caret, which the DOM does not show yet.
      return document.queryCommandState(command);
    } catch {
      return this.formatElementAt(command, range.startContainer) !== undefined;
    }
  }

  /** The outermost element of the format that holds `node` inside the editor, if any. */
  private formatElementAt(command: FormatCommand, node: Node): Element | undefined {
    let outermost: Element | undefined;
    for (let at: Node | null = node; at && at !== this.editable; at = at.parentNode) {
      if (FORMAT_TAGS[command].includes(at.nodeName)) outermost = at as Element;
    }
    return outermost;
  }

  /**
   * Turns a format off for what is typed next, when the caret is collapsed at the end of an element of that format,
   * by moving the caret just after the element, the other formats it had kept as typing style. For Gecko, which
   * forgets its own pending "off" (see forgetsPendingOff). Returns false when the caret is elsewhere.
   */
  private leaveFormat(command: FormatCommand, range: Range): boolean {
    const element = range.collapsed ? this.formatElementAt(command, range.startContainer) : undefined;
    if (!element) return false;
    const after = document.createRange();
    after.setStart(range.startContainer, range.startOffset);
    after.setEndAfter(element);
    if (after.toString() !== '') return false;
    const kept = COMMANDS.filter(other => other !== command && this.formatActive(other, range));
    const caret = document.createTextNode('');
    element.after(caret);
    document.getSelection()?.collapse(caret, 0);
    for (const other of kept) {
      if (!this.formatActive(other, this.currentRange() ?? after)) document.execCommand(other);
    }
    return true;
  }

  private selectedTextLength(): number {
    return this.currentRange()?.toString().length ?? 0;
  }

  // --- commands ------------------------------------------------------------------------------------------------

  /** Toggles a format on the selection (or for what is typed next, on a collapsed caret). */
  toggle(command: FormatCommand): void {
    const editable = this.editable;
    if (!editable || this.host.editorDisabled) return;
    if (!this.currentRange() || this.root.activeElement !== editable) {
      editable.focus({ preventScroll: true });
      if (this.savedRange && editable.contains(this.savedRange.startContainer)) {
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(this.savedRange);
      }
    }
    const range = this.currentRange();
    const left = forgetsPendingOff && this.pressed[command] && range !== undefined && this.leaveFormat(command, range);
    if (!left) document.execCommand(command);
    this.readSelection();
    this.pressed = {
      ...this.pressed,
      [command]: this.formatActive(command, this.currentRange() ?? document.createRange())
    };
    this.host.requestUpdate();
    this.read();
  }

  /** Inserts clean blocks at the selection, cut to what `maxlength` leaves room for. */
  private insertBlocks(source: RichBlock[]): void {
    let blocks = source;
    const max = this.host.editorMaxLength;
    if (max !== undefined) {
      const room = max - (this.length - this.selectedTextLength());
      if (blocksLength(blocks) > room) {
        blocks = truncateBlocks(blocks, Math.max(0, room));
        this.host.editorAnnounce(this.host.t('richText.pasteTrimmed', { max }));
      }
    }
    if (blocksLength(blocks) === 0) return;
    const markup = serializeBlocks(blocks);
    let inserted = false;
    try {
      // execCommand keeps the browser's undo history; under Trusted Types it takes the TrustedHTML DOMPurify made.
      // One line goes into the paragraph at the caret (`inline`): as a paragraph, Firefox would start a new one.
      const trusted = toTrustedHtml(markup, 'rich-text', { inline: true });
      inserted = document.execCommand('insertHTML', false, trusted as string);
    } catch {
      inserted = false;
    }
    if (!inserted) this.insertNodes(blocks);
    this.read();
  }

  /** The fallback when `insertHTML` is refused: plain DOM insertion (no undo step). */
  private insertNodes(blocks: RichBlock[]): void {
    const range = this.currentRange();
    const editable = this.editable;
    if (!range || !editable) return;
    range.deleteContents();
    const nodes = blocksToNodes(blocks, editable.ownerDocument);
    const content: Node[] = blocks.length === 1 ? [...nodes[0]!.childNodes] : nodes;
    const fragment = editable.ownerDocument.createDocumentFragment();
    fragment.append(...content);
    const last = fragment.lastChild;
    range.insertNode(fragment);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }

  private blocksFrom(data: DataTransfer): RichBlock[] {
    const markup = data.getData('text/html');
    if (markup) {
      return normalizeRichText(sanitizeToFragment(markup, 'paste'), { collapseWhitespace: true });
    }
    return textToBlocks(data.getData('text/plain'));
  }

  // --- events --------------------------------------------------------------------------------------------------

  private readonly onKeydown = (event: KeyboardEvent) => {
    const modifier = isMac ? event.metaKey : event.ctrlKey;
    if (!modifier || event.altKey || event.shiftKey) return;
    const command = SHORTCUTS[event.key.toLowerCase()];
    if (command) {
      event.preventDefault();
      this.toggle(command);
    }
  };

  private readonly onBeforeInput = (event: InputEvent) => {
    const type = event.inputType;
    // Only bold, italic and underline exist here; other formats (strike-through, colours ...) are refused.
    if (type.startsWith('format') && !['formatBold', 'formatItalic', 'formatUnderline'].includes(type)) {
      event.preventDefault();
      return;
    }
    const max = this.host.editorMaxLength;
    if (max === undefined || !type.startsWith('insert') || type === 'insertParagraph' || type === 'insertLineBreak') {
      return;
    }
    const adding = event.data?.length ?? event.dataTransfer?.getData('text/plain').length ?? 0;
    if (adding > 0 && this.length - this.selectedTextLength() + adding > max && !event.isComposing) {
      event.preventDefault();
      this.host.editorAnnounce(this.host.t('richText.limit', { max }));
    }
  };

  private readonly onInput = () => this.read();

  private readonly onPaste = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.preventDefault();
    this.insertBlocks(this.blocksFrom(event.clipboardData));
  };

  private readonly onDrop = (event: DragEvent) => {
    if (!event.dataTransfer) return;
    event.preventDefault();
    const blocks = this.blocksFrom(event.dataTransfer);
    const position = (
      document as Document & { caretPositionFromPoint?: (x: number, y: number) => CaretPosition | null }
    ).caretPositionFromPoint?.(event.clientX, event.clientY);
    const editable = this.editable;
    if (position && editable?.contains(position.offsetNode)) {
      editable.focus({ preventScroll: true });
      const selection = document.getSelection();
      selection?.collapse(position.offsetNode, position.offset);
    }
    this.insertBlocks(blocks);
  };

  private readonly onToolbarKeydown = (event: KeyboardEvent) => {
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    const last = COMMANDS.length - 1;
    let index = this.toolbarIndex;
    if (event.key === forward || event.key === 'ArrowDown') index = index === last ? 0 : index + 1;
    else if (event.key === backward || event.key === 'ArrowUp') index = index === 0 ? last : index - 1;
    else if (event.key === 'Home') index = 0;
    else if (event.key === 'End') index = last;
    else return;
    event.preventDefault();
    this.toolbarIndex = index;
    this.host.requestUpdate();
    this.root.querySelectorAll<HTMLButtonElement>('.rich-text__format')[index]?.focus();
  };

  // --- rendering -----------------------------------------------------------------------------------------------

  private shortcut(command: FormatCommand): string {
    const letter = Object.keys(SHORTCUTS)
      .find(key => SHORTCUTS[key] === command)!
      .toUpperCase();
    return `${isMac ? 'Meta' : 'Control'}+${letter}`;
  }

  renderToolbar(): TemplateResult {
    const disabled = this.host.editorDisabled;
    return html`<div
      part="toolbar"
      class="rich-text__toolbar"
      role="toolbar"
      aria-label=${this.host.t('richText.toolbar')}
      aria-controls="control"
      @keydown=${this.onToolbarKeydown}
    >
      ${COMMANDS.map(
        (command, index) =>
          html`<button
            part="format-button ${command}-button"
            class="rich-text__format"
            type="button"
            tabindex=${index === this.toolbarIndex ? 0 : -1}
            aria-label=${this.host.t(LABELS[command])}
            aria-pressed=${this.pressed[command] ? 'true' : 'false'}
            aria-keyshortcuts=${this.shortcut(command)}
            title="${this.host.t(LABELS[command])} (${this.shortcut(command).replace('Control', 'Ctrl').replace('Meta', '⌘')})"
            ?disabled=${disabled}
            @mousedown=${(event: MouseEvent) => event.preventDefault()}
            @click=${() => {
              this.toolbarIndex = index;
              this.toggle(command);
            }}
          >
            ${ICONS[command]}
          </button>`
      )}
    </div>`;
  }

  renderEditable(attributes: EditableAttributes): TemplateResult {
    const disabled = this.host.editorDisabled;
    return html`<div
      id="control"
      part="control"
      class="form-control__box rich-text__editor ${attributes.empty ? 'rich-text__editor--empty' : ''}"
      contenteditable=${disabled ? 'false' : 'true'}
      role="textbox"
      aria-multiline="true"
      aria-labelledby=${attributes.labelledBy}
      aria-describedby=${attributes.describedBy}
      aria-required=${attributes.required ? 'true' : 'false'}
      aria-invalid=${attributes.invalid ? 'true' : 'false'}
      aria-disabled=${disabled ? 'true' : 'false'}
      aria-placeholder=${attributes.placeholder || nothing}
      data-placeholder=${attributes.placeholder}
      @keydown=${this.onKeydown}
      @beforeinput=${this.onBeforeInput}
      @input=${this.onInput}
      @paste=${this.onPaste}
      @drop=${this.onDrop}
      @focus=${() => this.host.editorFocus()}
      @blur=${() => this.host.editorBlur()}
    ></div>`;
  }
}
