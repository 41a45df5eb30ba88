import { visibleValues, type FieldValues } from '../../core/form-rules.js';
import type { CaseInput, FileReference } from '../../core/model/case.js';
import type { Category } from '../../core/model/catalog.js';
import type { FieldDefinition, FieldValue, FormDefinition } from '../../core/model/form.js';
import type { Channel, Priority } from '../../core/model/primitives.js';
import { categoryPriority, emergencyOf, ROUTE } from './route.js';

/** Values worth sending: numbers as numbers, text trimmed, nothing for what was left empty. */
export function cleanValue(field: FieldDefinition, value: FieldValue): FieldValue | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return undefined;
    return field.kind === 'number' ? Number(text) : text;
  }
  if (Array.isArray(value)) return value.length ? value : undefined;
  return value;
}

export interface CaseInputSource {
  form: FormDefinition;
  path: readonly Category[];
  categoryId: string | undefined;
  values: FieldValues;
  attachments: readonly FileReference[];
  /** Whether rich text fields were edited with the rich text control (their value is HTML). */
  richText: boolean;
}

/** The chosen channel: the customer's choice when the form offers several, else the form's only one. */
export function chosenChannel(form: FormDefinition, values: FieldValues): Channel {
  return form.channels.length > 1
    ? ((values[ROUTE.channel] as Channel | undefined) ?? 'ticket')
    : (form.channels[0] ?? 'ticket');
}

/** What `createCase` gets from a filled form: visible fields only, route choices where the form asks them. */
export function buildCaseInput(source: CaseInputSource): CaseInput {
  const { form, path, values } = source;
  const sent = visibleValues(form, values);
  const fields: Record<string, FieldValue> = {};
  for (const field of form.fields) {
    const value = field.id in sent ? cleanValue(field, sent[field.id] as FieldValue) : undefined;
    if (value !== undefined) fields[field.id] = value;
  }
  const text = (id: string | undefined) => {
    const value = id ? fields[id] : undefined;
    return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  };
  const channel = chosenChannel(form, values);
  const descriptionKind = form.fields.find(field => field.id === form.descriptionField)?.kind;
  const input: CaseInput = {
    categoryId: path.at(-1)?.id ?? source.categoryId ?? '',
    formId: form.id,
    subject: text(form.subjectField),
    description: text(form.descriptionField),
    descriptionFormat: descriptionKind === 'richtext' && source.richText ? 'html' : 'text',
    channel,
    fields,
    attachments: [...source.attachments]
  };
  if (form.priorityField) input.priority = values[ROUTE.priority] as Priority;
  else if (emergencyOf(path)) input.priority = categoryPriority(path) ?? 'urgent';
  if (form.departments?.length) input.department = String(values[ROUTE.department] ?? '');
  if (channel === 'phone') {
    const preferredTime = String(values[ROUTE.callBackTime] ?? '').trim();
    input.callBack = {
      phone: String(values[ROUTE.callBackPhone] ?? '').trim(),
      ...(preferredTime ? { preferredTime } : {})
    };
  }
  const recipients = form.fields
    .filter(field => field.kind === 'recipients')
    .flatMap(field => (Array.isArray(fields[field.id]) ? (fields[field.id] as string[]) : []));
  if (recipients.length) input.recipients = [...new Set(recipients)];
  return input;
}
