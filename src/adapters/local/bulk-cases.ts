import type { Category } from '../../core/index.js';
import { bumpCasesVersion } from './case-index.js';
import { casePriority } from './case-priority.js';
import { formForCategory } from './catalog.js';
import type { LocalContext } from './context.js';
import { invalid, notFound } from './errors.js';
import type { CaseRecord } from './records.js';
import { makeReference } from './references.js';
import { caseSearchKey } from './search-key.js';
import { emailKey, fold } from './text.js';
import { randomId } from './tokens.js';

const TOPICS = ['no carga', 'error al guardar', 'consulta sobre', 'solicitud de cambio en', 'duda con', 'falla en'];
const DETAILS = [
  'Desde esta mañana ocurre en todos los equipos.',
  'Adjunto los pasos para reproducirlo.',
  'Pasa solo con algunos usuarios.',
  'Necesitamos una respuesta antes del cierre de mes.'
];

/** Every path from a root to a leaf, so bulk cases spread over the whole tree. */
function leafPaths(tree: readonly Category[], above: Category[] = []): Category[][] {
  return tree.flatMap(category =>
    category.children?.length ? leafPaths(category.children, [...above, category]) : [[...above, category]]
  );
}

/**
 * Inserts `count` plausible cases for one requester in a single transaction (benchmarks of 10,000-case lists).
 * Deterministic apart from ids and reference codes: case `i` always gets the same category, status and age, so
 * runs compare. Tells subscribers once, not once per case, and saves the case summary snapshot, so the next page
 * load reads one record instead of every case.
 */
export async function seedBulkCases(ctx: LocalContext, count: number, requesterEmail: string): Promise<number> {
  if (!Number.isInteger(count) || count < 0)
    throw invalid('The count must be a non-negative integer.', { count: 'Invalid.' });
  const { db, catalog } = await ctx.state();
  const requester = await db.getFromIndex('users', 'emailKey', emailKey(String(requesterEmail)));
  if (!requester) throw notFound('User', String(requesterEmail));
  const paths = leafPaths(catalog.categories);
  if (paths.length === 0 || count === 0) return 0;
  const now = ctx.now().getTime();
  // The summary index current before the write, so the write updates it and it can be saved as the snapshot the
  // next page load starts from (otherwise that load would read all the new records one by one).
  await ctx.caseIndex.current(db.transaction(['meta', 'cases']));

  const tx = db.transaction(['meta', 'cases'], 'readwrite');
  const meta = tx.objectStore('meta');
  const first = (((await meta.get('caseSequence')) as number | undefined) ?? 0) + 1;
  const writes: Promise<unknown>[] = [meta.put(first + count - 1, 'caseSequence')];
  const records: CaseRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const path = paths[(i * 7) % paths.length] as Category[];
    const leaf = path[path.length - 1] as Category;
    const reference = makeReference(ctx.preset.referencePrefix, first + i);
    const subject = `${leaf.name}: ${TOPICS[i % TOPICS.length]} ${path[0]?.name ?? ''} #${first + i}`;
    const description = DETAILS[i % DETAILS.length] ?? '';
    // Spread over the past year, newest last, a few minutes apart so times rarely tie.
    const createdAt = new Date(now - (count - i) * ((365 * 86_400_000) / Math.max(count, 1))).toISOString();
    const record: CaseRecord = {
      id: randomId(),
      reference,
      subject,
      description,
      descriptionFormat: 'text',
      statusId: catalog.statuses[i % catalog.statuses.length]?.id ?? catalog.initialStatusId,
      priority: casePriority(path, undefined, false),
      categoryId: leaf.id,
      formId: formForCategory(catalog, leaf.id).id,
      categoryPath: path.map(category => ({ id: category.id, name: category.name })),
      channel: 'ticket',
      fields: {},
      attachments: [],
      requesterId: requester.id,
      requester: { id: requester.id, name: requester.name, email: requester.email },
      ...(requester.organizationId === undefined ? {} : { organizationId: requester.organizationId }),
      createdAt,
      updatedAt: createdAt,
      searchKey: caseSearchKey({ reference, subject, description, fields: {} }),
      subjectKey: fold(subject)
    };
    writes.push(tx.objectStore('cases').add(record));
    records.push(record);
  }
  const step = await bumpCasesVersion(
    meta,
    records.map(record => record.id)
  );
  await Promise.all([...writes, tx.done]);
  ctx.caseIndex.applied(step, records);
  await ctx.caseIndex.saveSnapshot(db);
  ctx.bus.publish({ type: 'case-created', caseId: records[records.length - 1]?.id ?? '' });
  return count;
}
