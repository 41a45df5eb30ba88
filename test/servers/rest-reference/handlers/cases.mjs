// Uploads, cases and comments of the reference server: idempotent creates, keyset cursors, visibility.
import { Buffer } from 'node:buffer';
import { randomBytes, randomUUID } from 'node:crypto';
import { parseMultipart, problems } from '../http.mjs';
import { checkCaseInput, checkFiles, keptValues } from '../form-check.mjs';
import { fold } from '../tenant.mjs';

const PRIORITIES = ['low', 'normal', 'high', 'urgent'];
const DEFAULT_PAGE = 25;
const MAX_PAGE = 100;

const MIME_BY_EXTENSION = { txt: 'text/plain', pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg' };

function encodeCursor(payload) {
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

function badCursor() {
  return problems.badRequest(
    'The page cursor is malformed or belongs to another listing.',
    { cursor: 'Malformed cursor.' },
    'bad-cursor'
  );
}

/** Decodes a cursor made by `encodeCursor`; `shape` checks its fields. */
function decodeCursor(cursor, shape) {
  let payload;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!payload || typeof payload !== 'object' || !shape(payload)) throw badCursor();
  return payload;
}

function pageSize(size) {
  return size === undefined ? DEFAULT_PAGE : Math.min(size, MAX_PAGE);
}

function compareKeys(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function comparePositions(a, b, direction) {
  const order = compareKeys(a.key, b.key) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return direction === 'asc' ? order : -order;
}

function sortKeyOf(tenant, field) {
  const rank = new Map(tenant.preset.statuses.map((status, index) => [status.id, index]));
  return {
    createdAt: record => record.createdAt,
    updatedAt: record => record.updatedAt,
    reference: record => record.reference,
    subject: record => fold(record.subject),
    priority: record => PRIORITIES.indexOf(record.priority),
    status: record => rank.get(record.statusId) ?? rank.size
  }[field];
}

function reference(prefix, sequence) {
  const code = [...randomBytes(6)].map(byte => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[byte % 32]).join('');
  return `${prefix}-${String(sequence).padStart(5, '0')}-${code}`;
}

function searchKey(record) {
  const fieldText = Object.values(record.fields).flatMap(value =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value : []
  );
  const description = record.description.replace(/<[^>]*>/g, ' ');
  return fold([record.reference, record.subject, description, ...fieldText].join(' \n '));
}

function casePriority(path, asked, customerChooses) {
  if (customerChooses && PRIORITIES.includes(asked)) return asked;
  for (let i = path.length - 1; i >= 0; i -= 1) if (path[i].defaultPriority) return path[i].defaultPriority;
  return 'normal';
}

/** The idempotency record key: per user and operation (and case, for comments). */
function idempotencyKey(user, operation, key) {
  return [user.id, operation, key].join('\u0000');
}

function requireCapability(enabled, what) {
  if (!enabled) throw problems.unsupported(what);
}

export const caseHandlers = {
  uploadAttachment: ({ tenant, req, rawBody, contentType }) => {
    const user = tenant.requireUser(req);
    const part = parseMultipart(rawBody, contentType).find(candidate => candidate.name === 'file');
    if (!part || part.filename === undefined) {
      throw problems.invalid('The upload has no file part.', { attachments: 'No file was sent.' });
    }
    const limits = tenant.preset.forms.flatMap(form => (form.attachments ? [form.attachments.maxFileBytes] : []));
    if (limits.length === 0) throw problems.invalid('No form takes attachments.', { attachments: 'Not accepted.' });
    const name = part.filename || 'file';
    if (part.data.length > Math.max(...limits)) {
      throw problems.tooLarge('The file is too large.', { attachments: `${name} is too large.` });
    }
    const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
    const mimeType =
      part.contentType && part.contentType !== 'application/octet-stream'
        ? part.contentType
        : (MIME_BY_EXTENSION[extension] ?? 'application/octet-stream');
    const file = { id: randomUUID(), ownerId: user.id, name, size: part.data.length, mimeType, data: part.data };
    tenant.files.set(file.id, file);
    return { status: 201, body: { id: file.id, name, size: file.size, mimeType } };
  },

  createCase: ({ tenant, req, body, params, filesBase }) => {
    const user = tenant.requireUser(req);
    const key = idempotencyKey(user, 'case', params['Idempotency-Key']);
    const earlier = tenant.idempotency.get(key);
    if (earlier) return { status: 200, body: tenant.toCase(tenant.cases.get(earlier), filesBase) };

    const path = tenant.categoryPath(body.categoryId);
    if (!path) throw problems.notFound('Category', body.categoryId);
    const form = tenant.formForCategory(body.categoryId);
    if (body.formId !== form.id) {
      throw problems.invalid(`Category "${body.categoryId}" opens cases with form "${form.id}".`, {
        formId: 'Wrong form.'
      });
    }
    const errors = checkCaseInput(form, body, {
      lookups: tenant.preset.lookups ?? {},
      phoneCallBack: tenant.capabilities.phoneCallBack
    });
    const files = tenant.ownedFiles(user, body.attachments);
    const fileProblem = checkFiles(form.attachments, files);
    if (fileProblem) errors.attachments = fileProblem;
    if (Object.keys(errors).length > 0) throw problems.invalid('Some fields need attention.', errors);

    const now = tenant.now();
    tenant.caseSequence += 1;
    const department = body.department ?? tenant.nearest(path, 'department');
    const record = {
      id: randomUUID(),
      reference: reference(tenant.preset.referencePrefix ?? 'CAS', tenant.caseSequence),
      subject: body.subject.trim(),
      description: body.description,
      descriptionFormat: body.descriptionFormat ?? 'text',
      statusId: tenant.preset.initialStatusId,
      priority: casePriority(path, body.priority, form.priorityField === true),
      categoryPath: path.map(category => ({ id: category.id, name: category.name })),
      ...(department === undefined ? {} : { department }),
      channel: body.channel,
      ...(body.channel === 'phone' && body.callBack ? { callBack: body.callBack } : {}),
      fields: keptValues(form, body),
      files,
      formId: form.id,
      requesterId: user.id,
      requester: { id: user.id, name: user.name, email: user.email },
      ...(user.organizationId === undefined ? {} : { organizationId: user.organizationId }),
      ...(body.recipients === undefined ? {} : { recipients: [...body.recipients] }),
      createdAt: now,
      updatedAt: now
    };
    record.searchKey = searchKey(record);
    tenant.cases.set(record.id, record);
    tenant.comments.set(record.id, []);
    tenant.idempotency.set(key, record.id);
    tenant.publish({ type: 'case-created', caseId: record.id }, record);
    return { status: 201, body: tenant.toCase(record, filesBase) };
  },

  listCases: ({ tenant, req, params, filesBase }) => {
    requireCapability(tenant.capabilities.cases.list, 'case lists');
    const user = tenant.requireUser(req);
    const scope = params.scope ?? 'mine';
    const sort = { field: params.sort ?? 'createdAt', direction: params.direction ?? 'desc' };
    const size = pageSize(params.size);
    const after = params.cursor
      ? decodeCursor(params.cursor, c => typeof c.f === 'string' && typeof c.d === 'string' && typeof c.i === 'string')
      : undefined;
    if (after && (after.f !== sort.field || after.d !== sort.direction)) throw badCursor();

    let inScope = record => record.requesterId === user.id;
    if (scope === 'organization') {
      requireCapability(tenant.capabilities.cases.organizationScope, 'organization-wide case lists');
      if (user.organizationId === undefined) throw problems.forbidden('The user belongs to no organization.');
      inScope = record => record.organizationId === user.organizationId;
    }
    const categories = params.statusCategory;
    const statusIds = params.statusId && new Set(params.statusId);
    const search = fold(params.search ?? '');
    const mode = tenant.capabilities.cases.search;
    if (search !== '') requireCapability(mode !== 'none', 'case search');
    const searchWords = search.match(/[\p{L}\p{N}]+/gu) ?? [];
    const matching = [...tenant.cases.values()].filter(record => {
      if (!inScope(record)) return false;
      if (categories && !categories.includes(tenant.status(record.statusId)?.category)) return false;
      if (statusIds && !statusIds.has(record.statusId)) return false;
      const haystack = mode === 'subject' ? fold(record.subject) : record.searchKey;
      return searchWords.every(word => haystack.includes(word));
    });
    const keyOf = sortKeyOf(tenant, sort.field);
    const ordered = matching
      .map(record => ({ key: keyOf(record), id: record.id, record }))
      .sort((a, b) => comparePositions(a, b, sort.direction));
    const start = after
      ? ordered.findIndex(item => comparePositions(item, { key: after.k, id: after.i }, sort.direction) > 0)
      : 0;
    const from = start === -1 ? ordered.length : start;
    const slice = ordered.slice(from, from + size);
    const last = slice.at(-1);
    const nextCursor =
      last && from + size < ordered.length
        ? encodeCursor({ f: sort.field, d: sort.direction, k: last.key, i: last.id })
        : null;
    return {
      status: 200,
      body: { items: slice.map(item => tenant.toCase(item.record, filesBase)), nextCursor, total: matching.length }
    };
  },

  getCase: ({ tenant, req, params, filesBase }) => {
    const user = tenant.requireUser(req);
    return { status: 200, body: tenant.toCase(tenant.visibleCase(user, params.caseId), filesBase) };
  },

  closeCase: ({ tenant, req, params, filesBase }) => {
    requireCapability(tenant.capabilities.cases.close, 'closing cases');
    const user = tenant.requireUser(req);
    const record = tenant.visibleCase(user, params.caseId);
    const statusId = tenant.firstStatusOf('closed') ?? tenant.firstStatusOf('resolved');
    if (statusId === undefined) throw problems.unsupported('a closed status');
    if (record.statusId !== statusId) {
      record.statusId = statusId;
      tenant.touch(record);
      tenant.publish({ type: 'case-updated', caseId: record.id }, record);
    }
    return { status: 200, body: tenant.toCase(record, filesBase) };
  },

  reopenCase: ({ tenant, req, params, filesBase }) => {
    requireCapability(tenant.capabilities.cases.reopen, 'reopening cases');
    const user = tenant.requireUser(req);
    const record = tenant.visibleCase(user, params.caseId);
    const statusId = tenant.firstStatusOf('open') ?? tenant.preset.initialStatusId;
    if (record.statusId !== statusId) {
      record.statusId = statusId;
      tenant.touch(record);
      tenant.publish({ type: 'case-updated', caseId: record.id }, record);
    }
    return { status: 200, body: tenant.toCase(record, filesBase) };
  },

  listComments: ({ tenant, req, params, filesBase }) => {
    const user = tenant.requireUser(req);
    const record = tenant.visibleCase(user, params.caseId);
    const order = params.order ?? 'newest-first';
    const size = pageSize(params.size);
    const after = params.cursor
      ? decodeCursor(params.cursor, c => typeof c.o === 'string' && typeof c.s === 'number')
      : undefined;
    if (after && after.o !== order) throw badCursor();
    const direction = order === 'oldest-first' ? 1 : -1;
    const all = [...tenant.comments.get(record.id)].sort((a, b) => direction * (a.seq - b.seq));
    const rest = after ? all.filter(item => direction * (item.seq - after.s) > 0) : all;
    const slice = rest.slice(0, size);
    const last = slice.at(-1);
    const nextCursor = last && rest.length > size ? encodeCursor({ o: order, s: last.seq }) : null;
    return {
      status: 200,
      body: { items: slice.map(item => tenant.toComment(item, filesBase)), nextCursor, total: all.length }
    };
  },

  addComment: ({ tenant, req, params, body, filesBase }) => {
    const user = tenant.requireUser(req);
    const record = tenant.visibleCase(user, params.caseId);
    requireCapability(tenant.capabilities.cases.reply, 'customer replies');
    const key = idempotencyKey(user, `comment\u0000${record.id}`, params['Idempotency-Key']);
    const earlier = tenant.idempotency.get(key);
    if (earlier) {
      const comment = tenant.comments.get(record.id).find(item => item.id === earlier);
      return { status: 200, body: tenant.toComment(comment, filesBase) };
    }
    const files = tenant.ownedFiles(user, body.attachments);
    if (body.body.trim() === '' && files.length === 0) {
      throw problems.invalid('Write a reply or attach a file.', { body: 'Write a reply.' });
    }
    const form = tenant.preset.forms.find(candidate => candidate.id === record.formId);
    const fileProblem = files.length > 0 ? checkFiles(form?.attachments ?? null, files) : undefined;
    if (fileProblem) throw problems.invalid('The files need attention.', { attachments: fileProblem });
    const comment = addTo(tenant, record, {
      author: { id: user.id, name: user.name, role: 'customer' },
      body: body.body,
      bodyFormat: body.bodyFormat ?? 'text',
      files
    });
    tenant.idempotency.set(key, comment.id);
    return { status: 201, body: tenant.toComment(comment, filesBase) };
  }
};

/** Appends a comment to a case's thread (customer or agent) and tells the streams. */
export function addTo(tenant, record, { author, body, bodyFormat, files }) {
  tenant.commentSequence += 1;
  const comment = {
    id: randomUUID(),
    seq: tenant.commentSequence,
    caseId: record.id,
    author,
    body,
    bodyFormat,
    files,
    createdAt: tenant.now()
  };
  tenant.comments.get(record.id).push(comment);
  tenant.touch(record);
  tenant.publish({ type: 'comment-added', caseId: record.id, commentId: comment.id }, record);
  return comment;
}
