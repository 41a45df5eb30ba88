import { html, nothing, svg, type ComplexAttributeConverter } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { baseStyles } from '../shared/base.styles.js';
import { formControlStyles, HdFormControl, type ValidityProblem } from '../shared/form-control.js';
import { recipientsStyles } from './recipients.styles.js';

/**
 * The WHATWG definition of a valid e-mail address (what `<input type="email">` accepts), with a dot required in the
 * domain: an address someone can actually be copied at.
 */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text);
}

/**
 * The addresses in a pasted or typed list: separated by commas, semicolons, spaces or new lines, and
 * `Name <address>` and `"Name" <address>` entries reduced to their address.
 */
export function splitAddressList(text: string): string[] {
  const out: string[] = [];
  // A quoted display name ("Pérez, Ana" <ana@x.com>) may hold separators: it is dropped first.
  for (const piece of text.replace(/"[^"]*"/g, ' ').split(/[,;\n\r]+/)) {
    const angle = /<([^<>]+)>/.exec(piece);
    if (angle) out.push(angle[1]!.trim());
    else out.push(...piece.split(/\s+/));
  }
  return out.map(item => item.trim().replace(/^mailto:/i, '')).filter(Boolean);
}

const removeIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7 7l10 10M17 7 7 17"></path></svg>`;

const listConverter: ComplexAttributeConverter<string[]> & { fromAttribute(value: string | null): string[] } = {
  fromAttribute: (value: string | null) => (value ? splitAddressList(value) : []),
  toAttribute: (value: string[]) => value.join(', ')
};

/**
 * E-mail addresses as removable chips (seed 004's "Destinatarios (opcional)": colleagues copied on the case).
 *
 * Type an address and press Enter, comma, semicolon or space (or Tab, or leave the field) to add it. Pasting a list
 * (`a@x.com, b@y.com; Ana <c@z.com>`) adds every valid address and keeps the invalid ones in the input with a
 * message. Duplicates are ignored with a message; each chip has a "Quitar ..." button; Backspace in the empty
 * input removes the last chip. Additions and removals are announced.
 *
 * The value is an array of addresses; the form data gets them joined by commas under `name`. An invalid address
 * left in the input makes the control invalid (`typeMismatch`) so it is never silently dropped.
 *
 * @tag hd-recipients
 * @summary E-mail address chips with paste of lists, validation and duplicates check.
 *
 * @fires change - An address was added or removed by the user (bubbles, composed).
 *
 * @csspart base - The wrapper of label, control, help and messages.
 * @csspart form-control-label - The label.
 * @csspart form-control-help - The help text.
 * @csspart form-control-error - The error message set by the host form.
 * @csspart box - The bordered box holding the chips and the input.
 * @csspart chips - The list of chips.
 * @csspart chip - One address.
 * @csspart remove-button - The remove button of a chip.
 * @csspart control - The text input.
 * @csspart message - The message about the last addition (invalid, duplicate, too many).
 *
 * @cssprop [--control-max-width=40rem] - Widest the box grows.
 * @cssprop [--control-border-color=var(--hd-color-border)] - Border of the box.
 * @cssprop [--control-radius=var(--hd-radius)] - Corner radius of the box.
 * @cssprop [--control-background=var(--hd-color-surface)] - Background of the box.
 * @cssprop [--chip-background=var(--hd-color-surface-alt)] - Background of a chip.
 * @cssprop [--chip-radius=999px] - Corner radius of a chip.
 */
export class HdRecipients extends HdFormControl {
  static override styles = [baseStyles, formControlStyles, recipientsStyles];

  @query('#control') private input!: HTMLInputElement | null;

  /** What is typed in the input and not yet a chip. */
  @state() private pending = '';
  /** The message about the last attempt to add (invalid, duplicate, too many). */
  @state() private message = '';
  @state() private messageIsError = false;
  /** Said to screen readers only: what was added or removed. */
  @state() private announcement = '';

