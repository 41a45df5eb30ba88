// The Jira Service Management Cloud adapter, through the vendor's proxy. See docs/jira-service-management.md.
export { createJiraServiceManagementAdapter, type JiraServiceManagementAdapter } from './adapter.js';
export type { CategorySource, JiraServiceManagementOptions } from './options.js';
