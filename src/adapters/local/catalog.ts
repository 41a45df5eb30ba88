import * as z from 'zod/mini';
import {
  Category,
  FieldOption,
  findCategoryPath,
  FormDefinition,
  type FieldDefinition,
  type FieldOptionsQuery,
  type FieldValue
} from '../../core/index.js';
import { checked } from './checked.js';
import type { LocalContext } from './context.js';
import { notFound } from './errors.js';
import type { CatalogRecord } from './records.js';
import { fold, matchesQuery } from './text.js';

/** At most this many rows come back from a lookup search, so a large list never floods the dialog. */
const LOOKUP_LIMIT = 50;

export async function listCategories(ctx: LocalContext): Promise<Category[]> {
  const { catalog } = await ctx.state();
  return checked(z.array(Category), catalog.categories, 'category tree');
}

/** The path from the root card to a category, or `not-found`. */
export function categoryPath(catalog: CatalogRecord, categoryId: string): Category[] {
  const path = findCategoryPath(catalog.categories, categoryId);
  if (!path) throw notFound('Category', categoryId);
  return path;
}

/** The value the category itself sets, or else its nearest ancestor. */
export function nearest<K extends keyof Category>(path: readonly Category[], key: K): Category[K] | undefined {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const value = path[i]?.[key];
    if (value !== undefined) return value;
  }
  return undefined;
}

export function formById(catalog: CatalogRecord, formId: string): FormDefinition {
  const form = catalog.forms.find(candidate => candidate.id === formId);
  if (!form) throw notFound('Form', formId);
  return form;
}

/**
 * The form of a category: its own `formId`, else its nearest ancestor's, else the catalog's first form (so a preset
 * with one form need not name it on every card).
 */
export function formForCategory(catalog: CatalogRecord, categoryId: string): FormDefinition {
  const formId = nearest(categoryPath(catalog, categoryId), 'formId') ?? catalog.forms[0]?.id;
  if (formId === undefined) throw notFound('Form of category', categoryId);
  return formById(catalog, formId);
}

export async function getForm(ctx: LocalContext, categoryId: string): Promise<FormDefinition> {
  const { catalog } = await ctx.state();
  return checked(FormDefinition, formForCategory(catalog, categoryId), 'form');
}

function fieldById(form: FormDefinition, fieldId: string): FieldDefinition {
  const field = form.fields.find(candidate => candidate.id === fieldId);
  if (!field) throw notFound(`Field of form ${form.id}`, fieldId);
  return field;
}

/**
 * The options a field offers now:
 * - a lookup (or any field with rows in `preset.lookups`): the rows whose label or any column matches the query;
 * - a dependent select (`dependsOn` + `optionsByParent`): the options under the parent field's current value,
 *   none while the parent is empty;
 * - a cascade: `parentValues[field.id]` is the path chosen so far (an array of values, or one value for the first
 *   level); the answer is the next level below that path, or the first level when nothing is chosen yet;
 * - anything else: its own options.
 * `query` filters by label, ignoring case and accents.
 */
export function fieldOptions(catalog: CatalogRecord, form: FormDefinition, fieldId: string, query: FieldOptionsQuery) {
  const field = fieldById(form, fieldId);
  const parentValues = query.parentValues ?? {};
  const search = query.query ?? '';
  const rows = catalog.lookups[field.id];
  if (rows) {
    return rows
      .filter(row => matchesQuery(fold(Object.values(row).join(' ')), search))
      .slice(0, LOOKUP_LIMIT)
      .map(({ value, label, ...details }) => ({ value, label, details }));
  }
  let options: FieldOption[];
  if (field.dependsOn !== undefined && field.optionsByParent) {
    const parent = parentValues[field.dependsOn];
    options = typeof parent === 'string' ? (field.optionsByParent[parent] ?? []) : [];
  } else if (field.kind === 'cascade') {
    options = cascadeLevel(field.options ?? [], parentValues[field.id]);
  } else {
    options = field.options ?? [];
  }
  return options.filter(option => matchesQuery(fold(option.label), search));
}

function cascadeLevel(options: FieldOption[], chosen: FieldValue | undefined): FieldOption[] {
  const path = typeof chosen === 'string' ? [chosen] : Array.isArray(chosen) ? chosen : [];
  let level = options;
  for (const value of path) {
    level = level.find(option => option.value === value)?.children ?? [];
  }
  // Each level is returned without its own children: the caller asks again for the level below.
  return level.map(({ value, label }) => ({ value, label }));
}

export async function getFieldOptions(
  ctx: LocalContext,
  formId: string,
  fieldId: string,
  query: FieldOptionsQuery = {}
): Promise<FieldOption[]> {
  const { catalog } = await ctx.state();
  const options = fieldOptions(catalog, formById(catalog, formId), fieldId, query);
  return checked(z.array(FieldOption), options, 'field options');
}
