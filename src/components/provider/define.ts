import { defineElement } from '../shared/define.js';
import { HdProvider } from './provider.js';

export { HdProvider };
defineElement('hd-provider', HdProvider);

declare global {
  interface HTMLElementTagNameMap {
    'hd-provider': HdProvider;
  }
}
