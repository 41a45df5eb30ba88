import { defineElement } from '../shared/define.js';
import { HdCaseForm } from './case-form.js';

export { HdCaseForm };
defineElement('hd-case-form', HdCaseForm);

declare global {
  interface HTMLElementTagNameMap {
    'hd-case-form': HdCaseForm;
  }
}
