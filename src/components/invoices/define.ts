import { defineElement } from '../shared/define.js';
import { HdInvoices } from './invoices.js';

export { HdInvoices };
defineElement('hd-invoices', HdInvoices);

declare global {
  interface HTMLElementTagNameMap {
    'hd-invoices': HdInvoices;
  }
}
