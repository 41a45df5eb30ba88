import type { Session } from '../../core/model/account.js';
import type { Category } from '../../core/model/catalog.js';
import type { Case, Comment } from '../../core/model/case.js';

/**
 * Every event the elements fire, with its detail. They bubble and cross shadow roots, so a host page can listen on
 * `document` or on the portal element.
 */
export interface HdEventDetails {
  'hd-signed-in': { session: Session };
  'hd-signed-out': Record<string, never>;
  /** A category card or subcategory was chosen. */
  'hd-category-select': { category: Category; path: Category[] };
  /** An emergency category was confirmed; the host may alert its team at once. */
  'hd-emergency': { category: Category; case?: Case };
  'hd-step-change': { step: string; index: number; total: number };
  'hd-case-created': { case: Case };
  /** A case in a list was opened. */
  'hd-case-open': { caseId: string; reference: string };
  'hd-comment-added': { caseId: string; comment: Comment };
  /** Anything the user should know went wrong, already shown in the element; for the host's logs. */
  'hd-error': { code: string; message: string };
}

export type HdEventName = keyof HdEventDetails;
export type HdEvent<K extends HdEventName> = CustomEvent<HdEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'hd-signed-in': HdEvent<'hd-signed-in'>;
    'hd-signed-out': HdEvent<'hd-signed-out'>;
    'hd-category-select': HdEvent<'hd-category-select'>;
    'hd-emergency': HdEvent<'hd-emergency'>;
    'hd-step-change': HdEvent<'hd-step-change'>;
    'hd-case-created': HdEvent<'hd-case-created'>;
    'hd-case-open': HdEvent<'hd-case-open'>;
    'hd-comment-added': HdEvent<'hd-comment-added'>;
    'hd-error': HdEvent<'hd-error'>;
  }
}
