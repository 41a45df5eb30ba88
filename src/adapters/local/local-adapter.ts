import { HelpDeskError, toHelpDeskError, type CallOptions, type HelpDeskAdapter } from '../../core/index.js';
import type { Preset } from '../../core/preset.js';
import * as accounts from './accounts.js';
import { AttachmentUrls } from './attachment-urls.js';
import { uploadAttachment } from './attachments.js';
import { resolveCapabilities } from './capability-defaults.js';
import { CaseIndex } from './case-index.js';
import { listCases } from './case-list.js';
import { closeCase, createCase, getCase, reopenCase } from './cases.js';
import { getFieldOptions, getForm, listCategories } from './catalog.js';
import { ChangeBus } from './change-bus.js';
import { addComment, listComments } from './comments.js';
import type { LocalContext, LocalState } from './context.js';
import { openLocalDatabase, type LocalDatabase } from './database.js';
import { listEntitlements, listInvoices, suggestArticles } from './extras.js';
import { createMailbox } from './mailbox.js';
import type { DemoMailbox } from './mailbox-types.js';
import { messagesFor } from './messages.js';
import { DEFAULT_PASSWORD_ITERATIONS } from './passwords.js';
import { seedDatabase } from './seed.js';
import { createSessionStore, type SessionStorageKind } from './session-store.js';
import { endSession, getSession } from './sessions.js';
import { createSupportApi, type SupportApi } from './support.js';

export interface LocalAdapterOptions {
  preset: Preset;
  /** Default `helpdesk-elements:<preset id>`, so demos of different presets never share data. */
  databaseName?: string;
  /** Where this tab keeps its session token; default `session` (forgotten when the tab closes). */
  sessionStorage?: SessionStorageKind;
  /** Base URL of e-mailed links; default the page's address without its fragment, read when the mail is sent. */
  linkBase?: string;
  /** PBKDF2-SHA256 iterations for new password hashes; default 600,000 (OWASP). Tests may pass fewer. */
  passwordIterations?: number;
  /** The clock; tests pass their own to reach expiries and lock-out windows. */
  now?: () => Date;
}

