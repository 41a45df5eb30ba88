import { defineElement } from '../shared/define.js';
import { HdAccountMenu } from './account-menu.js';

export { HdAccountMenu };
defineElement('hd-account-menu', HdAccountMenu);

declare global {
  interface HTMLElementTagNameMap {
    'hd-account-menu': HdAccountMenu;
  }
}
