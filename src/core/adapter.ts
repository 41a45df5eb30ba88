import type { Capabilities } from './capabilities.js';
import type { HelpDeskChange } from './changes.js';
import type { Credentials, Session } from './model/account.js';
import type { Category } from './model/catalog.js';
import type { Case, CaseInput, Comment, CommentInput, FileReference, StatusCategory } from './model/case.js';
import type { Article, Entitlement, Invoice } from './model/extras.js';
import type { FieldOption, FieldValue, FormDefinition } from './model/form.js';
import type { Page } from './model/page.js';

/** Every method takes an optional signal so an element can cancel what it no longer needs. */
export interface CallOptions {
  signal?: AbortSignal;
}

export interface UploadOptions extends CallOptions {
  /** Called with the bytes sent so far and the total. */
  onProgress?: (sent: number, total: number) => void;
}

export interface IdempotentOptions extends CallOptions {
  /** The same key twice creates one case (or comment), however often the call is retried. */
  idempotencyKey: string;
}

export type CaseSortField = 'createdAt' | 'updatedAt' | 'reference' | 'subject' | 'priority' | 'status';

export interface CaseQuery {
  /** Cases the customer created, or every case of their organization. */
  scope: 'mine' | 'organization';
  /** Only cases whose status falls into one of these categories. */
  statusCategories?: StatusCategory[];
  /** Only cases in one of these backend statuses. */
  statusIds?: string[];
  search?: string;
  sort?: { field: CaseSortField; direction: 'asc' | 'desc' };
  /** Opaque cursor from a previous page. */
  cursor?: string | null;
  size?: number;
}

export interface CommentQuery {
  order?: 'newest-first' | 'oldest-first';
  cursor?: string | null;
  size?: number;
}

export interface FieldOptionsQuery {
  query?: string;
  /** Values of the fields this one depends on. */
  parentValues?: Record<string, FieldValue>;
}

/** A change somewhere in the help desk, pushed to subscribers so lists and threads update live. */
export type { HelpDeskChange };

export type Unsubscribe = () => void;

/**
 * The one interface every backend implements. Methods return data that passed the core schemas, or throw a
 * `HelpDeskError`. The conformance suite in `helpdesk-elements/testing` checks every rule written here.
 *
 * Rules that hold for every method:
 * - A call whose signal aborts rejects with the signal's `AbortError` (a `DOMException`), not a `HelpDeskError`:
 *   the caller cancelled it and has nothing to tell the user.
 * - Anything about cases and the catalog needs a session; without one it throws `unauthorized`.
 * - Unknown ids (category, form, field, case) throw `not-found`; a case the user may not see is `not-found` too,
 *   so its existence does not leak.
 * - A capability that is off makes its methods throw `unsupported` (token sign-in when `hostToken` is false too).
 * - `invalid` names the fields in `fieldErrors`, keyed by field id (`current`, `password`, `next` for accounts).
 */
export interface HelpDeskAdapter {
  /** A short name for logs and error reports (`local`, `rest`, `zendesk` ...). */
  readonly name: string;

  capabilities(options?: CallOptions): Promise<Capabilities>;

  // Session
  getSession(options?: CallOptions): Promise<Session | null>;
  signIn(credentials: Credentials, options?: CallOptions): Promise<Session>;
  signOut(options?: CallOptions): Promise<void>;

  // Accounts. Answers never tell whether an address already has an account.
  requestSignupLink(email: string, options?: CallOptions): Promise<void>;
  completeSignup(input: { token: string; name: string; password: string }, options?: CallOptions): Promise<Session>;
  requestPasswordReset(email: string, options?: CallOptions): Promise<void>;
  completePasswordReset(input: { token: string; password: string }, options?: CallOptions): Promise<void>;
  changePassword(input: { current: string; next: string }, options?: CallOptions): Promise<void>;

  // Catalog
  listCategories(options?: CallOptions): Promise<Category[]>;
  getForm(categoryId: string, options?: CallOptions): Promise<FormDefinition>;
  getFieldOptions(
    formId: string,
    fieldId: string,
    query?: FieldOptionsQuery,
    options?: CallOptions
  ): Promise<FieldOption[]>;

  // Cases
  /** Reports progress at least once, the last time with the file's whole size. */
  uploadAttachment(file: File, options?: UploadOptions): Promise<FileReference>;
  createCase(input: CaseInput, options: IdempotentOptions): Promise<Case>;
  listCases(query: CaseQuery, options?: CallOptions): Promise<Page<Case>>;
  getCase(id: string, options?: CallOptions): Promise<Case>;
  listComments(caseId: string, query?: CommentQuery, options?: CallOptions): Promise<Page<Comment>>;
  addComment(caseId: string, input: CommentInput, options: IdempotentOptions): Promise<Comment>;
  /** Moves the case to a `closed` or `resolved` status; `unsupported` when `capabilities().cases.close` is false. */
  closeCase(id: string, options?: CallOptions): Promise<Case>;
  /** Throws `unsupported` when `capabilities().cases.reopen` is false. */
  reopenCase(id: string, options?: CallOptions): Promise<Case>;

  // Extras. Each throws `unsupported` when its capability is false.
  listEntitlements(options?: CallOptions): Promise<Entitlement[]>;
  listInvoices(options?: CallOptions): Promise<Invoice[]>;
  suggestArticles(query: string, options?: CallOptions): Promise<Article[]>;

  /** Pushes changes as they happen; adapters without push return a no-op and say `liveUpdates: false`. */
  subscribe(listener: (change: HelpDeskChange) => void): Unsubscribe;
}
