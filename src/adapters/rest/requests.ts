import {
  HelpDeskError,
  type CaseInput,
  type CaseQuery,
  type CommentInput,
  type CommentQuery,
  type FieldOptionsQuery,
  type FileReference
} from '../../core/index.js';

// How adapter arguments become paths, query strings and bodies of the contract. Bodies are built field by field
// from what the caller gave, so the caller's objects are never changed and nothing unknown is sent.

/** One path segment; an empty id is `not-found` without asking the backend. */
export function segment(id: unknown, what: string): string {
  if (typeof id !== 'string' || id === '')
    throw new HelpDeskError('not-found', `${what} "${String(id)}" does not exist.`);
  return encodeURIComponent(id);
}

export function idempotencyHeader(key: unknown): Record<string, string> {
  if (typeof key !== 'string' || key.trim() === '') {
    throw new HelpDeskError('invalid', 'An idempotency key is required.', {
      fieldErrors: { idempotencyKey: 'Required.' }
    });
  }
  return { 'Idempotency-Key': key };
}

export function caseListParams(query: CaseQuery): URLSearchParams {
  const params = new URLSearchParams();
  params.set('scope', query.scope);
  for (const category of query.statusCategories ?? []) params.append('statusCategory', category);
  for (const id of query.statusIds ?? []) params.append('statusId', id);
  if (query.search !== undefined && query.search.trim() !== '') params.set('search', query.search);
  if (query.sort) {
    params.set('sort', query.sort.field);
    params.set('direction', query.sort.direction);
  }
  if (query.cursor) params.set('cursor', query.cursor);
  if (query.size !== undefined) params.set('size', String(query.size));
  return params;
}

export function commentListParams(query: CommentQuery = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (query.order) params.set('order', query.order);
  if (query.cursor) params.set('cursor', query.cursor);
  if (query.size !== undefined) params.set('size', String(query.size));
  return params;
}

export function fieldOptionParams(query: FieldOptionsQuery = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (query.query) params.set('query', query.query);
  const parents = query.parentValues ?? {};
  if (Object.keys(parents).length > 0) params.set('parentValues', JSON.stringify(parents));
  return params;
}

function fileReferences(files: readonly FileReference[] | undefined): FileReference[] {
  return (files ?? []).map(({ id, name, size, mimeType }) => ({ id, name, size, mimeType }));
}

/** `CaseInput` as the contract's request body (deep copies of lists and records). */
export function caseBody(input: CaseInput): Record<string, unknown> {
  return {
    categoryId: input.categoryId,
    formId: input.formId,
    subject: input.subject,
    description: input.description,
    ...(input.descriptionFormat === undefined ? {} : { descriptionFormat: input.descriptionFormat }),
    ...(input.priority === undefined ? {} : { priority: input.priority }),
    ...(input.department === undefined ? {} : { department: input.department }),
    channel: input.channel,
    ...(input.callBack === undefined ? {} : { callBack: { ...input.callBack } }),
    fields: structuredClone(input.fields ?? {}),
    attachments: fileReferences(input.attachments),
    ...(input.recipients === undefined ? {} : { recipients: [...input.recipients] })
  };
}

export function commentBody(input: CommentInput): Record<string, unknown> {
  return {
    body: input.body,
    ...(input.bodyFormat === undefined ? {} : { bodyFormat: input.bodyFormat }),
    attachments: fileReferences(input.attachments)
  };
}
