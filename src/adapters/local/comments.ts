import * as z from 'zod/mini';
import {
  Comment,
  pageOf,
  type CommentInput,
  type CommentQuery,
  type FormDefinition,
  type Page
} from '../../core/index.js';
import { checkAttachments } from './attachment-rules.js';
import { ownedFiles, toAttachment } from './attachments.js';
import { requireCapability } from './capability-defaults.js';
import { visibleCase } from './case-access.js';
import { bumpCasesVersion } from './case-index.js';
import { firstStatusOf } from './case-status.js';
import { toComment } from './case-view.js';
import { checked } from './checked.js';
import type { LocalContext } from './context.js';
import { decodeCursor, encodeCursor, pageSize } from './cursor.js';
import { nextSequence } from './database.js';
import { invalid, notFound } from './errors.js';
import { idempotencyKey } from './idempotency.js';
import type { CaseRecord, CatalogRecord, CommentRecord } from './records.js';
import { requireUser } from './sessions.js';
import { randomId } from './tokens.js';

/** A comment-list cursor: the order it was made for and the last comment handed out (time, then sequence). */
const CommentCursor = z.object({ o: z.enum(['newest-first', 'oldest-first']), t: z.string(), s: z.number() });

const CommentPage = pageOf(Comment);

/** Oldest first by time, then by insertion order, which is total because every comment has its own sequence. */
function compareComments(a: { createdAt: string; seq: number }, b: { createdAt: string; seq: number }): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.seq - b.seq;
}

export async function listComments(
  ctx: LocalContext,
  caseId: string,
  query: CommentQuery = {}
): Promise<Page<Comment>> {
  const user = await requireUser(ctx);
  const { db } = await ctx.state();
  await visibleCase(ctx, db, user, caseId);
  const order = query.order ?? 'newest-first';
  if (order !== 'newest-first' && order !== 'oldest-first') {
    throw invalid('Unknown order.', { order: 'Unknown order.' });
  }
  const size = pageSize(query.size);
  const after = query.cursor ? decodeCursor(query.cursor, CommentCursor) : undefined;
  if (after && after.o !== order) {
    throw invalid('The cursor was made for another order.', { cursor: 'Cursor of another order.' }, 'bad-cursor');
  }

  const direction = order === 'oldest-first' ? 1 : -1;
  const all = (await db.getAllFromIndex('comments', 'caseId', caseId)).sort(
    (a, b) => direction * compareComments(a, b)
  );
  const rest = after
    ? all.filter(item => direction * compareComments(item, { createdAt: after.t, seq: after.s }) > 0)
    : all;
  const slice = rest.slice(0, size);
  const last = slice.at(-1);
  const nextCursor = last && rest.length > size ? encodeCursor({ o: order, t: last.createdAt, s: last.seq }) : null;

  const items: Comment[] = [];
  for (const record of slice) {
    items.push(toComment(record, await ctx.attachmentUrls.withUrls(db, record.attachments)));
  }
  return checked(CommentPage, { items, nextCursor, total: all.length }, 'comment page');
}

export async function addComment(
  ctx: LocalContext,
  caseId: string,
  input: CommentInput,
  key: string | undefined
): Promise<Comment> {
  requireCapability(ctx.capabilities.cases.reply, 'replies');
  const user = await requireUser(ctx);
  const storeKey = idempotencyKey(user.id, `comment\u0000${caseId}`, key);
  const { db, catalog } = await ctx.state();
  const record = await visibleCase(ctx, db, user, caseId);
  const earlier = await db.get('idempotency', storeKey);
  if (earlier) return readComment(ctx, earlier.resultId);

  const body = typeof input?.body === 'string' ? input.body : '';
  const files = await ownedFiles(ctx, db, user, input?.attachments);
  const errors: Record<string, string> = {};
  if (body.replace(/<[^>]*>/g, '').trim() === '' && files.length === 0) {
    errors['body'] = ctx.messages.commentRequired;
  }
  const attachmentProblem =
    files.length > 0 && (await checkAttachments(policyOf(catalog, record), files, ctx.messages));
  if (attachmentProblem) errors['attachments'] = attachmentProblem;
  if (Object.keys(errors).length > 0) throw invalid('The reply needs attention.', errors);

  const comment = await storeComment(ctx, record.id, {
    author: { id: user.id, name: user.name, role: 'customer' },
    body,
    bodyFormat: input.bodyFormat ?? 'text',
    attachments: files.map(toAttachment),
    statusId: firstStatusOf(catalog, 'waiting-on-support'),
    idempotencyKey: storeKey
  });
  return readComment(ctx, comment.id);
}

/** Attachments of a reply follow the policy of the form the case was opened with. */
function policyOf(catalog: CatalogRecord, record: CaseRecord): FormDefinition['attachments'] {
  return catalog.forms.find(form => form.id === record.formId)?.attachments ?? null;
}

export interface NewComment {
  author: CommentRecord['author'];
  body: string;
  bodyFormat: 'text' | 'html';
  attachments: CommentRecord['attachments'];
  /** The status the case moves to, if any. */
  statusId?: string | undefined;
  idempotencyKey?: string | undefined;
}

/**
 * Stores a comment and moves its case (status, `updatedAt`) in one transaction, then tells every tab. Shared by
 * customer replies and the support side's agent replies. With an idempotency key, a comment already stored under
 * it is returned instead.
 */
export async function storeComment(ctx: LocalContext, caseId: string, draft: NewComment): Promise<CommentRecord> {
  const { db } = await ctx.state();
  const tx = db.transaction(['meta', 'cases', 'comments', 'idempotency'], 'readwrite');
  const earlier =
    draft.idempotencyKey === undefined ? undefined : await tx.objectStore('idempotency').get(draft.idempotencyKey);
  const existing = earlier && (await tx.objectStore('comments').get(earlier.resultId));
  if (existing) {
    await tx.done;
    return existing;
  }
  const record = await tx.objectStore('cases').get(caseId);
  if (!record) throw notFound('Case', caseId);
  const now = ctx.now().toISOString();
  const comment: CommentRecord = {
    id: randomId(),
    caseId,
    seq: await nextSequence(tx.objectStore('meta'), 'commentSequence'),
    author: draft.author,
    body: draft.body,
    bodyFormat: draft.bodyFormat,
    attachments: draft.attachments,
    createdAt: now
  };
  await tx.objectStore('comments').add(comment);
  const updated: CaseRecord = { ...record, statusId: draft.statusId ?? record.statusId, updatedAt: now };
  await tx.objectStore('cases').put(updated);
  const step = await bumpCasesVersion(tx.objectStore('meta'), [caseId]);
  if (draft.idempotencyKey !== undefined) {
    await tx.objectStore('idempotency').add({ key: draft.idempotencyKey, resultId: comment.id, createdAt: now });
  }
  await tx.done;
  ctx.caseIndex.applied(step, [updated]);
  ctx.bus.publish({ type: 'comment-added', caseId, commentId: comment.id });
  ctx.bus.publish({ type: 'case-updated', caseId });
  return comment;
}

async function readComment(ctx: LocalContext, commentId: string): Promise<Comment> {
  const { db } = await ctx.state();
  const record = await db.get('comments', commentId);
  if (!record) throw notFound('Comment', commentId);
  return toComment(record, await ctx.attachmentUrls.withUrls(db, record.attachments));
}
