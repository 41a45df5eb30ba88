// The embedded default backend: IndexedDB in the browser, seeded from a preset. See local-adapter.ts.
export { createLocalAdapter, type LocalAdapter, type LocalAdapterOptions } from './local-adapter.js';
export type { SupportApi } from './support.js';
export type { DemoMail, DemoMailbox } from './mailbox-types.js';
export type { SessionStorageKind } from './session-store.js';
export { DEFAULT_PASSWORD_ITERATIONS } from './passwords.js';
