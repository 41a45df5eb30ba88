import { defineElement } from '../shared/define.js';
import { HdLogin } from './login.js';

export { HdLogin };
defineElement('hd-login', HdLogin);

declare global {
  interface HTMLElementTagNameMap {
    'hd-login': HdLogin;
  }
}
