import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MessageKey } from '../../core/messages/en.js';
import { baseStyles } from '../shared/base.styles.js';
import { formControlStyles, HdFormControl, type ValidityProblem } from '../shared/form-control.js';
import type { RichTextEditor, RichTextEditorHost } from './rich-text-editor.js';
import { richTextStyles } from './rich-text.styles.js';

type EditorModule = typeof import('./rich-text-editor.js');

let editorModule: Promise<EditorModule> | undefined;

/**
 * Loads the editor chunk and DOMPurify, once for the whole page. `<hd-rich-text>` calls it when first connected;
 * a page may call it earlier (on hover of an "Open a case" button, say) to have the editor ready sooner.
 */
export function loadRichTextEditor(): Promise<EditorModule> {
  editorModule ??= import('./rich-text-editor.js').then(
    async module => {
      await module.prepareEditor();
      return module;
    },
    (error: unknown) => {
      editorModule = undefined;
      throw error;
    }
  );
  return editorModule;
}

type LoadStatus = 'loading' | 'ready' | 'error';

/**
 * Formatted text with only bold, italic and underline (seed 004's "Añade comentarios sobre el caso"): a toolbar of
 * three toggle buttons whose `aria-pressed` follows the caret, Ctrl/Cmd+B, I and U, and a multi-line
 * `contenteditable` text box.
 *
 * The value is sanitized HTML with only `<p>`, `<br>`, `<strong>`, `<em>` and `<u>` and no attributes; whatever is
 * pasted or dropped (Word, Google Docs, a web page, hostile markup) is reduced to that. `maxlength` counts text
 * characters. A value set by the page is sanitized the same way and written as DOM nodes, never through
 * `innerHTML`, so the element works under Trusted Types.
 *
 * Loads on demand: this class is small and registers at once (so the form sees a form-associated control right
 * away); the editing code and DOMPurify are a separate chunk fetched with dynamic `import()` when the first
 * `<hd-rich-text>` connects (or when `loadRichTextEditor()` is called). Until then it shows a busy placeholder.
 *
 * @tag hd-rich-text
 * @summary Rich text with bold, italic and underline only, sanitized, loaded on demand.
 *
 * @fires input - The user changed the text (bubbles, composed).
 * @fires change - Focus left after the user changed the text (bubbles, composed).
 * @fires hd-error - The editor chunk could not be loaded. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of label, toolbar, editor, counter, help and error.
 * @csspart form-control-label - The label.
 * @csspart form-control-help - The help text.
 * @csspart form-control-error - The error message set by the host form.
 * @csspart toolbar - The formatting toolbar.
 * @csspart format-button - Each formatting button (also `bold-button`, `italic-button`, `underline-button`).
 * @csspart control - The editable text box (or its placeholder while loading).
 * @csspart counter - The character count, with `maxlength`.
 * @csspart retry-button - The button that loads the editor again after a failure.
 *
 * @cssprop [--control-max-width=40rem] - Widest the editor grows.
 * @cssprop [--control-border-color=var(--hd-color-border)] - Border of the editor.
 * @cssprop [--control-radius=var(--hd-radius)] - Corner radius of the editor.
 * @cssprop [--control-background=var(--hd-color-surface)] - Background of the editor.
 * @cssprop [--editor-min-height=8rem] - Lowest the editor gets.
 * @cssprop [--editor-max-height=24rem] - Tallest the editor gets before it scrolls.
 */
export class HdRichText extends HdFormControl implements RichTextEditorHost {
  static override styles = [baseStyles, formControlStyles, richTextStyles];

  private editor: RichTextEditor | undefined;
  private currentValue = '';
  private valueAtFocus = '';
  private focusWhenReady: FocusOptions | undefined;
  private resolveReady!: () => void;

  /** Resolves once the editor is loaded (or failed to load): for tests and pages that script the editor. */
  readonly editorReady: Promise<void> = new Promise(resolve => (this.resolveReady = resolve));

  @state() private loadStatus: LoadStatus = 'loading';
  @state() private length = 0;
  @state() private announcement = '';

  /** Shown while the editor is empty. */
  @property() placeholder = '';

  /** Most text characters allowed (formatting does not count). */
  @property({ type: Number, attribute: 'maxlength' }) maxLength: number | undefined;

