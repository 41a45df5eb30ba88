export * from './model/index.js';
export * from './errors.js';
export * from './capabilities.js';
export type * from './adapter.js';
export type * from './preset.js';
