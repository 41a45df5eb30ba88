import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldFrame, fieldIds, type FieldView } from './field-view.js';

/**
 * A single choice from a list. Options of a dependent select (seed 003: Módulo after Aplicación) arrive already
 * resolved in `view.options`; while its parent is empty it offers nothing but the "Choose…" prompt.
 */
export function renderSelectControl(view: FieldView): TemplateResult {
  const { field } = view;
  const ids = fieldIds(view);
  const value = typeof view.value === 'string' ? view.value : '';
  return fieldFrame(
    view,
    html`<select
      part="control"
      class="field__control"
      id=${ids.control}
      name=${field.id}
      ?required=${field.required ?? false}
      ?disabled=${view.disabled ?? false}
      aria-invalid=${view.error ? 'true' : 'false'}
      aria-describedby=${describedBy(view) ?? nothing}
      .value=${live(value)}
      @change=${(event: Event) => view.onChange((event.target as HTMLSelectElement).value)}
      @blur=${view.onBlur}
    >
      <option value="" ?selected=${value === ''}>${view.strings.choose}</option>
      ${view.options.map(
        option => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`
      )}
    </select>`
  );
}
