// Registers <hd-case-form> with the attachment picker. Lookup, recipients, rich text and article suggestions are
// registered when a form that draws them loads (see controls.ts).
import '../attachment-picker/define.js';
import { defineElement } from '../shared/define.js';
import { HdCaseForm } from './case-form.js';

export { HdCaseForm };
defineElement('hd-case-form', HdCaseForm);

declare global {
  interface HTMLElementTagNameMap {
    'hd-case-form': HdCaseForm;
  }
}
