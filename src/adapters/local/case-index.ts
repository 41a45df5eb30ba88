import type { CaseSortField } from '../../core/index.js';
import { afterNextFrameWhenIdle } from '../../core/idle.js';
import { caseSortKeyOf, compareAscending, countBefore, type Position } from './case-order.js';
import type { SortKey } from './cursor.js';
import type { LocalDatabase, LocalTransaction, MetaStore } from './database.js';
import { readSnapshot, summariesOfEveryCase, summaryOf, writeSnapshot } from './case-snapshot.js';
import type { CaseRecord, CaseSummary, CasesLogEntry, CatalogRecord } from './records.js';
import { randomId } from './tokens.js';

export type { CaseSummary } from './records.js';

/** A case's place in one sort order: its sort key and id (the position), and its summary. */
export interface Placed extends Position {
  summary: CaseSummary;
}

/** A write's step from one version of the case store to the next (see `CaseIndex`). */
export interface VersionStep {
  before: string | undefined;
  after: string;
}

/**
 * A transaction over `meta` and `cases` (and maybe more), in which the index is brought up to date and the page's
 * cases are read.
 */
export type CasesTransaction = LocalTransaction;

/** How many writes the log in `meta` remembers, and how many case ids one entry lists at most (else `null`). */
const LOG_LENGTH = 64;
const LOG_IDS = 100;
/** Writes that change more cases than this drop the sorted orders (sorted again when next needed) instead. */
const PATCH_LIMIT = 64;
/** After this many steps since the saved snapshot, save a new one (well within `LOG_LENGTH`), this long after. */
const SNAPSHOT_STEPS = LOG_LENGTH / 2;
const SNAPSHOT_DELAY_MS = 1000;
/** Filtered listings kept (the last queries: a list, its search, their next pages). */
const FILTERED_KEPT = 8;
/** Whole case records kept from the pages read, so a page shown again (search cleared, refresh) is not read again. */
const RECORDS_KEPT = 500;

interface Order {
  keyOf: (summary: CaseSummary) => SortKey;
  /** Every case, ascending by (key, id); a descending listing reads it from the end. */
  entries: Placed[];
}

/**
 * An in-memory summary of every case, so listing and searching 10,000 cases filters plain objects instead of
 * reading and cloning every record from IndexedDB on each page or keystroke. On top of it, per sort field, every
 * case in sorted order (built when first asked for, then patched by writes), the last filtered listings and the
 * last case records read: the first page of a listing is one pass over a sorted order, its next pages a binary
 * search.
 *
 * It stays right across tabs through a version stamp in the `meta` store: every transaction that writes cases also
 * writes a new random stamp and a log entry naming the cases it changed (`bumpCasesVersion`). Before each use the
 * stamp is read; if it is not the one the summary was built from, another tab (or a reset) wrote since: the summary
 * reads just the cases the log names since its own stamp, or, when the log does not reach back that far, is built
 * again. This tab's own writes update it in place (`applied`) when it was current just before them, so they cost
 * nothing. Random stamps, not counters, so a wiped and reseeded database can never match an old summary.
 *
 * Building from every case record is slow (IndexedDB clones 10,000 whole records), so the summary is also saved as
 * a snapshot in `meta`, column by column in pieces of 1,000 cases (case-snapshot.ts), a while after a build or after
 * enough writes; a new page reads that snapshot and catches up through the log.
 */
export class CaseIndex {
  private version: string | undefined;
  private loaded = false;
  private readonly byId = new Map<string, CaseSummary>();
  /** The catalog the orders were built with (status ranks come from it). */
  private catalog: CatalogRecord | undefined;
  private readonly orders = new Map<CaseSortField, Order>();
  private readonly filtered = new Map<string, Placed[]>();
  /** Records read at the summary's version; a change to a case drops its record (`patch`, `fill`). */
  private readonly records = new Map<string, CaseRecord>();
  private stepsSinceSnapshot = 0;
  private db: LocalDatabase | undefined;
  private snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  private building = false;
  private changeCount = 0;

  /**
   * A count that moves whenever the summary, its orders or its kept records may have changed: work done with the
   * index before `current` (a guessed page) stands if the count is the same after it.
   */
  get generation(): number {
    return this.changeCount;
  }

  /** Whether the summary has been built (it may still be behind: `current` brings it up to date). */
  get isLoaded(): boolean {
    return this.loaded;
  }

