import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { HelpDeskAdapter } from '../../core/adapter.js';
import { HelpDeskError, toHelpDeskError } from '../../core/errors.js';
import {
  isFieldVisible,
  optionsFor,
  validateFieldValues,
  visibleValues,
  type FieldValues
} from '../../core/form-rules.js';
import type { Case, CaseInput } from '../../core/model/case.js';
import { findCategoryPath, type Category } from '../../core/model/catalog.js';
import type { FieldValue, FormDefinition } from '../../core/model/form.js';
import { PRIORITY_ORDER, type Channel, type Priority } from '../../core/model/primitives.js';
import { fieldStyles } from '../fields/field.styles.js';
import { renderField, type RenderField } from '../fields/render-field.js';
import { HdElement } from '../shared/hd-element.js';
import { caseFormStyles } from './case-form.styles.js';

type LoadState =
  | { kind: 'no-category' }
  | { kind: 'loading' }
  | { kind: 'error'; error: HelpDeskError }
  | { kind: 'ready'; form: FormDefinition; path: Category[] };

/** Ids of the questions the form asks on top of the backend's fields; `@` keeps them apart from field ids. */
const ROUTE = {
  department: '@department',
  channel: '@channel',
  callBackPhone: '@callBackPhone',
  callBackTime: '@callBackTime',
  priority: '@priority'
} as const;

/** Keys the contract uses for the route choices in `invalid` errors, and the form's ids for them. */
const BACKEND_KEYS: Record<string, string> = {
  department: ROUTE.department,
  channel: ROUTE.channel,
  callBack: ROUTE.callBackPhone,
  priority: ROUTE.priority
};

/** A key that makes `createCase` idempotent; `randomUUID` needs a secure context, `getRandomValues` does not. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), byte => byte.toString(16).padStart(2, '0')).join('');
}

function emptyValue(field: RenderField): FieldValue {
  if (field.kind === 'multiselect' || field.kind === 'cascade' || field.kind === 'recipients') return [];
  if (field.kind === 'checkbox') return false;
  return '';
}

/** Values worth sending: numbers as numbers, text trimmed, nothing for what was left empty. */
function cleanValue(field: RenderField, value: FieldValue): FieldValue | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return undefined;
    return field.kind === 'number' ? Number(text) : text;
  }
  if (Array.isArray(value)) return value.length ? value : undefined;
  return value;
}

/**
 * The form that opens a case in one category: the category's fields with their validation, visibility and
 * dependent options, the route questions the form asks (department, attention mode with a phone call back,
 * priority), and a done view with the new case's reference and status. A retried or double-clicked submit creates
 * one case, and nothing typed is lost when the backend fails.
 *
 * @tag hd-case-form
 * @summary Fills and sends the form that opens a case in a category.
 *
 * @fires hd-case-created - A case was created. `detail: { case }`.
 * @fires hd-emergency - A case was created in an emergency category. `detail: { category, case }`.
 * @fires hd-case-open - The customer chose "View the case" after creating it. `detail: { caseId, reference }`.
 * @fires hd-error - The backend failed; the element already shows why. `detail: { code, message }`.
 *
 * @csspart base - The wrapper of every state.
 * @csspart form - The `<form>` element.
 * @csspart field - The wrapper of one field (label, control, help, error).
 * @csspart label - A field's label (or legend, for groups).
 * @csspart control - A field's input, textarea or select (or the box around a group's choices).
 * @csspart help - A field's help text.
 * @csspart error - A field's error message.
 * @csspart submit - The submit button.
 * @csspart banner - The message shown when the backend refuses or fails.
 * @csspart done - The view shown once the case is created.
 *
 * @cssprop [--field-gap=1.25rem] - Space between fields.
 * @cssprop [--control-max-width=40rem] - Widest a control grows.
 * @cssprop [--control-border-color=var(--hd-color-border)] - Border of the controls.
 * @cssprop [--control-radius=var(--hd-radius)] - Corner radius of the controls.
 * @cssprop [--control-background=var(--hd-color-surface)] - Background of the controls.
 */
