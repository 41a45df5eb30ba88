import type * as z from 'zod/mini';
import { HelpDeskError } from '../../core/index.js';
import { createHttpClient, type HttpClient, type RequestSpec } from '../http/http-client.js';
import { resolveHttpOptions, type ResolvedHttpOptions } from '../http/options.js';
import { parseChecked } from '../http/responses.js';
import { TokenSource } from '../http/tokens.js';
import { readJiraError } from './errors.js';
import type { JiraServiceManagementOptions } from './options.js';
import { paged, TemporaryAttachmentsDto } from './schemas.js';

// HTTP to the vendor's proxy, on the library's network layer (src/adapters/http: timeouts, retries of safe
// requests with back-off and Retry-After, one token refresh on 401, upload progress and cancel, HTTP status ->
// HelpDeskError). What is Jira's own lives here: the paths, the `X-ExperimentalApi: opt-in` and
// `X-Atlassian-Token: no-check` headers the document asks for, offset paging, and Jira's error body (errors.ts).

/** The Service Management REST API, relative to the proxy's base URL. */
export const API = 'rest/servicedeskapi/';
/** The Jira platform's "who am I", which the proxy answers for the customer its token stands for. */
export const MYSELF = 'rest/api/3/myself';

/** Operations marked experimental in the document (`x-experimental`) refuse calls without this header (412). */
export const EXPERIMENTAL = { 'X-ExperimentalApi': 'opt-in' } as const;

/** Tokens with a sign-out gate: once signed out, even a host's `getToken` is not used until the next signIn. */
export class SessionTokens extends TokenSource {
  signedOut = false;

  override async current(): Promise<string | undefined> {
    return this.signedOut ? undefined : super.current();
  }
}

export interface CallContext {
  signal?: AbortSignal | undefined;
}

export interface JiraClient {
  readonly tokens: SessionTokens;
  readonly resolved: ResolvedHttpOptions;
  /** Throws `unauthorized` without a request when nobody is signed in (no token, and no cookie session to try). */
  requireSession(): Promise<void>;
  get<S extends z.ZodMiniType>(
    path: string,
    params: URLSearchParams | undefined,
    schema: S,
    what: string,
    call?: CallContext & { experimental?: boolean; token?: string; refresh?: boolean }
  ): Promise<z.infer<S>>;
  post<S extends z.ZodMiniType>(
    path: string,
    json: unknown,
    schema: S,
    what: string,
    call?: CallContext & { headers?: Record<string, string> }
  ): Promise<z.infer<S>>;
  /** A POST whose success has no body (a transition: 204). */
  postEmpty(path: string, json: unknown, call?: CallContext): Promise<void>;
  /** Every item of a paged list, page after page, up to `max`; `complete` says whether the last page was reached. */
  scan<S extends z.ZodMiniType>(
    path: string,
    params: URLSearchParams,
    item: S,
    what: string,
    call?: CallContext & { max?: number; experimental?: boolean }
  ): Promise<{ items: z.infer<S>[]; complete: boolean }>;
  /** `POST /servicedesk/{id}/attachTemporaryFile` with progress; returns the temporary attachment id. */
  uploadTemporary(
    serviceDeskId: string,
    file: File,
    call: CallContext & { onProgress?: ((sent: number, total: number) => void) | undefined }
  ): Promise<string>;
}

/** A path segment; an empty id is `not-found` without asking Jira. */
export function segment(id: unknown, what: string): string {
  if (typeof id !== 'string' || id.trim() === '') {
    throw new HelpDeskError('not-found', `${what} "${String(id)}" does not exist.`);
  }
  return encodeURIComponent(id);
}

const PAGE_LIMIT = 100;

