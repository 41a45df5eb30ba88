import { defineElement } from '../shared/define.js';
import { HdLookup } from './lookup.js';

export { HdLookup };
defineElement('hd-lookup', HdLookup);

declare global {
  interface HTMLElementTagNameMap {
    'hd-lookup': HdLookup;
  }
}
