import * as z from 'zod/mini';
import { Case, type Comment } from '../../core/index.js';
import { seedBulkCases } from './bulk-cases.js';
import { firstStatusOf, updateCaseStatus } from './case-status.js';
import { statusById, toCase, toComment } from './case-view.js';
import { checked } from './checked.js';
import { storeComment } from './comments.js';
import type { LocalContext } from './context.js';
import { invalid, notFound } from './errors.js';
import { issueLinkToken } from './link-tokens.js';
import type { UserRecord } from './records.js';
import { emailKey } from './text.js';
import { randomId } from './tokens.js';

/**
 * The agent's side of the local help desk, so a demo or a test can play a case's whole life: answer it, move it,
 * and stand in for a host application that signs its users in with its own tokens. No session needed: this is the
 * support team, not the customer.
 */
export interface SupportApi {
  /** An agent reply; the case moves to the first status waiting on the customer. */
  reply(caseId: string, input: { body: string; bodyFormat?: 'text' | 'html'; authorName?: string }): Promise<Comment>;
  setStatus(caseId: string, statusId: string): Promise<Case>;
  /**
   * A token the host page can pass to `signIn({ kind: 'token', token })`, valid for a day. A host knows its users:
   * an address without an account gets one (without password), named `name` or after the address.
   */
  issueHostToken(email: string, name?: string): Promise<string>;
  /** Every case of every customer, newest first. */
  listAllCases(): Promise<Case[]>;
  /** Inserts `count` generated cases for one requester in one transaction; returns how many. */
  seedBulkCases(count: number, options: { requesterEmail: string }): Promise<number>;
}

export function createSupportApi(ctx: LocalContext): SupportApi {
  return {
    async reply(caseId, input) {
      const { db, catalog } = await ctx.state();
      if (!(await db.get('cases', caseId))) throw notFound('Case', caseId);
      if (typeof input?.body !== 'string' || input.body.trim() === '') {
        throw invalid('A reply needs a body.', { body: ctx.messages.commentRequired });
      }
      const comment = await storeComment(ctx, caseId, {
        author: { name: input.authorName ?? ctx.messages.supportAgent, role: 'agent' },
        body: input.body,
        bodyFormat: input.bodyFormat ?? 'text',
        attachments: [],
        statusId: firstStatusOf(catalog, 'waiting-on-customer')
      });
      return toComment(comment);
    },

    async setStatus(caseId, statusId) {
      const { db, catalog } = await ctx.state();
      if (!(await db.get('cases', caseId))) throw notFound('Case', caseId);
      if (!catalog.statuses.some(status => status.id === statusId)) throw notFound('Status', statusId);
      return toCase(catalog, await updateCaseStatus(ctx, caseId, statusById(catalog, statusId).id));
    },

    async issueHostToken(email, name) {
      const key = emailKey(String(email ?? ''));
      if (!/^[^\s@]+@[^\s@]+$/.test(key)) throw invalid('Not an e-mail address.', { email: ctx.messages.emailInvalid });
      const { db } = await ctx.state();
      const tx = db.transaction('users', 'readwrite');
      if (!(await tx.store.index('emailKey').get(key))) {
        const user: UserRecord = {
          id: randomId(),
          name: name?.trim() || key.split('@')[0] || key,
          email: email.trim(),
          emailKey: key,
          createdAt: ctx.now().toISOString()
        };
        await tx.store.add(user);
      }
      await tx.done;
      return issueLinkToken(ctx, 'host', key);
    },

    async listAllCases() {
      const { db, catalog } = await ctx.state();
      const records = await db.getAll('cases');
      records.sort((a, b) =>
        a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1
      );
      return checked(
        z.array(Case),
        records.map(record => toCase(catalog, record)),
        'case list'
      );
    },

    seedBulkCases: (count, options) => seedBulkCases(ctx, count, options.requesterEmail)
  };
}
