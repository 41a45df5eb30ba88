export * from './draft.js';
export * from './indexeddb-draft-store.js';
