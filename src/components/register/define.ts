import { defineElement } from '../shared/define.js';
import { HdRegister } from './register.js';

export { HdRegister };
defineElement('hd-register', HdRegister);

declare global {
  interface HTMLElementTagNameMap {
    'hd-register': HdRegister;
  }
}
