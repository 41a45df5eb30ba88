import { defineElement } from '../shared/define.js';
import { HdPasswordForgot } from './password-forgot.js';

export { HdPasswordForgot };
defineElement('hd-password-forgot', HdPasswordForgot);

declare global {
  interface HTMLElementTagNameMap {
    'hd-password-forgot': HdPasswordForgot;
  }
}
