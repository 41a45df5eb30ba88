import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Case, Comment } from '../../core/model/case.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import { sanitizeHtml } from '../../controllers/sanitize.js';
import { renderAttachments } from './attachments.js';

/**
 * A comment ready to show. `html` is set only for HTML bodies, and only ever holds the sanitizer's output: raw
 * backend HTML never reaches `unsafeHTML`.
 */
export interface ThreadEntry {
  readonly comment: Comment;
  readonly html: string | undefined;
}

/** Sanitizes an HTML body (agent replies) with the `agent-reply` policy; text bodies are shown as text. */
export async function toEntry(comment: Comment): Promise<ThreadEntry> {
  return {
    comment,
    html: comment.bodyFormat === 'html' ? await sanitizeHtml(comment.body, 'agent-reply') : undefined
  };
}

export function toEntries(comments: readonly Comment[]): Promise<ThreadEntry[]> {
  return Promise.all(comments.map(toEntry));
}

/** The original message's HTML (from a rich-text description), sanitized with the customer editor's policy. */
export async function descriptionHtml(item: Case): Promise<string | undefined> {
  return item.descriptionFormat === 'html' ? sanitizeHtml(item.description, 'rich-text') : undefined;
}

/** An id usable in the shadow root for a comment's parts (`aria-labelledby`). */
export function commentDomId(comment: Comment): string {
  return `comment-${comment.id.replace(/[^\w-]/g, '_')}`;
}

function renderBody(body: string, safeHtml: string | undefined): TemplateResult {
  return safeHtml === undefined
    ? html`<div part="comment-body" class="body body--text">${body}</div>`
    : html`<div part="comment-body" class="body body--html">${unsafeHTML(safeHtml)}</div>`;
}

/** The original message, locked: shown read-only and marked so, with its attachments. */
export function renderOriginal(
  localize: LocalizeController,
  item: Case,
  safeDescription: string | undefined
): TemplateResult {
  const t = localize.t.bind(localize);
  return html`<section part="original" class="original" aria-labelledby="original-title">
    <div class="original-header">
      <h3 id="original-title" class="section-title">${t('caseDetail.original')}</h3>
      <p class="locked" id="original-locked">
        <span class="lock-icon" aria-hidden="true">🔒</span>${t('caseDetail.originalLocked')}
      </p>
    </div>
    <p class="comment-meta">
      <span class="author">${item.requester.name}</span>
      <time datetime=${item.createdAt}>${localize.date(item.createdAt)}</time>
    </p>
    ${
      safeDescription === undefined
        ? html`<div class="body body--text original-body">${item.description}</div>`
        : html`<div class="body body--html original-body">${unsafeHTML(safeDescription)}</div>`
    }
    ${
      item.attachments.length
        ? html`<h4 id="original-attachments" class="attachments-title">${t('caseDetail.attachments')}</h4>
            ${renderAttachments(localize, item.attachments, 'original-attachments')}`
        : nothing
    }
  </section>`;
}

function renderComment(localize: LocalizeController, entry: ThreadEntry): TemplateResult {
  const { comment } = entry;
  const id = commentDomId(comment);
  const role = localize.t(`caseDetail.role.${comment.author.role}`);
  return html`<li class="comment-item">
    <article
      part="comment"
      class="comment comment--${comment.author.role}"
      id=${id}
      tabindex="-1"
      aria-labelledby="${id}-meta"
      data-comment-id=${comment.id}
      data-role=${comment.author.role}
    >
      <p class="comment-meta" id="${id}-meta">
        <span part="comment-author" class="author">${comment.author.name}</span>
        <span class="role-badge" data-role=${comment.author.role}>${role}</span>
        <time datetime=${comment.createdAt}>${localize.date(comment.createdAt)}</time>
      </p>
      ${renderBody(comment.body, entry.html)} ${renderAttachments(localize, comment.attachments)}
    </article>
  </li>`;
}

/** The thread as an ordered list, in the order given, named after its order ("Mensajes, el más reciente primero"). */
export function renderThread(
  localize: LocalizeController,
  entries: readonly ThreadEntry[],
  order: 'newest-first' | 'oldest-first'
): TemplateResult {
  const label = localize.t(order === 'oldest-first' ? 'caseDetail.threadOldestFirst' : 'caseDetail.threadNewestFirst');
  if (entries.length === 0) return html`<p class="empty">${localize.t('caseDetail.empty')}</p>`;
  return html`<ol part="thread" class="thread" aria-label=${label}>
    ${repeat(
      entries,
      entry => entry.comment.id,
      entry => renderComment(localize, entry)
    )}
  </ol>`;
}
