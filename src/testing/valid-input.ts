import type { HelpDeskAdapter } from '../core/adapter.js';
import { isEmpty, isFieldVisible, optionsFor, validateField } from '../core/form-rules.js';
import type { CaseInput, FileReference } from '../core/model/case.js';
import type { FieldDefinition, FieldOption, FieldValue, FormDefinition } from '../core/model/form.js';
import { nitCheckDigit } from '../core/tax-id.js';
import { fail, show } from './assert.js';
import { sampleFile } from './sample-files.js';

export interface CaseInputSeed {
  categoryId: string;
  subject: string;
  description: string;
  /** Values that win over what the suite would fill in (from the fixture). */
  fieldValues?: Record<string, FieldValue>;
}

/**
 * Builds an input the backend must accept, from the form alone: subject and description go into the form's subject
 * and description fields, every other required and visible field gets a valid value of its kind. This is what lets
 * a third party run the suite by naming a category instead of writing case inputs by hand.
 */
export async function buildCaseInput(
  adapter: HelpDeskAdapter,
  form: FormDefinition,
  seed: CaseInputSeed
): Promise<CaseInput> {
  const values: Record<string, FieldValue> = { ...seed.fieldValues };
  // The suite's own subject and description always win: searches and idempotency checks rely on them being unique.
  values[form.subjectField] = seed.subject;
  if (form.descriptionField) values[form.descriptionField] = seed.description;
  const byId = new Map(form.fields.map(field => [field.id, field]));

  async function fill(field: FieldDefinition, depth = 0): Promise<void> {
    if (!isEmpty(values[field.id])) return;
    // A dependent select needs its parent's value first, even when the parent itself is optional.
    const parent = field.dependsOn === undefined ? undefined : byId.get(field.dependsOn);
    if (parent && depth < 8) await fill(parent, depth + 1);
    const value = await validValue(adapter, form, field, values);
    values[field.id] = value;
    // The core's own field rules say whether the invented value is good, before the backend gets to refuse it.
    if (validateField(field, values)) {
      fail(
        `the suite cannot invent a valid value for field ${show(field.id)} (tried ${show(value)}); give one in fixture.fieldValues`
      );
    }
  }

  // Filling a field can reveal others (visibleWhen), so repeat until nothing new is required.
  for (let pass = 0; pass < 8; pass++) {
    const missing = form.fields.filter(f => f.required && isFieldVisible(f, values) && isEmpty(values[f.id]));
    if (missing.length === 0) break;
    for (const field of missing) await fill(field);
  }

  const policy = form.attachments;
  const attachments: FileReference[] = [];
  if (policy?.required) {
    const file = sampleFile(policy);
    if (!file) fail(`form ${show(form.id)} requires files, and the suite cannot make one its policy accepts`);
    attachments.push(await adapter.uploadAttachment(file));
  }

  const channel = form.channels.includes('ticket') ? 'ticket' : (form.channels[0] ?? 'ticket');
  return {
    categoryId: seed.categoryId,
    formId: form.id,
    subject: seed.subject,
    description: seed.description,
    channel,
    ...(channel === 'phone' ? { callBack: { phone: '+573001234567' } } : {}),
    ...(form.departments?.[0] ? { department: form.departments[0].value } : {}),
    fields: values,
    attachments
  };
}

async function optionsOf(
  adapter: HelpDeskAdapter,
  form: FormDefinition,
  field: FieldDefinition,
  values: Record<string, FieldValue>
): Promise<FieldOption[]> {
  const local = field.remoteOptions ? [] : optionsFor(field, values);
  if (local.length > 0) return local;
  const parentValues = field.dependsOn === undefined ? {} : { [field.dependsOn]: values[field.dependsOn] ?? null };
  return adapter.getFieldOptions(form.id, field.id, { query: '', parentValues });
}

async function validValue(
  adapter: HelpDeskAdapter,
  form: FormDefinition,
  field: FieldDefinition,
  values: Record<string, FieldValue>
): Promise<FieldValue> {
  if (field.defaultValue !== undefined && !isEmpty(field.defaultValue)) return field.defaultValue;
  const needsOptions = ['select', 'multiselect', 'cascade', 'lookup'].includes(field.kind);
  const options = needsOptions ? await optionsOf(adapter, form, field, values) : [];
  if (needsOptions && options.length === 0) {
    fail(`the suite found no option for required field ${show(field.id)}; give one in fixture.fieldValues`);
  }
  switch (field.kind) {
    case 'select':
    case 'lookup':
      return options[0]!.value;
    case 'multiselect':
      return [options[0]!.value];
    case 'cascade':
      return firstLeafPath(options[0]!);
    case 'email':
      return 'conformance@example.com';
    case 'phone':
      return '+573001234567';
    case 'number':
      return field.min ?? Math.min(1, field.max ?? 1);
    case 'date':
      return new Date().toISOString().slice(0, 10);
    case 'checkbox':
      // A required checkbox (terms, consent) is only valid when checked.
      return true;
    case 'recipients':
      return ['conformance.colleague@example.com'];
    case 'taxid':
      return `900123456-${nitCheckDigit('900123456')}`;
    default:
      return textOfLength(field, 'Conformance value');
  }
}

/** The values from the root of a cascade down to its first leaf. */
function firstLeafPath(option: FieldOption): string[] {
  const path = [option.value];
  let current = option;
  while (current.children && current.children.length > 0) {
    current = current.children[0]!;
    path.push(current.value);
  }
  return path;
}

function textOfLength(field: FieldDefinition, base: string): string {
  let text = base;
  while (field.minLength !== undefined && text.length < field.minLength) text += ` ${base}`;
  return field.maxLength === undefined ? text : text.slice(0, Math.max(field.maxLength, 1));
}
