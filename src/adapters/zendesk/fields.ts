import type { FieldDefinition, FieldOption } from '../../core/index.js';
import type { ConditionRules } from './conditions.js';
import type { TicketField } from './wire.js';

// Zendesk ticket fields as the core's field definitions. System fields keep names the adapter knows (`subject`,
// `description`, `type`); custom fields are keyed by their numeric id as text, which is what createCase sends back
// as `custom_fields[].id`.

const CUSTOM_KINDS: Readonly<Record<string, FieldDefinition['kind']>> = {
  text: 'text',
  textarea: 'textarea',
  integer: 'number',
  decimal: 'number',
  date: 'date',
  checkbox: 'checkbox',
  tagger: 'select',
  multiselect: 'multiselect',
  regexp: 'text',
  lookup: 'lookup'
};

export interface FieldContext {
  lookups: 'skip' | 'autocomplete';
  rules: ConditionRules;
}

/** The id a field has in the form, or undefined when the form does not show it as a field. */
export function formFieldId(field: TicketField, lookups: 'skip' | 'autocomplete' = 'skip'): string | undefined {
  if (field.type === 'subject') return 'subject';
  if (field.type === 'description') return 'description';
  if (field.type === 'tickettype') return 'type';
  if (field.type === 'lookup' && lookups === 'skip') return undefined;
  return field.type in CUSTOM_KINDS ? String(field.id) : undefined;
}

/** Whether an end user sees and fills the field in Help Center. */
export function isPortalField(field: TicketField): boolean {
  return field.active !== false && field.visible_in_portal === true && field.editable_in_portal !== false;
}

function options(list: readonly { name: string; value: string }[] | null | undefined): FieldOption[] {
  // Zendesk nests drop-down options with `::` in their names ("Hardware::Laptop").
  return (list ?? []).map(option => ({ value: option.value, label: option.name.split('::').join(' › ') }));
}

/**
 * Zendesk's `regexp_for_validation` is a Ruby pattern anchored with `\A` and `\z`; the core anchors patterns
 * itself. A pattern JavaScript cannot compile is left out (Zendesk still checks it when the case is sent).
 */
export function jsPattern(pattern: string | null | undefined): string | undefined {
  if (!pattern) return undefined;
  const inner = pattern
    .replace(/^(\\A|\^)/, '')
    .replace(/(\\[zZ]|\$)$/, '')
    .replace(/\\A/g, '^')
    .replace(/\\[zZ]/g, '$');
  try {
    new RegExp(`^(?:${inner})$`, 'u');
    return inner;
  } catch {
    return undefined;
  }
}

/** The core definition of a ticket field shown in a form, or undefined for fields end users cannot fill. */
export function fieldDefinition(field: TicketField, context: FieldContext): FieldDefinition | undefined {
  const id = formFieldId(field, context.lookups);
  if (id === undefined || !isPortalField(field)) return undefined;
  const label = field.title_in_portal || field.title;
  const conditional = context.rules.required.has(field.id);
  const required = conditional ? context.rules.required.get(field.id) === true : field.required_in_portal === true;
  const definition: FieldDefinition = {
    id,
    kind: field.type === 'subject' ? 'text' : field.type === 'description' ? 'textarea' : 'text',
    label,
    ...(field.description ? { help: field.description } : {}),
    ...(required || field.type === 'subject' || field.type === 'description' ? { required: true } : {})
  };
  const visibleWhen = context.rules.visibleWhen.get(field.id);
  if (visibleWhen) definition.visibleWhen = visibleWhen;
  switch (field.type) {
    case 'subject':
    case 'description':
      return definition;
    case 'tickettype':
      return { ...definition, kind: 'select', options: options(field.system_field_options) };
    case 'integer':
      return { ...definition, kind: 'number', pattern: '-?[0-9]+' };
    case 'checkbox':
      return context.rules.uncheckedParents.has(field.id)
        ? { ...definition, kind: 'checkbox', defaultValue: false }
        : { ...definition, kind: 'checkbox' };
    case 'tagger':
    case 'multiselect':
      return { ...definition, kind: CUSTOM_KINDS[field.type]!, options: options(field.custom_field_options) };
    case 'regexp': {
      const pattern = jsPattern(field.regexp_for_validation);
      return pattern === undefined ? definition : { ...definition, pattern };
    }
    case 'lookup':
      return { ...definition, kind: 'lookup', remoteOptions: true };
    default:
      return { ...definition, kind: CUSTOM_KINDS[field.type]! };
  }
}
