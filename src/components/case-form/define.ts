// Registers <hd-case-form> with the controls it draws: the attachment picker, lookup, recipients, rich text (whose
// editor still loads on demand) and article suggestions.
import '../article-suggestions/define.js';
import '../attachment-picker/define.js';
import '../lookup/define.js';
import '../recipients/define.js';
import '../rich-text/define.js';
import { defineElement } from '../shared/define.js';
import { HdCaseForm } from './case-form.js';

export { HdCaseForm };
defineElement('hd-case-form', HdCaseForm);

declare global {
  interface HTMLElementTagNameMap {
    'hd-case-form': HdCaseForm;
  }
}
