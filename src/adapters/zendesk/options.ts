import type { AttachmentPolicy, FieldValue, LocaleCode, Priority } from '../../core/index.js';

/** Zendesk's request statuses. */
export type ZendeskStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';

/**
 * One card (or subcategory) of a configured catalog. Cards name a Zendesk ticket form; their children inherit it
 * and usually preset a field, such as a drop-down that says which kind of problem it is.
 */
export interface ZendeskCategoryConfig {
  id: string;
  /** Default: the form's name as end users see it. */
  name?: string;
  description?: string;
  hint?: string;
  icon?: string;
  /** Priority sent with cases opened here (Zendesk's `priority`). */
  defaultPriority?: Priority;
  department?: string;
  emergency?: boolean;
  /** The ticket form (its numeric id); children without one use their parent's. */
  formId?: number;
  /**
   * Field values this category decides, by Zendesk ticket field id (`"360001234"`) or `type` for the ticket type.
   * They are shown as the only option of their field, and sent with every case opened here.
   */
  fieldValues?: Record<string, FieldValue>;
  children?: ZendeskCategoryConfig[];
}

export interface ZendeskAdapterOptions {
  /** The account's subdomain (`acme` for https://acme.zendesk.com). Give this or `baseUrl`. */
  subdomain?: string;
  /**
   * Where Zendesk's API is reached instead: a host-mapped domain, or the vendor's own proxy that forwards
   * `/api/v2/...` (absolute, or relative to the page). Give this or `subdomain`.
   */
  baseUrl?: string | URL;
  /** An OAuth access token of the signed-in end user, when the host has one at start. Kept in memory only. */
  token?: string;
  /** Host-managed tokens: called before every request; what it gives is the bearer token. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Called once when Zendesk refuses a token (401): resolves to a new one, or to nothing when there is none. */
  refreshToken?: () => Promise<string | null | undefined>;
  /**
   * Zendesk-hosted pages for the account flows the API does not offer to end users. A flow without a page is
   * reported as not available (`none`).
   */
  hostedPages?: { signIn?: string; signup?: string; passwordReset?: string; changePassword?: string };
  /**
   * How the customer changes their password: `api` (PUT /api/v2/users/{id}/password, which the document allows
   * end users) unless `hostedPages.changePassword` is given; `none` for accounts that sign in through SSO only.
   */
  changePassword?: 'api' | 'hosted' | 'none';
  /** The cards: by default one per active end-user ticket form, in the forms' order. */
  categories?: ZendeskCategoryConfig[];
  /**
   * Without `categories`: a drop-down ticket field (its id) whose options become subcategories of each card whose
   * form holds it.
   */
  subcategoryField?: number;
  /** Attachment limits shown before the customer picks files; default 10 files of at most 50 MB each. */
  attachments?: AttachmentPolicy | null;
  /** Adds a "CC" recipients field to every form; its addresses are sent as the request's collaborators. */
  ccField?: boolean | { label: string };
  /**
   * Lookup relationship fields: `skip` (default) leaves them out of the forms, because Zendesk's autocomplete
   * endpoints are for agents only; `autocomplete` offers them, for proxies that call with an agent's rights.
   */
  lookups?: 'skip' | 'autocomplete';
  /** Help Center article suggestions (default on), in the given Help Center locale (`en-us`). */
  articles?: boolean | { locale?: string };
  /** Words shown for Zendesk's statuses; English by default. */
  statusLabels?: Partial<Record<ZendeskStatus, string>>;
  /** Put before the request number to make the reference customers quote: `#` (default) gives `#35436`. */
  referencePrefix?: string;
  /** Labels of the fields the adapter adds itself (a subject or description a form lacks, the CC field). */
  labels?: { subject?: string; description?: string; cc?: string };
  /** Language of the adapter's own validation messages. Default `en`. */
  locale?: LocaleCode;
  /**
   * Whether creates carry an `Idempotency-Key` header. Zendesk documents the header for ticket creation; for
   * requests it is sent in case the account honours it (default true). Turn it off if a browser's CORS preflight
   * refuses the header. The adapter's own guard keeps a key from creating two requests either way.
   */
  idempotencyHeader?: boolean;
  /** Lets customers mark requests solved (`closeCase`), which Zendesk allows once an agent has the request. */
  solveByCustomer?: boolean;
  /** Milliseconds to wait for an answer to start. Default 15000. */
  timeoutMs?: number;
  /** How long an upload's answer may take once the whole file is sent. Default 60000. */
  uploadTimeoutMs?: number;
  /** How often safe requests are retried after a network failure or a 408/429/5xx. Default 2. */
  retries?: number;
  retryDelayMs?: number;
  /** The longest Retry-After the adapter waits for by itself. Default 10000. */
  maxRetryAfterMs?: number;
  /**
   * Whether cookies go along (fetch's `credentials`). Default `omit`: Zendesk takes the OAuth token, and an agent's
   * Zendesk cookies in the same browser must not ride along. A proxy with a session of its own may need `include`.
   */
  credentials?: RequestCredentials;
  /** Headers sent with every request (a proxy's key). */
  headers?: Record<string, string>;
  /** The fetch to use (instrumentation, tests). */
  fetch?: typeof globalThis.fetch;
}

const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** The account's origin (and path, for a proxy) with a trailing slash. */
export function accountUrl(options: Pick<ZendeskAdapterOptions, 'subdomain' | 'baseUrl'>): URL {
  if (options.baseUrl !== undefined) {
    const url = new URL(String(options.baseUrl), globalThis.location?.href);
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url;
  }
  if (!options.subdomain || !SUBDOMAIN.test(options.subdomain)) {
    throw new TypeError('createZendeskAdapter() needs a subdomain such as "acme", or a baseUrl.');
  }
  return new URL(`https://${options.subdomain.toLowerCase()}.zendesk.com/`);
}

export const DEFAULT_ATTACHMENTS: AttachmentPolicy = { maxFiles: 10, maxFileBytes: 50 * 1024 * 1024, accept: [] };
