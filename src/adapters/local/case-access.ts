import type { LocalContext } from './context.js';
import type { LocalDatabase } from './database.js';
import { notFound } from './errors.js';
import type { CaseRecord, UserRecord } from './records.js';

/** A customer sees the cases they opened and, where the help desk lists them, those of their organization. */
export function canSee(ctx: LocalContext, user: UserRecord, record: CaseRecord): boolean {
  if (record.requesterId === user.id) return true;
  return (
    ctx.capabilities.cases.organizationScope &&
    record.organizationId !== undefined &&
    record.organizationId === user.organizationId
  );
}

/**
 * The case with this id if the user may see it. A case that exists but is someone else's is `not-found` too, so
 * trying ids never tells which cases exist.
 */
export async function visibleCase(
  ctx: LocalContext,
  db: LocalDatabase,
  user: UserRecord,
  caseId: string
): Promise<CaseRecord> {
  const record = typeof caseId === 'string' && caseId !== '' ? await db.get('cases', caseId) : undefined;
  if (!record || !canSee(ctx, user, record)) throw notFound('Case', String(caseId));
  return record;
}
