import type { TemplateResult } from 'lit';
import type { FieldView } from './field-view.js';
import { renderCascadeControl } from './cascade-control.js';
import { renderCheckboxControl } from './checkbox-control.js';
import { renderMultiselectControl, renderRadioControl } from './choice-group-control.js';
import { renderSelectControl } from './select-control.js';
import { renderTextControl } from './text-control.js';
import { renderTextareaControl } from './textarea-control.js';

export type { FieldView, RenderField } from './field-view.js';
export { fieldIds } from './field-view.js';

/** Draws one field with the control module of its kind. */
export function renderField(view: FieldView): TemplateResult {
  if (view.field.presentation === 'radio') return renderRadioControl(view);
  switch (view.field.kind) {
    case 'textarea':
    case 'richtext':
      return renderTextareaControl(view);
    case 'select':
      return renderSelectControl(view);
    case 'multiselect':
      return renderMultiselectControl(view);
    case 'checkbox':
      return renderCheckboxControl(view);
    case 'cascade':
      return renderCascadeControl(view);
    default:
      // text, email, phone, number, date, taxid, and the one-line stand-ins for lookup and recipients.
      return renderTextControl(view);
  }
}
