import {
  catalogs,
  formatMessage,
  HelpDeskError,
  isEmpty,
  isFieldVisible,
  validateFieldValues,
  type Attachment,
  type Case,
  type CaseInput,
  type FieldDefinition,
  type FieldValue,
  type LocaleCode,
  type Priority,
  type Session
} from '../../core/index.js';
import { CC_FIELD_ID, type ResolvedForm } from './catalog.js';
import type { ZendeskAdapterOptions } from './options.js';
import { statusOf } from './status.js';
import type { AttachmentWire, RequestWire, TicketField, ZendeskUser } from './wire.js';

// Requests (Zendesk's end-user view of a ticket) and cases: the body createCase sends, and the Case a request
// becomes. Values keep their kinds both ways: numbers go as numbers and come back as numbers (Zendesk answers them as
// text), an unchecked checkbox counts as empty (Zendesk answers false for a checkbox nobody touched).

const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];

export function attachmentOf(wire: AttachmentWire): Attachment {
  return {
    id: String(wire.id),
    name: wire.file_name,
    size: wire.size,
    mimeType: wire.content_type,
    ...(wire.content_url ? { url: wire.content_url } : {})
  };
}

/**
 * The form's values as the core rules see them: the case's fields plus subject and description. With `decided`, the
 * values the category decides win (what is sent); without, the input is checked as the customer filled it.
 */
function formValues(resolved: ResolvedForm, input: CaseInput, decided = true): Record<string, FieldValue> {
  return {
    ...input.fields,
    ...(decided ? resolved.fieldValues : {}),
    subject: input.subject,
    description: input.description,
    ...(input.recipients ? { [CC_FIELD_ID]: input.recipients } : {})
  };
}

/** Refuses, before anything is sent, what the form itself refuses: messages keyed by field id. */
export function checkInput(resolved: ResolvedForm, input: CaseInput, locale: LocaleCode): void {
  const { definition } = resolved;
  const values = formValues(resolved, input, false);
  const problems = validateFieldValues(definition, values);
  const errors: Record<string, string> = {};
  const messages = catalogs[locale];
  for (const [id, problem] of Object.entries(problems)) {
    const label = definition.fields.find(field => field.id === id)?.label ?? id;
    errors[id] =
      problem.message ??
      formatMessage(messages[`field.${problem.rule}`], {
        label,
        ...(problem.limit === undefined ? {} : { limit: problem.limit })
      });
  }
  if (input.channel !== 'ticket') errors['channel'] = 'Zendesk takes cases as tickets only.';
  if (Object.keys(errors).length > 0) {
    throw new HelpDeskError('invalid', 'Some details need attention.', { fieldErrors: errors });
  }
}

/** A value as Zendesk takes it for a custom field of this type. */
function wireValue(field: FieldDefinition, value: FieldValue): FieldValue {
  if (field.kind === 'number' && typeof value === 'string' && value.trim() !== '') return Number(value);
  if (typeof value === 'string') return value.trim();
  return value;
}

/** The `request` of `POST /api/v2/requests`: visible fields only, decided values always. */
export function createBody(
  resolved: ResolvedForm,
  input: CaseInput,
  uploads: string[],
  priorityField: boolean
): Record<string, unknown> {
  const { definition } = resolved;
  const values = formValues(resolved, input);
  const customFields: { id: number; value: FieldValue }[] = [];
  for (const field of definition.fields) {
    if (!/^\d+$/.test(field.id) || !isFieldVisible(field, values)) continue;
    const value = values[field.id];
    if (value === undefined || isEmpty(value)) continue;
    customFields.push({ id: Number(field.id), value: wireValue(field, value) });
  }
  // Decided values of fields the form does not show (agents' routing fields) go along too.
  for (const [id, value] of Object.entries(resolved.fieldValues)) {
    if (/^\d+$/.test(id) && !customFields.some(item => item.id === Number(id)))
      customFields.push({ id: Number(id), value });
  }
  const comment: Record<string, unknown> =
    input.descriptionFormat === 'html' ? { html_body: input.description } : { body: input.description };
  if (uploads.length > 0) comment['uploads'] = uploads;
  const request: Record<string, unknown> = {
    subject: input.subject.trim(),
    comment,
    ticket_form_id: resolved.form.id
  };
  if (customFields.length > 0) request['custom_fields'] = customFields;
  const type = values['type'];
  if (typeof type === 'string' && type !== '') request['type'] = type;
  const priority = resolved.priority ?? (priorityField ? input.priority : undefined);
  if (priority && PRIORITIES.includes(priority)) request['priority'] = priority;
  const recipients = [...new Set([...(input.recipients ?? []), ...ccValues(values[CC_FIELD_ID])])];
  if (recipients.length > 0) request['collaborators'] = recipients;
  return request;
}

function ccValues(value: FieldValue | undefined): string[] {
  return Array.isArray(value) ? value : [];
}

/** A custom field's value as the form holds it, from what Zendesk answers; undefined when it is empty. */
export function formValue(field: TicketField | undefined, value: unknown): FieldValue | undefined {
  if (value === null || value === undefined || value === '' || value === false) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(String);
  if (field && (field.type === 'integer' || field.type === 'decimal')) {
    const number = Number(value);
    return Number.isFinite(number) ? number : String(value);
  }
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

export interface CaseContext {
  fields: Map<number, TicketField>;
  session: Session | undefined;
  options: ZendeskAdapterOptions;
  path: { id: string; name: string }[];
  attachments?: Attachment[];
  users?: readonly ZendeskUser[];
  /** Addresses known to be copied (what createCase sent), when Zendesk's answer names only user ids. */
  recipients?: string[];
}

/** The values of a request's custom fields (and its type), keyed as the form keys them. */
export function requestValues(request: RequestWire, fields: Map<number, TicketField>): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const entry of request.custom_fields ?? []) {
    const value = formValue(fields.get(entry.id), entry.value);
    if (value !== undefined) values[String(entry.id)] = value;
  }
  if (request.type) values['type'] = request.type;
  return values;
}

export function caseOf(request: RequestWire, context: CaseContext): Case {
  const { session, options } = context;
  const users = new Map((context.users ?? []).map(user => [user.id, user]));
  const requester = users.get(request.requester_id);
  const mine = session?.user.id === String(request.requester_id);
  const fields = requestValues(request, context.fields);
  const ccEmails =
    context.recipients ??
    (request.email_cc_ids ?? [])
      .map(id => users.get(id)?.email)
      .filter((email): email is string => typeof email === 'string' && email !== '');
  if (options.ccField && ccEmails.length > 0) fields[CC_FIELD_ID] = ccEmails;
  const priority = PRIORITIES.includes(request.priority as Priority) ? (request.priority as Priority) : 'normal';
  const result: Case = {
    id: String(request.id),
    reference: `${options.referencePrefix ?? '#'}${request.id}`,
    subject: request.subject ?? '',
    description: request.description ?? '',
    descriptionFormat: 'text',
    status: statusOf(request.status, options.statusLabels),
    priority,
    categoryPath: context.path,
    channel: 'ticket',
    fields,
    attachments: context.attachments ?? [],
    requester: mine
      ? {
          id: session.user.id,
          name: session.user.name,
          ...(session.user.email ? { email: session.user.email } : {})
        }
      : {
          id: String(request.requester_id),
          name: requester?.name ?? `#${request.requester_id}`,
          ...(requester?.email ? { email: requester.email } : {})
        },
    createdAt: request.created_at,
    updatedAt: request.updated_at
  };
  if (ccEmails.length > 0) result.recipients = ccEmails;
  return result;
}