export class HdCaseForm extends HdElement {
  static override styles = [HdElement.styles, fieldStyles, caseFormStyles];

  /** Adapter and category the current form was loaded for, to know when to load again. */
  private loadedFor: { adapter: HelpDeskAdapter | undefined; categoryId: string | undefined } | undefined;
  private loadAbort: AbortController | undefined;
  /** The same key for this filled form until a case is created, so a retry never opens a second case. */
  private idempotencyKey = newIdempotencyKey();
  /** Set synchronously on submit, before any re-render, so a double click cannot send twice. */
  private sendingNow = false;
  /** Fields the user has changed: they are checked again when focus leaves them. */
  private readonly touched = new Set<string>();
  /** Moves focus into the element after the next load, because the user asked for it (retry). */
  private focusAfterLoad = false;

  @state() private load: LoadState = { kind: 'no-category' };
  @state() private values: FieldValues = {};
  /** Localized messages shown under fields, by field id. */
  @state() private errors: Record<string, string> = {};
  @state() private banner: string | undefined;
  @state() private sending = false;
  @state() private created: Case | undefined;
  /** Text of the polite live region (the errors summary). */
  @state() private announcement = '';

  /** The category the case is opened in; its form is loaded from the backend. */
  @property({ attribute: 'category-id', reflect: true }) categoryId: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // A load cut short by a disconnection starts again when the element comes back.
    if (this.hasUpdated && this.load.kind === 'loading') {
      this.loadedFor = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const adapter = this.configuration.config?.adapter;
    const categoryId = this.categoryId || undefined;
    if (this.loadedFor && this.loadedFor.adapter === adapter && this.loadedFor.categoryId === categoryId) return;
    const categoryChanged = this.loadedFor?.categoryId !== categoryId;
    this.loadedFor = { adapter, categoryId };
    if (categoryChanged) this.startOver();
    if (!categoryId) {
      this.loadAbort?.abort();
      this.load = { kind: 'no-category' };
    } else if (!adapter) {
      this.loadAbort?.abort();
      this.load = {
        kind: 'error',
        error: new HelpDeskError('unsupported', 'No help desk adapter is configured.', { reason: 'no-adapter' })
      };
    } else {
      void this.loadForm(adapter, categoryId);
    }
  }

  private async loadForm(adapter: HelpDeskAdapter, categoryId: string): Promise<void> {
    this.loadAbort?.abort();
    const controller = new AbortController();
    this.loadAbort = controller;
    this.load = { kind: 'loading' };
    const { signal } = controller;
    try {
      const [form, categories] = await Promise.all([
        adapter.getForm(categoryId, { signal }),
        adapter.listCategories({ signal })
      ]);
      if (signal.aborted) return;
      const path = findCategoryPath(categories, categoryId) ?? [];
      this.load = { kind: 'ready', form, path };
      this.values = { ...this.defaultValues(form, path), ...this.keptValues(form) };
      if (this.focusAfterLoad) {
        this.focusAfterLoad = false;
        await this.updateComplete;
        this.firstControl()?.focus();
      }
    } catch (error) {
      if (signal.aborted) return;
      const problem = toHelpDeskError(error);
      this.load = { kind: 'error', error: problem };
      this.emit('hd-error', { code: problem.code, message: problem.message });
      if (this.focusAfterLoad) {
        this.focusAfterLoad = false;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.state__retry')?.focus();
      }
    }
  }

  /** Back to an empty form for a new case: new key, no messages. */
  private startOver(): void {
    this.values = this.load.kind === 'ready' ? this.defaultValues(this.load.form, this.load.path) : {};
    this.errors = {};
    this.banner = undefined;
    this.created = undefined;
    this.announcement = '';
    this.touched.clear();
    this.idempotencyKey = newIdempotencyKey();
  }

