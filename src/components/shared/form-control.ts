import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HdElement } from './hd-element.js';

/** A reason the value is not acceptable, as `ElementInternals.setValidity` takes it. */
export interface ValidityProblem {
  flags: ValidityStateFlags;
  message: string;
}

/**
 * The base of the library's own form controls (lookup, recipients, rich text): form association through
 * `ElementInternals`, the shared `name` / `required` / `disabled` / `label` / `help` / `error` attributes, and the
 * label, help and error rendered in the control's own shadow root so `for`, `aria-describedby` and `aria-invalid`
 * reach the real inner control.
 *
 * A subclass says what its form value is (`formValue`), when it is empty, which inner element carries validity and
 * focus (`validityAnchor`), any problem of its own (`ownProblem`), and how to go back to its default (`resetValue`).
 * `error` is the host form's message: shown and announced, but it does not change validity (the host validates).
 */
export abstract class HdFormControl extends HdElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** Set by a disabled ancestor `<fieldset>`. */
  @state() protected formDisabled = false;
  /** Whether the user has changed the value or left the control: errors of `required` show only after that. */
  @state() protected touched = false;

  /** The name the value is submitted under in the form data. */
  @property({ reflect: true }) name = '';

  /** The visible label. */
  @property() label = '';

  /** A hint under the control, announced with it. */
  @property() help = '';

  /** A message from the host form (the value was refused); shown under the control and marks it invalid. */
  @property() error = '';

  /** The value must not be empty. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Nothing can be changed and the value is not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Leaves out the "(optional)" after the label of a control that is not required. */
  @property({ type: Boolean, attribute: 'no-optional-mark' }) noOptionalMark = false;

  /** The value as the form submits it; `null` submits nothing. */
  protected abstract formValue(): string | null;
  /** Whether there is no value (for `required`). */
  protected abstract isEmpty(): boolean;
  /** The inner element focus and validity messages go to. */
  protected abstract validityAnchor(): HTMLElement | null | undefined;
  /** Back to the value the control had when the page set it up (a form reset). */
  protected abstract resetValue(): void;
  /** A problem of the control's own, beyond `required` (an invalid address left in the input, too long ...). */
  protected ownProblem(): ValidityProblem | undefined {
    return undefined;
  }
  /** The value restored by the browser (back/forward cache, autofill of a restored session). */
  protected restoreValue(_state: string): void {}

  /** Whether the control is disabled by itself or by a disabled fieldset around it. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The label text, or a localized default when the page set none. */
  protected abstract defaultLabel(): string;

  protected get labelText(): string {
    return this.label || this.defaultLabel();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
  }

  /** Hands the current value and validity to the form. Called after every render. */
  protected syncForm(): void {
    const value = this.formValue();
    this.internals.setFormValue(value, value);
    const problem = this.currentProblem();
    const anchor = this.validityAnchor() ?? undefined;
    if (problem) this.internals.setValidity(problem.flags, problem.message, anchor);
    else this.internals.setValidity({});
    // `:state(user-invalid)`: invalid after the user had a chance to fill it in, as `:user-invalid` for inputs.
    const userInvalid = Boolean(this.error) || (this.touched && problem !== undefined);
    try {
      if (userInvalid) this.internals.states.add('user-invalid');
      else this.internals.states.delete('user-invalid');
    } catch {
      // Browsers without CustomStateSet: styling by state is a nicety.
    }
  }

  private currentProblem(): ValidityProblem | undefined {
    if (this.isDisabled) return undefined;
    if (this.required && this.isEmpty()) {
      return { flags: { valueMissing: true }, message: this.localize.t('field.required', { label: this.labelText }) };
    }
    return this.ownProblem();
  }

  /** Called by the browser when the owning form is reset. */
  formResetCallback(): void {
    this.resetValue();
    this.touched = false;
  }

  /** Called by the browser when a `<fieldset>` around the control is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Called by the browser when it restores the page (history navigation). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.restoreValue(state);
  }

  /** The form the control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Checks validity and, when invalid, shows the browser's message at the inner control and focuses it. */
  reportValidity(): boolean {
    this.touched = true;
    return this.internals.reportValidity();
  }

  /** Moves focus to the inner control. */
  override focus(options?: FocusOptions): void {
    const anchor = this.validityAnchor();
    if (anchor) anchor.focus(options);
    else super.focus(options);
  }

  override blur(): void {
    this.validityAnchor()?.blur();
  }

  /** Fires the native-like `change` event (bubbles, composed); only ever called on a user action. */
  protected fireChange(): void {
    this.touched = true;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Fires `input` (bubbles, composed) as the user edits. */
  protected fireInput(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  // --- rendering helpers ---------------------------------------------------------------------------------------

  /** Ids of the pieces every control renders. */
  protected readonly ids = { control: 'control', label: 'label', help: 'help', error: 'error' } as const;

  /** `aria-describedby` of the inner control: help, the host's error, and any extra ids (own messages). */
  protected describedBy(...extra: (string | false | undefined)[]): string | typeof nothing {
    const list = [this.help ? this.ids.help : '', this.error ? this.ids.error : '', ...extra].filter(Boolean);
    return list.length ? list.join(' ') : nothing;
  }

  /** The label, with "(optional)" after controls that may stay empty. `forControl` false gives a plain element. */
  protected renderLabel(forControl = true): TemplateResult {
    const optional =
      this.required || this.noOptionalMark
        ? nothing
        : html` <span class="form-control__optional">${this.localize.t('common.optional')}</span>`;
    return forControl
      ? html`<label part="form-control-label" class="form-control__label" id=${this.ids.label} for=${this.ids.control}
          >${this.labelText}${optional}</label
        >`
      : html`<span part="form-control-label" class="form-control__label" id=${this.ids.label}
          >${this.labelText}${optional}</span
        >`;
  }

  protected renderHelpAndError(): TemplateResult {
    return html`${
      this.help
        ? html`<p part="form-control-help" class="form-control__help" id=${this.ids.help}>${this.help}</p>`
        : nothing
    }${
      this.error
        ? html`<p part="form-control-error" class="form-control__error" id=${this.ids.error}>${this.error}</p>`
        : nothing
    }`;
  }
}

/** Styles of the shared pieces: label, help, error, and the box of a control. */
export const formControlStyles = css`
  :host {
    display: block;
  }

  .form-control {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }

  .form-control__label {
    font-weight: 600;
    inline-size: fit-content;
  }

  .form-control__optional {
    font-weight: 400;
    color: var(--_muted);
  }

  .form-control__help {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .form-control__error,
  .form-control__message--error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 600;
  }

  .form-control__box {
    font: inherit;
    color: inherit;
    inline-size: 100%;
    max-inline-size: var(--control-max-width, 40rem);
    border: 1px solid var(--control-border-color, var(--_border));
    border-radius: var(--control-radius, var(--_radius));
    background: var(--control-background, var(--_surface));
  }

  .form-control__box[aria-invalid='true'],
  .form-control__box--invalid {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }

  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    padding: 0.25rem;
    line-height: 1;
  }

  .icon-button svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
