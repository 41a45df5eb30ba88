import type { LocalDatabase, MetaStore } from './database.js';
import type { CaseRecord } from './records.js';
import { randomId } from './tokens.js';

/** What listing needs of a case to scope, filter and sort it, without its description, fields or attachments. */
export type CaseSummary = Pick<
  CaseRecord,
  | 'id'
  | 'requesterId'
  | 'organizationId'
  | 'statusId'
  | 'priority'
  | 'reference'
  | 'createdAt'
  | 'updatedAt'
  | 'subjectKey'
  | 'searchKey'
>;

/** A write's step from one version of the case store to the next (see `CaseIndex`). */
export interface VersionStep {
  before: string | undefined;
  after: string;
}

function summaryOf(record: CaseRecord): CaseSummary {
  const {
    id,
    requesterId,
    organizationId,
    statusId,
    priority,
    reference,
    createdAt,
    updatedAt,
    subjectKey,
    searchKey
  } = record;
  return {
    id,
    requesterId,
    organizationId,
    statusId,
    priority,
    reference,
    createdAt,
    updatedAt,
    subjectKey,
    searchKey
  };
}

/**
 * An in-memory summary of every case, so listing and searching 10,000 cases filters plain objects instead of
 * reading and cloning every record from IndexedDB on each page or keystroke.
 *
 * It stays right across tabs through a version stamp in the `meta` store: every transaction that writes cases also
 * writes a new random stamp (`bumpCasesVersion`). Before each use the stamp is read; if it is not the one the
 * summary was built from, another tab (or a reset) wrote since and the summary is rebuilt from the store. This
 * tab's own writes update the summary in place (`applied`) when it was current just before them, so they cost
 * nothing. Random stamps, not counters, so a wiped and reseeded database can never match an old summary.
 */
export class CaseIndex {
  private version: string | undefined;
  private loaded = false;
  private readonly byId = new Map<string, CaseSummary>();

  async summaries(db: LocalDatabase): Promise<Iterable<CaseSummary>> {
    // Stamp and records from one transaction: a consistent snapshot even while another tab writes.
    const tx = db.transaction(['meta', 'cases']);
    const version = (await tx.objectStore('meta').get('casesVersion')) as string | undefined;
    if (!this.loaded || version !== this.version) {
      const records = await tx.objectStore('cases').getAll();
      this.byId.clear();
      for (const record of records) this.byId.set(record.id, summaryOf(record));
      this.version = version;
      this.loaded = true;
    }
    return this.byId.values();
  }

  /** Called after a write committed: keeps the summary current without a rebuild when it was current before. */
  applied(step: VersionStep, records: readonly CaseRecord[]): void {
    if (!this.loaded || this.version !== step.before) return;
    for (const record of records) this.byId.set(record.id, summaryOf(record));
    this.version = step.after;
  }

  clear(): void {
    this.byId.clear();
    this.loaded = false;
    this.version = undefined;
  }
}

/** Writes a new version stamp inside the caller's case-writing transaction. */
export async function bumpCasesVersion(meta: MetaStore): Promise<VersionStep> {
  const before = (await meta.get('casesVersion')) as string | undefined;
  const after = randomId();
  await meta.put(after, 'casesVersion');
  return { before, after };
}
