import {
  Comment as CommentSchema,
  HelpDeskError,
  type Comment,
  type CommentInput,
  type CommentQuery,
  type Page
} from '../../core/index.js';
import { checked } from '../http/responses.js';
import { API, segment, type CallContext } from './client.js';
import type { JiraContext } from './context.js';
import { withCreateRetries, type IdempotencyGuard } from './idempotency.js';
import { isoOf, keysetPage, pageSize } from './paging.js';
import {
  AttachmentCreateResultDto,
  CommentDto,
  CustomerRequestDto,
  type AttachmentDto,
  type CommentDto as CommentData,
  type CustomerRequestDto as RequestDto
} from './schemas.js';
import type { JiraSession } from './session.js';
import { mapAttachment, type JiraUploads } from './uploads.js';
import { toJiraText } from './wiki.js';

// The thread of a request: its public comments (`public=true&internal=false`; customers only ever get those). Jira's
// comments carry no role, so an author is a customer when they are the signed-in customer, the reporter or a
// participant, and an agent otherwise. Customers' comments are shown as typed (text); agents' as Jira renders them
// (`renderedBody`, HTML the UI sanitizes), since agents write wiki markup.

const CLOCK_SKEW_MS = 5 * 60_000;

export interface CommentDeps {
  ctx: JiraContext;
  uploads: JiraUploads;
  session: JiraSession;
  guard: IdempotencyGuard;
  /** Tells the case listings that something changed. */
  changed(): void;
}

export class JiraComments {
  constructor(private readonly deps: CommentDeps) {}

