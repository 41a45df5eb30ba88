import type { LocalDatabase, LocalTransaction } from './database.js';
import type { CaseRecord, CaseSummary, CaseSummaryColumns } from './records.js';

// The saved case summary a new page starts its case index from (see `CaseIndex`), and the summaries of every case
// when there is none. Both are read and written in pieces: a structured clone of 10,000 summaries is a task of
// 25-30 ms here (of 10,000 whole case records, about 370 ms), and a task that long delays the next frame and
// whatever the customer types meanwhile. A piece is a few milliseconds, and each one is a task of its own.

/** Summaries per snapshot record. */
const SNAPSHOT_CHUNK = 1000;
/** Whole case records per request when there is no snapshot (each is about 40 µs to clone here). */
const RECORDS_CHUNK = 200;

const SUMMARY_FIELDS = [
  'id',
  'requesterId',
  'organizationId',
  'statusId',
  'priority',
  'reference',
  'createdAt',
  'updatedAt',
  'subjectKey',
  'searchKey'
] as const satisfies readonly (keyof CaseSummary)[];

export function summaryOf(record: CaseRecord): CaseSummary {
  return {
    id: record.id,
    requesterId: record.requesterId,
    organizationId: record.organizationId,
    statusId: record.statusId,
    priority: record.priority,
    reference: record.reference,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    subjectKey: record.subjectKey,
    searchKey: record.searchKey
  };
}

const chunkKey = (index: number) => `caseSummaries:${index}` as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function toColumns(summaries: readonly CaseSummary[]): CaseSummaryColumns {
  return Object.fromEntries(
    SUMMARY_FIELDS.map(field => [field, summaries.map(summary => summary[field])])
  ) as CaseSummaryColumns;
}

/** The summaries held column by column, or undefined when the columns are not all there at the same length. */
function fromColumns(value: unknown): CaseSummary[] | undefined {
  if (!isRecord(value)) return undefined;
  const c = value as Partial<CaseSummaryColumns>;
  const count = Array.isArray(c.id) ? c.id.length : -1;
  if (SUMMARY_FIELDS.some(field => !Array.isArray(c[field]) || c[field].length !== count)) return undefined;
  const columns = c as CaseSummaryColumns;
  const summaries = new Array<CaseSummary>(count);
  for (let i = 0; i < count; i += 1) {
    summaries[i] = {
      id: columns.id[i] as string,
      requesterId: columns.requesterId[i] as string,
      organizationId: columns.organizationId[i],
      statusId: columns.statusId[i] as string,
      priority: columns.priority[i] as CaseSummary['priority'],
      reference: columns.reference[i] as string,
      createdAt: columns.createdAt[i] as string,
      updatedAt: columns.updatedAt[i] as string,
      subjectKey: columns.subjectKey[i] as string,
      searchKey: columns.searchKey[i] as string
    };
  }
  return summaries;
}

/**
 * The summaries of the snapshot whose head record is `head` (the `caseSummaries` record, read by the caller), its
 * pieces read in `tx`; undefined when there is none or any part of it is broken.
 */
export async function readSnapshot(
  tx: LocalTransaction,
  head: unknown
): Promise<{ version: string; summaries: CaseSummary[] } | undefined> {
  if (!isRecord(head) || typeof head['version'] !== 'string') return undefined;
  const version = head['version'];
  // Format 1, one record, as earlier versions of the library saved it.
  if (head['format'] === 1) {
    const summaries = fromColumns(head['columns']);
    return summaries && { version, summaries };
  }
  const chunks = head['chunks'];
  if (head['format'] !== 2 || typeof chunks !== 'number' || !Number.isInteger(chunks) || chunks < 0) return undefined;
  const meta = tx.objectStore('meta');
  // Every piece asked for at once; each is turned into summaries as it arrives, in the task that delivers it.
  const pieces = await Promise.all(
    Array.from({ length: chunks }, (_, index) =>
      meta
        .get(chunkKey(index))
        .then(piece => (isRecord(piece) && piece['version'] === version ? fromColumns(piece['columns']) : undefined))
    )
  );
  if (pieces.some(piece => piece === undefined)) return undefined;
  return { version, summaries: (pieces as CaseSummary[][]).flat() };
}

/**
 * Saves `summaries` as the snapshot of `version`, unless the case store has moved on since (then nothing is
 * written). One piece per request: a value is cloned when it is put, so each piece is cloned in a task of its own.
 */
export async function writeSnapshot(
  db: LocalDatabase,
  version: string,
  summaries: readonly CaseSummary[]
): Promise<boolean> {
  const tx = db.transaction('meta', 'readwrite');
  const meta = tx.store;
  const [current, before] = await Promise.all([meta.get('casesVersion'), meta.get('caseSummaries')]);
  if (current !== version) {
    await tx.done;
    return false;
  }
  const chunks = Math.ceil(summaries.length / SNAPSHOT_CHUNK);
  for (let index = 0; index < chunks; index += 1) {
    const piece = summaries.slice(index * SNAPSHOT_CHUNK, (index + 1) * SNAPSHOT_CHUNK);
    await meta.put({ version, columns: toColumns(piece) }, chunkKey(index));
  }
  // Pieces of an earlier, longer snapshot.
  const stale =
    isRecord(before) && before['format'] === 2 && typeof before['chunks'] === 'number' ? before['chunks'] : 0;
  for (let index = chunks; index < stale; index += 1) void meta.delete(chunkKey(index));
  await meta.put({ format: 2, version, chunks }, 'caseSummaries');
  await tx.done;
  return true;
}

/** The summary of every case, read `RECORDS_CHUNK` records per request (in key order) in the caller's transaction. */
export async function summariesOfEveryCase(tx: LocalTransaction): Promise<CaseSummary[]> {
  const cases = tx.objectStore('cases');
  const summaries: CaseSummary[] = [];
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const records = await cases.getAll(range, RECORDS_CHUNK);
    for (const record of records) summaries.push(summaryOf(record));
    if (records.length < RECORDS_CHUNK) return summaries;
    after = records[records.length - 1]!.id;
  }
}
