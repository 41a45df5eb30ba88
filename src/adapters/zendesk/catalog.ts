import {
  HelpDeskError,
  type Category,
  type FieldDefinition,
  type FieldValue,
  type FormDefinition,
  type Priority
} from '../../core/index.js';
import type { ZendeskClient } from './client.js';
import { conditionRules } from './conditions.js';
import { fieldDefinition, formFieldId, isPortalField } from './fields.js';
import { DEFAULT_ATTACHMENTS, type ZendeskAdapterOptions, type ZendeskCategoryConfig } from './options.js';
import { TicketFieldsResponse, TicketFormsResponse, type TicketField, type TicketForm } from './wire.js';

// The catalog: Zendesk's end-user ticket forms as category cards (one per form, or the vendor's own tree), each
// opening its form, whose fields come from the ticket fields and whose visibility rules come from the form's
// end-user conditions. Forms and fields are read once per adapter and kept (they change when an admin edits
// them, not while a customer fills a form); a failed read is tried again next time.

interface CategoryNode {
  category: Category;
  /** The ticket form of this node or its nearest ancestor. */
  formId: number;
  /** Values decided by this node and its ancestors, by form field id. */
  fieldValues: Record<string, FieldValue>;
  priority?: Priority | undefined;
  children: CategoryNode[];
}

export interface CatalogData {
  forms: Map<number, TicketForm>;
  fields: Map<number, TicketField>;
  tree: CategoryNode[];
}

/** What a category opens: its form as the UI sees it, and what createCase needs to send it to Zendesk. */
export interface ResolvedForm {
  definition: FormDefinition;
  form: TicketForm;
  path: { id: string; name: string }[];
  fieldValues: Record<string, FieldValue>;
  priority?: Priority | undefined;
}

export const CC_FIELD_ID = 'collaborators';

function formName(form: TicketForm): string {
  return form.display_name || form.name;
}

/** Zendesk's drop-down options, as the values a field of the form may take. */
function optionValues(field: TicketField): { value: string; label: string }[] {
  return (field.custom_field_options ?? field.system_field_options ?? []).map(option => ({
    value: option.value,
    label: option.name.split('::').join(' › ')
  }));
}

export class ZendeskCatalog {
  #data: Promise<CatalogData> | undefined;
  readonly #forms = new Map<string, ResolvedForm>();

  constructor(
    private readonly client: ZendeskClient,
    private readonly options: ZendeskAdapterOptions
  ) {}

  load(signal?: AbortSignal): Promise<CatalogData> {
    if (!this.#data) {
      this.#data = this.#read(signal);
      this.#data.catch(() => (this.#data = undefined));
    }
    return this.#data;
  }

