import type { Draft, DraftStore } from './draft.js';

const STORE = 'drafts';

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Drafts in IndexedDB, apart from any backend's data: a draft must survive even when the backend is remote and
 * unreachable. When IndexedDB is unavailable (some private modes), drafts live in memory for the page's life.
 */
export class IndexedDbDraftStore implements DraftStore {
  private readonly databaseName: string;
  private database: Promise<IDBDatabase> | undefined;
  private readonly memory = new Map<string, Draft>();

  constructor(databaseName = 'helpdesk-elements:drafts') {
    this.databaseName = databaseName;
  }

  private open(): Promise<IDBDatabase> {
    this.database ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(this.databaseName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('Cannot open the drafts database'));
    });
    return this.database;
  }

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore | undefined> {
    try {
      return (await this.open()).transaction(STORE, mode).objectStore(STORE);
    } catch {
      return undefined;
    }
  }

  async load(key: string): Promise<Draft | undefined> {
    const store = await this.store('readonly');
    return store ? ((await promisify(store.get(key))) as Draft | undefined) : this.memory.get(key);
  }

  async save(key: string, draft: Draft): Promise<void> {
    const store = await this.store('readwrite');
    if (store) await promisify(store.put(draft, key));
    else this.memory.set(key, draft);
  }

  async remove(key: string): Promise<void> {
    const store = await this.store('readwrite');
    if (store) await promisify(store.delete(key));
    else this.memory.delete(key);
  }

  close(): void {
    void this.database?.then(database => database.close());
    this.database = undefined;
  }
}

let shared: IndexedDbDraftStore | undefined;

/** The page's draft store, opened on first use. */
export function defaultDraftStore(): IndexedDbDraftStore {
  shared ??= new IndexedDbDraftStore();
  return shared;
}
