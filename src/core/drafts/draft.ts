import type { FileReference } from '../model/case.js';
import type { FieldValue } from '../model/form.js';

/**
 * What a customer has typed so far, kept so that nothing is lost: restored after a reload, a crash, a failed
 * submit or a new sign-in. Passwords never go into a draft.
 */
export interface Draft {
  /** Field values, plus the route choices (category, department, channel) under keys of their own. */
  values: Record<string, FieldValue>;
  /** Files already uploaded, so they need not be picked again. */
  attachments: FileReference[];
  /** The step the customer was on. */
  step?: string;
  /**
   * One key per draft, sent with every submit of it: a retried or doubled submit creates one case. A new key is made
   * only when the draft is discarded or its case was created.
   */
  idempotencyKey: string;
  updatedAt: string;
}

/** Where drafts live; the default keeps them in IndexedDB, tests and hosts may pass their own. */
export interface DraftStore {
  load(key: string): Promise<Draft | undefined>;
  save(key: string, draft: Draft): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * The key of a draft: the backend, the signed-in user and what is being written (a form or a reply to one case),
 * so two customers sharing a browser never see each other's words.
 */
export function draftKey(parts: { adapter: string; userId: string; subject: string }): string {
  return `${parts.adapter}|${parts.userId}|${parts.subject}`;
}

export function newDraft(): Draft {
  return { values: {}, attachments: [], idempotencyKey: crypto.randomUUID(), updatedAt: new Date().toISOString() };
}
