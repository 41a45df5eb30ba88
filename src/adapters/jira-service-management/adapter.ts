import { HelpDeskError, type HelpDeskAdapter } from '../../core/index.js';
import { suggestArticles } from './articles.js';
import { JiraCases } from './cases.js';
import { createJiraClient } from './client.js';
import { JiraComments } from './comments.js';
import { JiraContext } from './context.js';
import { JiraForms } from './forms.js';
import { IdempotencyGuard, IdempotencyStore } from './idempotency.js';
import { capabilitiesOf, type JiraServiceManagementOptions } from './options.js';
import { JiraSession } from './session.js';
import { JiraUploads } from './uploads.js';

export interface JiraServiceManagementAdapter extends HelpDeskAdapter {
  readonly name: 'jira-service-management';
}

function unsupported(what: string): Promise<never> {
  return Promise.reject(new HelpDeskError('unsupported', `Jira Service Management has no API for ${what}.`));
}

/**
 * The adapter for Jira Service Management Cloud, through the vendor's proxy (docs/jira-service-management.md):
 * request type groups and request types as category cards, request type fields as forms, temporary attachments,
 * customer requests as cases, public comments as the thread, knowledge base articles as suggestions. Accounts live
 * with the host and Atlassian: sign-in takes the host's token, signup and passwords are hosted pages.
 */
export function createJiraServiceManagementAdapter(
  options: JiraServiceManagementOptions
): JiraServiceManagementAdapter {
  const client = createJiraClient(options);
  const ctx = new JiraContext(client, options);
  const capabilities = capabilitiesOf(options);
  const session = new JiraSession(ctx);
  const forms = new JiraForms(ctx);
  const uploads = new JiraUploads(ctx);
  const guard = new IdempotencyGuard(new IdempotencyStore(options.idempotencyStore ?? 'session'));
  const cases = new JiraCases({ ctx, forms, uploads, session, guard });
  const comments = new JiraComments({ ctx, uploads, session, guard, changed: () => cases.changed() });

  return {
    name: 'jira-service-management',

    capabilities: async () => structuredClone(capabilities),

    getSession: call => session.getSession(call),
    async signIn(credentials, call) {
      const result = await session.signIn(credentials, call);
      cases.changed();
      ctx.forgetCatalog(); // another customer may see other desks and request types
      return result;
    },
    async signOut() {
      await session.signOut();
      cases.changed();
      ctx.forgetCatalog();
    },

    requestSignupLink: () => unsupported('signup (it is a page of the customer portal)'),
    completeSignup: () => unsupported('signup (it is a page of the customer portal)'),
    requestPasswordReset: () => unsupported('password resets (they are a page of the customer portal)'),
    completePasswordReset: () => unsupported('password resets (they are a page of the customer portal)'),
    changePassword: () => unsupported('password changes (they are a page of the customer portal)'),

    async listCategories(call) {
      await client.requireSession();
      return structuredClone((await ctx.catalog(call)).tree);
    },
    async getForm(categoryId, call) {
      await client.requireSession();
      return forms.getForm(categoryId, call);
    },
    async getFieldOptions(formId, fieldId, query, call) {
      await client.requireSession();
      return forms.getFieldOptions(formId, fieldId, query, call);
    },

    uploadAttachment: (file, upload) => uploads.upload(file, upload),
    createCase: (input, call) => cases.createCase(input, call),
    listCases: (query, call) => cases.listCases(query, call),
    getCase: (id, call) => cases.getCase(id, call),
    listComments: (caseId, query, call) => comments.listComments(caseId, query, call),
    addComment: (caseId, input, call) => comments.addComment(caseId, input, call),

    closeCase(id, call) {
      if (!capabilities.cases.close) return unsupported('closing requests until `transitions.close` names one');
      return cases.transition(id, options.transitions?.close ?? [], true, call);
    },
    reopenCase(id, call) {
      if (!capabilities.cases.reopen) return unsupported('reopening requests until `transitions.reopen` names one');
      return cases.transition(id, options.transitions?.reopen ?? [], false, call);
    },

    listEntitlements: () => unsupported('hour bags or entitlements (only SLAs)'),
    listInvoices: () => unsupported('invoices'),
    suggestArticles: (query, call) => suggestArticles(ctx, query, call),

    // Jira pushes nothing to a browser: the UI polls.
    subscribe: () => () => undefined
  };
}
