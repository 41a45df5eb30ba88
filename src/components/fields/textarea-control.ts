import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldFrame, fieldIds, textOf, type FieldView } from './field-view.js';

/**
 * Multi-line text. Also the plain stand-in for rich text: the formatting toolbar (bold, italic, underline) is a
 * dedicated control that comes with the case-form issue; until then the customer writes plain text.
 */
export function renderTextareaControl(view: FieldView): TemplateResult {
  const { field } = view;
  const ids = fieldIds(view);
  return fieldFrame(
    view,
    html`<textarea
      part="control"
      class="field__control field__control--multiline"
      id=${ids.control}
      name=${field.id}
      rows="5"
      placeholder=${field.placeholder ?? nothing}
      maxlength=${field.maxLength ?? nothing}
      ?required=${field.required ?? false}
      ?disabled=${view.disabled ?? false}
      aria-invalid=${view.error ? 'true' : 'false'}
      aria-describedby=${describedBy(view) ?? nothing}
      .value=${live(textOf(view.value))}
      @input=${(event: Event) => view.onChange((event.target as HTMLTextAreaElement).value)}
      @blur=${view.onBlur}
    ></textarea>`
  );
}