export function createJiraClient(options: JiraServiceManagementOptions): JiraClient {
  const resolved = resolveHttpOptions(options);
  const tokens = new SessionTokens(options);
  // Writes are never repeated by the HTTP layer: Jira has no idempotency key, so a repeat could raise a second
  // request. Creates are repeated by their guard instead (idempotency.ts), which looks for what a failed try raised.
  const http: HttpClient = createHttpClient(resolved, tokens, { readError: readJiraError, writes: 'never' });

  async function requireSession(): Promise<void> {
    if (resolved.credentials === 'include') return; // the proxy's cookie may hold a session: let it answer
    if (!(await tokens.current())) throw new HelpDeskError('unauthorized', 'Sign in to continue.');
  }

  const spec = (
    method: RequestSpec['method'],
    path: string,
    extra: Partial<RequestSpec>,
    call: CallContext | undefined
  ): RequestSpec => ({ method, path, signal: call?.signal, ...extra });

  async function get<S extends z.ZodMiniType>(
    path: string,
    params: URLSearchParams | undefined,
    schema: S,
    what: string,
    call: CallContext & { experimental?: boolean; token?: string; refresh?: boolean } = {}
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = {
      ...(call.experimental ? EXPERIMENTAL : {}),
      ...(call.token ? { authorization: `Bearer ${call.token}` } : {})
    };
    return http.json(
      spec(
        'get',
        path,
        {
          ...(params ? { searchParams: params } : {}),
          headers,
          ...(call.refresh === undefined ? {} : { refresh: call.refresh })
        },
        call
      ),
      schema,
      what
    );
  }

  async function post<S extends z.ZodMiniType>(
    path: string,
    json: unknown,
    schema: S,
    what: string,
    call: CallContext & { headers?: Record<string, string> } = {}
  ): Promise<z.infer<S>> {
    return http.json(spec('post', path, { json, headers: call.headers ?? {} }, call), schema, what);
  }

  async function postEmpty(path: string, json: unknown, call: CallContext = {}): Promise<void> {
    await http.send(spec('post', path, { json }, call));
  }

  async function scan<S extends z.ZodMiniType>(
    path: string,
    params: URLSearchParams,
    item: S,
    what: string,
    call: CallContext & { max?: number; experimental?: boolean } = {}
  ): Promise<{ items: z.infer<S>[]; complete: boolean }> {
    const max = call.max ?? 1000;
    const schema = paged(item);
    const items: z.infer<S>[] = [];
    let start = 0;
    for (;;) {
      const query = new URLSearchParams(params);
      query.set('start', String(start));
      query.set('limit', String(Math.min(PAGE_LIMIT, max - items.length)));
      const page = await get(path, query, schema, what, call);
      items.push(...(page.values as z.infer<S>[]));
      const last = page.isLastPage !== false || page.values.length === 0;
      if (last) return { items, complete: true };
      if (items.length >= max) return { items, complete: false };
      start += page.values.length;
    }
  }

  async function uploadTemporary(
    serviceDeskId: string,
    file: File,
    call: CallContext & { onProgress?: ((sent: number, total: number) => void) | undefined }
  ): Promise<string> {
    const response = await http.upload({
      path: `${API}servicedesk/${segment(serviceDeskId, 'Service desk')}/attachTemporaryFile`,
      file,
      // The document's own example sends both: multipart needs the XSRF opt-out, and the call was experimental.
      headers: { 'X-Atlassian-Token': 'no-check', ...EXPERIMENTAL },
      signal: call.signal,
      onProgress: call.onProgress
    });
    if (!response.ok) {
      const error = await http.errorOf(response);
      if (response.status === 413) {
        throw new HelpDeskError('invalid', error.message, {
          reason: 'too-large',
          fieldErrors: { attachments: error.message },
          cause: error
        });
      }
      throw error;
    }
    const answer = parseChecked(TemporaryAttachmentsDto, await response.text(), 'uploadAttachment()');
    const id = answer.temporaryAttachments[0]?.temporaryAttachmentId;
    if (!id) throw new HelpDeskError('server', 'Jira kept no temporary attachment.', { reason: 'malformed-response' });
    return id;
  }

  return { tokens, resolved, requireSession, get, post, postEmpty, scan, uploadTemporary };
}
