// Registers the light <hd-rich-text> class only: the editor and DOMPurify load with dynamic import() when the first
// element connects (see rich-text.ts).
import { defineElement } from '../shared/define.js';
import { HdRichText, loadRichTextEditor } from './rich-text.js';

export { HdRichText, loadRichTextEditor };
defineElement('hd-rich-text', HdRichText);

declare global {
  interface HTMLElementTagNameMap {
    'hd-rich-text': HdRichText;
  }
}
