import * as z from 'zod/mini';
import {
  Article,
  Capabilities,
  Case,
  Category,
  Comment,
  Entitlement,
  FieldOption,
  FileReference,
  FormDefinition,
  HelpDeskError,
  Invoice,
  isHelpDeskError,
  pageOf,
  Session,
  type HelpDeskAdapter
} from '../../core/index.js';
import { createHttpClient } from '../http/http-client.js';
import { resolveHttpOptions } from '../http/options.js';
import { parseChecked } from '../http/responses.js';
import { TokenSource } from '../http/tokens.js';
import { ChangeFeed } from './changes.js';
import type { RestAdapterOptions } from './options.js';
import {
  caseBody,
  caseListParams,
  commentBody,
  commentListParams,
  fieldOptionParams,
  idempotencyHeader,
  segment
} from './requests.js';
import { ChangeTicket, SessionGrant } from './schemas.js';

const CasePage = pageOf(Case);
const CommentPage = pageOf(Comment);

/** Settles like `promise`, or rejects with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export interface RestAdapter extends HelpDeskAdapter {
  readonly name: 'rest';
}

/**
 * The adapter for the library's own HTTP contract (docs/openapi.yaml): for vendors who write their own backend, or
 * a proxy in front of any help desk. Every method is one operation of the contract; docs/rest.md tells how to
 * implement it.
 */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  const resolved = resolveHttpOptions(options);
  const tokens = new TokenSource(options);
  // Writes without a key are sent once: a 429 on sign-in or an account link is a lock-out the user is told about.
  const http = createHttpClient(resolved, tokens, { writes: 'never' });
  let capabilities: Promise<Capabilities> | undefined;

  const readCapabilities = (signal?: AbortSignal): Promise<Capabilities> => {
    // The first answer is kept: capabilities describe the backend, not the moment. The shared request carries no
    // caller's signal, so one caller cancelling does not fail the others.
    if (!capabilities) {
      const pending = http.json({ method: 'get', path: 'capabilities' }, Capabilities, 'capabilities()');
      capabilities = pending;
      pending.catch(() => {
        if (capabilities === pending) capabilities = undefined;
      });
    }
    return signal ? untilAborted(capabilities, signal) : capabilities;
  };

  const feed = new ChangeFeed({
    liveUpdates: async () => (await readCapabilities()).liveUpdates,
    ticket: () => http.json({ method: 'post', path: 'changes/tickets' }, ChangeTicket, 'the change ticket'),
    streamUrl: (ticket, after) => {
      const url = new URL('changes/stream', resolved.baseUrl);
      url.searchParams.set('ticket', ticket);
      url.searchParams.set('after', after);
      return url.href;
    },
    withCredentials: resolved.credentials === 'include'
  });

  const grant = (value: z.infer<typeof SessionGrant>) => {
    tokens.hold(value.accessToken);
    feed.sessionChanged();
    return value.session;
  };

  return {
    name: 'rest',

    capabilities: call => readCapabilities(call?.signal).then(value => structuredClone(value)),

    async getSession(call) {
      try {
        return await http.json({ method: 'get', path: 'session', signal: call?.signal }, Session, 'getSession()');
      } catch (error) {
        if (isHelpDeskError(error, 'unauthorized')) return null;
        throw error;
      }
    },

    async signIn(credentials, call) {
      const json =
        credentials?.kind === 'token'
          ? { kind: 'token', token: credentials.token }
          : { kind: 'password', login: credentials?.login, password: credentials?.password };
      const spec = { method: 'post', path: 'session', json, signal: call?.signal, refresh: false } as const;
      return grant(await http.json(spec, SessionGrant, 'signIn()'));
    },

    async signOut(call) {
      try {
        await http.send({ method: 'delete', path: 'session', signal: call?.signal, refresh: false, repeat: 'safe' });
      } catch (error) {
        // Already signed out (or the session expired): that is what the caller wanted.
        if (!isHelpDeskError(error, 'unauthorized')) throw error;
      } finally {
        tokens.drop();
        feed.sessionChanged();
      }
    },

    async requestSignupLink(email, call) {
      const spec = { method: 'post', path: 'account/signup-requests', json: { email }, refresh: false } as const;
      await http.send({ ...spec, signal: call?.signal });
    },

    async completeSignup(input, call) {
      const json = { token: input?.token, name: input?.name, password: input?.password };
      const spec = { method: 'post', path: 'account/signups', json, signal: call?.signal, refresh: false } as const;
      return grant(await http.json(spec, SessionGrant, 'completeSignup()'));
    },

    async requestPasswordReset(email, call) {
      const spec = {
        method: 'post',
        path: 'account/password-reset-requests',
        json: { email },
        refresh: false
      } as const;
      await http.send({ ...spec, signal: call?.signal });
    },

    async completePasswordReset(input, call) {
      const json = { token: input?.token, password: input?.password };
      await http.send({ method: 'post', path: 'account/password-resets', json, signal: call?.signal, refresh: false });
    },

    async changePassword(input, call) {
      const json = { current: input?.current, next: input?.next };
      await http.send({ method: 'post', path: 'account/password-changes', json, signal: call?.signal });
    },

    listCategories: call =>
      http.json({ method: 'get', path: 'categories', signal: call?.signal }, z.array(Category), 'listCategories()'),

    async getForm(categoryId, call) {
      const path = `categories/${segment(categoryId, 'Category')}/form`;
      return http.json({ method: 'get', path, signal: call?.signal }, FormDefinition, 'getForm()');
    },

    async getFieldOptions(formId, fieldId, query, call) {
      const path = `forms/${segment(formId, 'Form')}/fields/${segment(fieldId, 'Field')}/options`;
      const spec = { method: 'get', path, searchParams: fieldOptionParams(query), signal: call?.signal } as const;
      return http.json(spec, z.array(FieldOption), 'getFieldOptions()');
    },

    async uploadAttachment(file, upload) {
      if (!(file instanceof Blob)) {
        throw new HelpDeskError('invalid', 'Not a file.', { fieldErrors: { attachments: 'Not a file.' } });
      }
      const response = await http.upload({
        path: 'uploads',
        file,
        signal: upload?.signal,
        onProgress: upload?.onProgress
      });
      if (!response.ok) throw await http.errorOf(response);
      return parseChecked(FileReference, await response.text(), 'uploadAttachment()');
    },

    async createCase(input, call) {
      const headers = idempotencyHeader(call?.idempotencyKey);
      const json = caseBody(input);
      const spec = { method: 'post', path: 'cases', json, headers, signal: call?.signal, repeat: 'safe' } as const;
      return http.json(spec, Case, 'createCase()');
    },

    listCases: (query, call) =>
      http.json(
        { method: 'get', path: 'cases', searchParams: caseListParams(query), signal: call?.signal },
        CasePage,
        'listCases()'
      ),

    async getCase(id, call) {
      const path = `cases/${segment(id, 'Case')}`;
      return http.json({ method: 'get', path, signal: call?.signal }, Case, 'getCase()');
    },

    async listComments(caseId, query, call) {
      const path = `cases/${segment(caseId, 'Case')}/comments`;
      const spec = { method: 'get', path, searchParams: commentListParams(query), signal: call?.signal } as const;
      return http.json(spec, CommentPage, 'listComments()');
    },

    async addComment(caseId, input, call) {
      const path = `cases/${segment(caseId, 'Case')}/comments`;
      const headers = idempotencyHeader(call?.idempotencyKey);
      const spec = { method: 'post', path, json: commentBody(input), headers, repeat: 'safe' } as const;
      return http.json({ ...spec, signal: call?.signal }, Comment, 'addComment()');
    },

    async closeCase(id, call) {
      // Closing a closed case changes nothing, so the request may be repeated like a safe one.
      const path = `cases/${segment(id, 'Case')}/close`;
      return http.json({ method: 'post', path, signal: call?.signal, repeat: 'safe' }, Case, 'closeCase()');
    },

    async reopenCase(id, call) {
      const path = `cases/${segment(id, 'Case')}/reopen`;
      return http.json({ method: 'post', path, signal: call?.signal, repeat: 'safe' }, Case, 'reopenCase()');
    },

    listEntitlements: call =>
      http.json({ method: 'get', path: 'entitlements', signal: call?.signal }, z.array(Entitlement), 'entitlements'),

    listInvoices: call =>
      http.json({ method: 'get', path: 'invoices', signal: call?.signal }, z.array(Invoice), 'listInvoices()'),

    suggestArticles: (query, call) =>
      http.json(
        {
          method: 'get',
          path: 'articles/suggestions',
          searchParams: new URLSearchParams({ query: String(query ?? '') }),
          signal: call?.signal
        },
        z.array(Article),
        'suggestArticles()'
      ),

    subscribe: listener => feed.subscribe(listener)
  };
}
