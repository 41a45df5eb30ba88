export * from './en.js';
export * from './es.js';
export * from './pt-BR.js';
export * from './catalogs.js';
