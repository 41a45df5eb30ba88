/** Where this tab keeps its session token. The password is never kept anywhere. */
export type SessionStorageKind = 'memory' | 'session' | 'local';

export interface SessionStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

/**
 * `session` (the default) forgets the token when the tab closes; `local` shares it with every tab and keeps it
 * across browser restarts; `memory` forgets it on reload. When the browser refuses Web Storage (privacy modes,
 * sandboxed iframes) the token is kept in memory instead: signing in still works, it just does not survive a reload.
 */
export function createSessionStore(kind: SessionStorageKind, key: string): SessionStore {
  const storage = kind === 'memory' ? undefined : webStorage(kind);
  if (!storage) {
    let token: string | null = null;
    return {
      get: () => token,
      set: next => {
        token = next;
      },
      clear: () => {
        token = null;
      }
    };
  }
  return {
    get: () => storage.getItem(key),
    set: token => storage.setItem(key, token),
    clear: () => storage.removeItem(key)
  };
}

function webStorage(kind: 'session' | 'local'): Storage | undefined {
  try {
    const storage = kind === 'session' ? globalThis.sessionStorage : globalThis.localStorage;
    const probe = '__hd-probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}
