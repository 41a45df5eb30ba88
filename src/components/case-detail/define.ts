import '../reply-composer/define.js';
import { defineElement } from '../shared/define.js';
import { HdCaseDetail } from './case-detail.js';

export { HdCaseDetail };
defineElement('hd-case-detail', HdCaseDetail);

declare global {
  interface HTMLElementTagNameMap {
    'hd-case-detail': HdCaseDetail;
  }
}
