import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type {
  CaseRecord,
  CatalogRecord,
  CommentRecord,
  FileRecord,
  IdempotencyRecord,
  LinkTokenRecord,
  MailRecord,
  MetaValues,
  SessionRecord,
  SignInFailureRecord,
  UserRecord
} from './records.js';

/** Bumped, with an `upgrade` step, whenever a store or index changes. */
const VERSION = 2;

export interface LocalSchema extends DBSchema {
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
  catalog: { key: 'catalog'; value: CatalogRecord };
  users: { key: string; value: UserRecord; indexes: { emailKey: string } };
  sessions: { key: string; value: SessionRecord; indexes: { userId: string } };
  linkTokens: { key: string; value: LinkTokenRecord };
  mail: { key: string; value: MailRecord };
  cases: {
    key: string;
    value: CaseRecord;
    indexes: {
      requesterId: string;
      organizationId: string;
      requesterCreated: [string, string];
      organizationCreated: [string, string];
    };
  };
  comments: { key: string; value: CommentRecord; indexes: { caseId: string } };
  files: { key: string; value: FileRecord };
  idempotency: { key: string; value: IdempotencyRecord };
  signInFailures: { key: string; value: SignInFailureRecord };
}

export type LocalDatabase = IDBPDatabase<LocalSchema>;
export type StoreName = StoreNames<LocalSchema>;
/** A transaction over some of the stores, read-only or not. */
export type LocalTransaction = IDBPTransaction<LocalSchema, StoreName[], IDBTransactionMode>;

export const ALL_STORES: StoreName[] = [
  'meta',
  'catalog',
  'users',
  'sessions',
  'linkTokens',
  'mail',
  'cases',
  'comments',
  'files',
  'idempotency',
  'signInFailures'
];

export function openLocalDatabase(name: string): Promise<LocalDatabase> {
  return openDB<LocalSchema>(name, VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) createStores(db);
      if (oldVersion < 2) {
        // Newest first per requester and per organization: a page's first listing reads its first page from these
        // while the in-memory case index is still to be built (case-list.ts).
        const cases = transaction.objectStore('cases');
        cases.createIndex('requesterCreated', ['requesterId', 'createdAt']);
        cases.createIndex('organizationCreated', ['organizationId', 'createdAt']);
      }
    },
    blocking(_current, _next, event) {
      // A newer version of the library wants to upgrade the schema in another tab: step aside instead of blocking it.
      (event.target as IDBDatabase).close();
    }
  });
}

/** Version 1's stores. */
function createStores(db: IDBPDatabase<LocalSchema>): void {
  db.createObjectStore('meta');
  db.createObjectStore('catalog');
  db.createObjectStore('users', { keyPath: 'id' }).createIndex('emailKey', 'emailKey', { unique: true });
  db.createObjectStore('sessions', { keyPath: 'tokenHash' }).createIndex('userId', 'userId');
  db.createObjectStore('linkTokens', { keyPath: 'tokenHash' });
  db.createObjectStore('mail', { keyPath: 'id' });
  const cases = db.createObjectStore('cases', { keyPath: 'id' });
  cases.createIndex('requesterId', 'requesterId');
  // Cases without an organization are simply absent from this index.
  cases.createIndex('organizationId', 'organizationId');
  db.createObjectStore('comments', { keyPath: 'id' }).createIndex('caseId', 'caseId');
  db.createObjectStore('files', { keyPath: 'id' });
  db.createObjectStore('idempotency', { keyPath: 'key' });
  db.createObjectStore('signInFailures', { keyPath: 'login' });
}

/** The part of the `meta` store the counters need; any transaction's `objectStore('meta')` fits. */
export interface MetaStore {
  get(key: keyof MetaValues): Promise<MetaValues[keyof MetaValues] | undefined>;
  put(value: MetaValues[keyof MetaValues], key: keyof MetaValues): Promise<keyof MetaValues>;
}

/** Increments a counter of the `meta` store (inside the caller's transaction) and returns the new value. */
export async function nextSequence(
  meta: MetaStore,
  key: 'caseSequence' | 'commentSequence' | 'mailSequence'
): Promise<number> {
  const next = (((await meta.get(key)) as number | undefined) ?? 0) + 1;
  await meta.put(next, key);
  return next;
}
