import { defineElement } from '../shared/define.js';
import { HdCaseList } from './case-list.js';

export { HdCaseList };
defineElement('hd-case-list', HdCaseList);

declare global {
  interface HTMLElementTagNameMap {
    'hd-case-list': HdCaseList;
  }
}
