import {
  FileReference,
  HelpDeskError,
  type Attachment,
  type Case,
  type CaseInput,
  type HelpDeskAdapter,
  type IdempotentOptions,
  type Session
} from '../../core/index.js';
import { checked, parseChecked } from '../http/responses.js';
import { suggestArticles } from './articles.js';
import { zendeskCapabilities } from './capabilities.js';
import { ZendeskCatalog, type ResolvedForm } from './catalog.js';
import { ZendeskClient } from './client.js';
import { addComment, listComments } from './comments.js';
import { numericId } from './errors.js';
import { IdempotencyGuard } from './idempotency.js';
import { listCases } from './listing.js';
import { lookupOptions } from './lookups.js';
import type { ZendeskAdapterOptions } from './options.js';
import { attachmentOf, caseOf, checkInput, createBody, requestValues } from './requests.js';
import { ZendeskSession } from './session.js';
import { ZendeskTokens } from './tokens.js';
import { CommentsResponse, RequestResponse, RequestsResponse, UploadResponse, type AttachmentWire } from './wire.js';

export interface ZendeskAdapter extends HelpDeskAdapter {
  readonly name: 'zendesk';
}

function unsupported(what: string): Promise<never> {
  return Promise.reject(
    new HelpDeskError('unsupported', `Zendesk does not offer ${what} to end users through its API.`)
  );
}

/** Plain text of a description, as Zendesk keeps it, for recognizing a request the adapter sent. */
function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The adapter for Zendesk Support, called from the browser with the end user's OAuth access token (or through a
 * proxy at `baseUrl`). See docs/zendesk.md for the OAuth client, CORS and the field mapping.
 */
