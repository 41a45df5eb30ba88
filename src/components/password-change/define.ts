import { defineElement } from '../shared/define.js';
import { HdPasswordChange } from './password-change.js';

export { HdPasswordChange };
defineElement('hd-password-change', HdPasswordChange);

declare global {
  interface HTMLElementTagNameMap {
    'hd-password-change': HdPasswordChange;
  }
}