  /**
   * Builds the summary once the page is idle, for the listings and searches that follow a first page: after the
   * frame that shows that page, since reading 10,000 summaries is one long task (tens of milliseconds) that would
   * otherwise delay it.
   */
  buildWhenIdle(db: LocalDatabase): void {
    if (this.loaded || this.building) return;
    this.building = true;
    const build = async () => {
      try {
        await this.current(db.transaction(['meta', 'cases']));
      } catch {
        // A closed or deleted database: the next listing builds the summary, or says what is wrong.
      } finally {
        this.building = false;
      }
    };
    afterNextFrameWhenIdle(() => void build());
  }

  /** Brings the summary up to date inside `tx`; the same transaction can then read the page's cases. */
  async current(tx: CasesTransaction): Promise<void> {
    this.db = tx.db;
    const meta = tx.objectStore('meta');
    // Stamp and records from one transaction: a consistent snapshot even while another tab writes.
    const [version, saved] = (await Promise.all([
      meta.get('casesVersion'),
      this.loaded ? undefined : meta.get('caseSummaries')
    ])) as [string | undefined, unknown];
    let snapshot = saved;
    if (this.loaded) {
      if (version === this.version || (await this.replay(tx, version))) return;
      snapshot = await meta.get('caseSummaries');
    }
    const restored = await readSnapshot(tx, snapshot);
    if (restored) {
      this.fill(restored.summaries, restored.version);
      this.stepsSinceSnapshot = 0;
      if (restored.version === version || (await this.replay(tx, version))) return;
    }
    this.fill(await summariesOfEveryCase(tx), version);
    this.stepsSinceSnapshot = Infinity;
    this.scheduleSnapshot();
  }

  /** Every case, ascending by `field` then id. Call after `current`. */
  order(field: CaseSortField, catalog: CatalogRecord): readonly Placed[] {
    if (catalog !== this.catalog) {
      this.changeCount += 1;
      this.orders.clear();
      this.filtered.clear();
      this.catalog = catalog;
    }
    let order = this.orders.get(field);
    if (!order) {
      const keyOf = caseSortKeyOf(catalog, field);
      const entries = Array.from(this.byId.values(), summary => ({ key: keyOf(summary), id: summary.id, summary }));
      entries.sort(compareAscending);
      order = { keyOf, entries };
      this.orders.set(field, order);
    }
    return order.entries;
  }

  /**
   * The cases `test` accepts, ascending by `field` then id. `key` must name everything `test` depends on: the
   * answer is kept until the next change, so the next page of the same listing costs a binary search.
   */
  matching(
    field: CaseSortField,
    catalog: CatalogRecord,
    key: string,
    test: (summary: CaseSummary) => boolean
  ): readonly Placed[] {
    const entries = this.order(field, catalog);
    const cacheKey = `${field}\u0000${key}`;
    const kept = this.filtered.get(cacheKey);
    if (kept) {
      // Most recently used last.
      this.filtered.delete(cacheKey);
      this.filtered.set(cacheKey, kept);
      return kept;
    }
    const found: Placed[] = [];
    for (const entry of entries) if (test(entry.summary)) found.push(entry);
    this.filtered.set(cacheKey, found);
    if (this.filtered.size > FILTERED_KEPT) this.filtered.delete(this.filtered.keys().next().value as string);
    return found;
  }

  /** A case record as read at the summary's version, if kept. Call after `current`, and don't change it. */
  record(id: string): CaseRecord | undefined {
    return this.records.get(id);
  }

  /** Keeps a record read in the same transaction as the `current` before it. */
  remember(record: CaseRecord): void {
    this.records.delete(record.id);
    this.records.set(record.id, record);
    if (this.records.size > RECORDS_KEPT) this.records.delete(this.records.keys().next().value as string);
  }

  /** Called after a write committed: keeps the summary current without a rebuild when it was current before. */
  applied(step: VersionStep, records: readonly CaseRecord[]): void {
    if (!this.loaded || this.version !== step.before) return;
    this.patch(records.map(record => ({ id: record.id, next: summaryOf(record) })));
    this.version = step.after;
    this.stepped(1);
  }

  /** Saves the summary as the snapshot a new page starts from, unless a write happened since it was current. */
  async saveSnapshot(db: LocalDatabase): Promise<void> {
    this.cancelSnapshot();
    const version = this.version;
    if (!this.loaded || version === undefined) return;
    // Oldest first, so the default order (newest first) is sorted again in one linear pass when restored.
    const summaries = [...this.byId.values()].sort((a, b) =>
      compareAscending({ key: a.createdAt, id: a.id }, { key: b.createdAt, id: b.id })
    );
    const saved = await writeSnapshot(db, version, summaries);
    if (saved && this.version === version) this.stepsSinceSnapshot = 0;
  }

