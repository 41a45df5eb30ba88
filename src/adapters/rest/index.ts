// The REST adapter: the library's own HTTP contract (docs/openapi.yaml) over ky. See docs/rest.md.
export { createRestAdapter, type RestAdapter } from './rest-adapter.js';
export type { RestAdapterOptions } from './options.js';