export function createZendeskAdapter(options: ZendeskAdapterOptions): ZendeskAdapter {
  const tokens = new ZendeskTokens(options);
  const client = new ZendeskClient(options, tokens);
  const session = new ZendeskSession(client, tokens);
  const catalog = new ZendeskCatalog(client, options);
  const capabilities = zendeskCapabilities(options);
  const locale = options.locale ?? 'en';
  const createGuard = new IdempotencyGuard(`${client.account.href}:requests`);
  const commentGuard = new IdempotencyGuard(`${client.account.href}:comments`);
  /** The files behind upload tokens, so a new case lists its attachments without asking again. */
  const uploaded = new Map<string, AttachmentWire>();
  const articleLocale = typeof options.articles === 'object' ? options.articles.locale : undefined;

  async function readCase(id: string, me: Session, signal?: AbortSignal): Promise<Case> {
    const requestId = numericId(id, 'Case');
    const first = new URLSearchParams({ sort: 'created_at', 'page[size]': '1' });
    const [answer, thread, { fields }] = await Promise.all([
      client.get(
        `requests/${requestId}`,
        new URLSearchParams({ include: 'users' }),
        RequestResponse,
        'the case',
        signal
      ),
      client.get(`requests/${requestId}/comments`, first, CommentsResponse, 'the case description', signal),
      catalog.load(signal)
    ]);
    const request = answer.request;
    const description = thread.comments[0];
    return caseOf(request, {
      fields,
      session: me,
      options,
      path: await catalog.pathOf(request.ticket_form_id, requestValues(request, fields)),
      attachments: (description?.attachments ?? []).filter(item => item.inline !== true).map(attachmentOf),
      users: answer.users ?? []
    });
  }

  /** Looks among the user's newest requests for one an uncertain earlier try created. */
  async function findCreated(input: CaseInput, since: number, claimed: ReadonlySet<string>, signal?: AbortSignal) {
    const params = new URLSearchParams({ 'page[size]': '25', sort_by: 'created_at', sort_order: 'desc' });
    const answer = await client.get('requests', params, RequestsResponse, 'the list of requests', signal);
    const subject = input.subject.trim();
    const description = plain(input.description);
    // Zendesk's clock and the browser's may differ: a generous window, as subject and description must match too.
    const found = answer.requests.find(
      request =>
        !claimed.has(String(request.id)) &&
        Date.parse(request.created_at) >= since - 5 * 60_000 &&
        (request.subject ?? '') === subject &&
        plain(request.description ?? '') === description
    );
    return found ? String(found.id) : undefined;
  }

  async function sendCase(resolved: ResolvedForm, input: CaseInput, me: Session, call: IdempotentOptions) {
    const { fields } = await catalog.load(call.signal);
    const uploads = input.attachments.map(file => file.id);
    const request = createBody(resolved, input, uploads, resolved.definition.priorityField === true);
    const headers: Record<string, string> =
      options.idempotencyHeader === false ? {} : { 'Idempotency-Key': call.idempotencyKey };
    const answer = await client.post('requests', { request }, RequestResponse, 'the new case', {
      signal: call.signal,
      headers
    });
    const attachments: Attachment[] = input.attachments.map(file => {
      const wire = uploaded.get(file.id);
      return wire ? attachmentOf(wire) : { id: file.id, name: file.name, size: file.size, mimeType: file.mimeType };
    });
    const recipients = Array.isArray(request['collaborators']) ? (request['collaborators'] as string[]) : undefined;
    const value = caseOf(answer.request, {
      fields,
      session: me,
      options,
      path: resolved.path,
      attachments,
      ...(recipients ? { recipients } : {})
    });
    return { id: String(answer.request.id), value };
  }

  const adapter: ZendeskAdapter = {
    name: 'zendesk',

    capabilities: async () => structuredClone(capabilities),

    getSession: call => session.current(call?.signal),

    async signIn(credentials, call) {
      if (credentials.kind !== 'token') {
        throw new HelpDeskError('unsupported', 'Zendesk signs customers in on its own page; pass the OAuth token.');
      }
      return session.signIn(credentials.token, call?.signal);
    },

    async signOut() {
      session.signOut();
    },

    requestSignupLink: () => unsupported('signup'),
    completeSignup: () => unsupported('signup'),
    requestPasswordReset: () => unsupported('password reset'),
    completePasswordReset: () => unsupported('password reset'),

    async changePassword(input, call) {
      if (capabilities.accounts.changePassword.mode !== 'api') return unsupported('a password change');
      const me = await session.require(call?.signal);
      await client.putIgnoringAnswer(
        `users/${numericId(me.user.id, 'User')}/password`,
        { previous_password: input.current, password: input.next },
        { signal: call?.signal }
      );
    },

    async listCategories(call) {
      await session.require(call?.signal);
      return catalog.categories(call?.signal);
    },

    async getForm(categoryId, call) {
      await session.require(call?.signal);
      return structuredClone((await catalog.formOf(categoryId, call?.signal)).definition);
    },

    async getFieldOptions(formId, fieldId, query = {}, call) {
      await session.require(call?.signal);
      const resolved = await catalog.formById(formId, call?.signal);
      const field = resolved.definition.fields.find(item => item.id === fieldId);
      if (!field) throw new HelpDeskError('not-found', `Field "${fieldId}" is not on form "${formId}".`);
      const text = (query.query ?? '').trim().toLocaleLowerCase();
      if (field.kind === 'lookup') {
        const { fields } = await catalog.load(call?.signal);
        const wire = fields.get(Number(fieldId));
        return wire ? lookupOptions(client, wire, query.query ?? '', call?.signal) : [];
      }
      const options = structuredClone(field.options ?? []);
      return text === '' ? options : options.filter(option => option.label.toLocaleLowerCase().includes(text));
    },

    async uploadAttachment(file, call = {}) {
      await session.require(call.signal);
      const answer = await client.upload(file, new URLSearchParams({ filename: file.name }), call);
      const { upload } = parseChecked(UploadResponse, answer, 'the upload');
      uploaded.set(upload.token, upload.attachment);
      return checked(
        FileReference,
        { id: upload.token, name: file.name, size: file.size, mimeType: file.type || upload.attachment.content_type },
        'the upload'
      );
    },

    async createCase(input, call) {
      const me = await session.require(call.signal);
      const resolved = await catalog.formOf(input.categoryId, call.signal);
      checkInput(resolved, input, locale);
      return createGuard.run(call.idempotencyKey, {
        create: () => sendCase(resolved, input, me, call),
        find: (since, claimed) => findCreated(input, since, claimed, call.signal),
        load: id => readCase(id, me, call.signal)
      });
    },

    async listCases(query, call) {
      const me = await session.require(call?.signal);
      return listCases({ client, catalog, options }, me, query, call?.signal);
    },

    async getCase(id, call) {
      const me = await session.require(call?.signal);
      return readCase(id, me, call?.signal);
    },

    async listComments(caseId, query, call) {
      const me = await session.require(call?.signal);
      return listComments({ client, guard: commentGuard }, me, caseId, query, call?.signal);
    },

    async addComment(caseId, input, call) {
      const me = await session.require(call.signal);
      return addComment({ client, guard: commentGuard }, me, caseId, input, call.idempotencyKey, call.signal);
    },

    async closeCase(id, call) {
      if (!capabilities.cases.close) return unsupported('closing requests');
      const me = await session.require(call?.signal);
      const requestId = numericId(id, 'Case');
      await client.put(`requests/${requestId}`, { request: { solved: true } }, RequestResponse, 'the solved case', {
        signal: call?.signal
      });
      return readCase(id, me, call?.signal);
    },

    reopenCase: () => unsupported('reopening requests (a reply reopens a solved request)'),

    listEntitlements: () => unsupported('entitlements'),
    listInvoices: () => unsupported('invoices'),

    async suggestArticles(query, call) {
      if (!capabilities.articles) return unsupported('article suggestions');
      return suggestArticles(client, query, articleLocale, call?.signal);
    },

    subscribe: () => () => undefined
  };
  return adapter;
}
