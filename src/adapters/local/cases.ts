import { HelpDeskError, type Case, type CaseInput } from '../../core/index.js';
import { checkAttachments } from './attachment-rules.js';
import { ownedFiles, toAttachment } from './attachments.js';
import { requireCapability } from './capability-defaults.js';
import { visibleCase } from './case-access.js';
import { bumpCasesVersion } from './case-index.js';
import { casePriority } from './case-priority.js';
import { firstStatusOf, updateCaseStatus } from './case-status.js';
import { checkCaseInput, keptFieldValues } from './case-validation.js';
import { toCase } from './case-view.js';
import { categoryPath, formForCategory, nearest } from './catalog.js';
import type { LocalContext } from './context.js';
import { nextSequence } from './database.js';
import { invalid } from './errors.js';
import { idempotencyKey } from './idempotency.js';
import type { CaseRecord, CatalogRecord, UserRecord } from './records.js';
import { makeReference } from './references.js';
import { caseSearchKey } from './search-key.js';
import { requireUser } from './sessions.js';
import { fold } from './text.js';
import { randomId } from './tokens.js';

export async function createCase(ctx: LocalContext, input: CaseInput, key: string | undefined): Promise<Case> {
  const user = await requireUser(ctx);
  const storeKey = idempotencyKey(user.id, 'case', key);
  const { db, catalog } = await ctx.state();
  const earlier = await db.get('idempotency', storeKey);
  if (earlier) return readCase(ctx, earlier.resultId);

  const record = await newCaseRecord(ctx, catalog, user, input);
  const tx = db.transaction(['meta', 'cases', 'idempotency'], 'readwrite');
  // Checked again inside the transaction: another tab may have sent the same key since the first look.
  const raced = await tx.objectStore('idempotency').get(storeKey);
  if (raced) {
    await tx.done;
    return readCase(ctx, raced.resultId);
  }
  const sequence = await nextSequence(tx.objectStore('meta'), 'caseSequence');
  record.reference = makeReference(ctx.preset.referencePrefix, sequence);
  record.searchKey = caseSearchKey(record);
  await tx.objectStore('cases').add(record);
  await tx.objectStore('idempotency').add({ key: storeKey, resultId: record.id, createdAt: record.createdAt });
  const step = await bumpCasesVersion(tx.objectStore('meta'), [record.id]);
  await tx.done;
  ctx.caseIndex.applied(step, [record]);
  ctx.bus.publish({ type: 'case-created', caseId: record.id });
  return readCase(ctx, record.id);
}

/** Checks the input against its form and builds the record to store, still without reference. */
async function newCaseRecord(
  ctx: LocalContext,
  catalog: CatalogRecord,
  user: UserRecord,
  input: CaseInput
): Promise<CaseRecord> {
  if (typeof input !== 'object' || input === null) throw invalid('A case input is required.', {});
  const path = categoryPath(catalog, input.categoryId);
  const form = formForCategory(catalog, input.categoryId);
  if (input.formId !== form.id) {
    throw invalid(`Category "${input.categoryId}" opens cases with form "${form.id}".`, { formId: 'Wrong form.' });
  }
  const normalized: CaseInput = { ...input, subject: String(input.subject ?? ''), fields: input.fields ?? {} };
  normalized.description = String(input.description ?? '');
  const errors = checkCaseInput(
    { catalog, locale: ctx.preset.locale, messages: ctx.messages, phoneCallBack: ctx.capabilities.phoneCallBack },
    form,
    normalized
  );
  const { db } = await ctx.state();
  const files = await ownedFiles(ctx, db, user, input.attachments);
  const attachmentProblem = await checkAttachments(form.attachments, files, ctx.messages);
  if (attachmentProblem) errors['attachments'] = attachmentProblem;
  if (Object.keys(errors).length > 0) throw invalid('Some fields need attention.', errors);

  const now = ctx.now().toISOString();
  const subject = normalized.subject.trim();
  const department = input.department ?? nearest(path, 'department');
  return {
    id: randomId(),
    reference: '',
    subject,
    description: normalized.description,
    descriptionFormat: input.descriptionFormat ?? 'text',
    statusId: catalog.initialStatusId,
    priority: casePriority(path, input.priority, form.priorityField === true),
    categoryId: input.categoryId,
    formId: form.id,
    categoryPath: path.map(category => ({ id: category.id, name: category.name })),
    ...(department === undefined ? {} : { department }),
    channel: input.channel,
    ...(input.channel === 'phone' && input.callBack ? { callBack: input.callBack } : {}),
    fields: keptFieldValues(form, normalized),
    attachments: files.map(toAttachment),
    requesterId: user.id,
    requester: { id: user.id, name: user.name, email: user.email },
    ...(user.organizationId === undefined ? {} : { organizationId: user.organizationId }),
    ...(input.recipients === undefined ? {} : { recipients: [...input.recipients] }),
    createdAt: now,
    updatedAt: now,
    searchKey: '',
    subjectKey: fold(subject)
  };
}

/** A case as its requester sees it, with download URLs for its attachments. */
async function readCase(ctx: LocalContext, caseId: string): Promise<Case> {
  const { db, catalog } = await ctx.state();
  const record = await db.get('cases', caseId);
  if (!record) throw new HelpDeskError('server', `Case ${caseId} vanished from the local database.`);
  return toCase(catalog, record, await ctx.attachmentUrls.withUrls(db, record.attachments));
}

export async function getCase(ctx: LocalContext, caseId: string): Promise<Case> {
  const user = await requireUser(ctx);
  const { db, catalog } = await ctx.state();
  const record = await visibleCase(ctx, db, user, caseId);
  return toCase(catalog, record, await ctx.attachmentUrls.withUrls(db, record.attachments));
}

export async function closeCase(ctx: LocalContext, caseId: string): Promise<Case> {
  requireCapability(ctx.capabilities.cases.close, 'closing cases');
  return moveCase(ctx, caseId, catalog => firstStatusOf(catalog, 'closed'));
}

/** Reopens to the first `open` status, or the initial status when the catalog has no `open` one. */
export async function reopenCase(ctx: LocalContext, caseId: string): Promise<Case> {
  requireCapability(ctx.capabilities.cases.reopen, 'reopening cases');
  return moveCase(ctx, caseId, catalog => firstStatusOf(catalog, 'open') ?? catalog.initialStatusId);
}

async function moveCase(
  ctx: LocalContext,
  caseId: string,
  target: (catalog: CatalogRecord) => string | undefined
): Promise<Case> {
  const user = await requireUser(ctx);
  const { db, catalog } = await ctx.state();
  const record = await visibleCase(ctx, db, user, caseId);
  const statusId = target(catalog);
  if (statusId === undefined) throw new HelpDeskError('unsupported', 'This help desk has no status for that.');
  const updated = statusId === record.statusId ? record : await updateCaseStatus(ctx, caseId, statusId);
  return toCase(catalog, updated, await ctx.attachmentUrls.withUrls(db, updated.attachments));
}
