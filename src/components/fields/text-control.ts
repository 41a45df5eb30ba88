import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldKind } from '../../core/model/form.js';
import { describedBy, fieldFrame, fieldIds, textOf, type FieldView } from './field-view.js';

interface InputTraits {
  type: string;
  inputmode?: string;
  autocomplete?: string;
  spellcheck?: boolean;
}

/** What the browser and the on-screen keyboard should offer for each kind of one-line field. */
const TRAITS: Partial<Record<FieldKind, InputTraits>> = {
  text: { type: 'text' },
  email: { type: 'email', inputmode: 'email', autocomplete: 'email', spellcheck: false },
  phone: { type: 'tel', inputmode: 'tel', autocomplete: 'tel', spellcheck: false },
  number: { type: 'number', inputmode: 'decimal', autocomplete: 'off' },
  date: { type: 'date' },
  // A NIT is digits with dots and a dash before the check digit: a numeric keypad would hide the dash.
  taxid: { type: 'text', autocomplete: 'off', spellcheck: false },
  // Plain fallbacks until the dedicated lookup and recipients controls arrive with the case-form issue.
  lookup: { type: 'text', autocomplete: 'off' },
  recipients: { type: 'text', inputmode: 'email', autocomplete: 'off', spellcheck: false }
};

/** Recipients typed as one line: addresses separated by commas, semicolons or spaces. */
function splitAddresses(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map(item => item.trim())
    .filter(Boolean);
}

/**
 * One-line fields: text, e-mail, phone, number, date and tax id, each with the input type, keyboard and autofill
 * hint that suits it. Also the plain stand-in for lookup and recipients fields.
 */
export function renderTextControl(view: FieldView): TemplateResult {
  const { field } = view;
  const traits = TRAITS[field.kind] ?? { type: 'text' };
  const ids = fieldIds(view);
  const autocomplete = field.autocomplete ?? traits.autocomplete;
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    view.onChange(field.kind === 'recipients' ? splitAddresses(text) : text);
  };
  return fieldFrame(
    view,
    html`<input
      part="control"
      class="field__control"
      id=${ids.control}
      name=${field.id}
      type=${traits.type}
      inputmode=${traits.inputmode ?? nothing}
      autocomplete=${autocomplete ?? nothing}
      spellcheck=${traits.spellcheck === false ? 'false' : nothing}
      placeholder=${field.placeholder ?? nothing}
      minlength=${field.kind === 'text' && field.minLength !== undefined ? field.minLength : nothing}
      maxlength=${field.maxLength !== undefined && field.kind !== 'number' ? field.maxLength : nothing}
      min=${field.kind === 'number' && field.min !== undefined ? field.min : nothing}
      max=${field.kind === 'number' && field.max !== undefined ? field.max : nothing}
      ?required=${field.required ?? false}
      ?disabled=${view.disabled ?? false}
      aria-invalid=${view.error ? 'true' : 'false'}
      aria-describedby=${describedBy(view) ?? nothing}
      .value=${live(textOf(view.value))}
      @input=${onInput}
      @blur=${view.onBlur}
    />`
  );
}
