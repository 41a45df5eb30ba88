import { HelpDeskError } from '../../core/index.js';
import { loadCatalog, type Catalog } from './catalog.js';
import type { CallContext, JiraClient } from './client.js';
import type { JiraServiceManagementOptions } from './options.js';
import { statusTable, type StatusTable } from './statuses.js';

const CATALOG_TTL_MS = 5 * 60_000;

/** What the adapter's parts share: the client, the options, the cached catalog and the desk in use. */
export class JiraContext {
  readonly statuses: StatusTable;
  readonly maxScan: number;
  /** The service desk of the form or request the customer last opened: uploads go there first. */
  lastServiceDeskId: string | undefined;
  #catalog: { at: number; value: Promise<Catalog> } | undefined;

  constructor(
    readonly client: JiraClient,
    readonly options: JiraServiceManagementOptions
  ) {
    this.statuses = statusTable(options.statusCategories);
    this.maxScan = Math.max(1, options.maxScan ?? 1000);
    this.lastServiceDeskId = options.serviceDeskId;
  }

  /** The category tree and its index, read once and kept for five minutes (a failed read is not kept). */
  catalog(call: CallContext = {}): Promise<Catalog> {
    const now = Date.now();
    if (!this.#catalog || now - this.#catalog.at > CATALOG_TTL_MS) {
      const value = loadCatalog(this.client, this.options, call);
      const entry = { at: now, value };
      this.#catalog = entry;
      value.catch(() => {
        if (this.#catalog === entry) this.#catalog = undefined;
      });
    }
    return this.#catalog.value;
  }

  /** The catalog if it can be had, for decorating answers (category paths) without failing them. */
  async catalogIfAvailable(call: CallContext = {}): Promise<Catalog | undefined> {
    try {
      return await this.catalog(call);
    } catch (error) {
      if (call.signal?.aborted) throw error;
      return undefined;
    }
  }

  forgetCatalog(): void {
    this.#catalog = undefined;
  }

  /** Where an upload goes when nothing says otherwise: the desk in use, else the first one of the catalog. */
  async uploadServiceDeskId(call: CallContext = {}): Promise<string> {
    if (this.lastServiceDeskId !== undefined) return this.lastServiceDeskId;
    const catalog = await this.catalog(call);
    const first = catalog.desks.keys().next();
    if (first.done) throw new HelpDeskError('forbidden', 'The customer can see no service desk.');
    return first.value;
  }
}
