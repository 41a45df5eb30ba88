import type { FieldDefinition, FieldOption, FieldValue, FormDefinition } from './model/form.js';
import { isValidNit } from './tax-id.js';

/** Why a value was refused. The UI turns it into a localized sentence; `limit` fills its number. */
export interface FieldProblem {
  rule:
    | 'required'
    | 'pattern'
    | 'minLength'
    | 'maxLength'
    | 'min'
    | 'max'
    | 'email'
    | 'phone'
    | 'number'
    | 'date'
    | 'option'
    | 'taxid';
  limit?: number;
  /** The form's own wording for a pattern, when it gives one. */
  message?: string;
}

export type FieldValues = Record<string, FieldValue>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]{7,20}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isEmpty(value: FieldValue | undefined): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** A field is visible while every one of its conditions holds; hidden fields are neither checked nor sent. */
export function isFieldVisible(field: FieldDefinition, values: FieldValues): boolean {
  return (field.visibleWhen ?? []).every(condition => {
    const value = values[condition.field];
    const present = Array.isArray(value) ? value : value === undefined || value === null ? [] : [String(value)];
    return present.some(item => condition.in.includes(item));
  });
}

/** The options a select offers now: its own, or those of the value chosen in the field it depends on. */
export function optionsFor(field: FieldDefinition, values: FieldValues): FieldOption[] {
  if (field.dependsOn && field.optionsByParent) {
    const parent = values[field.dependsOn];
    return typeof parent === 'string' ? (field.optionsByParent[parent] ?? []) : [];
  }
  return field.options ?? [];
}

/** A cascade's value is the path of chosen values; each must be a child of the one before. */
function isCascadePath(options: readonly FieldOption[], path: readonly string[]): boolean {
  let level: readonly FieldOption[] | undefined = options;
  for (const value of path) {
    const chosen: FieldOption | undefined = level?.find(option => option.value === value);
    if (!chosen) return false;
    level = chosen.children;
  }
  return true;
}

function checkLength(field: FieldDefinition, text: string): FieldProblem | undefined {
  if (field.minLength !== undefined && text.length < field.minLength)
    return { rule: 'minLength', limit: field.minLength };
  if (field.maxLength !== undefined && text.length > field.maxLength)
    return { rule: 'maxLength', limit: field.maxLength };
  return undefined;
}

function checkKind(field: FieldDefinition, value: FieldValue, values: FieldValues): FieldProblem | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  switch (field.kind) {
    case 'email':
      return EMAIL.test(text) ? undefined : { rule: 'email' };
    case 'phone':
      return PHONE.test(text) && text.replace(/\D/g, '').length >= 7 ? undefined : { rule: 'phone' };
    case 'taxid':
      return isValidNit(text) ? undefined : { rule: 'taxid' };
    case 'date':
      return ISO_DATE.test(text) && !Number.isNaN(Date.parse(text)) ? undefined : { rule: 'date' };
    case 'number': {
      const number = typeof value === 'number' ? value : Number(text);
      if (text === '' && typeof value !== 'number') return { rule: 'number' };
      if (!Number.isFinite(number)) return { rule: 'number' };
      if (field.min !== undefined && number < field.min) return { rule: 'min', limit: field.min };
      if (field.max !== undefined && number > field.max) return { rule: 'max', limit: field.max };
      return undefined;
    }
    case 'select': {
      if (field.remoteOptions) return undefined;
      return optionsFor(field, values).some(option => option.value === value) ? undefined : { rule: 'option' };
    }
    case 'multiselect': {
      if (field.remoteOptions) return undefined;
      const allowed = new Set(optionsFor(field, values).map(option => option.value));
      return Array.isArray(value) && value.every(item => allowed.has(item)) ? undefined : { rule: 'option' };
    }
    case 'cascade':
      return Array.isArray(value) && isCascadePath(field.options ?? [], value) ? undefined : { rule: 'option' };
    case 'recipients':
      return Array.isArray(value) && value.every(item => EMAIL.test(item)) ? undefined : { rule: 'email' };
    default:
      return undefined;
  }
}

/** Checks one field's value against its definition; undefined when it is acceptable. */
export function validateField(field: FieldDefinition, values: FieldValues): FieldProblem | undefined {
  const value = values[field.id];
  if (isEmpty(value)) return field.required ? { rule: 'required' } : undefined;
  const kindProblem = checkKind(field, value as FieldValue, values);
  if (kindProblem) return kindProblem;
  if (typeof value === 'string') {
    const lengthProblem = checkLength(field, field.kind === 'richtext' ? stripTags(value) : value.trim());
    if (lengthProblem) return lengthProblem;
    if (field.pattern && !new RegExp(`^(?:${field.pattern})$`, 'u').test(value.trim())) {
      return field.patternMessage ? { rule: 'pattern', message: field.patternMessage } : { rule: 'pattern' };
    }
  }
  if (field.kind === 'cascade' && field.required && Array.isArray(value)) {
    // A cascade is complete only when the customer reached a leaf.
    const levels = field.levels?.length;
    if (levels !== undefined && value.length < levels) return { rule: 'required' };
  }
  return undefined;
}

/** Checks every visible field; the result is keyed by field id and empty when all is well. */
export function validateFieldValues(
  form: Pick<FormDefinition, 'fields'>,
  values: FieldValues,
  onlyFieldIds?: readonly string[]
): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const field of form.fields) {
    if (onlyFieldIds && !onlyFieldIds.includes(field.id)) continue;
    if (!isFieldVisible(field, values)) continue;
    const problem = validateField(field, values);
    if (problem) problems[field.id] = problem;
  }
  return problems;
}

/** The values that would be sent: visible fields only, so a hidden answer never leaks into a case. */
export function visibleValues(form: Pick<FormDefinition, 'fields'>, values: FieldValues): FieldValues {
  const sent: FieldValues = {};
  for (const field of form.fields) {
    if (isFieldVisible(field, values) && values[field.id] !== undefined)
      sent[field.id] = values[field.id] as FieldValue;
  }
  return sent;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '').trim();
}
