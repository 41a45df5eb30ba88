import type { Session } from '../../core/model/account.js';
import type { Category } from '../../core/model/catalog.js';
import type { Case, Comment, FileReference } from '../../core/model/case.js';
import type { Article } from '../../core/model/extras.js';
import type { Entitlement } from '../../core/model/extras.js';

/**
 * Every event the elements fire, with its detail. They bubble and cross shadow roots, so a host page can listen on
 * `document` or on the portal element.
 */
export interface HdEventDetails {
  'hd-signed-in': { session: Session };
  'hd-signed-out': Record<string, never>;
  /**
   * The user asked to go to another view (`sign-in`, `register`, `forgot-password`, `reset-password`,
   * `change-password`, `my-cases` ...). The portal switches views; a standalone page routes. `href` is set when the
   * element rendered a real link: cancel the event to route yourself instead of following it. `returnTo` names the
   * view to come back to afterwards (a session that expired mid-task).
   */
  'hd-navigate': { view: HdView; href?: string; returnTo?: HdView };
  /** A sign-up or password reset link was sent (or, for an unknown address, silently not). */
  'hd-link-sent': { kind: 'signup' | 'reset'; email: string };
  /** The password was changed while signed in, or reset from an e-mailed link. */
  'hd-password-changed': { via: 'change' | 'reset' };
  /** A category card or subcategory was chosen. */
  'hd-category-select': { category: Category; path: Category[] };
  /** An emergency category was confirmed; the host may alert its team at once. */
  'hd-emergency': { category: Category; case?: Case };
  'hd-step-change': { step: string; index: number; total: number };
  'hd-case-created': { case: Case };
  /** A case in a list was opened. */
  'hd-case-open': { caseId: string; reference: string };
  'hd-comment-added': { caseId: string; comment: Comment };
  /**
   * The backend asked for a session: nobody is signed in (`signed-out`), or the session ended while the user was
   * working (`session-expired`; what they typed is kept). The portal shows its sign-in view.
   */
  'hd-sign-in-required': { reason: 'signed-out' | 'session-expired' };
  /** Files were added, uploaded, removed or failed in an attachment picker. */
  'hd-attachments-change': { references: FileReference[]; pending: boolean };
  /** An hour bag was chosen in `hd-entitlements`; cancel it to show a detail view of your own. */
  'hd-entitlement-open': { entitlement: Entitlement };
  /** A suggested article was opened; cancel it to show the article in the page instead of a new tab. */
  'hd-article-open': { article: Article };
  /** Anything the user should know went wrong, already shown in the element; for the host's logs. */
  'hd-error': { code: string; message: string };
  /**
   * `hd-helpdesk` showed another view (`home`, `new-case`, `my-cases`, `case`, `sign-in` ...). `hash` is the view's
   * deep link (`#hd/case/CAS-01202-B2K8P0`), also when the portal does not write it to the address bar.
   */
  'hd-view-change': { view: string; hash: string };
  /** `hd-launcher` opened its panel. */
  'hd-open': Record<string, never>;
  /** `hd-launcher` closed its panel. */
  'hd-close': Record<string, never>;
}

/** The views `hd-navigate` names; any other string is a view of the host's own. */
export type HdView =
  | 'sign-in'
  | 'register'
  | 'forgot-password'
  | 'reset-password'
  | 'change-password'
  | 'my-cases'
  | (string & Record<never, never>);

export type HdEventName = keyof HdEventDetails;
export type HdEvent<K extends HdEventName> = CustomEvent<HdEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'hd-signed-in': HdEvent<'hd-signed-in'>;
    'hd-signed-out': HdEvent<'hd-signed-out'>;
    'hd-navigate': HdEvent<'hd-navigate'>;
    'hd-link-sent': HdEvent<'hd-link-sent'>;
    'hd-password-changed': HdEvent<'hd-password-changed'>;
    'hd-category-select': HdEvent<'hd-category-select'>;
    'hd-emergency': HdEvent<'hd-emergency'>;
    'hd-step-change': HdEvent<'hd-step-change'>;
    'hd-case-created': HdEvent<'hd-case-created'>;
    'hd-case-open': HdEvent<'hd-case-open'>;
    'hd-comment-added': HdEvent<'hd-comment-added'>;
    'hd-sign-in-required': HdEvent<'hd-sign-in-required'>;
    'hd-attachments-change': HdEvent<'hd-attachments-change'>;
    'hd-entitlement-open': HdEvent<'hd-entitlement-open'>;
    'hd-article-open': HdEvent<'hd-article-open'>;
    'hd-error': HdEvent<'hd-error'>;
    'hd-view-change': HdEvent<'hd-view-change'>;
    'hd-open': HdEvent<'hd-open'>;
    'hd-close': HdEvent<'hd-close'>;
  }
}
