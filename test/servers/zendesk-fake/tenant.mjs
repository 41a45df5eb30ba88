// One isolated, in-memory Zendesk account of the fake: users and their OAuth tokens, ticket fields and forms with
// end-user conditions, requests with their comments, uploads, and Help Center articles. Every test (every
// conformance check) gets a fresh one from the control API, so nothing leaks between them.
import { randomBytes } from 'node:crypto';

/** Zendesk's timestamps have whole seconds. */
export function isoSeconds(ms) {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function secret(bytes = 18) {
  return randomBytes(bytes).toString('base64url');
}

const FIELD_DEFAULTS = {
  active: true,
  visible_in_portal: true,
  editable_in_portal: true,
  required_in_portal: false,
  required: false,
  removable: true,
  description: '',
  agent_description: '',
  position: 0,
  regexp_for_validation: null,
  tag: null,
  created_at: '2024-01-10T09:00:00Z',
  updated_at: '2024-01-10T09:00:00Z'
};

function field(id, type, title, extra = {}) {
  return { ...FIELD_DEFAULTS, id, type, title, title_in_portal: title, raw_title: title, ...extra };
}

function options(pairs) {
  return pairs.map(([value, name], index) => ({ id: 9000 + index, name, raw_name: name, value, position: index }));
}

/** The ticket fields of the seeded account: system fields, every custom type, and fields end users never see. */
function seedFields() {
  return [
    field(1, 'subject', 'Subject', { required_in_portal: true, removable: false }),
    field(2, 'description', 'Description', {
      title_in_portal: 'How can we help?',
      required_in_portal: true,
      removable: false
    }),
    field(3, 'status', 'Status', { visible_in_portal: false, editable_in_portal: false, removable: false }),
    field(4, 'priority', 'Priority', {
      removable: false,
      system_field_options: ['low', 'normal', 'high', 'urgent'].map(value => ({ name: value, value }))
    }),
    field(5, 'tickettype', 'Type', {
      removable: false,
      system_field_options: ['question', 'incident', 'problem', 'task'].map(value => ({ name: value, value }))
    }),
    field(6, 'group', 'Group', { visible_in_portal: false, editable_in_portal: false, removable: false }),
    field(101, 'tagger', 'Product', {
      required_in_portal: true,
      description: 'Which product is affected',
      custom_field_options: options([
        ['app_web', 'Web app'],
        ['app_mobile', 'Mobile app'],
        ['api', 'Public API']
      ])
    }),
    field(102, 'text', 'Order number'),
    field(103, 'textarea', 'Steps to reproduce'),
    field(104, 'integer', 'Affected users'),
    field(105, 'decimal', 'Amount'),
    field(106, 'date', 'Since when'),
    field(107, 'checkbox', 'Production is down', { tag: 'production_down' }),
    field(108, 'multiselect', 'Browsers', {
      custom_field_options: options([
        ['browser_chrome', 'Chrome'],
        ['browser_firefox', 'Firefox'],
        ['browser_safari', 'Safari']
      ])
    }),
    field(109, 'regexp', 'Serial number', { regexp_for_validation: '\\A[A-Z]{2}\\d{6}\\z' }),
    field(110, 'partialcreditcard', 'Card'),
    field(111, 'lookup', 'Device', { relationship_target_type: 'zen:custom_object:device', relationship_filter: {} }),
    field(112, 'text', 'Mobile OS version'),
    field(113, 'textarea', 'Outage details'),
    field(114, 'tagger', 'Billing topic', {
      required_in_portal: true,
      custom_field_options: options([
        ['billing_invoice', 'Invoices'],
        ['billing_refund', 'Refunds']
      ])
    }),
    field(115, 'text', 'Agent notes', { visible_in_portal: false, editable_in_portal: false }),
    field(116, 'text', 'Contract reference', { editable_in_portal: false })
  ];
}

function form(id, name, displayName, fieldIds, extra = {}) {
  return {
    id,
    name,
    raw_name: name,
    display_name: displayName,
    raw_display_name: displayName,
    active: true,
    end_user_visible: true,
    default: false,
    in_all_brands: true,
    position: id,
    ticket_field_ids: fieldIds,
    end_user_conditions: [],
    agent_conditions: [],
    restricted_brand_ids: [],
    created_at: '2024-01-10T09:00:00Z',
    updated_at: '2024-01-10T09:00:00Z',
    ...extra
  };
}

function seedForms() {
  return [
    form(
      201,
      'Technical problem',
      'Report a technical problem',
      [1, 2, 101, 112, 102, 103, 104, 105, 106, 107, 113, 108, 109, 110, 111, 115, 116, 5, 4],
      {
        default: true,
        end_user_conditions: [
          { parent_field_id: 101, value: 'app_mobile', child_fields: [{ id: 112, is_required: true }] },
          { parent_field_id: 107, value: true, child_fields: [{ id: 113, is_required: false }] }
        ]
      }
    ),
    form(202, 'Billing', 'Billing question', [1, 2, 114, 105]),
    form(203, 'Old form', 'Retired form', [1, 2], { active: false }),
    form(204, 'Internal', 'Agents only', [1, 2, 115], { end_user_visible: false })
  ];
}

function seedUsers() {
  const user = (id, name, email, role, organizationId, password) => ({
    id,
    name,
    email,
    role,
    organization_id: organizationId,
    password,
    locale: 'en-US',
    time_zone: 'Bogota',
    verified: true,
    created_at: '2024-01-10T09:00:00Z',
    updated_at: '2024-01-10T09:00:00Z'
  });
  return [
    user(1001, 'Ana Cliente', 'ana@example.com', 'end-user', 501, 'Ana-Password-2026'),
    user(1002, 'Beto Colega', 'beto@example.com', 'end-user', 501, 'Beto-Password-2026'),
    user(1003, 'Olga Ajena', 'olga@example.net', 'end-user', 502, 'Olga-Password-2026'),
    user(2001, 'Sofía Agente', 'sofia@support.example.com', 'agent', 500, 'Agent-Password-2026')
  ];
}

function seedArticles() {
  const article = (id, title, body) => ({
    id,
    title,
    body,
    locale: 'en-us',
    html_url: `https://example.zendesk.com/hc/en-us/articles/${id}`
  });
  return [
    article(360001, 'How to reset your password', '<p>Open the sign-in page and choose <b>Forgot password</b>.</p>'),
    article(360002, 'Change the password of your account', '<p>Go to your profile, then Password.</p>'),
    article(360003, 'Exporting invoices', '<p>Invoices can be exported as PDF from Billing.</p>')
  ];
}

export class ZendeskTenant {
  constructor(id, options = {}) {
    this.id = id;
    /** Zendesk documents Idempotency-Key for ticket creation only; by default the fake ignores it on requests. */
    this.honorIdempotencyKey = options.honorIdempotencyKey === true;
    this.fields = seedFields();
    this.forms = seedForms();
    this.users = seedUsers();
    this.articles = seedArticles();
    this.tokens = new Map(); // OAuth access token -> user id
    this.requests = new Map(); // id -> request record
    this.uploads = new Map(); // upload token -> { userId, attachments: [] }
    this.files = new Map(); // download token -> { name, type, data }
    this.idempotency = new Map(); // key -> request id (only when honorIdempotencyKey)
    this.faults = [];
    this.log = [];
    this.violations = [];
    this.checked = { requests: 0, responses: 0, outside: 0 };
    this.nextRequestId = 35001;
    this.nextCommentId = 7001;
    this.nextAttachmentId = 880001;
    this.clock = Date.now();
  }

  /** A strictly increasing clock in milliseconds (timestamps are shown with whole seconds). */
  tick() {
    this.clock = Math.max(Date.now(), this.clock + 1);
    return this.clock;
  }

  issueToken(email) {
    const user = this.userByEmail(email);
    if (!user) return undefined;
    const token = secret();
    this.tokens.set(token, user.id);
    return token;
  }

  userByEmail(email) {
    const key = String(email ?? '')
      .trim()
      .toLowerCase();
    return this.users.find(user => user.email.toLowerCase() === key);
  }

  userById(id) {
    return this.users.find(user => user.id === id);
  }

  /** The user an `Authorization: Bearer` header names, or undefined. */
  userOf(headers) {
    const match = /^Bearer\s+(\S+)$/i.exec(String(headers.authorization ?? ''));
    const id = match ? this.tokens.get(match[1]) : undefined;
    return id === undefined ? undefined : this.userById(id);
  }

  revokeTokensOf(headers) {
    const match = /^Bearer\s+(\S+)$/i.exec(String(headers.authorization ?? ''));
    if (match) this.tokens.delete(match[1]);
  }

  fieldById(id) {
    return this.fields.find(item => item.id === id);
  }

  formById(id) {
    return this.forms.find(item => item.id === id);
  }

  /** Whether `user` may see the request: its requester or a CC. */
  canSee(user, request) {
    return request.requester_id === user.id || request.email_cc_ids.includes(user.id);
  }

  newUpload(userId) {
    const token = secret(15);
    const upload = { userId, attachments: [], createdAt: this.tick() };
    this.uploads.set(token, upload);
    return { token, upload };
  }

  addFile(base, name, type, data) {
    const download = secret(15);
    const id = this.nextAttachmentId++;
    this.files.set(download, { name, type, data });
    const url = `${base}/attachments/token/${download}/?name=${encodeURIComponent(name)}`;
    return {
      id,
      file_name: name,
      content_type: type,
      content_url: url,
      mapped_content_url: url,
      size: data.length,
      url: `${base}/api/v2/attachments/${id}.json`,
      deleted: false,
      inline: false,
      malware_access_override: false,
      malware_scan_result: 'malware_not_found',
      thumbnails: []
    };
  }

  addComment(request, authorId, { body, htmlBody, attachments = [] }) {
    const at = this.tick();
    const plain = body ?? htmlBody.replace(/<[^>]*>/g, '');
    const comment = {
      id: this.nextCommentId++,
      type: 'Comment',
      author_id: authorId,
      body: plain,
      html_body: htmlBody ?? `<div class="zd-comment"><p>${escapeHtml(plain)}</p></div>`,
      plain_body: plain,
      public: true,
      attachments,
      created_at: isoSeconds(at),
      createdMs: at,
      via: { channel: 'api', source: { from: {}, to: {}, rel: null } }
    };
    request.comments.push(comment);
    request.updatedMs = at;
    return comment;
  }
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, char => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);
}

export { secret };
