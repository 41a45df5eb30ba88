import type {
  Article,
  Attachment,
  CallBack,
  Category,
  Channel,
  Entitlement,
  FieldValue,
  FormDefinition,
  Invoice,
  Organization,
  Person,
  Priority,
  Role,
  Status
} from '../../core/index.js';
import type { PresetLookups } from '../../core/preset.js';
import type { DemoMail } from './mailbox-types.js';

// The shapes kept in IndexedDB. They hold what the public model does plus what the local backend needs to answer
// queries cheaply (owner ids, a normalized search key, a sequence number), and they never hold a password or a
// token in clear: only PBKDF2 hashes and SHA-256 digests.

/** What a password is kept as: a PBKDF2-SHA256 digest and everything needed to compute it again. */
export interface PasswordHash {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** base64url */
  salt: string;
  /** base64url */
  hash: string;
}

export interface UserRecord {
  id: string;
  name: string;
  /** As typed at signup, for display and e-mails. */
  email: string;
  /** Lower-cased and trimmed: logins are case-insensitive, and the unique index uses this. */
  emailKey: string;
  organizationId?: string | undefined;
  /** Absent for users known only through host tokens. */
  password?: PasswordHash | undefined;
  createdAt: string;
}

export interface SessionRecord {
  /** SHA-256 of the session token: a stolen database does not give usable sessions. */
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export type LinkTokenKind = 'signup' | 'reset' | 'host';

export interface LinkTokenRecord {
  /** SHA-256 of the token; the token itself only ever exists in the e-mail (or the host page). */
  tokenHash: string;
  kind: LinkTokenKind;
  emailKey: string;
  createdAt: string;
  expiresAt: string;
  usedAt?: string | undefined;
}

export interface MailRecord extends DemoMail {
  /** Sending order, for a stable newest-first list even when a test clock stands still. */
  seq: number;
}

export interface CaseRecord {
  id: string;
  reference: string;
  subject: string;
  description: string;
  descriptionFormat: 'text' | 'html';
  /** Resolved against the catalog's statuses when read, so labels follow the catalog. */
  statusId: string;
  priority: Priority;
  categoryId: string;
  formId: string;
  categoryPath: { id: string; name: string }[];
  department?: string | undefined;
  channel: Channel;
  callBack?: CallBack | undefined;
  fields: Record<string, FieldValue>;
  /** Stored without `url`: object URLs are made when a case is read. */
  attachments: Attachment[];
  requesterId: string;
  requester: Person;
  organizationId?: string | undefined;
  recipients?: string[] | undefined;
  createdAt: string;
  updatedAt: string;
  /** Normalized text of reference, subject, description and string fields, for accent-insensitive search. */
  searchKey: string;
  /** Normalized subject, for `subject`-only search and for sorting by subject. */
  subjectKey: string;
}

export interface CommentRecord {
  id: string;
  caseId: string;
  /** Global insertion order: breaks ties between comments written in the same millisecond. */
  seq: number;
  author: { id?: string | undefined; name: string; role: Role };
  body: string;
  bodyFormat: 'text' | 'html';
  attachments: Attachment[];
  createdAt: string;
}

export interface FileRecord {
  id: string;
  ownerId: string;
  name: string;
  size: number;
  mimeType: string;
  blob: Blob;
  createdAt: string;
}

/** Remembers what an idempotency key produced, so a retried call returns it instead of creating another. */
export interface IdempotencyRecord {
  /** `${userId}\u0000${operation}\u0000${key}` */
  key: string;
  resultId: string;
  createdAt: string;
}

export interface SignInFailureRecord {
  /** Normalized login. */
  login: string;
  /** Epoch milliseconds of recent failures. */
  failures: number[];
}

/** The preset's read-only data, copied into the database once so every tab and reload sees the same catalog. */
export interface CatalogRecord {
  categories: Category[];
  forms: FormDefinition[];
  statuses: Status[];
  initialStatusId: string;
  organizations: Organization[];
  lookups: PresetLookups;
  articles: Article[];
  entitlements: Entitlement[];
  invoices: Invoice[];
}

/** What listing needs of a case to scope, filter and sort it, without its description, fields or attachments. */
export type CaseSummary = Pick<
  CaseRecord,
  | 'id'
  | 'requesterId'
  | 'organizationId'
  | 'statusId'
  | 'priority'
  | 'reference'
  | 'createdAt'
  | 'updatedAt'
  | 'subjectKey'
  | 'searchKey'
>;

/** One write to `cases`: the version stamps before and after it, and the cases it changed (null: too many). */
export interface CasesLogEntry {
  before: string | undefined;
  after: string;
  ids: string[] | null;
}

/** Case summaries column by column: a few arrays of strings clone much faster than the objects they hold. */
export type CaseSummaryColumns = { [Field in keyof CaseSummary]-?: CaseSummary[Field][] };

/**
 * Every case's summary as of one version stamp, in `chunks` records `caseSummaries:0`, `caseSummaries:1`, … of
 * column-wise summaries, so a page reads them instead of 10,000 whole case records (see `CaseIndex`, and
 * case-snapshot.ts for why in pieces).
 */
export interface CaseSummarySnapshot {
  format: 2;
  version: string;
  chunks: number;
}

/** A piece of a snapshot: some cases' summaries, and the version of the snapshot it belongs to. */
export interface CaseSummaryChunk {
  version: string;
  columns: CaseSummaryColumns;
}

/** Format 1, one record with every summary, as earlier versions of the library saved it (still read). */
export interface CaseSummarySnapshotV1 {
  format: 1;
  version: string;
  columns: CaseSummaryColumns;
}

/** Counters and markers kept in the `meta` store. */
export interface MetaValues {
  seededAt: string;
  caseSequence: number;
  commentSequence: number;
  mailSequence: number;
  /** Changes with every write to `cases`; see `CaseIndex`. */
  casesVersion: string;
  /** The last writes to `cases`, oldest first, so a summary a few writes old catches up by reading only those. */
  casesLog: CasesLogEntry[];
  /** A saved case summary, so a page load reads a few records instead of every case. */
  caseSummaries: CaseSummarySnapshot | CaseSummarySnapshotV1;
  [piece: `caseSummaries:${number}`]: CaseSummaryChunk;
}