  clear(): void {
    this.changeCount += 1;
    this.cancelSnapshot();
    this.byId.clear();
    this.orders.clear();
    this.filtered.clear();
    this.records.clear();
    this.loaded = false;
    this.version = undefined;
    this.stepsSinceSnapshot = 0;
  }

  private fill(summaries: readonly CaseSummary[], version: string | undefined): void {
    this.changeCount += 1;
    this.byId.clear();
    for (const summary of summaries) this.byId.set(summary.id, summary);
    this.orders.clear();
    this.filtered.clear();
    this.records.clear();
    this.version = version;
    this.loaded = true;
  }

  /** Follows the log from this summary's stamp to `target` and reads the cases changed on the way, if it can. */
  private async replay(tx: CasesTransaction, target: string | undefined): Promise<boolean> {
    const logged = await tx.objectStore('meta').get('casesLog');
    const log = Array.isArray(logged) ? (logged as CasesLogEntry[]) : [];
    const changed = new Set<string>();
    let at = this.version;
    let steps = 0;
    while (at !== target) {
      const entry = log.find(candidate => candidate.before === at);
      if (!entry || !Array.isArray(entry.ids) || steps >= log.length) return false;
      for (const id of entry.ids) changed.add(id);
      at = entry.after;
      steps += 1;
    }
    const ids = [...changed];
    const store = tx.objectStore('cases');
    const records = await Promise.all(ids.map(id => store.get(id)));
    this.patch(ids.map((id, index) => ({ id, next: records[index] && summaryOf(records[index]) })));
    this.version = target;
    this.stepped(steps);
    return true;
  }

  /** Puts changed (or, with `next` undefined, deleted) cases into the summary and its sorted orders. */
  private patch(changes: readonly { id: string; next: CaseSummary | undefined }[]): void {
    this.changeCount += 1;
    this.filtered.clear();
    if (changes.length > PATCH_LIMIT) this.orders.clear();
    for (const { id, next } of changes) {
      this.records.delete(id);
      const before = this.byId.get(id);
      if (next) this.byId.set(id, next);
      else this.byId.delete(id);
      for (const [field, order] of this.orders) {
        if (before && !remove(order, before)) {
          // Not where it should be: never expected, but a fresh sort is always right.
          this.orders.delete(field);
          continue;
        }
        if (next) insert(order, next);
      }
    }
  }

  private stepped(steps: number): void {
    this.stepsSinceSnapshot += steps;
    if (this.stepsSinceSnapshot >= SNAPSHOT_STEPS) this.scheduleSnapshot();
  }

  private scheduleSnapshot(): void {
    const db = this.db;
    if (!db || this.snapshotTimer !== undefined) return;
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = undefined;
      // A closed or deleted database just means no snapshot this time.
      this.saveSnapshot(db).catch(() => undefined);
    }, SNAPSHOT_DELAY_MS);
  }

  private cancelSnapshot(): void {
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = undefined;
  }
}

function remove(order: Order, summary: CaseSummary): boolean {
  const at = countBefore(order.entries, { key: order.keyOf(summary), id: summary.id }, false);
  if (order.entries[at]?.id !== summary.id) return false;
  order.entries.splice(at, 1);
  return true;
}

function insert(order: Order, summary: CaseSummary): void {
  const key = order.keyOf(summary);
  const at = countBefore(order.entries, { key, id: summary.id }, false);
  order.entries.splice(at, 0, { key, id: summary.id, summary });
}

/**
 * Writes a new version stamp, and a log entry naming the cases `changed`, inside the caller's case-writing
 * transaction.
 */
export async function bumpCasesVersion(meta: MetaStore, changed: readonly string[]): Promise<VersionStep> {
  const [before, logged] = (await Promise.all([meta.get('casesVersion'), meta.get('casesLog')])) as [
    string | undefined,
    unknown
  ];
  const after = randomId();
  const entry: CasesLogEntry = { before, after, ids: changed.length <= LOG_IDS ? [...changed] : null };
  const log = [...(Array.isArray(logged) ? (logged as CasesLogEntry[]) : []).slice(-(LOG_LENGTH - 1)), entry];
  await Promise.all([meta.put(after, 'casesVersion'), meta.put(log, 'casesLog')]);
  return { before, after };
}