  /** What the customer already typed, kept when the same form is loaded again (another adapter, a retry). */
  private keptValues(form: FormDefinition): FieldValues {
    const known = new Set([...Object.values(ROUTE), ...form.fields.map(field => field.id)]);
    return Object.fromEntries(Object.entries(this.values).filter(([id]) => known.has(id) && this.touched.has(id)));
  }

  private defaultValues(form: FormDefinition, path: readonly Category[]): FieldValues {
    const values: FieldValues = {};
    for (const field of this.allFields(form)) values[field.id] = field.defaultValue ?? emptyValue(field);
    const leafFirst = [...path].reverse();
    if (form.priorityField)
      values[ROUTE.priority] = leafFirst.find(item => item.defaultPriority)?.defaultPriority ?? 'normal';
    const department = leafFirst.find(item => item.department)?.department;
    if (form.departments?.some(option => option.value === department)) values[ROUTE.department] = department ?? '';
    if (form.channels.length > 1)
      values[ROUTE.channel] = form.channels.includes('ticket') ? 'ticket' : (form.channels[0] ?? '');
    return values;
  }

  /** The route questions of this form, as field definitions so the core rules check them like any other. */
  private routeFields(form: FormDefinition): { before: RenderField[]; priority: RenderField[] } {
    const t = this.localize.t.bind(this.localize);
    const before: RenderField[] = [];
    if (form.departments?.length) {
      before.push({
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
        before.push({
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
      before.push(
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
          visibleWhen: onPhone,
          autocomplete: 'off'
        }
      );
    }
    const priority: RenderField[] = form.priorityField
      ? [
          {
            id: ROUTE.priority,
            kind: 'select',
            label: t('caseForm.priority'),
            required: true,
            options: PRIORITY_ORDER.map(value => ({ value, label: t(`priority.${value}`) }))
          }
        ]
      : [];
    return { before, priority };
  }

  /** Every field in the order shown: route questions, then the form's fields with the priority before the description. */
  private allFields(form: FormDefinition): RenderField[] {
    const { before, priority } = this.routeFields(form);
    const fields: RenderField[] = [...form.fields];
    const descriptionAt = form.descriptionField ? fields.findIndex(field => field.id === form.descriptionField) : -1;
    fields.splice(descriptionAt === -1 ? fields.length : descriptionAt, 0, ...priority);
    return [...before, ...fields];
  }

  private onFieldChange(form: FormDefinition, field: RenderField, value: FieldValue): void {
    const values: FieldValues = { ...this.values, [field.id]: value };
    // A dependent select whose chosen option is gone (its parent changed) goes back to empty, down the whole chain.
    let cleared = true;
    for (let round = 0; cleared && round < form.fields.length; round++) {
      cleared = false;
      for (const other of form.fields) {
        if (!other.dependsOn) continue;
        const current = values[other.id];
        const allowed = new Set(optionsFor(other, values).map(option => option.value));
        const stale = Array.isArray(current)
          ? current.some(item => !allowed.has(item))
          : typeof current === 'string' && current !== '' && !allowed.has(current);
        if (stale) {
          values[other.id] = Array.isArray(current) ? current.filter(item => allowed.has(item)) : '';
          cleared = true;
        }
      }
    }
    this.values = values;
    this.touched.add(field.id);
    // An error already shown goes away as soon as the value is right.
    if (this.errors[field.id]) this.checkField(form, field.id);
  }

  private onFieldBlur(form: FormDefinition, field: RenderField): void {
    // A control removed while focused (the form giving way to the done view) blurs too: nothing to check then.
    if (this.created || this.load.kind !== 'ready') return;
    if (this.touched.has(field.id)) this.checkField(form, field.id);
  }

  private checkField(form: FormDefinition, id: string): void {
    const fields = this.allFields(form);
    const field = fields.find(item => item.id === id);
    if (!field) return;
    const problem = validateFieldValues({ fields }, this.values, [id])[id];
    const errors = { ...this.errors };
    if (problem) errors[id] = this.localize.fieldProblem(problem, field.label);
    else delete errors[id];
    this.errors = errors;
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sendingNow || this.load.kind !== 'ready') return;
    const { form, path } = this.load;
    const adapter = this.loadedFor?.adapter;
    if (!adapter) return;

    const fields = this.allFields(form);
    const problems = validateFieldValues({ fields }, this.values);
    const errors: Record<string, string> = {};
    for (const field of fields) {
      const problem = problems[field.id];
      if (problem) errors[field.id] = this.localize.fieldProblem(problem, field.label);
    }
    this.errors = errors;
    this.banner = undefined;
    if (Object.keys(errors).length) {
      await this.showFieldErrors(Object.keys(errors).length);
      return;
    }

    this.sendingNow = true;
    this.sending = true;
    this.announcement = '';
    try {
      const created = await adapter.createCase(this.caseInput(form, path), { idempotencyKey: this.idempotencyKey });
      this.created = created;
      this.idempotencyKey = newIdempotencyKey();
      this.emit('hd-case-created', { case: created });
      const emergency = [...path].reverse().find(item => item.emergency);
      if (emergency) this.emit('hd-emergency', { category: emergency, case: created });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.done__title')?.focus();
    } catch (error) {
      // The button is ready again by the time the banner says what happened.
      this.sendingNow = false;
      this.sending = false;
      await this.showBackendError(fields, toHelpDeskError(error));
    } finally {
      this.sendingNow = false;
      this.sending = false;
    }
  }

  private async showBackendError(fields: readonly RenderField[], problem: HelpDeskError): Promise<void> {
    this.emit('hd-error', { code: problem.code, message: problem.message });
    const known = new Set(fields.filter(field => isFieldVisible(field, this.values)).map(field => field.id));
    const reported = Object.entries(problem.fieldErrors).map(([id, message]) => [BACKEND_KEYS[id] ?? id, message]);
    const onFields = reported.filter(([id]) => known.has(id));
    if (problem.code === 'invalid' && onFields.length) {
      this.errors = Object.fromEntries(onFields);
      const elsewhere = reported.filter(([id]) => !known.has(id));
      if (elsewhere.length) this.banner = elsewhere.map(([, message]) => message).join(' ');
      await this.showFieldErrors(onFields.length);
      return;
    }
    this.banner = this.localize.error(problem);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.banner')?.focus();
  }

  /** Announces how many problems there are and moves focus to the first field with one. */
  private async showFieldErrors(count: number): Promise<void> {
    // Emptying the live region first makes a screen reader announce the same sentence again on the next submit.
    this.announcement = '';
    await this.updateComplete;
    this.announcement =
      count === 1 ? this.localize.t('caseForm.errorsSummaryOne') : this.localize.t('caseForm.errorsSummary', { count });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private caseInput(form: FormDefinition, path: readonly Category[]): CaseInput {
    const sent = visibleValues(form, this.values);
    const fields: Record<string, FieldValue> = {};
    for (const field of form.fields) {
      const value = field.id in sent ? cleanValue(field, sent[field.id] as FieldValue) : undefined;
      if (value !== undefined) fields[field.id] = value;
    }
    const text = (id: string | undefined) => {
      const value = id ? fields[id] : undefined;
      return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
    };
    const channel: Channel =
      form.channels.length > 1
        ? ((this.values[ROUTE.channel] as Channel | undefined) ?? 'ticket')
        : (form.channels[0] ?? 'ticket');
    const input: CaseInput = {
      categoryId: path.at(-1)?.id ?? this.categoryId ?? '',
      formId: form.id,
      subject: text(form.subjectField),
      description: text(form.descriptionField),
      descriptionFormat: 'text',
      channel,
      fields,
      attachments: []
    };
    if (form.priorityField) input.priority = this.values[ROUTE.priority] as Priority;
    if (form.departments?.length) input.department = String(this.values[ROUTE.department] ?? '');
    if (channel === 'phone') {
      const preferredTime = String(this.values[ROUTE.callBackTime] ?? '').trim();
      input.callBack = {
        phone: String(this.values[ROUTE.callBackPhone] ?? '').trim(),
        ...(preferredTime ? { preferredTime } : {})
      };
    }
    return input;
  }

  private firstControl(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('form input, form select, form textarea');
  }

  private onRetryLoad(): void {
    this.focusAfterLoad = true;
    this.loadedFor = undefined;
    this.requestUpdate();
  }

  private onOpenCase(): void {
    if (this.created) this.emit('hd-case-open', { caseId: this.created.id, reference: this.created.reference });
  }

  private async onCreateAnother(): Promise<void> {
    this.startOver();
    await this.updateComplete;
    this.firstControl()?.focus();
  }

  /** Empties the form for a new case, with a new idempotency key. */
  reset(): void {
    this.startOver();
  }

  private renderState(message: string, retry: boolean): TemplateResult {
    return html`<div part="base" class="state">
      <p class="state__message">${message}</p>
      ${
        retry
          ? html`<button type="button" class="state__retry" @click=${this.onRetryLoad}>
              ${this.localize.t('common.retry')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderDone(created: Case): TemplateResult {
    return html`<section part="base done" class="done" aria-labelledby="done-title">
      <h2 class="done__title" id="done-title" tabindex="-1">
        ${this.localize.t('caseForm.created', { reference: created.reference })}
      </h2>
      <p class="done__status">${this.localize.t('caseForm.status', { status: created.status.label })}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${this.onOpenCase}>${this.localize.t('caseForm.viewCase')}</button>
        <button type="button" @click=${this.onCreateAnother}>${this.localize.t('caseForm.createAnother')}</button>
      </div>
    </section>`;
  }

  private renderForm(form: FormDefinition, path: readonly Category[]): TemplateResult {
    const strings = { optional: this.localize.t('common.optional'), choose: this.localize.t('field.choose') };
    const fields = this.allFields(form).filter(field => isFieldVisible(field, this.values));
    return html`<div part="base" class="case-form">
      <header class="case-form__header">
        ${path.length ? html`<p class="case-form__path">${path.map(item => item.name).join(' › ')}</p>` : nothing}
        <h2 class="case-form__title" id="form-title">${form.title}</h2>
        ${form.description ? html`<p class="case-form__description">${form.description}</p>` : nothing}
      </header>
      ${this.banner ? html`<div part="banner" class="banner" role="alert" tabindex="-1">${this.banner}</div>` : nothing}
      <form part="form" class="case-form__form" novalidate aria-labelledby="form-title" @submit=${this.onSubmit}>
        ${fields.map(field =>
          renderField({
            field,
            value: this.values[field.id],
            error: this.errors[field.id],
            options: optionsFor(field, this.values),
            idPrefix: 'hd-case-form',
            strings,
            onChange: value => this.onFieldChange(form, field, value),
            onBlur: () => this.onFieldBlur(form, field)
          })
        )}
        <div class="actions">
          <button
            part="submit"
            type="submit"
            class="primary"
            aria-disabled=${this.sending ? 'true' : 'false'}
            aria-busy=${this.sending ? 'true' : 'false'}
          >
            ${this.localize.t(this.sending ? 'caseForm.submitting' : 'caseForm.submit')}
          </button>
        </div>
      </form>
    </div>`;
  }

  private renderContent(): TemplateResult {
    const load = this.load;
    switch (load.kind) {
      case 'no-category':
        return this.renderState(this.localize.t('caseForm.noCategory'), false);
      case 'loading':
        return html`<div part="base" class="state" aria-busy="true">
          <p class="state__message" role="status">${this.localize.t('common.loading')}</p>
        </div>`;
      case 'error':
        return this.renderState(this.localize.error(load.error), load.error.reason !== 'no-adapter');
      case 'ready':
        return this.created ? this.renderDone(this.created) : this.renderForm(load.form, load.path);
    }
  }

  protected override render(): TemplateResult {
    return html`${this.renderContent()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}