/** The embedded backend: the whole adapter contract, plus what a demo needs to play both sides. */
export interface LocalAdapter extends HelpDeskAdapter {
  readonly name: 'local';
  /** The agent's side: replies, status changes, host tokens, bulk data. */
  readonly support: SupportApi;
  /** The "e-mails" this backend sent (signup and reset links, notices). */
  readonly mailbox: DemoMailbox;
  /** Resolves once the database is open and seeded; every method waits for it anyway. */
  readonly ready: Promise<void>;
  /** Closes the database and the cross-tab channel, and revokes attachment URLs. The data stays. */
  close(): void;
  /** Wipes this preset's database and seeds it again; signs this tab out. */
  reset(): Promise<void>;
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

export function createLocalAdapter(options: LocalAdapterOptions): LocalAdapter {
  const { preset } = options;
  const databaseName = options.databaseName ?? `helpdesk-elements:${preset.id}`;
  const now = options.now ?? (() => new Date());
  const passwordIterations = options.passwordIterations ?? DEFAULT_PASSWORD_ITERATIONS;
  const bus = new ChangeBus(databaseName);
  let closed = false;

  /** Seeds (once, or again with `wipe`) and reads the catalog every call will use. */
  const load = async (db: LocalDatabase, wipe: boolean): Promise<LocalState> => {
    await seedDatabase(db, preset, { iterations: passwordIterations, now: now(), wipe });
    const catalog = await db.get('catalog', 'catalog');
    if (!catalog) throw new HelpDeskError('server', `The local database "${databaseName}" has no catalog.`);
    return { db, catalog };
  };
  let state = openLocalDatabase(databaseName).then(db => load(db, false));

  const ctx: LocalContext = {
    preset,
    databaseName,
    passwordIterations,
    capabilities: resolveCapabilities(preset),
    messages: messagesFor(preset.locale),
    bus,
    sessionStore: createSessionStore(options.sessionStorage ?? 'session', `${databaseName}:session`),
    attachmentUrls: new AttachmentUrls(),
    caseIndex: new CaseIndex(),
    now,
    linkBase: () => withoutFragment(options.linkBase ?? globalThis.location?.href ?? ''),
    state: () => (closed ? Promise.reject(new HelpDeskError('server', 'The local adapter is closed.')) : state)
  };

  /**
   * Every public call goes through here: it honours the caller's signal (rejecting with its AbortError, as fetch
   * does) and turns anything unexpected into a HelpDeskError, so callers only ever see the contract's errors.
   */
  async function run<T>(call: CallOptions | undefined, work: () => Promise<T>): Promise<T> {
    const signal = call?.signal;
    signal?.throwIfAborted();
    try {
      const result = await work();
      signal?.throwIfAborted();
      return result;
    } catch (error) {
      if (signal?.aborted && error === signal.reason) throw error;
      throw toHelpDeskError(error);
    }
  }

  const ready = state.then(() => undefined);
  // `ready` is also awaited by each method; this keeps a failed open from being reported twice as unhandled.
  ready.catch(() => undefined);

  return {
    name: 'local',
    support: createSupportApi(ctx),
    mailbox: createMailbox(ctx),
    ready,

    close() {
      if (closed) return;
      closed = true;
      bus.close();
      ctx.caseIndex.clear();
      ctx.attachmentUrls.revokeAll();
      state.then(({ db }) => db.close()).catch(() => undefined);
    },

    async reset() {
      const { db } = await ctx.state();
      ctx.attachmentUrls.revokeAll();
      ctx.caseIndex.clear();
      const fresh = await load(db, true);
      state = Promise.resolve(fresh);
      ctx.sessionStore.clear();
      bus.publish({ type: 'session-changed' });
    },

    capabilities: call => run(call, async () => structuredClone(ctx.capabilities)),

    getSession: call => run(call, () => getSession(ctx)),
    signIn: (credentials, call) => run(call, () => accounts.signIn(ctx, credentials)),
    signOut: call => run(call, () => endSession(ctx)),

    requestSignupLink: (email, call) => run(call, () => accounts.requestSignupLink(ctx, email)),
    completeSignup: (input, call) => run(call, () => accounts.completeSignup(ctx, input)),
    requestPasswordReset: (email, call) => run(call, () => accounts.requestPasswordReset(ctx, email)),
    completePasswordReset: (input, call) => run(call, () => accounts.completePasswordReset(ctx, input)),
    changePassword: (input, call) => run(call, () => accounts.changePassword(ctx, input)),

    listCategories: call => run(call, () => listCategories(ctx)),
    getForm: (categoryId, call) => run(call, () => getForm(ctx, categoryId)),
    getFieldOptions: (formId, fieldId, query, call) => run(call, () => getFieldOptions(ctx, formId, fieldId, query)),

    uploadAttachment: (file, upload) => run(upload, () => uploadAttachment(ctx, file, upload)),
    createCase: (input, call) => run(call, () => createCase(ctx, input, call?.idempotencyKey)),
    listCases: (query, call) => run(call, () => listCases(ctx, query)),
    getCase: (id, call) => run(call, () => getCase(ctx, id)),
    listComments: (caseId, query, call) => run(call, () => listComments(ctx, caseId, query)),
    addComment: (caseId, input, call) => run(call, () => addComment(ctx, caseId, input, call?.idempotencyKey)),
    closeCase: (id, call) => run(call, () => closeCase(ctx, id)),
    reopenCase: (id, call) => run(call, () => reopenCase(ctx, id)),

    listEntitlements: call => run(call, () => listEntitlements(ctx)),
    listInvoices: call => run(call, () => listInvoices(ctx)),
    suggestArticles: (query, call) => run(call, () => suggestArticles(ctx, query)),

    subscribe: listener => bus.onChange(listener)
  };
}
