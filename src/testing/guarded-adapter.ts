import * as z from 'zod/mini';
import type { HelpDeskAdapter } from '../core/adapter.js';
import { Capabilities } from '../core/capabilities.js';
import { Session } from '../core/model/account.js';
import { Case, Comment, FileReference } from '../core/model/case.js';
import { Category } from '../core/model/catalog.js';
import { Article, Entitlement, Invoice } from '../core/model/extras.js';
import { FieldOption, FormDefinition } from '../core/model/form.js';
import { pageOf } from '../core/model/page.js';
import { assertHelpDeskError, assertShape } from './assert.js';

const CasePage = pageOf(Case);
const CommentPage = pageOf(Comment);

/**
 * Wraps the adapter under test so that every call, in every check, keeps the two rules of the contract: what
 * resolves passes the core schemas, and what rejects is a HelpDeskError with a known code. A check that is about
 * something else still fails, with a precise message, the moment an adapter breaks either rule.
 */
export function guardAdapter(adapter: HelpDeskAdapter): HelpDeskAdapter {
  async function call<S extends z.ZodMiniType>(method: string, schema: S, run: () => Promise<unknown>) {
    let result: unknown;
    try {
      result = await run();
    } catch (error) {
      // An aborted call may surface as the platform's AbortError: that is what the caller's signal asked for.
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw assertHelpDeskError(error, `adapter.${method}()`);
    }
    return assertShape(schema, result, `the result of adapter.${method}()`) as z.infer<S>;
  }
  async function callVoid(method: string, run: () => Promise<unknown>): Promise<void> {
    await call(method, z.unknown(), run);
  }

  return {
    name: adapter.name,
    capabilities: o => call('capabilities', Capabilities, () => adapter.capabilities(o)),
    getSession: o => call('getSession', z.nullable(Session), () => adapter.getSession(o)),
    signIn: (c, o) => call('signIn', Session, () => adapter.signIn(c, o)),
    signOut: o => callVoid('signOut', () => adapter.signOut(o)),
    requestSignupLink: (e, o) => callVoid('requestSignupLink', () => adapter.requestSignupLink(e, o)),
    completeSignup: (i, o) => call('completeSignup', Session, () => adapter.completeSignup(i, o)),
    requestPasswordReset: (e, o) => callVoid('requestPasswordReset', () => adapter.requestPasswordReset(e, o)),
    completePasswordReset: (i, o) => callVoid('completePasswordReset', () => adapter.completePasswordReset(i, o)),
    changePassword: (i, o) => callVoid('changePassword', () => adapter.changePassword(i, o)),
    listCategories: o => call('listCategories', z.array(Category), () => adapter.listCategories(o)),
    getForm: (id, o) => call('getForm', FormDefinition, () => adapter.getForm(id, o)),
    getFieldOptions: (f, id, q, o) =>
      call('getFieldOptions', z.array(FieldOption), () => adapter.getFieldOptions(f, id, q, o)),
    uploadAttachment: (f, o) => call('uploadAttachment', FileReference, () => adapter.uploadAttachment(f, o)),
    createCase: (i, o) => call('createCase', Case, () => adapter.createCase(i, o)),
    listCases: (q, o) => call('listCases', CasePage, () => adapter.listCases(q, o)),
    getCase: (id, o) => call('getCase', Case, () => adapter.getCase(id, o)),
    listComments: (id, q, o) => call('listComments', CommentPage, () => adapter.listComments(id, q, o)),
    addComment: (id, i, o) => call('addComment', Comment, () => adapter.addComment(id, i, o)),
    closeCase: (id, o) => call('closeCase', Case, () => adapter.closeCase(id, o)),
    reopenCase: (id, o) => call('reopenCase', Case, () => adapter.reopenCase(id, o)),
    listEntitlements: o => call('listEntitlements', z.array(Entitlement), () => adapter.listEntitlements(o)),
    listInvoices: o => call('listInvoices', z.array(Invoice), () => adapter.listInvoices(o)),
    suggestArticles: (q, o) => call('suggestArticles', z.array(Article), () => adapter.suggestArticles(q, o)),
    subscribe: listener => adapter.subscribe(listener)
  };
}
