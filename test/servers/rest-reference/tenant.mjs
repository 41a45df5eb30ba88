// One tenant of the reference server: an isolated, in-memory help desk seeded from a preset (the same data the
// local adapter is seeded from). Tests make a fresh tenant per check, so checks never see each other's data.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { problems } from './http.mjs';

const SESSION_HOURS = 8;
const LINK_HOURS = { signup: 24, reset: 1, host: 24 };
const TICKET_MINUTES = 5;
/** A ticket's cursor lags this much behind "now", so a write sent together with the ticket request is not missed. */
const TICKET_REPLAY_MS = 1000;

const DEFAULT_CAPABILITIES = {
  accounts: {
    passwordSignIn: { mode: 'api' },
    hostToken: true,
    signup: { mode: 'api' },
    passwordReset: { mode: 'api' },
    changePassword: { mode: 'api' }
  },
  cases: { list: true, search: 'fulltext', organizationScope: true, reply: true, close: true, reopen: true },
  entitlements: true,
  invoices: true,
  articles: true,
  phoneCallBack: true,
  liveUpdates: true
};

export function fold(text) {
  return String(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function words(text) {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function emailKey(email) {
  return String(email).trim().toLowerCase();
}

export function token() {
  return randomBytes(24).toString('base64url');
}

/**
 * A password digest. An in-memory test server may use a fast salted hash; a real backend uses a slow one
 * (PBKDF2, scrypt, Argon2) as the local adapter does.
 */
function digest(password, salt) {
  return createHash('sha256').update(`${salt}:${password}`).digest('hex');
}

export class Tenant {
  constructor(id, preset) {
    this.id = id;
    this.preset = preset;
    const overrides = preset.capabilities ?? {};
    this.capabilities = {
      accounts: { ...DEFAULT_CAPABILITIES.accounts, ...overrides.accounts },
      cases: { ...DEFAULT_CAPABILITIES.cases, ...overrides.cases },
      entitlements: overrides.entitlements ?? DEFAULT_CAPABILITIES.entitlements,
      invoices: overrides.invoices ?? DEFAULT_CAPABILITIES.invoices,
      articles: overrides.articles ?? DEFAULT_CAPABILITIES.articles,
      phoneCallBack: overrides.phoneCallBack ?? DEFAULT_CAPABILITIES.phoneCallBack,
      liveUpdates: overrides.liveUpdates ?? DEFAULT_CAPABILITIES.liveUpdates
    };
    this.users = new Map();
    for (const user of preset.users ?? []) this.addUser(user);
    this.sessions = new Map(); // access token -> { userId, expiresAt }
    this.linkTokens = new Map(); // token -> { kind, emailKey, expiresAt, usedAt }
    this.outbox = []; // { to, kind, token, sentAt }
    this.files = new Map();
    this.cases = new Map();
    this.comments = new Map(); // caseId -> comments
    this.idempotency = new Map();
    this.caseSequence = 1200;
    this.commentSequence = 0;
    this.changes = []; // { seq, change }
    this.changeSequence = 0;
    this.tickets = new Map();
    this.streams = new Set();
    this.faults = [];
    this.requests = [];
    this.violations = [];
  }

  addUser({ id, name, email, password, organizationId }) {
    const salt = randomBytes(8).toString('hex');
    const user = { id: id ?? randomUUID(), name, email, emailKey: emailKey(email), salt, organizationId };
    user.password = digest(password, salt);
    this.users.set(user.id, user);
    return user;
  }

  userByEmail(email) {
    const key = emailKey(email ?? '');
    for (const user of this.users.values()) if (user.emailKey === key) return user;
    return undefined;
  }

  checkPassword(user, password) {
    return user !== undefined && typeof password === 'string' && digest(password, user.salt) === user.password;
  }

  setPassword(user, password) {
    user.salt = randomBytes(8).toString('hex');
    user.password = digest(password, user.salt);
  }

  now() {
    return new Date().toISOString();
  }

  // --- sessions --------------------------------------------------------------------------------------------------

  startSession(user) {
    const accessToken = token();
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000).toISOString();
    this.sessions.set(accessToken, { userId: user.id, expiresAt });
    return { session: this.toSession(user, expiresAt), accessToken };
  }

  toSession(user, expiresAt) {
    const organization = this.organization(user.organizationId);
    return {
      user: {
        id: user.id,
        name: user.name,
        email: user.email,
        ...(organization ? { organization } : {})
      },
      expiresAt
    };
  }

  organization(id) {
    const found = (this.preset.organizations ?? []).find(org => org.id === id);
    return found ? { id: found.id, name: found.name } : undefined;
  }

  /** The session of a request's bearer token, or undefined. */
  current(req) {
    const header = req.headers.authorization ?? '';
    const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    const session = bearer ? this.sessions.get(bearer) : undefined;
    if (!session || session.expiresAt <= this.now()) return undefined;
    const user = this.users.get(session.userId);
    return user ? { user, session, token: bearer } : undefined;
  }

  requireUser(req) {
    const found = this.current(req);
    if (!found) throw problems.unauthorized();
    return found.user;
  }

  endSessionsOf(userId, keepToken) {
    for (const [key, session] of this.sessions) {
      if (session.userId === userId && key !== keepToken) this.sessions.delete(key);
    }
  }

  // --- link tokens and mail --------------------------------------------------------------------------------------

  issueLink(kind, key) {
    const value = token();
    this.linkTokens.set(value, {
      kind,
      emailKey: key,
      expiresAt: new Date(Date.now() + LINK_HOURS[kind] * 3_600_000).toISOString()
    });
    return value;
  }

  /** The live record of a link token of this kind, or 422 with the reason the UI explains. */
  liveLink(kind, value) {
    const record = typeof value === 'string' ? this.linkTokens.get(value.trim()) : undefined;
    if (!record || record.kind !== kind) throw problems.invalid('This link is not valid.', {}, 'unknown-link');
    if (record.usedAt) throw problems.invalid('This link was already used.', {}, 'used-link');
    if (record.expiresAt <= this.now()) throw problems.invalid('This link has expired.', {}, 'expired-link');
    return record;
  }

  mail(to, kind, linkToken) {
    this.outbox.unshift({ to, kind, token: linkToken, sentAt: this.now() });
  }

  // --- catalog ---------------------------------------------------------------------------------------------------

  categoryPath(categoryId, tree = this.preset.categories, trail = []) {
    for (const category of tree) {
      const path = [...trail, category];
      if (category.id === categoryId) return path;
      const below = this.categoryPath(categoryId, category.children ?? [], path);
      if (below) return below;
    }
    return undefined;
  }

  nearest(path, key) {
    for (let i = path.length - 1; i >= 0; i -= 1) if (path[i][key] !== undefined) return path[i][key];
    return undefined;
  }

  formById(formId) {
    const form = this.preset.forms.find(candidate => candidate.id === formId);
    if (!form) throw problems.notFound('Form', formId);
    return form;
  }

  formForCategory(categoryId) {
    const path = this.categoryPath(categoryId);
    if (!path) throw problems.notFound('Category', categoryId);
    const formId = this.nearest(path, 'formId') ?? this.preset.forms[0]?.id;
    if (formId === undefined) throw problems.notFound('Form of category', categoryId);
    return this.formById(formId);
  }

  // --- cases -----------------------------------------------------------------------------------------------------

  canSee(user, record) {
    if (record.requesterId === user.id) return true;
    return (
      this.capabilities.cases.organizationScope &&
      record.organizationId !== undefined &&
      record.organizationId === user.organizationId
    );
  }

  /** A case the user may see; someone else's is 404 like an unknown one, so ids cannot be probed. */
  visibleCase(user, caseId) {
    const record = this.cases.get(caseId);
    if (!record || !this.canSee(user, record)) throw problems.notFound('Case', caseId);
    return record;
  }

  status(statusId) {
    return this.preset.statuses.find(status => status.id === statusId);
  }

  firstStatusOf(category) {
    return this.preset.statuses.find(status => status.category === category)?.id;
  }

  attachment(file, base) {
    return { id: file.id, name: file.name, size: file.size, mimeType: file.mimeType, url: `${base}${file.id}` };
  }

  toCase(record, filesBase) {
    const organization = this.organization(record.organizationId);
    return {
      id: record.id,
      reference: record.reference,
      subject: record.subject,
      description: record.description,
      descriptionFormat: record.descriptionFormat,
      status: { ...this.status(record.statusId) },
      priority: record.priority,
      categoryPath: record.categoryPath,
      ...(record.department === undefined ? {} : { department: record.department }),
      channel: record.channel,
      ...(record.callBack === undefined ? {} : { callBack: record.callBack }),
      fields: record.fields,
      attachments: record.files.map(file => this.attachment(file, filesBase)),
      requester: record.requester,
      ...(organization ? { organization } : {}),
      ...(record.recipients === undefined ? {} : { recipients: record.recipients }),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt
    };
  }

  toComment(record, filesBase) {
    return {
      id: record.id,
      caseId: record.caseId,
      author: record.author,
      body: record.body,
      bodyFormat: record.bodyFormat,
      attachments: record.files.map(file => this.attachment(file, filesBase)),
      createdAt: record.createdAt
    };
  }

  touch(record) {
    // Strictly later than before, so orderings by updatedAt are total even within one millisecond.
    const now = this.now();
    record.updatedAt = now > record.updatedAt ? now : new Date(Date.parse(record.updatedAt) + 1).toISOString();
  }

  /** Files the user uploaded, by reference; an unknown or foreign one refuses the whole input. */
  ownedFiles(user, references) {
    if (!Array.isArray(references)) return [];
    return references.map(reference => {
      const file = this.files.get(reference?.id);
      if (!file || file.ownerId !== user.id) {
        throw problems.invalid('An attachment is unknown.', { attachments: 'An attached file is unknown.' });
      }
      return file;
    });
  }

  // --- changes ---------------------------------------------------------------------------------------------------

  /** Records a change and pushes it to every stream whose user may see it. */
  publish(change, caseRecord, sessionToken) {
    this.changeSequence += 1;
    const entry = { seq: this.changeSequence, at: Date.now(), change, caseRecord, sessionToken };
    this.changes.push(entry);
    for (const stream of this.streams) {
      if (this.mayKnow(stream, entry)) stream.send(entry);
    }
  }

  mayKnow(viewer, entry) {
    if (entry.change.type === 'session-changed') return entry.sessionToken === viewer.sessionToken;
    const user = this.users.get(viewer.userId);
    return user !== undefined && this.canSee(user, entry.caseRecord);
  }

  issueTicket(current) {
    const value = token();
    const horizon = Date.now() - TICKET_REPLAY_MS;
    const cursor = String(this.changes.findLast(entry => entry.at <= horizon)?.seq ?? 0);
    const expiresAt = new Date(Date.now() + TICKET_MINUTES * 60_000).toISOString();
    this.tickets.set(value, { userId: current.user.id, sessionToken: current.token, expiresAt, cursor });
    return { ticket: value, expiresAt, cursor };
  }

  close() {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
  }
}
