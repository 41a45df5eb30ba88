import type * as z from 'zod/mini';
import { Case, Comment, HelpDeskError, pageOf, type Attachment, type Status } from '../../core/index.js';
import { checked } from './checked.js';
import type { CaseRecord, CatalogRecord, CommentRecord } from './records.js';

/** A page of cases, as `listCases` answers. */
export const CasePage = pageOf(Case);

export function statusById(catalog: CatalogRecord, statusId: string): Status {
  const status = catalog.statuses.find(candidate => candidate.id === statusId);
  // Statuses come from the catalog the case was written against; a miss means the database is inconsistent.
  if (!status) throw new HelpDeskError('server', `Unknown status "${statusId}" in the local database.`);
  return status;
}

/** The public case of a stored record; `attachments` replaces the stored ones when URLs were added. */
export function toCase(catalog: CatalogRecord, record: CaseRecord, attachments?: Attachment[]): Case {
  return checked(Case, caseOf(catalog, record, attachments), 'case');
}

/** `toCase` without the schema check, for callers that check the whole answer (a page) once. */
export function caseOf(catalog: CatalogRecord, record: CaseRecord, attachments?: Attachment[]): z.input<typeof Case> {
  const organization = catalog.organizations.find(org => org.id === record.organizationId);
  return {
    id: record.id,
    reference: record.reference,
    subject: record.subject,
    description: record.description,
    descriptionFormat: record.descriptionFormat,
    status: statusById(catalog, record.statusId),
    priority: record.priority,
    categoryPath: record.categoryPath,
    ...(record.department === undefined ? {} : { department: record.department }),
    channel: record.channel,
    ...(record.callBack === undefined ? {} : { callBack: record.callBack }),
    fields: record.fields,
    attachments: attachments ?? record.attachments,
    requester: record.requester,
    ...(organization ? { organization: { id: organization.id, name: organization.name } } : {}),
    ...(record.recipients === undefined ? {} : { recipients: record.recipients }),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt
  };
}

export function toComment(record: CommentRecord, attachments?: Attachment[]): Comment {
  return checked(
    Comment,
    {
      id: record.id,
      caseId: record.caseId,
      author: record.author,
      body: record.body,
      bodyFormat: record.bodyFormat,
      attachments: attachments ?? record.attachments,
      createdAt: record.createdAt
    },
    'comment'
  );
}
