import '../attachment-picker/define.js';
import { defineElement } from '../shared/define.js';
import { HdReplyComposer } from './reply-composer.js';

export { HdReplyComposer };
defineElement('hd-reply-composer', HdReplyComposer);

declare global {
  interface HTMLElementTagNameMap {
    'hd-reply-composer': HdReplyComposer;
  }
}
