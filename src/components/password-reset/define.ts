import '../password-forgot/define.js';
import { defineElement } from '../shared/define.js';
import { HdPasswordReset } from './password-reset.js';

export { HdPasswordReset };
defineElement('hd-password-reset', HdPasswordReset);

declare global {
  interface HTMLElementTagNameMap {
    'hd-password-reset': HdPasswordReset;
  }
}
