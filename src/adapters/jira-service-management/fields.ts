import type {
  AttachmentPolicy,
  FieldDefinition,
  FieldKind,
  FieldOption,
  FieldValue,
  FormDefinition
} from '../../core/index.js';
import { DEFAULT_ATTACHMENTS, type JiraServiceManagementOptions } from './options.js';
import type { CreateMetaDto, FieldValueDto, RequestTypeDto, RequestTypeFieldDto } from './schemas.js';

// Request type fields (`/servicedesk/{id}/requesttype/{rt}/field`) become form fields by their `jiraSchema`:
//
//   jiraSchema                                   kind          sent in requestFieldValues as
//   string, system summary                       text          "..." (subjectField; at most 255 characters)
//   string, system description                   textarea      "..." (descriptionField)
//   string, custom ...:textarea                  textarea      "..."
//   string, custom ...:url                       text+pattern  "https://..."
//   string with validValues (radio buttons)      select        { id }
//   string (any other)                           text          "..."
//   number                                       number        123.4
//   date                                         date          "2026-11-22"
//   datetime                                     text+pattern  "2026-11-22T10:30:00.000+0000"
//   option / priority (select, radio buttons)    select        { id }
//   option-with-child (cascading select)         cascade       { id, child: { id } }   (validValues[].children)
//   array of option (multi select, checkboxes)   multiselect   [{ id }]
//   array of attachment (system attachment)      -             the form's attachment policy (required flag);
//                                                              temporary attachment ids, sent on create
//   user, group, version, organizations, ...     -             left out (a customer cannot search for them); when
//                                                              required: text, sent as typed (accountId for users)
//
// Hidden fields (`visible: false`) are preset by Jira and left out. `defaultValues` become default values.

export const SUBJECT = 'summary';
export const DESCRIPTION = 'description';
export const ATTACHMENT = 'attachment';

const CT = 'com.atlassian.jira.plugin.system.customfieldtypes:';

type Encode = (value: FieldValue) => unknown;

export interface MappedForm {
  form: FormDefinition;
  /** How each field's value is sent, by field id. */
  encoders: Map<string, Encode>;
  /** Whether the request type has an attachment field (files then go in on create). */
  attachmentField: boolean;
  canAddParticipants: boolean;
}

function optionsOf(values: readonly FieldValueDto[] | undefined, nested: boolean): FieldOption[] {
  return (values ?? [])
    .filter(item => item.value !== undefined)
    .map(item => {
      const children = nested ? optionsOf(item.children, false) : [];
      return {
        value: item.value!,
        label: item.label ?? item.value!,
        ...(children.length > 0 ? { children } : {})
      };
    });
}

const asText = (value: FieldValue): string =>
  Array.isArray(value) ? value.join(' ') : value === null ? '' : String(value);
const asId = (value: FieldValue) => ({ id: asText(value) });

interface KindMapping {
  kind: FieldKind;
  encode: Encode;
  extra?: Partial<FieldDefinition>;
}

/** The kind of a field and how its value is sent; undefined for fields a customer's form cannot fill. */
function kindOf(field: RequestTypeFieldDto): KindMapping | undefined {
  const schema = field.jiraSchema ?? { type: 'string' };
  const custom = schema.custom ?? '';
  const hasOptions = (field.validValues ?? []).length > 0;
  const text: KindMapping = { kind: 'text', encode: asText };
  switch (schema.type) {
    case 'string':
      if (schema.system === SUBJECT) return { ...text, extra: { maxLength: 255 } };
      if (schema.system === DESCRIPTION || custom === `${CT}textarea`) return { kind: 'textarea', encode: asText };
      if (hasOptions) return { kind: 'select', encode: asId };
      if (custom === `${CT}url`) {
        return { ...text, extra: { pattern: 'https?://\\S+', patternMessage: 'https://...' } };
      }
      return custom === `${CT}textfield` ? { ...text, extra: { maxLength: 255 } } : text;
    case 'number':
      return { kind: 'number', encode: value => (typeof value === 'number' ? value : Number(value)) };
    case 'date':
      return { kind: 'date', encode: asText };
    case 'datetime':
      return {
        kind: 'text',
        encode: value => {
          const raw = asText(value);
          return /T\d{2}:\d{2}$/.test(raw) ? `${raw}:00.000+0000` : raw;
        },
        extra: { pattern: '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}', patternMessage: 'yyyy-mm-ddThh:mm' }
      };
    case 'option':
    case 'priority':
      return hasOptions ? { kind: 'select', encode: asId } : undefined;
    case 'option-with-child':
      return hasOptions
        ? {
            kind: 'cascade',
            encode: value => {
              const [parent, child] = Array.isArray(value) ? value : [asText(value)];
              return child === undefined ? { id: parent } : { id: parent, child: { id: child } };
            }
          }
        : undefined;
    case 'array':
      if (schema.items === 'option' && hasOptions) {
        return {
          kind: 'multiselect',
          encode: value => (Array.isArray(value) ? value : [asText(value)]).map(id => ({ id }))
        };
      }
      if (schema.items === 'string') {
        return field.required
          ? { kind: 'text', encode: value => asText(value).split(/\s+/).filter(Boolean) }
          : undefined;
      }
      return undefined;
    case 'user':
      return field.required ? { kind: 'text', encode: value => ({ accountId: asText(value) }) } : undefined;
    default:
      if (hasOptions) return { kind: 'select', encode: asId };
      return field.required ? text : undefined;
  }
}

