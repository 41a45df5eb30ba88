import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldIds, groupFrame, type FieldView } from './field-view.js';

/** Several choices: a checkbox per option inside a fieldset, the label being its legend. */
export function renderMultiselectControl(view: FieldView): TemplateResult {
  const { field } = view;
  const ids = fieldIds(view);
  const chosen = Array.isArray(view.value) ? view.value : [];
  const toggle = (value: string, checked: boolean) => {
    const next = view.options
      .map(option => option.value)
      .filter(item => (item === value ? checked : chosen.includes(item)));
    view.onChange(next);
  };
  return groupFrame(
    view,
    html`${view.options.map(
      (option, index) =>
        html`<label class="field__choice">
          <input
            type="checkbox"
            id=${index === 0 ? ids.control : `${ids.control}-${index}`}
            name=${field.id}
            value=${option.value}
            ?disabled=${view.disabled ?? false}
            aria-invalid=${view.error ? 'true' : 'false'}
            .checked=${live(chosen.includes(option.value))}
            @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)}
          />
          <span>${option.label}</span>
        </label>`
    )}`
  );
}

/** One choice shown as radio buttons (the attention mode: ticket or phone call back). */
export function renderRadioControl(view: FieldView): TemplateResult {
  const { field } = view;
  const ids = fieldIds(view);
  const value = typeof view.value === 'string' ? view.value : '';
  return groupFrame(
    view,
    html`${view.options.map(
      (option, index) =>
        html`<label class="field__choice">
          <input
            type="radio"
            id=${index === 0 ? ids.control : `${ids.control}-${index}`}
            name=${`${ids.control}-radio`}
            value=${option.value}
            ?required=${field.required ?? false}
            ?disabled=${view.disabled ?? false}
            aria-invalid=${view.error ? 'true' : 'false'}
            .checked=${live(value === option.value)}
            @change=${() => view.onChange(option.value)}
          />
          <span>${option.label}</span>
        </label>`
    )}`
  );
}