  async #read(signal?: AbortSignal): Promise<CatalogData> {
    const params = new URLSearchParams({ active: 'true', end_user_visible: 'true' });
    const [formsAnswer, fieldsAnswer] = await Promise.all([
      this.client.get('ticket_forms', params, TicketFormsResponse, 'the ticket forms', signal),
      this.client.get('ticket_fields', undefined, TicketFieldsResponse, 'the ticket fields', signal)
    ]);
    const usable = formsAnswer.ticket_forms
      .filter(form => form.active !== false && form.end_user_visible !== false)
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || a.id - b.id);
    const forms = new Map(usable.map(form => [form.id, form]));
    const fields = new Map(fieldsAnswer.ticket_fields.map(field => [field.id, field]));
    const tree = this.options.categories
      ? this.#configured(this.options.categories, forms, undefined, {}, undefined)
      : this.#automatic(usable, fields);
    return { forms, fields, tree };
  }

  /** One card per form; with `subcategoryField`, that drop-down's options as subcategories. */
  #automatic(forms: TicketForm[], fields: Map<number, TicketField>): CategoryNode[] {
    const sub = this.options.subcategoryField === undefined ? undefined : fields.get(this.options.subcategoryField);
    return forms.map(form => {
      const node: CategoryNode = {
        category: { id: String(form.id), name: formName(form), formId: String(form.id) },
        formId: form.id,
        fieldValues: {},
        children: []
      };
      if (sub && sub.type === 'tagger' && isPortalField(sub) && form.ticket_field_ids.includes(sub.id)) {
        node.children = optionValues(sub).map(option => ({
          category: { id: `${form.id}:${option.value}`, name: option.label },
          formId: form.id,
          fieldValues: { [String(sub.id)]: option.value },
          children: []
        }));
      }
      return node;
    });
  }

  /** The vendor's tree; nodes whose form is not an active end-user form are left out, with their children. */
  #configured(
    configs: readonly ZendeskCategoryConfig[],
    forms: Map<number, TicketForm>,
    inheritedForm: number | undefined,
    inheritedValues: Record<string, FieldValue>,
    inheritedPriority: Priority | undefined
  ): CategoryNode[] {
    const nodes: CategoryNode[] = [];
    for (const config of configs) {
      const formId = config.formId ?? inheritedForm;
      const form = formId === undefined ? undefined : forms.get(formId);
      if (!form) continue;
      const { children, fieldValues, formId: own, defaultPriority, ...rest } = config;
      const category: Category = { ...rest, name: config.name ?? formName(form) };
      if (own !== undefined) category.formId = String(own);
      if (defaultPriority !== undefined) category.defaultPriority = defaultPriority;
      const values = { ...inheritedValues, ...fieldValues };
      const priority = defaultPriority ?? inheritedPriority;
      nodes.push({
        category,
        formId: form.id,
        fieldValues: values,
        priority,
        children: this.#configured(children ?? [], forms, form.id, values, priority)
      });
    }
    return nodes;
  }

  async categories(signal?: AbortSignal): Promise<Category[]> {
    const { tree } = await this.load(signal);
    const toCategory = (node: CategoryNode): Category =>
      node.children.length > 0 ? { ...node.category, children: node.children.map(toCategory) } : { ...node.category };
    return tree.map(toCategory);
  }

  /** The path of nodes from a root to the category, or undefined. */
  #path(tree: CategoryNode[], id: string): CategoryNode[] | undefined {
    for (const node of tree) {
      if (node.category.id === id) return [node];
      const below = this.#path(node.children, id);
      if (below) return [node, ...below];
    }
    return undefined;
  }

  async formOf(categoryId: string, signal?: AbortSignal): Promise<ResolvedForm> {
    const data = await this.load(signal);
    const cached = this.#forms.get(categoryId);
    if (cached) return cached;
    const path = typeof categoryId === 'string' ? this.#path(data.tree, categoryId) : undefined;
    const node = path?.at(-1);
    const form = node ? data.forms.get(node.formId) : undefined;
    if (!path || !node || !form)
      throw new HelpDeskError('not-found', `Category "${String(categoryId)}" does not exist.`);
    const definition = this.#definition(form, data.fields, node.fieldValues);
    // A category that decides values has a form of its own: same Zendesk form, fewer choices.
    if (Object.keys(node.fieldValues).length > 0) definition.id = node.category.id;
    const resolved: ResolvedForm = {
      definition,
      form,
      path: path.map(item => ({ id: item.category.id, name: item.category.name })),
      fieldValues: node.fieldValues,
      priority: node.priority
    };
    this.#forms.set(categoryId, resolved);
    return resolved;
  }

  /** The resolved form with this id: a category's own form, or the first category opening that Zendesk form. */
  async formById(formId: string, signal?: AbortSignal): Promise<ResolvedForm> {
    const data = await this.load(signal);
    const node =
      this.#find(data.tree, item => item.category.id === formId && Object.keys(item.fieldValues).length > 0) ??
      this.#find(data.tree, item => String(item.formId) === formId && Object.keys(item.fieldValues).length === 0) ??
      this.#find(data.tree, item => String(item.formId) === formId);
    if (!node) throw new HelpDeskError('not-found', `Form "${String(formId)}" does not exist.`);
    return this.formOf(node.category.id, signal);
  }

  #find(tree: CategoryNode[], matches: (node: CategoryNode) => boolean): CategoryNode | undefined {
    for (const node of tree) {
      if (matches(node)) return node;
      const below = this.#find(node.children, matches);
      if (below) return below;
    }
    return undefined;
  }

  /**
   * The category path of a request: the deepest category of its form whose decided values all match the request's,
   * or an empty path for a request of another form (created by e-mail, by an agent ...).
   */
  async pathOf(
    formId: number | null | undefined,
    values: Record<string, FieldValue>
  ): Promise<{ id: string; name: string }[]> {
    if (formId === null || formId === undefined) return [];
    const { tree } = await this.load();
    let best: CategoryNode[] = [];
    const walk = (nodes: CategoryNode[], path: CategoryNode[]) => {
      for (const node of nodes) {
        if (node.formId !== formId) continue;
        const matches = Object.entries(node.fieldValues).every(
          ([id, value]) => JSON.stringify(values[id]) === JSON.stringify(value)
        );
        if (!matches) continue;
        const here = [...path, node];
        if (here.length > best.length) best = here;
        walk(node.children, here);
      }
    };
    walk(tree, []);
    return best.map(node => ({ id: node.category.id, name: node.category.name }));
  }

  #definition(form: TicketForm, fields: Map<number, TicketField>, decided: Record<string, FieldValue>): FormDefinition {
    const lookups = this.options.lookups ?? 'skip';
    const onForm = form.ticket_field_ids.map(id => fields.get(id)).filter((field): field is TicketField => !!field);
    const shown = onForm.filter(field => formFieldId(field, lookups) !== undefined && isPortalField(field));
    const idOf = new Map(shown.map(field => [field.id, formFieldId(field, lookups) as string]));
    const rules = conditionRules(form.end_user_conditions ?? [], id => idOf.get(id));
    const definitions: FieldDefinition[] = [];
    for (const field of shown) {
      const definition = fieldDefinition(field, { lookups, rules });
      if (definition) definitions.push(this.#decide(definition, decided));
    }
    const labels = this.options.labels ?? {};
    // Zendesk derives a subject from the description when a form has none; the UI always asks for one.
    if (!definitions.some(field => field.id === 'subject')) {
      definitions.unshift({ id: 'subject', kind: 'text', label: labels.subject ?? 'Subject', required: true });
    }
    if (!definitions.some(field => field.id === 'description')) {
      const at = definitions.findIndex(field => field.id === 'subject') + 1;
      definitions.splice(at, 0, {
        id: 'description',
        kind: 'textarea',
        label: labels.description ?? 'Description',
        required: true
      });
    }
    if (this.options.ccField) {
      const label = typeof this.options.ccField === 'object' ? this.options.ccField.label : (labels.cc ?? 'CC');
      definitions.push({ id: CC_FIELD_ID, kind: 'recipients', label });
    }
    const priority = onForm.find(field => field.type === 'priority');
    const definition: FormDefinition = {
      id: String(form.id),
      title: formName(form),
      fields: definitions,
      attachments: this.options.attachments === undefined ? DEFAULT_ATTACHMENTS : this.options.attachments,
      channels: ['ticket'],
      subjectField: 'subject',
      descriptionField: 'description'
    };
    if (priority && isPortalField(priority)) definition.priorityField = true;
    return definition;
  }

  /** A field whose value the category decides: that value as its default and only option. */
  #decide(field: FieldDefinition, decided: Record<string, FieldValue>): FieldDefinition {
    if (!(field.id in decided)) return field;
    const value = decided[field.id] as FieldValue;
    const chosen = Array.isArray(value) ? value : [String(value)];
    const locked: FieldDefinition = { ...field, defaultValue: value };
    if (field.options) locked.options = field.options.filter(option => chosen.includes(option.value));
    return locked;
  }
}
