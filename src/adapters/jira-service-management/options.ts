import type { AttachmentPolicy, Capabilities, Category, FlowSupport, StatusCategory } from '../../core/index.js';

/** Where a category card of the tree came from, for `decorateCategory`. */
export type CategorySource =
  | { kind: 'serviceDesk'; serviceDeskId: string; projectKey?: string | undefined }
  | { kind: 'group'; serviceDeskId: string; groupId: string }
  | { kind: 'requestType'; serviceDeskId: string; groupId: string; requestTypeId: string };

export interface JiraServiceManagementOptions {
  /**
   * The vendor's proxy in front of the Jira site, absolute or relative to the page
   * (`https://support.example.com/jira/`). The adapter appends Jira's own paths (`rest/servicedeskapi/...` and
   * `rest/api/3/myself`); the proxy adds the credentials and acts for the signed-in customer. Jira cannot be called
   * from a browser with a customer's credentials (docs/jira-service-management.md).
   */
  baseUrl: string | URL;
  /** Only this service desk (its id); every desk the customer can see when absent. */
  serviceDeskId?: string;
  /**
   * The Atlassian customer portal (`https://acme.atlassian.net/servicedesk/customer/portal/1`). Signup, password
   * reset and profile (password change) link to its pages unless `hostedPages` says otherwise.
   */
  portalUrl?: string | URL;
  /** The vendor's own sign-in page, when customers sign in there (password sign-in is then `hosted`). */
  signInUrl?: string | URL;
  /** Account pages, over those derived from `portalUrl`; `false` hides the flow. */
  hostedPages?: {
    signup?: string | URL | false;
    passwordReset?: string | URL | false;
    changePassword?: string | URL | false;
  };
  /** Whether `signIn({ kind: 'token' })` is offered: the host passes a token its proxy understands. Default true. */
  hostToken?: boolean;
  /** A host token to start signed in with; kept in memory only. */
  token?: string;
  /** Host-managed tokens, asked before every request (the host refreshes them itself). */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Asked once when the proxy answers 401; resolves to a new token or nothing. */
  refreshToken?: () => Promise<string | null | undefined>;
  /** Cookies for a proxy on the page's own site that keeps its own session. Default `same-origin`. */
  credentials?: RequestCredentials;
  /** Headers sent with every request (the proxy's API key, a tenant header ...). */
  headers?: Record<string, string>;
  /** Milliseconds to wait for an answer to start. Default 15000. */
  timeoutMs?: number;
  /** Retries of safe requests after network failures, 408, 429 and 5xx. Default 2. */
  retries?: number;
  retryDelayMs?: number;
  maxRetryAfterMs?: number;
  fetch?: typeof globalThis.fetch;
  /**
   * Customer transitions (by name, as the portal shows them) that close and reopen a request. They differ per
   * workflow, so closing and reopening are off until named (`{ close: ['Resolve this issue'], reopen: ['Reopen'] }`).
   */
  transitions?: { close?: readonly string[]; reopen?: readonly string[] };
  /** Status names (any case) and the category each falls into, over the built-in table of JSM's default names. */
  statusCategories?: Record<string, StatusCategory>;
  /**
   * Limits shown before files are picked. Jira's own limit is site-wide (an administrator's setting), so say it here;
   * `false` takes no files. Default: 10 files of at most 10 MB, any type.
   */
  attachments?: Partial<AttachmentPolicy> | false;
  /** Knowledge base suggestions (an experimental Jira API). Default true. */
  articles?: boolean;
  /**
   * Jira lists requests by latest activity only, with offset paging. To sort as asked and keep cursors from
   * repeating or skipping a request, the adapter reads the whole listing (up to this many requests) and pages it
   * itself. Default 1000; past it, the order covers the most recently active ones and `total` is left out.
   */
  maxScan?: number;
  /**
   * Where idempotency records live (key -> created request), so a retry after a timeout or a reload finds the request
   * instead of raising a second one: `session` (sessionStorage, default), `memory`, or a Storage of the host's.
   */
  idempotencyStore?: 'session' | 'memory' | Storage;
  /** Adds icons, hints, priorities or emergency flags to the cards built from Jira's groups and request types. */
  decorateCategory?: (category: Category, source: CategorySource) => Category;
}

const PORTAL_PAGES = {
  signup: 'servicedesk/customer/user/signup',
  passwordReset: 'servicedesk/customer/user/forgotpassword',
  changePassword: 'servicedesk/customer/user/profile'
} as const;

function hosted(url: string | URL | false | undefined): FlowSupport {
  return url ? { mode: 'hosted', url: String(url) } : { mode: 'none' };
}

/** An account page: the one configured, else the portal's own (from the portal's site), else none. */
function accountPage(options: JiraServiceManagementOptions, flow: keyof typeof PORTAL_PAGES): FlowSupport {
  const configured = options.hostedPages?.[flow];
  if (configured !== undefined) return hosted(configured);
  if (!options.portalUrl) return { mode: 'none' };
  return hosted(new URL(`/${PORTAL_PAGES[flow]}`, String(options.portalUrl)).href);
}

/** What a Jira Service Management site offers a customer through a proxy. */
export function capabilitiesOf(options: JiraServiceManagementOptions): Capabilities {
  const close = (options.transitions?.close ?? []).length > 0;
  const reopen = (options.transitions?.reopen ?? []).length > 0;
  return {
    accounts: {
      passwordSignIn: hosted(options.signInUrl),
      hostToken: options.hostToken ?? true,
      signup: accountPage(options, 'signup'),
      passwordReset: accountPage(options, 'passwordReset'),
      changePassword: accountPage(options, 'changePassword')
    },
    cases: {
      list: true,
      // `searchTerm` matches the summary only.
      search: 'subject',
      organizationScope: true,
      reply: true,
      close,
      reopen
    },
    entitlements: false,
    invoices: false,
    articles: options.articles ?? true,
    phoneCallBack: false,
    liveUpdates: false
  };
}

export const DEFAULT_ATTACHMENTS: AttachmentPolicy = { maxFiles: 10, maxFileBytes: 10 * 1024 * 1024, accept: [] };
