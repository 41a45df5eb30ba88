export * from './primitives.js';
export * from './account.js';
export * from './catalog.js';
export * from './form.js';
export * from './case.js';
export * from './extras.js';
export * from './page.js';
