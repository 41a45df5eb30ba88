export * from './model/index.js';
export * from './errors.js';
export * from './capabilities.js';
export type * from './adapter.js';
export type * from './preset.js';
export * from './form-rules.js';
export * from './tax-id.js';
export * from './messages/index.js';
