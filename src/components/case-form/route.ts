import type { Category } from '../../core/model/catalog.js';
import type { FieldValue, FormDefinition } from '../../core/model/form.js';
import type { Priority } from '../../core/model/primitives.js';
import { PRIORITY_ORDER } from '../../core/model/priority-order.js';
import type { MessageKey } from '../../core/messages/en.js';
import type { RenderField } from '../fields/render-field.js';

/** Ids of the questions the form asks on top of the backend's fields; `@` keeps them apart from field ids. */
export const ROUTE = {
  department: '@department',
  channel: '@channel',
  callBackPhone: '@callBackPhone',
  callBackTime: '@callBackTime',
  priority: '@priority'
} as const;

/** Keys the contract uses for the route choices in `invalid` errors, and the form's ids for them. */
export const BACKEND_KEYS: Record<string, string> = {
  department: ROUTE.department,
  channel: ROUTE.channel,
  callBack: ROUTE.callBackPhone,
  priority: ROUTE.priority
};

/** Where the label of a chosen lookup row is kept among the values (so a restored draft can still name it). */
export function lookupLabelKey(fieldId: string): string {
  return `@label:${fieldId}`;
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The route questions of a form: department, attention mode and the call back's number and time. */
export function routeFields(form: FormDefinition, t: Translate): RenderField[] {
  const fields: RenderField[] = [];
  if (form.departments?.length) {
    fields.push({
      id: ROUTE.department,
      kind: 'select',
      label: t('caseForm.department'),
      required: true,
      options: form.departments
    });
  }
  if (form.channels.includes('phone')) {
    const choosing = form.channels.length > 1;
    const onPhone = choosing ? [{ field: ROUTE.channel, in: ['phone'] }] : undefined;
    if (choosing) {
      fields.push({
        id: ROUTE.channel,
        kind: 'select',
        presentation: 'radio',
        label: t('caseForm.channel'),
        required: true,
        options: form.channels.map(channel => ({
          value: channel,
          label: t(channel === 'phone' ? 'caseForm.channelPhone' : 'caseForm.channelTicket')
        }))
      });
    }
    fields.push(
      {
        id: ROUTE.callBackPhone,
        kind: 'phone',
        label: t('caseForm.callBackPhone'),
        required: true,
        visibleWhen: onPhone
      },
      {
        id: ROUTE.callBackTime,
        kind: 'text',
        label: t('caseForm.callBackTime'),
        help: t('caseForm.callBackTimeHelp'),
        visibleWhen: onPhone,
        autocomplete: 'off'
      }
    );
  }
  return fields;
}

/** The priority question, for forms that let the customer choose it (seed 003). */
export function priorityField(t: Translate): RenderField {
  return {
    id: ROUTE.priority,
    kind: 'select',
    label: t('caseForm.priority'),
    required: true,
    options: PRIORITY_ORDER.map(value => ({ value, label: t(`priority.${value}`) }))
  };
}

/** The detail fields in the order shown: the form's own, with the priority just before the description. */
export function detailFields(form: FormDefinition, t: Translate): RenderField[] {
  const fields: RenderField[] = [...form.fields];
  if (form.priorityField) {
    const descriptionAt = form.descriptionField ? fields.findIndex(field => field.id === form.descriptionField) : -1;
    fields.splice(descriptionAt === -1 ? fields.length : descriptionAt, 0, priorityField(t));
  }
  return fields;
}

/** The nearest category (leaf first) that is an emergency, if any. */
export function emergencyOf(path: readonly Category[]): Category | undefined {
  return [...path].reverse().find(item => item.emergency);
}

/** The priority the category gives its cases: the nearest default, and for an emergency at least `urgent`. */
export function categoryPriority(path: readonly Category[]): Priority | undefined {
  const chosen = [...path].reverse().find(item => item.defaultPriority)?.defaultPriority;
  if (emergencyOf(path)) return chosen ?? 'urgent';
  return chosen;
}

/** The empty value of each kind of control. */
export function emptyValue(field: RenderField): FieldValue {
  if (field.kind === 'multiselect' || field.kind === 'cascade' || field.kind === 'recipients') return [];
  if (field.kind === 'checkbox') return false;
  return '';
}

/** Values the form starts with: the definition's defaults, the category's department and priority, a ticket. */
export function defaultValues(
  form: FormDefinition,
  path: readonly Category[],
  fields: readonly RenderField[]
): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const field of fields) values[field.id] = field.defaultValue ?? emptyValue(field);
  const leafFirst = [...path].reverse();
  if (form.priorityField) values[ROUTE.priority] = categoryPriority(path) ?? 'normal';
  const department = leafFirst.find(item => item.department)?.department;
  if (form.departments?.some(option => option.value === department)) values[ROUTE.department] = department ?? '';
  if (form.channels.length > 1)
    values[ROUTE.channel] = form.channels.includes('ticket') ? 'ticket' : (form.channels[0] ?? '');
  return values;
}
