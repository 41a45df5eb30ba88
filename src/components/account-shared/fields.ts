import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** What one labelled input of an account form needs. Label, input, hint and error share one shadow root. */
export interface InputFieldOptions {
  /** Also the input's name; its error paragraph is `<id>-error`. */
  id: string;
  label: string;
  type: 'text' | 'email' | 'password';
  /** `username`, `current-password`, `new-password`, `email`, `name` ... so browsers and password managers help. */
  autocomplete: string;
  value: string;
  error?: string | undefined;
  /** Marks the input invalid without a message of its own (the form-level alert, in `describedBy`, says why). */
  invalid?: boolean;
  /** Ids of other descriptions of this input (a hint, the strength meter), read after the error. */
  describedBy?: readonly (string | false | undefined)[];
  readonly?: boolean;
  /** Shown under the input and its error, inside the field: a hint, the strength meter. */
  extra?: TemplateResult | typeof nothing;
  onInput?: (value: string) => void;
}

/** The ids an input is described by: its error first (when it has one), then the rest. */
function describedByIds(options: InputFieldOptions): string | undefined {
  const ids = [options.error ? `${options.id}-error` : undefined, ...(options.describedBy ?? [])].filter(
    (id): id is string => typeof id === 'string' && id !== ''
  );
  return ids.length ? ids.join(' ') : undefined;
}

export function inputField(options: InputFieldOptions): TemplateResult {
  return html`<div class="field" part="field" data-field=${options.id}>
    <label class="field__label" part="label" for=${options.id}>${options.label}</label>
    <input
      class="field__control"
      part="input"
      id=${options.id}
      name=${options.id}
      type=${options.type}
      autocomplete=${options.autocomplete}
      spellcheck="false"
      autocapitalize=${options.autocomplete === 'name' ? 'words' : 'off'}
      ?readonly=${options.readonly ?? false}
      ?required=${!options.readonly}
      aria-invalid=${options.error || options.invalid ? 'true' : 'false'}
      aria-describedby=${describedByIds(options) ?? nothing}
      .value=${live(options.value)}
      @input=${(event: Event) => options.onInput?.((event.target as HTMLInputElement).value)}
    />
    <p class="field__error" part="field-error" id="${options.id}-error" ?hidden=${!options.error}>${options.error}</p>
    ${options.extra ?? nothing}
  </div>`;
}

/** "Mostrar contraseña": a checkbox that shows the password inputs of the form as plain text while ticked. */
export function showPasswordCheckbox(
  id: string,
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void
) {
  return html`<div class="check" part="show-password">
    <input
      type="checkbox"
      id=${id}
      .checked=${live(checked)}
      @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
  </div>`;
}

/** A simple check of the shape of an address; the backend has the last word. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
