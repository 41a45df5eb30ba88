import { defineElement } from '../shared/define.js';
import { HdEntitlements } from './entitlements.js';

export { HdEntitlements };
defineElement('hd-entitlements', HdEntitlements);

declare global {
  interface HTMLElementTagNameMap {
    'hd-entitlements': HdEntitlements;
  }
}