function defaultOf(field: RequestTypeFieldDto, kind: FieldKind): FieldValue | undefined {
  const defaults = (field.defaultValues ?? []).filter(item => item.value !== undefined);
  const first = defaults[0];
  if (!first) return undefined;
  switch (kind) {
    case 'multiselect':
      return defaults.map(item => item.value!);
    case 'cascade': {
      const child = first.children?.[0]?.value;
      return child === undefined ? [first.value!] : [first.value!, child];
    }
    case 'number':
      return Number.isFinite(Number(first.value)) ? Number(first.value) : undefined;
    default:
      return first.value;
  }
}

function attachmentPolicy(
  options: JiraServiceManagementOptions,
  field: RequestTypeFieldDto | undefined
): AttachmentPolicy | null {
  if (options.attachments === false) return null;
  return {
    ...DEFAULT_ATTACHMENTS,
    ...options.attachments,
    ...(field?.required ? { required: true } : {})
  };
}

/** The form of a request type, with how to send each of its fields. */
export function mapForm(
  options: JiraServiceManagementOptions,
  formId: string,
  requestType: Pick<RequestTypeDto, 'name' | 'helpText' | 'description'>,
  meta: CreateMetaDto
): MappedForm {
  const fields: FieldDefinition[] = [];
  const encoders = new Map<string, Encode>();
  let attachment: RequestTypeFieldDto | undefined;
  for (const field of meta.requestTypeFields) {
    if (field.visible === false) continue;
    const schema = field.jiraSchema;
    if (field.fieldId === ATTACHMENT || (schema?.type === 'array' && schema.items === 'attachment')) {
      attachment = field;
      continue;
    }
    const mapping = kindOf(field);
    if (!mapping) continue;
    const choices = optionsOf(field.validValues, mapping.kind === 'cascade');
    const defaultValue = defaultOf(field, mapping.kind);
    fields.push({
      id: field.fieldId,
      kind: mapping.kind,
      label: field.name ?? field.fieldId,
      // Jira always requires the summary, whatever the request type says.
      required: field.fieldId === SUBJECT ? true : field.required === true,
      ...mapping.extra,
      ...(choices.length > 0 ? { options: choices } : {}),
      ...(defaultValue === undefined ? {} : { defaultValue })
    });
    encoders.set(field.fieldId, mapping.encode);
  }
  if (!fields.some(field => field.id === SUBJECT)) {
    // A request type always has a summary; keep the form usable even if the answer left it out.
    fields.unshift({ id: SUBJECT, kind: 'text', label: 'Summary', required: true, maxLength: 255 });
    encoders.set(SUBJECT, asText);
  }
  const hasDescription = fields.some(field => field.id === DESCRIPTION);
  const description = requestType.helpText ?? requestType.description;
  return {
    form: {
      id: formId,
      title: requestType.name,
      ...(description ? { description } : {}),
      fields,
      attachments: attachmentPolicy(options, attachment),
      channels: ['ticket'],
      subjectField: SUBJECT,
      ...(hasDescription ? { descriptionField: DESCRIPTION } : {})
    },
    encoders,
    attachmentField: attachment !== undefined,
    canAddParticipants: meta.canAddRequestParticipants === true
  };
}

/** `requestFieldValues` for a create: each non-empty value of a known field, sent as its kind says. */
export function encodeFieldValues(mapped: MappedForm, values: Record<string, FieldValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of mapped.form.fields) {
    const value = values[field.id];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    const encode = mapped.encoders.get(field.id);
    if (encode) out[field.id] = encode(value);
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One `requestFieldValues[].value` as a form value: option objects become their ids, cascades a path of ids. */
export function decodeFieldValue(value: unknown): FieldValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (Array.isArray(value)) {
    const items = value.map(item => (isRecord(item) ? (item['id'] ?? item['value'] ?? item['name']) : item));
    return items.every(item => typeof item === 'string') ? (items as string[]) : undefined;
  }
  if (isRecord(value)) {
    const id = value['id'] ?? value['accountId'] ?? value['value'];
    if (typeof id !== 'string') return undefined;
    const child = value['child'];
    if (isRecord(child) && typeof child['id'] === 'string') return [id, child['id']];
    return id;
  }
  return undefined;
}