  /**
   * The addresses. As an attribute, a comma-separated list (also the value a form reset returns to).
   */
  @property({ converter: listConverter }) value: string[] = [];

  /** Most addresses allowed; no limit when unset. */
  @property({ type: Number }) max: number | undefined;

  /** Shown in the empty input. */
  @property() placeholder = '';

  // --- form control --------------------------------------------------------------------------------------------

  protected formValue(): string | null {
    return this.value.length ? this.value.join(',') : null;
  }

  protected isEmpty(): boolean {
    return this.value.length === 0;
  }

  protected validityAnchor(): HTMLElement | null {
    return this.input;
  }

  protected resetValue(): void {
    this.value = listConverter.fromAttribute(this.getAttribute('value'));
    this.pending = '';
    this.message = '';
    this.announcement = '';
  }

  protected override restoreValue(state: string): void {
    this.value = splitAddressList(state);
  }

  protected defaultLabel(): string {
    return this.localize.t('recipients.defaultLabel');
  }

  protected override ownProblem(): ValidityProblem | undefined {
    const pending = this.pending.trim();
    if (pending) {
      const invalid = splitAddressList(pending).filter(address => !isEmailAddress(address));
      if (invalid.length) {
        return {
          flags: { typeMismatch: true },
          message:
            invalid.length === 1
              ? this.localize.t('recipients.invalid', { address: invalid[0]! })
              : this.localize.t('recipients.invalidMany', { addresses: invalid.join(', ') })
        };
      }
    }
    if (this.max !== undefined && this.value.length > this.max) {
      return { flags: { rangeOverflow: true }, message: this.localize.t('recipients.max', { max: this.max }) };
    }
    return undefined;
  }

  // --- adding and removing -------------------------------------------------------------------------------------

  /**
   * Adds every valid, new address of `text`; what is invalid goes back to the input, with a message. Returns
   * whether anything was added.
   */
  private commit(text: string): boolean {
    const candidates = splitAddressList(text);
    if (candidates.length === 0) {
      this.pending = '';
      return false;
    }
    const next = [...this.value];
    const known = new Set(next.map(address => address.toLowerCase()));
    const added: string[] = [];
    const invalid: string[] = [];
    const duplicates: string[] = [];
    let overMax = false;
    for (const address of candidates) {
      if (!isEmailAddress(address)) {
        invalid.push(address);
      } else if (known.has(address.toLowerCase())) {
        duplicates.push(address);
      } else if (this.max !== undefined && next.length >= this.max) {
        overMax = true;
      } else {
        known.add(address.toLowerCase());
        next.push(address);
        added.push(address);
      }
    }
    const messages: string[] = [];
    if (invalid.length === 1) messages.push(this.localize.t('recipients.invalid', { address: invalid[0]! }));
    if (invalid.length > 1) messages.push(this.localize.t('recipients.invalidMany', { addresses: invalid.join(', ') }));
    for (const address of new Set(duplicates)) messages.push(this.localize.t('recipients.duplicate', { address }));
    if (overMax) messages.push(this.localize.t('recipients.max', { max: this.max ?? 0 }));
    this.message = messages.join(' ');
    this.messageIsError = invalid.length > 0 || overMax;
    this.pending = invalid.join(', ');
    if (this.input) this.input.value = this.pending;
    if (added.length) {
      this.value = next;
      this.announcement =
        added.length === 1
          ? this.localize.t('recipients.added', { address: added[0]! })
          : this.localize.t('recipients.addedMany', { count: added.length });
      this.fireChange();
    }
    return added.length > 0;
  }

  private removeAt(index: number, focusAfter: 'input' | 'chip'): void {
    const address = this.value[index];
    if (address === undefined) return;
    this.value = this.value.filter((_, i) => i !== index);
    this.message = '';
    this.announcement = this.localize.t('recipients.removed', { address });
    this.fireChange();
    void this.updateComplete.then(() => {
      const buttons = this.removeButtons();
      const target = focusAfter === 'chip' ? (buttons[index] ?? buttons[index - 1]) : undefined;
      (target ?? this.input)?.focus();
    });
  }

