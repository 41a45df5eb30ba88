import { createLocalAdapter, type LocalAdapter } from '../../src/adapters/local/index.js';
import type { Preset } from '../../src/core/preset.js';
import { presets } from '../../src/widget/presets/index.js';

const opened: { adapter: LocalAdapter; databaseName: string }[] = [];
let counter = 0;

export interface TestAdapterOptions {
  preset?: Preset;
  /** Signs the preset's first user in (default true). */
  signedIn?: boolean;
  /** The backend's clock, to expire links and lock-outs without waiting. */
  now?: () => Date;
}

/**
 * A real local adapter on a fresh IndexedDB database of its own, so tests never see each other's data. Password
 * hashing uses few iterations here only to keep the suite fast; the algorithm is the production one.
 */
export async function createTestAdapter(options: TestAdapterOptions = {}): Promise<LocalAdapter> {
  const preset = options.preset ?? presets['category-cards'];
  const databaseName = `hd-test-${Date.now()}-${counter++}`;
  const adapter = createLocalAdapter({
    preset,
    databaseName,
    passwordIterations: 1000,
    sessionStorage: 'memory',
    ...(options.now ? { now: options.now } : {})
  });
  opened.push({ adapter, databaseName });
  await adapter.ready;
  const [user] = preset.users;
  if ((options.signedIn ?? true) && user) {
    await adapter.signIn({ kind: 'password', login: user.email, password: user.password });
  }
  return adapter;
}

/** Closes and deletes every database opened by `createTestAdapter`. */
export async function disposeTestAdapters(): Promise<void> {
  for (const { adapter, databaseName } of opened.splice(0)) {
    adapter.close();
    await new Promise(resolve => {
      const request = indexedDB.deleteDatabase(databaseName);
      request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
    });
  }
}
