import type { Capabilities } from '../../core/index.js';
import type { Preset } from '../../core/preset.js';
import type { AttachmentUrls } from './attachment-urls.js';
import type { CaseIndex } from './case-index.js';
import type { ChangeBus } from './change-bus.js';
import type { LocalDatabase } from './database.js';
import type { LocalMessages } from './messages.js';
import type { CatalogRecord } from './records.js';
import type { SessionStore } from './session-store.js';

/** The open database and the catalog read from it: what every operation needs once the adapter is ready. */
export interface LocalState {
  db: LocalDatabase;
  catalog: CatalogRecord;
}

/** What the adapter's parts share. Each part is a set of functions over this context, one job per file. */
export interface LocalContext {
  readonly preset: Preset;
  readonly databaseName: string;
  readonly passwordIterations: number;
  readonly capabilities: Capabilities;
  readonly messages: LocalMessages;
  readonly bus: ChangeBus;
  readonly sessionStore: SessionStore;
  readonly attachmentUrls: AttachmentUrls;
  readonly caseIndex: CaseIndex;
  now(): Date;
  /** Base URL of e-mailed links, without any fragment. */
  linkBase(): string;
  /** Resolves once the database is open and seeded; a new promise after `reset()`. */
  state(): Promise<LocalState>;
}

/** `now()` as ISO 8601, the form every stored time takes (so times sort as strings). */
export function isoNow(ctx: LocalContext): string {
  return ctx.now().toISOString();
}
