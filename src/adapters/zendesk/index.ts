// The Zendesk Support adapter: end-user requests, ticket forms and fields, uploads and Help Center suggestions,
// with the customer's OAuth token from the host page. See docs/zendesk.md.
export { createZendeskAdapter, type ZendeskAdapter } from './zendesk-adapter.js';
export type { ZendeskAdapterOptions, ZendeskCategoryConfig, ZendeskStatus } from './options.js';
