import type { HelpDeskAdapter } from '../core/adapter.js';
import type { Backend } from './config.js';

/** What a remote backend needs from the script tag: its base URL, and any other option of its adapter (JSON). */
export interface BackendConfig {
  backend: Exclude<Backend, 'local'>;
  endpoint?: string;
  /** Options of the adapter besides `baseUrl` (JSON config `backendOptions`: `serviceDeskId`, `categories` ...). */
  options?: Record<string, unknown>;
}

/**
 * The adapter of a remote backend, its code fetched with dynamic `import()` when the customer reaches for help (a
 * page on the embedded backend never downloads these). Rejects with a message naming what is missing.
 */
export async function createBackend({ backend, endpoint, options = {} }: BackendConfig): Promise<HelpDeskAdapter> {
  if (!endpoint) throw new Error(`helpdesk-elements: the "${backend}" backend needs data-endpoint (its base URL).`);
  const settings = { ...options, baseUrl: endpoint };
  switch (backend) {
    case 'rest':
      return (await import('../adapters/rest/index.js')).createRestAdapter(settings);
    case 'zendesk':
      return (await import('../adapters/zendesk/index.js')).createZendeskAdapter(settings);
    case 'jira-service-management':
      return (await import('../adapters/jira-service-management/index.js')).createJiraServiceManagementAdapter(
        settings
      );
  }
}
