import type { FieldOption, FieldValue } from '../../core/model/form.js';
import type { RenderField } from '../fields/render-field.js';

export interface ReviewStrings {
  yes: string;
  no: string;
}

/** The labels of a cascade's chosen path (Servicio › Tema › Ítem › Categoría). */
function cascadeLabels(options: readonly FieldOption[], path: readonly string[]): string[] {
  const labels: string[] = [];
  let level: readonly FieldOption[] | undefined = options;
  for (const value of path) {
    const chosen: FieldOption | undefined = level?.find(option => option.value === value);
    labels.push(chosen?.label ?? value);
    level = chosen?.children;
  }
  return labels;
}

/** Text of rich text (the review shows words, not markup); parsing in an inert document runs nothing. */
export function richTextToPlain(html: string): string {
  if (!/[<&]/.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const block of doc.body.querySelectorAll('p, br')) block.after('\n');
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * A value as the customer should read it on the review page: option labels rather than raw values, a cascade's
 * path, yes or no for a checkbox, addresses separated by commas. Empty values give ''.
 */
export function displayValue(
  field: RenderField,
  value: FieldValue | undefined,
  options: readonly FieldOption[],
  strings: ReviewStrings,
  lookupLabel?: string
): string {
  if (value === undefined || value === null) return '';
  const labelOf = (item: string) => options.find(option => option.value === item)?.label ?? item;
  switch (field.kind) {
    case 'checkbox':
      return value === true ? strings.yes : strings.no;
    case 'select':
      return typeof value === 'string' && value !== '' ? labelOf(value) : '';
    case 'multiselect':
      return Array.isArray(value) ? value.map(labelOf).join(', ') : '';
    case 'cascade':
      return Array.isArray(value) ? cascadeLabels(field.options ?? [], value).join(' › ') : '';
    case 'recipients':
      return Array.isArray(value) ? value.join(', ') : String(value);
    case 'lookup':
      return typeof value === 'string' && value !== '' ? lookupLabel || labelOf(value) : '';
    case 'richtext':
      return typeof value === 'string' ? richTextToPlain(value) : '';
    default:
      if (Array.isArray(value)) return value.join(', ');
      if (typeof value === 'boolean') return value ? strings.yes : strings.no;
      return String(value).trim();
  }
}
