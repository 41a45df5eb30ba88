import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldIds, helpAndError, labelText, type FieldView } from './field-view.js';

/** A single yes/no box, its label beside it (a required one must be ticked, as for accepting terms). */
export function renderCheckboxControl(view: FieldView): TemplateResult {
  const { field } = view;
  const ids = fieldIds(view);
  return html`<div part="field" class="field field--checkbox" data-field=${field.id} data-kind=${field.kind}>
    <div class="field__choice">
      <input
        part="control"
        type="checkbox"
        id=${ids.control}
        name=${field.id}
        ?required=${field.required ?? false}
        ?disabled=${view.disabled ?? false}
        aria-invalid=${view.error ? 'true' : 'false'}
        aria-describedby=${describedBy(view) ?? nothing}
        .checked=${live(view.value === true)}
        @change=${(event: Event) => view.onChange((event.target as HTMLInputElement).checked)}
        @blur=${view.onBlur}
      />
      <label part="label" class="field__label" id=${ids.label} for=${ids.control}>${labelText(view)}</label>
    </div>
    ${helpAndError(view)}
  </div>`;
}
