import { defineElement } from '../shared/define.js';
import { HdAttachmentPicker } from './attachment-picker.js';

export { HdAttachmentPicker };
defineElement('hd-attachment-picker', HdAttachmentPicker);

declare global {
  interface HTMLElementTagNameMap {
    'hd-attachment-picker': HdAttachmentPicker;
  }
}