  /**
   * Sanitized HTML: `<p>`, `<br>`, `<strong>`, `<em>`, `<u>` only. A value set before the editor has loaded is
   * sanitized when it loads. The `value` attribute is also what a form reset returns to.
   */
  @property()
  get value(): string {
    return this.currentValue;
  }
  set value(next: string) {
    const text = next ?? '';
    const old = this.currentValue;
    if (text === old) return;
    if (this.editor) {
      const result = this.editor.setValue(text);
      this.currentValue = result.value;
      this.length = result.length;
    } else {
      this.currentValue = text;
    }
    this.requestUpdate('value', old);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.editor) void this.loadEditor();
  }

  private async loadEditor(): Promise<void> {
    this.loadStatus = 'loading';
    try {
      const module = await loadRichTextEditor();
      if (!this.editor) {
        this.editor = new module.RichTextEditor(this);
        const result = this.editor.setValue(this.currentValue);
        this.currentValue = result.value;
        this.length = result.length;
      }
      this.loadStatus = 'ready';
      await this.updateComplete;
      if (this.focusWhenReady) {
        this.editor.focus(this.focusWhenReady);
        this.focusWhenReady = undefined;
      }
    } catch (error) {
      this.loadStatus = 'error';
      const message = this.localize.t('richText.loadFailed');
      this.emit('hd-error', { code: 'offline', message: `${message} ${String(error)}` });
    }
    this.resolveReady();
  }

  // --- RichTextEditorHost ----------------------------------------------------------------------------------------

  /** @internal */
  get editorMaxLength(): number | undefined {
    return this.maxLength;
  }

  /** @internal */
  get editorDisabled(): boolean {
    return this.isDisabled;
  }

  /** @internal */
  editorInput(value: string, length: number): void {
    const old = this.currentValue;
    this.currentValue = value;
    this.length = length;
    if (old !== value) {
      this.requestUpdate('value', old);
      this.touched = true;
      this.fireInput();
    }
  }

  /** @internal */
  editorFocus(): void {
    this.valueAtFocus = this.currentValue;
  }

  /** @internal */
  editorBlur(): void {
    this.touched = true;
    if (this.currentValue !== this.valueAtFocus) {
      this.valueAtFocus = this.currentValue;
      this.fireChange();
    }
  }

  /** @internal */
  editorAnnounce(message: string): void {
    // The same sentence twice in a row must be said twice: clear, then set on the next frame.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  /** @internal */
  t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.localize.t(key, params);
  }

  // --- form control --------------------------------------------------------------------------------------------

  protected formValue(): string | null {
    return this.currentValue === '' ? null : this.currentValue;
  }

  protected isEmpty(): boolean {
    return this.currentValue === '';
  }

  protected validityAnchor(): HTMLElement | null {
    return this.editor?.editable ?? null;
  }

  protected resetValue(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  protected override restoreValue(state: string): void {
    this.value = state;
  }

  protected defaultLabel(): string {
    return this.localize.t('richText.defaultLabel');
  }

  protected override ownProblem(): ValidityProblem | undefined {
    if (this.maxLength !== undefined && this.length > this.maxLength) {
      return {
        flags: { tooLong: true },
        message: this.localize.t('field.maxLength', { label: this.labelText, limit: this.maxLength })
      };
    }
    return undefined;
  }

  /** Moves focus into the text box (as soon as it exists, when the editor is still loading). */
  override focus(options?: FocusOptions): void {
    if (this.editor) this.editor.focus(options);
    else this.focusWhenReady = options ?? {};
  }

  // --- rendering -----------------------------------------------------------------------------------------------

  private renderPlaceholderBox() {
    if (this.loadStatus === 'error') {
      return html`<div part="control" class="form-control__box rich-text__editor rich-text__editor--failed">
        <p class="form-control__message--error">${this.localize.t('richText.loadFailed')}</p>
        <button part="retry-button" type="button" @click=${() => void this.loadEditor()}>
          ${this.localize.t('common.retry')}
        </button>
      </div>`;
    }
    return html`<div
      part="control"
      class="form-control__box rich-text__editor rich-text__editor--loading"
      role="textbox"
      aria-multiline="true"
      aria-readonly="true"
      aria-busy="true"
      aria-labelledby="label"
      aria-describedby="loading"
    >
      <span id="loading" class="rich-text__loading">${this.localize.t('richText.loading')}</span>
    </div>`;
  }

  protected override render() {
    const editor = this.editor;
    const counter =
      this.maxLength !== undefined
        ? html`<p
            part="counter"
            id="counter"
            class="rich-text__counter ${this.length > this.maxLength ? 'form-control__message--error' : ''}"
          >
            ${this.localize.t('richText.count', {
              count: this.localize.number(this.length),
              max: this.localize.number(this.maxLength)
            })}
          </p>`
        : nothing;
    return html`<div part="base" class="form-control">
      ${this.renderLabel(false)}
      ${
        editor
          ? html`${editor.renderToolbar()}
            ${editor.renderEditable({
              labelledBy: 'label',
              describedBy: this.describedBy(this.maxLength !== undefined ? 'counter' : undefined),
              placeholder: this.placeholder,
              required: this.required,
              invalid: Boolean(this.error) || (this.maxLength !== undefined && this.length > this.maxLength),
              empty: this.length === 0 && this.currentValue === ''
            })}`
          : this.renderPlaceholderBox()
      }
      ${counter} ${this.renderHelpAndError()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}
