import * as z from 'zod/mini';
import {
  HelpDeskError,
  type Comment,
  type CommentInput,
  type CommentQuery,
  type Page,
  type Session
} from '../../core/index.js';
import type { ZendeskClient } from './client.js';
import { CommentCursor, decodeCursor, encodeCursor, fingerprint, pageSize } from './cursor.js';
import { numericId } from './errors.js';
import type { IdempotencyGuard } from './idempotency.js';
import { attachmentOf } from './requests.js';
import { CommentsResponse, CommentWire, RequestResponse, type ZendeskUser } from './wire.js';

// The thread: `GET /api/v2/requests/{id}/comments` (public comments, cursor pagination, either order) and replies
// through `PUT /api/v2/requests/{id}` with `{"request": {"comment": {...}}}`. That answer is the request, not the
// comment, so the new comment is read back from the newest ones.

const ShowCommentResponse = z.object({ comment: CommentWire });

export interface CommentDeps {
  client: ZendeskClient;
  guard: IdempotencyGuard;
}

/** Plain text of a body that may hold HTML, for comparing what was sent with what came back. */
function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function commentOf(
  wire: CommentWire,
  caseId: string,
  session: Session,
  users: readonly ZendeskUser[] = []
): Comment {
  const author = users.find(user => user.id === wire.author_id);
  const isMe = String(wire.author_id) === session.user.id;
  const role = isMe || author?.role === 'end-user' ? 'customer' : 'agent';
  // Agents write rich text; customers' own words come back as they typed them.
  const html = role === 'agent' && wire.html_body ? wire.html_body : undefined;
  return {
    id: String(wire.id),
    caseId,
    author: { id: String(wire.author_id), name: author?.name ?? (isMe ? session.user.name : 'Support'), role },
    body: html ?? wire.body ?? wire.plain_body ?? '',
    bodyFormat: html === undefined ? 'text' : 'html',
    attachments: (wire.attachments ?? []).filter(item => item.inline !== true).map(attachmentOf),
    createdAt: wire.created_at
  };
}

export async function listComments(
  deps: CommentDeps,
  session: Session,
  caseId: string,
  query: CommentQuery = {},
  signal?: AbortSignal
): Promise<Page<Comment>> {
  const id = numericId(caseId, 'Case');
  const order = query.order ?? 'oldest-first';
  const q = fingerprint([caseId, order]);
  const cursor = query.cursor ? decodeCursor(query.cursor, CommentCursor, q) : undefined;
  const params = new URLSearchParams({
    sort: order === 'newest-first' ? '-created_at' : 'created_at',
    'page[size]': String(pageSize(query.size, 50))
  });
  if (cursor) params.set('page[after]', cursor.after);
  const answer = await deps.client.get(`requests/${id}/comments`, params, CommentsResponse, 'the thread', signal);
  const users = answer.users ?? [];
  const after = answer.meta?.has_more ? answer.meta.after_cursor : undefined;
  return {
    items: answer.comments.filter(item => item.public !== false).map(item => commentOf(item, caseId, session, users)),
    nextCursor: after ? encodeCursor({ m: 'comments', q, after }) : null
  };
}

/** The newest comments of the thread, for finding the one just sent. */
async function newest(deps: CommentDeps, id: number, signal?: AbortSignal) {
  const params = new URLSearchParams({ sort: '-created_at', 'page[size]': '25' });
  return deps.client.get(`requests/${id}/comments`, params, CommentsResponse, 'the thread', signal);
}

function matches(
  wire: CommentWire,
  session: Session,
  text: string,
  since: number,
  claimed: ReadonlySet<string>
): boolean {
  return (
    String(wire.author_id) === session.user.id &&
    !claimed.has(String(wire.id)) &&
    // Zendesk's clock and the browser's may differ: a generous window, as the text must match too.
    Date.parse(wire.created_at) >= since - 5 * 60_000 &&
    plain(wire.body ?? wire.plain_body ?? '') === text
  );
}

export async function addComment(
  deps: CommentDeps,
  session: Session,
  caseId: string,
  input: CommentInput,
  key: string,
  signal?: AbortSignal
): Promise<Comment> {
  const id = numericId(caseId, 'Case');
  const text = plain(input.body);
  if (text === '' && input.attachments.length === 0) {
    throw new HelpDeskError('invalid', 'Write a reply or attach a file.', { fieldErrors: { body: 'Write a reply.' } });
  }
  const uploads = input.attachments.map(file => file.id);
  const comment: Record<string, unknown> =
    input.bodyFormat === 'html' ? { html_body: input.body } : { body: input.body };
  if (uploads.length > 0) comment['uploads'] = uploads;
  const started = Date.now();
  const find = async (since: number, claimed: ReadonlySet<string>) => {
    const answer = await newest(deps, id, signal);
    return answer.comments.find(wire => matches(wire, session, text, since, claimed));
  };
  return deps.guard.run(`${caseId}:${key}`, {
    create: async () => {
      await deps.client.put(`requests/${id}`, { request: { comment } }, RequestResponse, 'the reply', { signal });
      const wire = await find(started, new Set());
      if (!wire)
        throw new HelpDeskError('server', 'Zendesk took the reply but does not list it.', {
          reason: 'malformed-response'
        });
      return { id: String(wire.id), value: commentOf(wire, caseId, session, []) };
    },
    find: async (since, claimed) => (await find(since, claimed))?.id.toString(),
    load: async commentId => {
      const answer = await deps.client.get(
        `requests/${id}/comments/${commentId}`,
        undefined,
        ShowCommentResponse,
        'the reply',
        signal
      );
      return commentOf(answer.comment, caseId, session, []);
    }
  });
}
