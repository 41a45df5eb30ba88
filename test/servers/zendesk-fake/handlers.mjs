// The Zendesk endpoints the adapter uses, as an end user with an OAuth token sees them. Each handler gets the
// tenant, the signed-in user and the parsed request, and returns `{ status, body }` or throws a ZendeskError whose
// body has the shape Zendesk documents for errors (see spec-notes.mjs, ERROR_BODY).
import { isoSeconds } from './tenant.mjs';

export class ZendeskError extends Error {
  constructor(status, body, headers = {}) {
    super(typeof body?.error === 'string' ? body.error : `HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

export const errors = {
  unauthenticated: () => new ZendeskError(401, { error: "Couldn't authenticate you" }),
  invalidToken: () =>
    new ZendeskError(401, {
      error: 'invalid_token',
      error_description: 'The access token provided is expired, revoked, malformed or invalid for other reasons.'
    }),
  forbidden: () =>
    new ZendeskError(403, {
      error: 'Forbidden',
      description:
        'You do not have access to this page. Please contact the account owner of this help desk for further help.'
    }),
  notFound: () => new ZendeskError(404, { error: 'RecordNotFound', description: 'Not found' }),
  invalid: details =>
    new ZendeskError(422, { error: 'RecordInvalid', description: 'Record validation errors', details }),
  badCursor: name =>
    new ZendeskError(400, { errors: [{ code: 'InvalidPaginationParameter', title: `${name} is not valid` }] })
};

const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const PRIORITIES = ['low', 'normal', 'high', 'urgent'];
const TYPES = ['question', 'incident', 'problem', 'task'];

function requireUser(user) {
  if (!user) throw errors.unauthenticated();
  return user;
}

function integerParam(value, name) {
  if (!/^\d+$/.test(String(value))) throw errors.notFound(name);
  return Number(value);
}

function requestFor(tenant, user, id) {
  const request = tenant.requests.get(integerParam(id, 'request'));
  if (!request || !tenant.canSee(user, request)) throw errors.notFound();
  return request;
}

// --- JSON of the records, as the document describes them (read-only fields included, nulls left out) ---

function userJson(base, user, { authenticity = false } = {}) {
  const json = {
    id: user.id,
    url: `${base}/api/v2/users/${user.id}.json`,
    name: user.name,
    email: user.email,
    role: user.role,
    locale: user.locale ?? 'en-US',
    time_zone: user.time_zone ?? 'UTC',
    verified: user.verified ?? true,
    created_at: user.created_at,
    updated_at: user.updated_at
  };
  if (user.organization_id !== undefined && user.organization_id !== null) json.organization_id = user.organization_id;
  if (authenticity) json.authenticity_token = 'fake-csrf-token';
  return json;
}

/** Custom field values as Zendesk sends them: text as text, numbers as text, checkboxes as booleans. */
function fieldValuesJson(tenant, request) {
  const form = tenant.formById(request.ticket_form_id);
  const ids = (form?.ticket_field_ids ?? []).filter(id => {
    const field = tenant.fieldById(id);
    return field && field.id > 100 && field.visible_in_portal;
  });
  return ids.map(id => ({ id, value: request.custom_fields.get(id) ?? null }));
}

export function requestJson(tenant, base, request) {
  const json = {
    url: `${base}/api/v2/requests/${request.id}.json`,
    id: request.id,
    status: request.status,
    subject: request.subject,
    description: request.description,
    requester_id: request.requester_id,
    collaborator_ids: [...request.collaborator_ids],
    email_cc_ids: [...request.email_cc_ids],
    custom_fields: fieldValuesJson(tenant, request),
    ticket_form_id: request.ticket_form_id,
    can_be_solved_by_me:
      request.assignee_id !== undefined && request.type !== 'problem' && !['solved', 'closed'].includes(request.status),
    is_public: true,
    via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
    created_at: isoSeconds(request.createdMs),
    updated_at: isoSeconds(request.updatedMs)
  };
  if (request.priority) json.priority = request.priority;
  if (request.type) json.type = request.type;
  if (request.organization_id !== undefined) json.organization_id = request.organization_id;
  if (request.assignee_id !== undefined) json.assignee_id = request.assignee_id;
  return json;
}

function commentJson(comment) {
  const { createdMs: _createdMs, ...json } = comment;
  return json;
}

function fieldJson(field) {
  const { ...json } = field;
  json.url = `https://example.zendesk.com/api/v2/ticket_fields/${field.id}.json`;
  return json;
}

// --- paging ---

function encodeCursor(key) {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(text, name) {
  try {
    const key = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && key.every(Number.isFinite)) return key;
  } catch {
    // falls through to the 400 below
  }
  throw errors.badCursor(name);
}

/**
 * Cursor pagination over items sorted by `keyOf` (a [time, id] pair), as Zendesk does it: `page[after]` names the
 * last item handed out, so items added meanwhile never make a page repeat or skip one.
 */
function cursorPage(items, keyOf, direction, query, url) {
  const size = Math.min(Number(query.get('page[size]')), 100);
  const compare = (a, b) => (a[0] - b[0] || a[1] - b[1]) * (direction === 'desc' ? -1 : 1);
  const sorted = [...items].sort((a, b) => compare(keyOf(a), keyOf(b)));
  const after = query.get('page[after]');
  const start =
    after === null ? 0 : sorted.findIndex(item => compare(keyOf(item), decodeCursor(after, 'page[after]')) > 0);
  const from = start === -1 ? sorted.length : start;
  const page = sorted.slice(from, from + size);
  const hasMore = from + size < sorted.length;
  const last = page.at(-1);
  const first = page[0];
  const link = cursor => {
    const next = new URL(url);
    next.searchParams.set('page[after]', cursor);
    return next.href;
  };
  return {
    page,
    meta: {
      has_more: hasMore,
      after_cursor: last ? encodeCursor(keyOf(last)) : null,
      before_cursor: first ? encodeCursor(keyOf(first)) : null
    },
    links: { next: hasMore && last ? link(encodeCursor(keyOf(last))) : null, prev: null }
  };
}

// --- custom field values ---

function regexpOf(pattern) {
  return new RegExp(pattern.replace(/\\A/g, '^').replace(/\\[zZ]/g, '$'));
}

/** The value stored for a field, or a problem description. */
function normalizeValue(field, value) {
  if (value === null || value === undefined || value === '') return { value: null };
  switch (field.type) {
    case 'checkbox':
      return typeof value === 'boolean' ? { value } : { problem: 'must be true or false' };
    case 'tagger':
      return field.custom_field_options.some(option => option.value === value)
        ? { value }
        : { problem: `is not one of the options (${JSON.stringify(value)})` };
    case 'multiselect':
      if (!Array.isArray(value)) return { problem: 'must be a list of option values' };
      if (!value.every(item => field.custom_field_options.some(option => option.value === item))) {
        return { problem: 'holds a value that is not an option' };
      }
      return { value: value.length === 0 ? null : [...value] };
    case 'integer':
      return /^-?\d+$/.test(String(value)) ? { value: String(Number(value)) } : { problem: 'must be a whole number' };
    case 'decimal':
      return /^-?\d+(\.\d+)?$/.test(String(value)) ? { value: String(value) } : { problem: 'must be a number' };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? { value: String(value) } : { problem: 'must be a date' };
    case 'regexp':
      return typeof value === 'string' && regexpOf(field.regexp_for_validation).test(value)
        ? { value }
        : { problem: 'does not match the pattern' };
    default:
      return typeof value === 'string' ? { value } : { problem: 'must be text' };
  }
}

function isEmptyValue(value) {
  return value === null || value === undefined || value === false || (Array.isArray(value) && value.length === 0);
}

/**
 * The fields of a form an end user must fill, given the values: conditional children count only while one of
 * their conditions holds (and its parent is itself shown), required as that condition says.
 */
function requiredFields(tenant, form, values) {
  const children = new Map();
  for (const condition of form.end_user_conditions ?? []) {
    for (const child of condition.child_fields) {
      if (!children.has(child.id)) children.set(child.id, []);
      children.get(child.id).push({ ...condition, is_required: child.is_required });
    }
  }
  const shown = (id, depth = 0) => {
    const conditions = children.get(id);
    if (!conditions) return true;
    if (depth > 10) return false;
    return conditions.some(condition => {
      const value = values.get(condition.parent_field_id);
      const matches = Array.isArray(value)
        ? value.includes(condition.value)
        : value === condition.value || (value ?? false) === condition.value;
      return matches && shown(condition.parent_field_id, depth + 1);
    });
  };
  const required = [];
  for (const id of form.ticket_field_ids) {
    const field = tenant.fieldById(id);
    if (!field || field.id < 100 || !field.visible_in_portal || !field.editable_in_portal || !shown(id)) continue;
    const conditions = children.get(id);
    const isRequired = conditions
      ? conditions.some(condition => condition.is_required && shown(condition.parent_field_id))
      : field.required_in_portal;
    if (isRequired) required.push(field);
  }
  return required;
}

function collaboratorIds(tenant, list, problems) {
  const ids = [];
  for (const entry of list ?? []) {
    const email = typeof entry === 'string' ? entry : typeof entry === 'object' ? entry.email : undefined;
    let user = typeof entry === 'number' ? tenant.userById(entry) : tenant.userByEmail(email);
    if (!user && email) {
      user = {
        id: 3000 + tenant.users.length,
        name: entry.name ?? email.split('@')[0],
        email,
        role: 'end-user',
        created_at: isoSeconds(tenant.tick()),
        updated_at: isoSeconds(tenant.tick())
      };
      tenant.users.push(user);
    }
    if (!user) problems.push({ description: `Collaborator ${JSON.stringify(entry)} is unknown` });
    else if (!ids.includes(user.id)) ids.push(user.id);
  }
  return ids;
}

function takeUploads(tenant, user, tokens, problems) {
  const attachments = [];
  for (const token of tokens ?? []) {
    const upload = tenant.uploads.get(token);
    if (!upload || upload.userId !== user.id) {
      problems.push({ description: `The upload ${token} is not valid` });
      continue;
    }
    attachments.push(...upload.attachments);
  }
  return attachments;
}

function consumeUploads(tenant, tokens) {
  for (const token of tokens ?? []) tenant.uploads.delete(token);
}

// --- handlers, by operationId ---

export const handlers = {
  ShowCurrentUser({ user, base }) {
    // An anonymous caller would get an "Anonymous user" without an id, which the document's UserObject does not
    // allow; the adapter never asks without a token, so the fake answers 401 instead.
    requireUser(user);
    return { status: 200, body: { user: userJson(base, user, { authenticity: true }) } };
  },

  ChangeOwnPassword({ user, params, json }) {
    requireUser(user);
    if (integerParam(params.user_id, 'user') !== user.id) throw errors.forbidden();
    const details = {};
    if (json.previous_password !== user.password) {
      details.previous_password = [{ description: 'Previous password is not correct', error: 'InvalidValue' }];
    }
    if (typeof json.password !== 'string' || json.password.length < 6) {
      details.password = [{ description: 'Password must be at least 6 characters long', error: 'TooShort' }];
    }
    if (Object.keys(details).length > 0) throw errors.invalid(details);
    user.password = json.password;
    return { status: 200, body: '' };
  },

  ListTicketForms({ tenant, query }) {
    const active = query.get('active');
    const forms = tenant.forms.filter(
      form => form.end_user_visible && (active === null || String(form.active) === active)
    );
    return { status: 200, body: { ticket_forms: forms, next_page: null, previous_page: null, count: forms.length } };
  },

  ShowTicketForm({ tenant, params }) {
    const form = tenant.formById(integerParam(params.ticket_form_id, 'form'));
    if (!form || !form.end_user_visible) throw errors.notFound();
    return { status: 200, body: { ticket_form: form } };
  },

  ListTicketFields({ tenant }) {
    const fields = tenant.fields.filter(field => field.visible_in_portal).map(fieldJson);
    return { status: 200, body: { ticket_fields: fields, next_page: null, previous_page: null, count: fields.length } };
  },

  UploadFiles({ tenant, user, query, raw, headers, base }) {
    requireUser(user);
    const name = query.get('filename');
    const existing = query.get('token');
    let token = existing;
    let upload = existing ? tenant.uploads.get(existing) : undefined;
    if (existing && (!upload || upload.userId !== user.id))
      throw errors.invalid({ token: [{ description: 'Token is not valid' }] });
    if (!upload) ({ token, upload } = tenant.newUpload(user.id));
    const type = String(headers['content-type']).split(';')[0].trim();
    const attachment = tenant.addFile(base, name, type, raw);
    upload.attachments.push(attachment);
    return { status: 201, body: { upload: { token, attachment, attachments: upload.attachments } } };
  },

  CreateRequest({ tenant, user, json, headers, base }) {
    requireUser(user);
    const key = headers['idempotency-key'];
    if (tenant.honorIdempotencyKey && key && tenant.idempotency.has(key)) {
      const request = tenant.requests.get(tenant.idempotency.get(key));
      return {
        status: 201,
        body: { request: requestJson(tenant, base, request) },
        headers: { 'x-idempotency-lookup': 'hit' }
      };
    }
    const input = json.request;
    const details = {};
    const base422 = [];
    const form = tenant.formById(input.ticket_form_id ?? 201);
    if (!form || !form.active || !form.end_user_visible) {
      details.ticket_form_id = [{ description: 'Ticket form is not available', error: 'InvalidValue' }];
      throw errors.invalid(details);
    }
    const subject = String(input.subject ?? '').trim();
    if (subject === '') details.subject = [{ description: 'Subject: cannot be blank', error: 'BlankValue' }];
    const body = input.comment.body ?? input.comment.html_body ?? '';
    if (
      String(body)
        .replace(/<[^>]*>/g, '')
        .trim() === ''
    ) {
      details.description = [{ description: 'Description: cannot be blank', error: 'BlankValue' }];
    }
    const values = new Map();
    for (const entry of input.custom_fields ?? []) {
      const field = tenant.fieldById(entry.id);
      const usable = field && field.id > 100 && field.visible_in_portal && field.editable_in_portal;
      if (!usable || !form.ticket_field_ids.includes(entry.id)) {
        base422.push({
          description: `Field ${entry.id} is not on this form`,
          error: 'InvalidValue',
          field_key: entry.id
        });
        continue;
      }
      const { value, problem } = normalizeValue(field, entry.value);
      if (problem)
        base422.push({
          description: `${field.title_in_portal}: ${problem}`,
          error: 'InvalidValue',
          field_key: field.id
        });
      else if (value !== null) values.set(field.id, value);
    }
    for (const field of requiredFields(tenant, form, values)) {
      if (isEmptyValue(values.get(field.id))) {
        base422.push({ description: `${field.title_in_portal}: needed`, error: null, field_key: field.id });
      }
    }
    if (input.priority !== undefined && !PRIORITIES.includes(input.priority)) {
      details.priority = [{ description: 'Priority is not valid', error: 'InvalidValue' }];
    }
    if (input.type !== undefined && !TYPES.includes(input.type)) {
      details.type = [{ description: 'Type is not valid', error: 'InvalidValue' }];
    }
    const attachments = takeUploads(tenant, user, input.comment.uploads, base422);
    const ccs = collaboratorIds(tenant, input.collaborators, base422);
    if (base422.length > 0) details.base = base422;
    if (Object.keys(details).length > 0) throw errors.invalid(details);

    consumeUploads(tenant, input.comment.uploads);
    const at = tenant.tick();
    const request = {
      id: tenant.nextRequestId++,
      subject,
      description: String(input.comment.body ?? input.comment.html_body.replace(/<[^>]*>/g, '')),
      status: 'new',
      priority: input.priority ?? null,
      type: input.type ?? null,
      ticket_form_id: form.id,
      custom_fields: values,
      requester_id: user.id,
      organization_id: user.organization_id,
      collaborator_ids: ccs,
      email_cc_ids: ccs,
      assignee_id: undefined,
      createdMs: at,
      updatedMs: at,
      comments: []
    };
    tenant.requests.set(request.id, request);
    tenant.addComment(request, user.id, {
      body: input.comment.body,
      htmlBody: input.comment.html_body,
      attachments
    });
    request.updatedMs = at;
    if (tenant.honorIdempotencyKey && key) tenant.idempotency.set(key, request.id);
    return { status: 201, body: { request: requestJson(tenant, base, request) } };
  },

  ListRequests({ tenant, user, query, url, base }) {
    requireUser(user);
    const statuses = query.get('status')?.split(',');
    const mine = [...tenant.requests.values()].filter(
      request => request.requester_id === user.id && (!statuses || statuses.includes(request.status))
    );
    const sortBy = query.get('sort_by') === 'updated_at' ? 'updatedMs' : 'createdMs';
    const direction = query.get('sort_order') === 'desc' ? 'desc' : 'asc';
    const keyOf = request => [Math.floor(request[sortBy] / 1000), request.id];
    if (query.has('page[size]')) {
      const { page, meta, links } = cursorPage(mine, keyOf, direction, query, url);
      return { status: 200, body: { requests: page.map(r => requestJson(tenant, base, r)), meta, links } };
    }
    const sorted = cursorPage(mine, keyOf, direction, new URLSearchParams({ 'page[size]': '100' }), url).page;
    return {
      status: 200,
      body: {
        requests: sorted.map(r => requestJson(tenant, base, r)),
        next_page: null,
        previous_page: null,
        count: mine.length
      }
    };
  },

  SearchRequests({ tenant, user, query, url, base }) {
    requireUser(user);
    const words = String(query.get('query') ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
    const statuses = query.get('status')?.split(',');
    const perPage = Number(query.get('per_page') ?? 100);
    const page = Number(query.get('page') ?? 1);
    if ((page - 1) * perPage >= 1000) {
      throw new ZendeskError(422, { error: 'InsufficientResourcesError', description: 'Results are limited to 1000.' });
    }
    const matches = [...tenant.requests.values()]
      .filter(request => tenant.canSee(user, request) && (!statuses || statuses.includes(request.status)))
      .filter(request => {
        const text = [request.subject, request.description, ...request.comments.map(c => c.body)]
          .join(' ')
          .toLowerCase();
        return words.every(word => text.includes(word));
      })
      .sort((a, b) => b.updatedMs - a.updatedMs || b.id - a.id)
      .slice(0, 1000);
    const slice = matches.slice((page - 1) * perPage, page * perPage);
    const link = number => {
      const next = new URL(url);
      next.searchParams.set('page', String(number));
      return next.href;
    };
    return {
      status: 200,
      body: {
        requests: slice.map(r => requestJson(tenant, base, r)),
        count: matches.length,
        next_page: page * perPage < matches.length ? link(page + 1) : null,
        previous_page: page > 1 ? link(page - 1) : null
      }
    };
  },

  ShowRequest({ tenant, user, params, query, base }) {
    requireUser(user);
    const request = requestFor(tenant, user, params.request_id);
    const body = { request: requestJson(tenant, base, request) };
    if (query.get('include') === 'users') {
      const ids = [request.requester_id, ...request.email_cc_ids];
      body.users = ids
        .map(id => tenant.userById(id))
        .filter(Boolean)
        .map(u => userJson(base, u));
    }
    return { status: 200, body };
  },

  UpdateRequest({ tenant, user, params, json, base }) {
    requireUser(user);
    const request = requestFor(tenant, user, params.request_id);
    const input = json.request;
    if (request.status === 'closed') {
      throw errors.invalid({
        status: [{ description: 'Status: closed prevents ticket update', error: 'InvalidValue' }]
      });
    }
    const problems = [];
    if (input.comment) {
      const text = String(input.comment.body ?? input.comment.html_body ?? '')
        .replace(/<[^>]*>/g, '')
        .trim();
      const attachments = takeUploads(tenant, user, input.comment.uploads, problems);
      if (text === '' && attachments.length === 0)
        problems.push({ description: 'Comment: cannot be blank', error: 'BlankValue' });
      if (problems.length > 0) throw errors.invalid({ base: problems });
      consumeUploads(tenant, input.comment.uploads);
      tenant.addComment(request, user.id, { body: input.comment.body, htmlBody: input.comment.html_body, attachments });
      // A requester's reply puts a solved or pending request back in the agents' queue.
      if (['pending', 'solved'].includes(request.status)) request.status = 'open';
    }
    if (input.additional_collaborators) {
      for (const id of collaboratorIds(tenant, input.additional_collaborators, problems)) {
        if (!request.email_cc_ids.includes(id)) request.email_cc_ids.push(id);
      }
    }
    if (input.solved === true) {
      if (!requestJson(tenant, base, request).can_be_solved_by_me) {
        throw errors.invalid({
          status: [{ description: 'Status: you cannot solve this request', error: 'InvalidValue' }]
        });
      }
      request.status = 'solved';
      request.updatedMs = tenant.tick();
    }
    return { status: 200, body: { request: requestJson(tenant, base, request) } };
  },

  ListComments({ tenant, user, params, query, url, base }) {
    requireUser(user);
    const request = requestFor(tenant, user, params.request_id);
    const comments = request.comments.filter(comment => comment.public);
    const direction = query.get('sort') === '-created_at' ? 'desc' : 'asc';
    const keyOf = comment => [Math.floor(comment.createdMs / 1000), comment.id];
    const authors = [...new Set(comments.map(comment => comment.author_id))];
    const users = authors
      .map(id => tenant.userById(id))
      .filter(Boolean)
      .map(u => userJson(base, u));
    if (query.has('page[size]')) {
      const { page, meta, links } = cursorPage(comments, keyOf, direction, query, url);
      return { status: 200, body: { comments: page.map(commentJson), users, organizations: [], meta, links } };
    }
    const all = cursorPage(comments, keyOf, direction, new URLSearchParams({ 'page[size]': '100' }), url).page;
    return {
      status: 200,
      body: {
        comments: all.map(commentJson),
        users,
        organizations: [],
        next_page: null,
        previous_page: null,
        count: all.length
      }
    };
  },

  ShowComment({ tenant, user, params }) {
    requireUser(user);
    const request = requestFor(tenant, user, params.request_id);
    const comment = request.comments.find(item => item.public && String(item.id) === params.ticket_comment_id);
    if (!comment) throw errors.notFound();
    return { status: 200, body: { comment: commentJson(comment) } };
  },

  AutocompleteCustomObjectRecordSearch({ user, params, query }) {
    requireUser(user);
    // Allowed for agents only, as the document says.
    if (user.role === 'end-user') throw errors.forbidden();
    const name = String(query.get('name') ?? '').toLowerCase();
    const records = ['Router X1', 'Router X2', 'Switch S8']
      .map((label, index) => ({
        id: `01HDEVICE${index}`,
        name: label,
        custom_object_key: params.custom_object_key,
        custom_object_fields: {},
        created_at: '2024-01-10T09:00:00Z',
        updated_at: '2024-01-10T09:00:00Z'
      }))
      .filter(record => record.name.toLowerCase().includes(name));
    return {
      status: 200,
      body: {
        custom_object_records: records,
        count: records.length,
        meta: { has_more: false, after_cursor: null, before_cursor: null },
        links: { next: null, prev: null }
      }
    };
  },

  HelpCenterSearchArticles({ tenant, query }) {
    const words = String(query.get('query') ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
    const perPage = Number(query.get('per_page') ?? 25);
    const page = Number(query.get('page') ?? 1);
    const found = tenant.articles.filter(article => {
      const text = `${article.title} ${article.body}`.toLowerCase();
      return words.every(word => text.includes(word));
    });
    const results = found.slice((page - 1) * perPage, page * perPage).map(article => ({
      ...article,
      result_type: 'article',
      snippet: article.body
        .replace(/<[^>]*>/g, '')
        .replace(
          new RegExp(`(${words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi'),
          '<em>$1</em>'
        )
    }));
    return {
      status: 200,
      body: {
        results,
        count: found.length,
        page,
        per_page: perPage,
        page_count: Math.ceil(found.length / perPage),
        next_page: null,
        previous_page: null
      }
    };
  }
};

export { STATUSES };