  /** The request, which also says who counts as a customer; `not-found` when the customer may not see it. */
  async #request(caseId: string, call: CallContext): Promise<RequestDto> {
    const params = new URLSearchParams([['expand', 'participant']]);
    const dto = await this.deps.ctx.client.get(
      `${API}request/${segment(caseId, 'Case')}`,
      params,
      CustomerRequestDto,
      'the case of the thread',
      call
    );
    if (dto.serviceDeskId) this.deps.ctx.lastServiceDeskId = dto.serviceDeskId;
    return dto;
  }

  async #customers(request: RequestDto, call: CallContext): Promise<Set<string>> {
    const ids = new Set<string>();
    const user = await this.deps.session.user(call).catch(() => undefined);
    if (user) ids.add(user.id);
    if (request.reporter?.accountId) ids.add(request.reporter.accountId);
    for (const participant of request.participants?.values ?? []) {
      if (participant.accountId) ids.add(participant.accountId);
    }
    return ids;
  }

  #map(request: RequestDto, dto: CommentData, customers: ReadonlySet<string>, extra: AttachmentDto[] = []): Comment {
    const authorId = dto.author?.accountId;
    const role = authorId !== undefined && customers.has(authorId) ? 'customer' : 'agent';
    const html = role === 'agent' ? dto.renderedBody?.html : undefined;
    const createdAt = isoOf(dto.created);
    if (!createdAt) {
      throw new HelpDeskError('server', `Jira sent comment ${dto.id} without its date.`, {
        reason: 'malformed-response'
      });
    }
    const files = [...(dto.attachments?.values ?? []), ...extra];
    const value: Comment = {
      id: dto.id,
      caseId: request.issueKey,
      author: {
        ...(authorId ? { id: authorId } : {}),
        name: dto.author?.displayName ?? dto.author?.emailAddress ?? (role === 'agent' ? 'Support' : 'Customer'),
        role
      },
      body: html ?? dto.body ?? '',
      bodyFormat: html === undefined ? 'text' : 'html',
      attachments: files.map((item, index) => mapAttachment(this.deps.ctx, request.issueKey, item, index)),
      createdAt
    };
    return checked(CommentSchema, value, `comment ${dto.id}`);
  }

  async #all(request: RequestDto, call: CallContext): Promise<CommentData[]> {
    const params = new URLSearchParams([
      ['public', 'true'],
      ['internal', 'false'],
      ['expand', 'attachment'],
      ['expand', 'renderedBody']
    ]);
    const path = `${API}request/${segment(request.issueKey, 'Case')}/comment`;
    // renderedBody is an experimental expansion: opt in.
    const { items } = await this.deps.ctx.client.scan(path, params, CommentDto, 'listComments()', {
      ...call,
      max: this.deps.ctx.maxScan,
      experimental: true
    });
    return items.filter(item => item.public !== false);
  }

  async listComments(caseId: string, query: CommentQuery = {}, call: CallContext = {}): Promise<Page<Comment>> {
    await this.deps.ctx.client.requireSession();
    const order = query.order ?? 'oldest-first';
    if (order !== 'oldest-first' && order !== 'newest-first') {
      throw new HelpDeskError('invalid', 'Unknown order.', { fieldErrors: { order: 'Unknown order.' } });
    }
    const size = pageSize(query.size, 50);
    const request = await this.#request(caseId, call);
    const [items, customers] = await Promise.all([this.#all(request, call), this.#customers(request, call)]);
    const keyed = items.map(dto => {
      const comment = this.#map(request, dto, customers);
      return { item: comment, key: Date.parse(comment.createdAt), id: dto.id };
    });
    const direction = order === 'oldest-first' ? 'asc' : 'desc';
    const page = keysetPage(keyed, `comments:${request.issueKey}:${order}`, direction, query.cursor, size);
    return { ...page, total: keyed.length };
  }

  async addComment(
    caseId: string,
    input: CommentInput,
    call: CallContext & { idempotencyKey: string }
  ): Promise<Comment> {
    const { ctx, uploads, session, guard } = this.deps;
    await ctx.client.requireSession();
    const body = toJiraText(typeof input?.body === 'string' ? input.body : '', input?.bodyFormat).trim();
    const files = input?.attachments ?? [];
    if (body === '' && files.length === 0) {
      throw new HelpDeskError('invalid', 'Write a reply or attach a file.', { fieldErrors: { body: 'Required.' } });
    }
    const request = await this.#request(caseId, call);
    const user = await session.user(call);
    const customers = await this.#customers(request, call);
    const base = `${API}request/${segment(request.issueKey, 'Case')}`;
    const headers = { 'Idempotency-Key': call.idempotencyKey };
    // Jira words a comment that only carries files with links to them, as its portal does.
    const text = body !== '' ? body : files.map(file => `[^${file.name}]`).join(' ');

    const scope = `comment|${user.id}|${request.issueKey}`;
    const comment = await withCreateRetries(ctx.client.resolved, call.signal, () =>
      guard.run(scope, call.idempotencyKey, {
        attempt: async created => {
          if (files.length === 0) {
            const dto = await ctx.client.post(
              `${base}/comment`,
              { body: text, public: true },
              CommentDto,
              'addComment()',
              {
                ...call,
                headers
              }
            );
            created(dto.id);
            return this.#map(request, dto, customers);
          }
          const result = await uploads.send(files, request.serviceDeskId ?? '', call, temporaryAttachmentIds =>
            ctx.client.post(
              `${base}/attachment`,
              { temporaryAttachmentIds, public: true, additionalComment: { body: text } },
              AttachmentCreateResultDto,
              'addComment()',
              { ...call, headers }
            )
          );
          if (!result.comment) throw new HelpDeskError('server', 'Jira attached the files but kept no comment.');
          created(result.comment.id);
          const extra = result.comment.attachments ? [] : (result.attachments?.values ?? []);
          return this.#map(request, result.comment, customers, extra);
        },
        recover: async (startedAt, claimed) => {
          const items = await this.#all(request, call);
          const found = items.find(item => {
            const created = Date.parse(isoOf(item.created) ?? '');
            return (
              !claimed.has(item.id) &&
              item.author?.accountId === user.id &&
              item.body === text &&
              created >= startedAt - CLOCK_SKEW_MS
            );
          });
          return found?.id;
        },
        resume: async id => {
          const params = new URLSearchParams([['expand', 'attachment']]);
          const dto = await ctx.client.get(
            `${base}/comment/${segment(id, 'Comment')}`,
            params,
            CommentDto,
            'addComment()',
            call
          );
          return this.#map(request, dto, customers);
        }
      })
    );
    this.deps.changed();
    return comment;
  }
}
