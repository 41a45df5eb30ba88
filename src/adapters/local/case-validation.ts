import {
  catalogs,
  formatMessage,
  isEmpty,
  isFieldVisible,
  validateFieldValues,
  type CaseInput,
  type FieldDefinition,
  type FieldProblem,
  type FieldValue,
  type FormDefinition
} from '../../core/index.js';
import type { LocaleCode } from '../../core/preset.js';
import type { LocalMessages } from './messages.js';
import type { CatalogRecord } from './records.js';

/** Kinds whose value is text; the core rules check their format, this checks they are text at all. */
const TEXT_KINDS = new Set(['text', 'textarea', 'richtext', 'email', 'phone', 'date', 'select', 'lookup', 'taxid']);

export interface CaseCheckContext {
  catalog: CatalogRecord;
  locale: LocaleCode;
  messages: LocalMessages;
  phoneCallBack: boolean;
}

/** The form's values as the core rules see them: custom fields plus the subject and description fields. */
export function formValues(form: FormDefinition, input: CaseInput): Record<string, FieldValue> {
  return {
    ...input.fields,
    [form.subjectField]: input.subject,
    ...(form.descriptionField === undefined ? {} : { [form.descriptionField]: input.description })
  };
}

/**
 * Checks a new case against its form, with the core's field rules (so the backend says exactly what the form said)
 * plus what only the backend can know: lookup rows, channels, departments. Returns messages keyed by field id
 * (`channel`, `callBack`, `department` for the routing choices); empty when the input is acceptable.
 */
export function checkCaseInput(
  check: CaseCheckContext,
  form: FormDefinition,
  input: CaseInput
): Record<string, string> {
  const values = formValues(form, input);
  const errors: Record<string, string> = {};
  const labelOf = (id: string) => form.fields.find(field => field.id === id)?.label ?? id;

  for (const field of form.fields) {
    if (!isFieldVisible(field, values) || isEmpty(values[field.id])) continue;
    const problem = typeProblem(check, field, values[field.id] as FieldValue);
    if (problem) errors[field.id] = problem;
  }
  for (const [fieldId, problem] of Object.entries(validateFieldValues(form, values))) {
    errors[fieldId] ??= describe(check.locale, labelOf(fieldId), problem);
  }
  if (!form.fields.some(field => field.id === form.subjectField) && input.subject.trim() === '') {
    errors[form.subjectField] = describe(check.locale, labelOf(form.subjectField), { rule: 'required' });
  }

  if (!form.channels.includes(input.channel) || (input.channel === 'phone' && !check.phoneCallBack)) {
    errors['channel'] = check.messages.channelNotOffered;
  } else if (input.channel === 'phone' && !input.callBack?.phone.trim()) {
    errors['callBack'] = check.messages.phoneRequired;
  }
  if (
    input.department !== undefined &&
    form.departments &&
    !form.departments.some(department => department.value === input.department)
  ) {
    errors['department'] = check.messages.unknownDepartment;
  }
  return errors;
}

function typeProblem(check: CaseCheckContext, field: FieldDefinition, value: FieldValue): string | undefined {
  const wrongType =
    (TEXT_KINDS.has(field.kind) && typeof value !== 'string') ||
    (field.kind === 'checkbox' && typeof value !== 'boolean') ||
    (field.kind === 'number' && typeof value !== 'number' && typeof value !== 'string');
  if (wrongType) return check.messages.wrongType(field.label);
  // Lookup rows live in the backend, so only the backend can tell whether a chosen row exists.
  const rows = check.catalog.lookups[field.id];
  if (rows && typeof value === 'string' && !rows.some(row => row.value === value)) {
    return describe(check.locale, field.label, { rule: 'option' });
  }
  return undefined;
}

/** A core field problem as the sentence the form would show. */
export function describe(locale: LocaleCode, label: string, problem: FieldProblem): string {
  if (problem.message) return problem.message;
  const template = catalogs[locale][`field.${problem.rule}`];
  return formatMessage(template, { label, ...(problem.limit === undefined ? {} : { limit: problem.limit }) });
}

/** The custom field values kept with the case: visible fields of the form only, never subject or description. */
export function keptFieldValues(form: FormDefinition, input: CaseInput): Record<string, FieldValue> {
  const values = formValues(form, input);
  const kept: Record<string, FieldValue> = {};
  for (const field of form.fields) {
    if (field.id === form.subjectField || field.id === form.descriptionField) continue;
    const value = input.fields[field.id];
    if (value !== undefined && isFieldVisible(field, values)) kept[field.id] = value;
  }
  return kept;
}
