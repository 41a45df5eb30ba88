import type { TemplateResult } from 'lit';
import type { FieldView } from './field-view.js';
import { renderCascadeControl } from './cascade-control.js';
import { renderCheckboxControl } from './checkbox-control.js';
import { isDefined, renderLookupElement, renderRecipientsElement, renderRichTextElement } from './element-controls.js';
import { renderMultiselectControl, renderRadioControl } from './choice-group-control.js';
import { renderSelectControl } from './select-control.js';
import { renderTextControl } from './text-control.js';
import { renderTextareaControl } from './textarea-control.js';

export type { FieldView, RenderField } from './field-view.js';
export { fieldIds } from './field-view.js';

/**
 * Draws one field with the control module of its kind. Rich text, lookup and recipients use the library's own
 * controls (`<hd-rich-text>`, `<hd-lookup>`, `<hd-recipients>`) when their tags are registered, and plain stand-ins
 * (a textarea, a text input, comma-separated addresses) when they are not.
 */
export function renderField(view: FieldView): TemplateResult {
  if (view.field.presentation === 'radio') return renderRadioControl(view);
  switch (view.field.kind) {
    case 'richtext':
      return isDefined('hd-rich-text') ? renderRichTextElement(view) : renderTextareaControl(view);
    case 'lookup':
      return isDefined('hd-lookup') ? renderLookupElement(view) : renderTextControl(view);
    case 'recipients':
      return isDefined('hd-recipients') ? renderRecipientsElement(view) : renderTextControl(view);
    case 'textarea':
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