  private removeButtons(): HTMLButtonElement[] {
    return [...(this.renderRoot as ShadowRoot).querySelectorAll<HTMLButtonElement>('.recipients__remove')];
  }

  private onInput(event: Event): void {
    this.pending = (event.target as HTMLInputElement).value;
    if (this.message && !this.messageIsError) this.message = '';
  }

  private onKeydown(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement;
    const text = input.value;
    const hasText = text.trim() !== '';
    switch (event.key) {
      case 'Enter':
      case ',':
      case ';':
        if (event.key === 'Enter' && event.isComposing) return;
        event.preventDefault();
        if (hasText) this.commit(text);
        break;
      case ' ':
        // A space inside "Name <address>" is part of the entry; elsewhere it ends the address.
        if (text.includes('<') && !text.includes('>')) return;
        event.preventDefault();
        if (hasText) this.commit(text);
        break;
      case 'Tab':
        // Adds what was typed; focus still moves on (never a keyboard trap, even when the address is invalid).
        if (hasText) this.commit(text);
        break;
      case 'Backspace':
        if (text === '' && this.value.length) {
          event.preventDefault();
          this.removeAt(this.value.length - 1, 'input');
        }
        break;
      default:
    }
  }

  private onPaste(event: ClipboardEvent): void {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    // One plain word is pasted as text; a list (anything with a separator) becomes chips at once.
    if (!/[\s,;]/.test(pasted.trim())) return;
    event.preventDefault();
    const input = event.target as HTMLInputElement;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    this.commit(`${input.value.slice(0, start)} ${pasted} ${input.value.slice(end)}`);
  }

  private onBlur(): void {
    // Nothing typed is lost: a complete address left in the input becomes a chip when focus leaves.
    if (this.pending.trim()) this.commit(this.pending);
    this.touched = true;
  }

  // --- rendering -----------------------------------------------------------------------------------------------

  protected override render() {
    const disabled = this.isDisabled;
    const invalid = Boolean(this.error) || (this.messageIsError && this.message !== '');
    return html`<div part="base" class="form-control">
      ${this.renderLabel()}
      <div part="box" class="form-control__box recipients__box ${invalid ? 'form-control__box--invalid' : ''}">
        ${
          this.value.length
            ? html`<ul part="chips" class="recipients__chips" aria-labelledby="label">
                ${this.value.map(
                  (address, index) =>
                    html`<li part="chip" class="recipients__chip">
                      <span class="recipients__address">${address}</span>
                      <button
                        part="remove-button"
                        class="recipients__remove"
                        type="button"
                        aria-label=${this.localize.t('recipients.remove', { address })}
                        ?disabled=${disabled}
                        @click=${() => this.removeAt(index, 'chip')}
                      >
                        ${removeIcon}
                      </button>
                    </li>`
                )}
              </ul>`
            : nothing
        }
        <input
          id="control"
          part="control"
          class="recipients__input"
          type="text"
          inputmode="email"
          autocomplete="off"
          spellcheck="false"
          placeholder=${this.placeholder || nothing}
          ?disabled=${disabled}
          aria-required=${this.required ? 'true' : 'false'}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.describedBy('instructions', this.message ? 'message' : undefined)}
          .value=${live(this.pending)}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @paste=${this.onPaste}
          @blur=${this.onBlur}
        />
      </div>
      <p id="instructions" class="visually-hidden">${this.localize.t('recipients.instructions')}</p>
      <p
        part="message"
        id="message"
        class="recipients__message ${this.messageIsError ? 'form-control__message--error' : ''}"
        role="status"
      >
        ${this.message}
      </p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.renderHelpAndError()}
    </div>`;
  }
}
