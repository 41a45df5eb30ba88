import { defineElement } from '../../components/shared/define.js';
import { HdHelpdesk } from './helpdesk.js';

export { HdHelpdesk };
defineElement('hd-helpdesk', HdHelpdesk);

declare global {
  interface HTMLElementTagNameMap {
    'hd-helpdesk': HdHelpdesk;
  }
}
