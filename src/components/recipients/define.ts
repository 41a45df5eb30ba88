import { defineElement } from '../shared/define.js';
import { HdRecipients } from './recipients.js';

export { HdRecipients };
defineElement('hd-recipients', HdRecipients);

declare global {
  interface HTMLElementTagNameMap {
    'hd-recipients': HdRecipients;
  }
}
