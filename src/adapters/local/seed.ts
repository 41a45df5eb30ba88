import { findCategoryPath } from '../../core/index.js';
import type { Preset, PresetCase } from '../../core/preset.js';
import { formForCategory } from './catalog.js';
import { ALL_STORES, type LocalDatabase } from './database.js';
import { hashPassword } from './passwords.js';
import type { CaseRecord, CatalogRecord, CommentRecord, UserRecord } from './records.js';
import { makeReference } from './references.js';
import { caseSearchKey } from './search-key.js';
import { emailKey, fold } from './text.js';
import { randomId } from './tokens.js';

/** Everything a fresh database starts with, built before the write transaction (hashing passwords is async). */
interface SeedData {
  catalog: CatalogRecord;
  users: UserRecord[];
  cases: CaseRecord[];
  comments: CommentRecord[];
}

export function catalogOf(preset: Preset): CatalogRecord {
  return {
    categories: preset.categories,
    forms: preset.forms,
    statuses: preset.statuses,
    initialStatusId: preset.initialStatusId,
    organizations: preset.organizations,
    lookups: preset.lookups ?? {},
    articles: preset.articles ?? [],
    entitlements: preset.entitlements ?? [],
    invoices: preset.invoices ?? []
  };
}

async function buildSeed(preset: Preset, iterations: number, now: Date): Promise<SeedData> {
  const catalog = catalogOf(preset);
  const createdAt = now.toISOString();
  const users = await Promise.all(
    preset.users.map(async (user): Promise<UserRecord> => ({
      id: user.id,
      name: user.name,
      email: user.email,
      emailKey: emailKey(user.email),
      ...(user.organizationId === undefined ? {} : { organizationId: user.organizationId }),
      password: await hashPassword(user.password, iterations),
      createdAt
    }))
  );
  const cases: CaseRecord[] = [];
  const comments: CommentRecord[] = [];
  for (const [index, sample] of (preset.cases ?? []).entries()) {
    const record = sampleCase(preset, catalog, users, sample, index + 1, now);
    const thread = (sample.comments ?? []).map((comment, position): CommentRecord => ({
      id: randomId(),
      caseId: record.id,
      seq: comments.length + position + 1,
      author: {
        ...(comment.role === 'customer' ? { id: record.requesterId } : {}),
        name: comment.authorName,
        role: comment.role
      },
      body: comment.body,
      bodyFormat: comment.bodyFormat ?? 'text',
      attachments: [],
      createdAt: new Date(Date.parse(record.createdAt) + comment.minutesAfter * 60_000).toISOString()
    }));
    record.updatedAt = thread.reduce((latest, c) => (c.createdAt > latest ? c.createdAt : latest), record.createdAt);
    cases.push(record);
    comments.push(...thread);
  }
  return { catalog, users, cases, comments };
}

function sampleCase(
  preset: Preset,
  catalog: CatalogRecord,
  users: UserRecord[],
  sample: PresetCase,
  sequence: number,
  now: Date
): CaseRecord {
  const path = findCategoryPath(catalog.categories, sample.categoryId);
  const requester = users.find(user => user.id === sample.requesterId);
  // A preset is data written by hand: say exactly what is wrong with it rather than seeding half a database.
  if (!path) throw new Error(`Preset ${preset.id}: sample case "${sample.subject}" has an unknown category.`);
  if (!requester) throw new Error(`Preset ${preset.id}: sample case "${sample.subject}" has an unknown requester.`);
  const reference = makeReference(preset.referencePrefix, sequence);
  const fields = sample.fields ?? {};
  const createdAt = new Date(now.getTime() - sample.daysAgo * 86_400_000).toISOString();
  return {
    id: randomId(),
    reference,
    subject: sample.subject,
    description: sample.description,
    descriptionFormat: 'text',
    statusId: sample.statusId,
    priority: sample.priority,
    categoryId: sample.categoryId,
    formId: formForCategory(catalog, sample.categoryId).id,
    categoryPath: path.map(category => ({ id: category.id, name: category.name })),
    channel: 'ticket',
    fields,
    attachments: [],
    requesterId: requester.id,
    requester: { id: requester.id, name: requester.name, email: requester.email },
    ...(requester.organizationId === undefined ? {} : { organizationId: requester.organizationId }),
    createdAt,
    updatedAt: createdAt,
    searchKey: caseSearchKey({ reference, subject: sample.subject, description: sample.description, fields }),
    subjectKey: fold(sample.subject)
  };
}

/**
 * Seeds the database from the preset unless it already was: once per database, so a reload keeps everything
 * created since. With `wipe`, clears every store first (the demo's "reset demo data"). The marker is checked again
 * inside the write transaction, so two tabs opening a new database at once seed it once.
 */
export async function seedDatabase(
  db: LocalDatabase,
  preset: Preset,
  options: { iterations: number; now: Date; wipe: boolean }
): Promise<void> {
  if (!options.wipe && (await db.get('meta', 'seededAt')) !== undefined) return;
  const seed = await buildSeed(preset, options.iterations, options.now);
  const tx = db.transaction(ALL_STORES, 'readwrite');
  if (!options.wipe && (await tx.objectStore('meta').get('seededAt')) !== undefined) return;
  if (options.wipe) await Promise.all(ALL_STORES.map(name => tx.objectStore(name).clear()));
  const writes: Promise<unknown>[] = [
    tx.objectStore('catalog').put(seed.catalog, 'catalog'),
    tx.objectStore('meta').put(options.now.toISOString(), 'seededAt'),
    tx.objectStore('meta').put(seed.cases.length, 'caseSequence'),
    tx.objectStore('meta').put(seed.comments.length, 'commentSequence'),
    tx.objectStore('meta').put(randomId(), 'casesVersion'),
    ...seed.users.map(user => tx.objectStore('users').add(user)),
    ...seed.cases.map(record => tx.objectStore('cases').add(record)),
    ...seed.comments.map(comment => tx.objectStore('comments').add(comment))
  ];
  await Promise.all([...writes, tx.done]);
}
