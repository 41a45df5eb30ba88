import { HelpDeskError, type FieldOption, type FieldOptionsQuery, type FormDefinition } from '../../core/index.js';
import { formIdOf, parseFormId, requestTypePlace } from './catalog.js';
import { API, segment, type CallContext } from './client.js';
import type { JiraContext } from './context.js';
import { mapForm, type MappedForm } from './fields.js';
import { CreateMetaDto } from './schemas.js';

const FORM_TTL_MS = 5 * 60_000;

/** Forms of request types, read from `/servicedesk/{id}/requesttype/{rt}/field` and kept for five minutes. */
export class JiraForms {
  readonly #cache = new Map<string, { at: number; value: Promise<MappedForm> }>();

  constructor(private readonly ctx: JiraContext) {}

  async getForm(categoryId: string, call: CallContext = {}): Promise<FormDefinition> {
    const place = requestTypePlace(await this.ctx.catalog(call), categoryId);
    const mapped = await this.mapped(formIdOf(place.serviceDeskId, place.requestTypeId), call);
    this.ctx.lastServiceDeskId = place.serviceDeskId;
    return structuredClone(mapped.form);
  }

  /** The mapped form of a form id; unknown forms (or request types the portal hides) are `not-found`. */
  mapped(formId: string, call: CallContext = {}): Promise<MappedForm> {
    const cached = this.#cache.get(formId);
    if (cached && Date.now() - cached.at < FORM_TTL_MS) return cached.value;
    const value = this.#load(formId, call);
    const entry = { at: Date.now(), value };
    this.#cache.set(formId, entry);
    value.catch(() => {
      if (this.#cache.get(formId) === entry) this.#cache.delete(formId);
    });
    return value;
  }

  async #load(formId: string, call: CallContext): Promise<MappedForm> {
    const { serviceDeskId, requestTypeId } = parseFormId(formId);
    const catalog = await this.ctx.catalog(call);
    const requestType = catalog.desks.get(serviceDeskId)?.types.find(type => type.id === requestTypeId);
    if (!requestType || (requestType.groupIds ?? []).length === 0) {
      throw new HelpDeskError('not-found', `Form "${formId}" does not exist.`);
    }
    const path = `${API}servicedesk/${segment(serviceDeskId, 'Service desk')}/requesttype/${segment(requestTypeId, 'Request type')}/field`;
    const meta = await this.ctx.client.get(path, undefined, CreateMetaDto, 'getForm()', call);
    return mapForm(this.ctx.options, formId, requestType, meta);
  }

  /**
   * Options are inline in Jira (`validValues`, cascades with their `children`), so they come from the form. For a
   * cascade, `parentValues[fieldId]` (the levels chosen so far) gives the options of the next level.
   */
  async getFieldOptions(
    formId: string,
    fieldId: string,
    query: FieldOptionsQuery = {},
    call: CallContext = {}
  ): Promise<FieldOption[]> {
    const { form } = await this.mapped(String(formId), call);
    const field = form.fields.find(item => item.id === fieldId);
    if (!field) throw new HelpDeskError('not-found', `Field "${fieldId}" of form "${formId}" does not exist.`);
    let options = field.options ?? [];
    const chosen = query.parentValues?.[fieldId];
    if (field.kind === 'cascade' && Array.isArray(chosen)) {
      for (const value of chosen) options = options.find(option => option.value === value)?.children ?? [];
    }
    const text = query.query?.trim().toLowerCase();
    const found = text ? options.filter(option => option.label.toLowerCase().includes(text)) : options;
    return structuredClone(found);
  }
}
