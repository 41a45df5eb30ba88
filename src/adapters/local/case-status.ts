import type { StatusCategory } from '../../core/index.js';
import { bumpCasesVersion } from './case-index.js';
import type { LocalContext } from './context.js';
import { notFound } from './errors.js';
import type { CaseRecord, CatalogRecord } from './records.js';

/** The catalog's first status of a category (statuses are listed in workflow order), if it has one. */
export function firstStatusOf(catalog: CatalogRecord, category: StatusCategory): string | undefined {
  return catalog.statuses.find(status => status.category === category)?.id;
}

/**
 * Moves a case to `statusId` (when given) and touches its `updatedAt`, in one transaction, and tells every tab.
 * Returns the stored record as it is now.
 */
export async function updateCaseStatus(
  ctx: LocalContext,
  caseId: string,
  statusId: string | undefined
): Promise<CaseRecord> {
  const { db } = await ctx.state();
  const tx = db.transaction(['meta', 'cases'], 'readwrite');
  const record = await tx.objectStore('cases').get(caseId);
  if (!record) throw notFound('Case', caseId);
  const updated: CaseRecord = { ...record, statusId: statusId ?? record.statusId, updatedAt: ctx.now().toISOString() };
  await tx.objectStore('cases').put(updated);
  const step = await bumpCasesVersion(tx.objectStore('meta'), [caseId]);
  await tx.done;
  ctx.caseIndex.applied(step, [updated]);
  ctx.bus.publish({ type: 'case-updated', caseId });
  return updated;
}
