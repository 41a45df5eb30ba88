import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { HelpDeskAdapter } from '../../core/adapter.js';
import { draftKey, type DraftStore } from '../../core/drafts/draft.js';
import { defaultDraftStore } from '../../core/drafts/indexeddb-draft-store.js';
import { HelpDeskError, toHelpDeskError } from '../../core/errors.js';
import { isFieldVisible, optionsFor, validateFieldValues, type FieldValues } from '../../core/form-rules.js';
import type { Case, FileReference } from '../../core/model/case.js';
import type { Category } from '../../core/model/catalog.js';
import { findCategoryPath } from '../../core/model/category-path.js';
import type { FieldValue, FormDefinition } from '../../core/model/form.js';
import type { MessageKey } from '../../core/messages/en.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { SessionController } from '../../controllers/session-controller.js';
import { fieldStyles } from '../fields/field.styles.js';
import { fieldIds, renderField, type RenderField } from '../fields/render-field.js';
import { HdElement } from '../shared/hd-element.js';
import { buildCaseInput } from './case-input.js';
import { caseFormStyles } from './case-form.styles.js';
import { articlesOffered, loadControls } from './controls.js';
import { displayValue } from './review.js';
import {
  BACKEND_KEYS,
  categoryPriority,
  defaultValues,
  detailFields,
  emergencyOf,
  lookupLabelKey,
  routeFields
} from './route.js';
import { readStepFromHash, writeStepToHash } from './step-hash.js';
import { planSteps, type CaseFormStep } from './steps.js';

type LoadState =
  | { kind: 'no-category' }
  | { kind: 'loading' }
  | { kind: 'error'; error: HelpDeskError }
  | { kind: 'ready'; form: FormDefinition; path: Category[] };

/** The draft notice: hidden, saying the draft came back, or asking whether to really discard it. */
type DraftNotice = 'none' | 'restored' | 'confirm';

/** How a step change treats the page's history (with `sync-hash`) and focus. */
interface StepMove {
  history: 'push' | 'replace' | 'none';
  focus: 'heading' | 'none';
}

const ID_PREFIX = 'hd-case-form';

/**
 * The multi-step form that opens a case in one category: route (department, attention mode with a phone call back)
 * -> details (the category's fields, one page per group) -> attachments -> review -> done, skipping the steps a form
 * does not need. Every change is kept as a draft (restored after a reload or a new sign-in, with the same idempotency
 * key, so a retried submit never opens a second case); with `sync-hash` the current step is in the URL hash and the
 * browser's back and forward buttons move between steps.
 *
 * @tag hd-case-form
 * @summary Fills and sends, step by step, the form that opens a case in a category.
 *
 * @dependency hd-attachment-picker
 *
 * @fires hd-step-change - The customer moved to another step. `detail: { step, index, total }`.
 * @fires hd-case-created - A case was created. `detail: { case }`.
 * @fires hd-emergency - A case was created in an emergency category. `detail: { category, case }`.
 * @fires hd-case-open - The customer chose "View the case" after creating it. `detail: { caseId, reference }`.
 * @fires hd-error - The backend failed; the element already shows why. `detail: { code, message }`.
 *
 * @csspart base - The wrapper of every state.
 * @csspart steps - The step indicator (an ordered list).
 * @csspart step - One entry of the step indicator (`aria-current="step"` on the current one).
 * @csspart step-title - The heading of the current step.
 * @csspart form - The `<form>` element.
 * @csspart field - The wrapper of one field (label, control, help, error).
 * @csspart label - A field's label (or legend, for groups).
 * @csspart control - A field's input, textarea or select (or the box around a group's choices).
 * @csspart help - A field's help text.
 * @csspart error - A field's error message.
 * @csspart back - The "Back" button.
 * @csspart next - The "Next" button.
 * @csspart submit - The submit button on the review step.
 * @csspart review - The review of everything that will be sent.
 * @csspart edit - An "Edit" button of the review, back to its step.
 * @csspart banner - The message shown when the backend refuses or fails.
 * @csspart emergency - The warning shown for emergency categories.
 * @csspart draft-notice - The notice that a draft was restored, with the button that discards it.
 * @csspart done - The view shown once the case is created.
 *
 * @cssprop [--field-gap=1.25rem] - Space between fields.
 * @cssprop [--control-max-width=40rem] - Widest a control grows.
 * @cssprop [--control-border-color=var(--hd-color-border)] - Border of the controls.
 * @cssprop [--control-radius=var(--hd-radius)] - Corner radius of the controls.
 * @cssprop [--control-background=var(--hd-color-surface)] - Background of the controls.
 * @cssprop [--step-color=var(--hd-color-text-muted)] - Steps not reached yet in the indicator.
 * @cssprop [--step-active-color=var(--hd-color-brand)] - The current and completed steps in the indicator.
 * @cssprop [--emergency-color=var(--hd-color-danger)] - Accent of the emergency warning.
 */
export class HdCaseForm extends HdElement {
  static override styles = [HdElement.styles, fieldStyles, caseFormStyles];

  private readonly session = new SessionController(this, this.configuration);
  /** Drafts go to the page's IndexedDB store unless the host gives `draftStore`. */
  private readonly drafts = new DraftController(this, {
    key: () => this.activeDraftKey,
    store: {
      load: key => this.store.load(key),
      save: (key, draft) => this.store.save(key, draft),
      remove: key => this.store.remove(key)
    }
  });

  /** Adapter and category the current form was loaded for, to know when to load again. */
  private loadedFor: { adapter: HelpDeskAdapter | undefined; categoryId: string | undefined } | undefined;
  private loadAbort: AbortController | undefined;
  /** The key of the draft in use: adapter, signed-in user and category. */
  private activeDraftKey: string | undefined;
  /** The user the form was loaded for: another user signing in gets a form of their own. */
  private loadedUserId: string | undefined;
  /** The values an untouched form has, so a draft keeps only what the customer changed. */
  private defaults: FieldValues = {};
  /** Set synchronously on submit, before any re-render, so a double click cannot send twice. */
  private sendingNow = false;
  /** Fields the user has changed: they are checked again when focus leaves them. */
  private readonly touched = new Set<string>();
  /** Moves focus into the element after the next load, because the user asked for it (retry). */
  private focusAfterLoad = false;
  /** The user a form that failed for want of a session was loaded again for (once). */
  private signedInRetryFor: string | undefined;
  /** Set while the form empties the picker itself. */
  private clearingPicker = false;

  @state() private load: LoadState = { kind: 'no-category' };
  @state() private values: FieldValues = {};
  /** Localized messages shown under fields, by field id. */
  @state() private errors: Record<string, string> = {};
  @state() private banner: string | undefined;
  @state() private sending = false;
  @state() private created: Case | undefined;
  /** Text of the polite live region (step changes, the errors summary). */
  @state() private announcement = '';
  @state() private stepId = '';
  @state() private attachments: FileReference[] = [];
  @state() private attachmentsPending = false;
  @state() private attachmentsError: string | undefined;
  @state() private draftNotice: DraftNotice = 'none';

  /** The category the case is opened in; its form is loaded from the backend. */
  @property({ attribute: 'category-id', reflect: true }) categoryId: string | undefined;

  /**
   * Keeps the current step in the page's URL hash (`#hd-step=details`): a reload comes back to it, and the browser's
   * back and forward buttons move between steps. Without it the hash is never touched.
   */
  @property({ type: Boolean, attribute: 'sync-hash', reflect: true }) syncHash = false;

  /** Where drafts are kept; the page's IndexedDB store by default. */
  @property({ attribute: false }) draftStore: DraftStore | undefined;

  private get store(): DraftStore {
    return this.draftStore ?? defaultDraftStore();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHistoryMove);
    window.addEventListener('popstate', this.onHistoryMove);
    // A load cut short by a disconnection starts again when the element comes back.
    if (this.hasUpdated && this.load.kind === 'loading') {
      this.loadedFor = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHistoryMove);
    window.removeEventListener('popstate', this.onHistoryMove);
    this.loadAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.followSession();
    const adapter = this.configuration.config?.adapter;
    const categoryId = this.categoryId || undefined;
    if (this.loadedFor && this.loadedFor.adapter === adapter && this.loadedFor.categoryId === categoryId) return;
    const categoryChanged = this.loadedFor?.categoryId !== categoryId;
    this.loadedFor = { adapter, categoryId };
    if (categoryChanged) {
      this.startOver();
      this.stepId = '';
    }
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

  /** Another customer signed in on this page, or someone signed in after a load that needed a session: load again. */
  private followSession(): void {
    const userId = this.session.session?.user.id;
    if (!userId) return;
    // Another customer: their own form and draft, never the previous customer's words.
    const switched = this.load.kind === 'ready' && this.loadedUserId !== undefined && userId !== this.loadedUserId;
    const unblocked =
      this.load.kind === 'error' && this.load.error.code === 'unauthorized' && this.signedInRetryFor !== userId;
    if (!switched && !unblocked) return;
    if (unblocked) this.signedInRetryFor = userId;
    void this.drafts.flush();
    this.startOver();
    this.values = {};
    this.stepId = '';
    this.loadedFor = undefined;
  }

  private async loadForm(adapter: HelpDeskAdapter, categoryId: string): Promise<void> {
    this.loadAbort?.abort();
    const controller = new AbortController();
    this.loadAbort = controller;
    this.load = { kind: 'loading' };
    const { signal } = controller;
    try {
      const articles = articlesOffered(adapter);
      const [form, categories, session] = await Promise.all([
        adapter.getForm(categoryId, { signal }),
        adapter.listCategories({ signal }),
        adapter.getSession({ signal })
      ]);
      if (signal.aborted) return;
      const path = findCategoryPath(categories, categoryId) ?? [];
      const key = session
        ? draftKey({ adapter: adapter.name, userId: session.user.id, subject: `case:${categoryId}` })
        : undefined;
      await Promise.all([this.useDraft(key), loadControls(form, articles)]);
      if (signal.aborted) return;
      this.loadedUserId = session?.user.id;
      this.prepare(form, path);
      this.load = { kind: 'ready', form, path };
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

  /** Switches to the draft under `key` (flushing the previous one) and loads it from the store. */
  private async useDraft(key: string | undefined): Promise<void> {
    this.activeDraftKey = key;
    if (key) await this.drafts.restore();
  }

  /** Values, files and step of a freshly loaded form: defaults, what was typed before, then the draft. */
  private prepare(form: FormDefinition, path: Category[]): void {
    const fields = [...routeFields(form, this.t), ...detailFields(form, this.t)];
    this.defaults = defaultValues(form, path, fields);
    const known = new Set(fields.map(field => field.id));
    const restored = this.drafts.restored;
    const draft = this.drafts.draft;
    const kept = Object.entries(this.values).filter(([id]) => known.has(id) && this.touched.has(id));
    const fromDraft = restored
      ? Object.entries(draft.values).filter(([id]) => known.has(id) || id.startsWith('@label:'))
      : [];
    this.values = { ...this.defaults, ...Object.fromEntries(fromDraft), ...Object.fromEntries(kept) };
    for (const [id] of fromDraft) this.touched.add(id);
    if (restored) this.attachments = form.attachments ? [...draft.attachments] : [];
    this.draftNotice = restored ? 'restored' : 'none';

    const steps = this.stepsOf(form);
    const valid = (id: string | undefined) => id !== undefined && id !== 'done' && steps.some(step => step.id === id);
    const fromHash = this.syncHash ? readStepFromHash() : undefined;
    const current = valid(this.stepId) ? this.stepId : undefined;
    const step =
      (valid(fromHash) ? fromHash : undefined) ??
      current ??
      (restored && valid(draft.step) ? draft.step : undefined) ??
      steps[0]!.id;
    this.stepId = step;
    if (this.syncHash) writeStepToHash(step, 'replace');
  }

  /** Back to an empty form: no messages, no files, the first step (the draft is the caller's business). */
  private startOver(): void {
    this.clearPicker();
    this.values = this.load.kind === 'ready' ? { ...this.defaults } : {};
    this.errors = {};
    this.banner = undefined;
    this.created = undefined;
    this.announcement = '';
    this.attachments = [];
    this.attachmentsPending = false;
    this.attachmentsError = undefined;
    this.draftNotice = 'none';
    this.touched.clear();
    this.stepId = this.load.kind === 'ready' ? this.stepsOf(this.load.form)[0]!.id : '';
  }

  private readonly t = (key: MessageKey, params?: Record<string, string | number>): string =>
    this.localize.t(key, params);

  private stepsOf(form: FormDefinition): CaseFormStep[] {
    return planSteps(form, routeFields(form, this.t), detailFields(form, this.t), {
      route: this.t('caseForm.stepRoute'),
      details: this.t('caseForm.stepDetails'),
      attachments: this.t('caseForm.stepAttachments'),
      review: this.t('caseForm.stepReview'),
      done: this.t('caseForm.stepDone')
    });
  }

  private allFields(form: FormDefinition): RenderField[] {
    return this.stepsOf(form).flatMap(step => step.fields);
  }

  // ----- drafts -----

  /** What the customer changed, for the draft: values that differ from the untouched form's. */
  private changedValues(): FieldValues {
    const changed: FieldValues = {};
    for (const [id, value] of Object.entries(this.values)) {
      if (JSON.stringify(value) !== JSON.stringify(this.defaults[id])) changed[id] = value;
    }
    return changed;
  }

  private saveDraft(): void {
    if (this.created || this.load.kind !== 'ready') return;
    this.drafts.update({ values: this.changedValues(), attachments: [...this.attachments], step: this.stepId });
  }

  private async onDiscardDraft(): Promise<void> {
    this.draftNotice = 'confirm';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.draft-notice__keep')?.focus();
  }

  private async onKeepDraft(): Promise<void> {
    this.draftNotice = 'restored';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.draft-notice__discard')?.focus();
  }

  private async onConfirmDiscard(): Promise<void> {
    const before = this.stepId;
    await this.drafts.discard();
    this.startOver();
    const steps = this.steps;
    if (this.stepId !== before) this.emit('hd-step-change', { step: this.stepId, index: 0, total: steps.length });
    if (this.syncHash) writeStepToHash(this.stepId, 'replace');
    await this.announce(this.t('caseForm.draftDiscarded'));
    this.focusStepHeading();
  }

  // ----- steps -----

  private get steps(): CaseFormStep[] {
    return this.load.kind === 'ready' ? this.stepsOf(this.load.form) : [];
  }

  private get currentStep(): CaseFormStep | undefined {
    const steps = this.steps;
    return steps.find(step => step.id === this.stepId) ?? steps[0];
  }

  /** Moves to another step: announced, emitted, saved in the draft and (with `sync-hash`) in the URL. */
  private async goTo(id: string, move: StepMove): Promise<void> {
    const steps = this.steps;
    const index = steps.findIndex(step => step.id === id);
    const step = steps[index];
    if (!step) return;
    const changed = id !== this.stepId;
    this.stepId = id;
    this.banner = undefined;
    this.attachmentsError = undefined;
    if (changed) {
      this.emit('hd-step-change', { step: id, index, total: steps.length });
      this.saveDraft();
    }
    if (this.syncHash && move.history !== 'none') writeStepToHash(id, move.history);
    if (changed) {
      await this.announce(this.t('caseForm.step', { current: index + 1, total: steps.length, name: step.title }));
    }
    await this.updateComplete;
    if (move.focus === 'heading') this.focusStepHeading();
  }

  private focusStepHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('.step-title')?.focus();
  }

  /** Sets the polite live region; emptied first so the same sentence is announced again. */
  private async announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  private readonly onHistoryMove = (): void => {
    if (!this.syncHash || this.load.kind !== 'ready' || this.created) return;
    const wanted = readStepFromHash() ?? this.steps[0]?.id;
    if (!wanted || wanted === this.stepId || wanted === 'done') return;
    if (!this.steps.some(step => step.id === wanted)) return;
    void this.goTo(wanted, { history: 'none', focus: 'heading' });
  };

  private onBack(): void {
    const steps = this.steps;
    const index = steps.findIndex(step => step.id === this.stepId);
    const previous = steps[index - 1];
    if (previous) void this.goTo(previous.id, { history: 'push', focus: 'heading' });
  }

  private onEdit(stepId: string): void {
    void this.goTo(stepId, { history: 'push', focus: 'heading' });
  }

  // ----- fields -----

  private onFieldChange(form: FormDefinition, field: RenderField, value: FieldValue): void {
    // A control that reports its unchanged value (rich text on blur, also when it leaves the page) changes nothing.
    if (JSON.stringify(value) === JSON.stringify(this.values[field.id])) return;
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
    this.saveDraft();
  }

  /** Keeps the label of a chosen lookup record with the values, so the review (and a restored draft) can name it. */
  private onLookupLabel(field: RenderField, label: string): void {
    this.values = { ...this.values, [lookupLabelKey(field.id)]: label };
  }

  private onFieldBlur(form: FormDefinition, field: RenderField): void {
    // A control removed while focused (the page giving way to the next) blurs too: nothing to check then.
    if (this.created || this.load.kind !== 'ready') return;
    if (!this.currentStep?.fields.some(item => item.id === field.id)) return;
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

  /** Checks the given fields; messages go under them. Returns the ids with a problem, in order. */
  private checkFields(fields: readonly RenderField[]): string[] {
    const problems = validateFieldValues({ fields: [...fields] }, this.values);
    const errors = { ...this.errors };
    const failing: string[] = [];
    for (const field of fields) {
      const problem = problems[field.id];
      if (problem) {
        errors[field.id] = this.localize.fieldProblem(problem, field.label);
        failing.push(field.id);
      } else {
        delete errors[field.id];
      }
    }
    this.errors = errors;
    return failing;
  }

  // ----- attachments -----

  private onAttachmentsChange(event: CustomEvent<{ references: FileReference[]; pending: boolean }>): void {
    if (this.clearingPicker) return;
    this.attachments = event.detail.references;
    this.attachmentsPending = event.detail.pending;
    if (this.attachmentsError && !event.detail.pending) this.attachmentsError = undefined;
    this.saveDraft();
  }

  private get picker(): (HTMLElement & { checkValidity(): boolean; validationMessage: string; clear?(): void }) | null {
    return this.renderRoot.querySelector('hd-attachment-picker');
  }

  /** Empties the picker (aborting uploads in flight) without taking its change event as the customer's. */
  private clearPicker(): void {
    const picker = this.picker;
    if (!picker?.clear) return;
    this.clearingPicker = true;
    try {
      picker.clear();
    } finally {
      this.clearingPicker = false;
    }
  }

  /** Why the files cannot go yet: some in flight or failed, or none when the policy requires one. */
  private attachmentsProblem(): string | undefined {
    const picker = this.picker;
    if (this.attachmentsPending) return this.t('caseForm.attachmentsPending');
    if (picker && typeof picker.checkValidity === 'function' && !picker.checkValidity()) {
      return picker.validationMessage || this.t('caseForm.attachmentsPending');
    }
    return undefined;
  }

  /** Shows why the files cannot go, if anything stops them; resolves to whether they can. */
  private async checkAttachments(): Promise<boolean> {
    const problem = this.attachmentsProblem();
    this.attachmentsError = problem;
    if (!problem) return true;
    await this.announce(problem);
    this.picker?.focus();
    return false;
  }

  // ----- sending -----

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sendingNow || this.load.kind !== 'ready') return;
    const steps = this.steps;
    const index = steps.findIndex(step => step.id === this.stepId);
    const step = steps[index];
    if (!step) return;
    if (step.kind === 'review') {
      await this.send(this.load.form, this.load.path);
      return;
    }
    if (step.kind === 'attachments') {
      if (!(await this.checkAttachments())) return;
    } else {
      const failing = this.checkFields(step.fields.filter(field => isFieldVisible(field, this.values)));
      if (failing.length) {
        await this.showFieldErrors(failing);
        return;
      }
    }
    const next = steps[index + 1];
    if (next && next.kind !== 'done') await this.goTo(next.id, { history: 'push', focus: 'heading' });
  }

  private async send(form: FormDefinition, path: Category[]): Promise<void> {
    const adapter = this.loadedFor?.adapter;
    if (!adapter) return;
    const steps = this.steps;
    this.banner = undefined;

    // Everything is checked again: a page reached by the URL or a restored draft may hold what no step checked.
    for (const step of steps) {
      if (step.kind === 'attachments' && this.attachmentsProblem()) {
        await this.goTo(step.id, { history: 'push', focus: 'none' });
        await this.checkAttachments();
        return;
      }
      const failing = this.checkFields(step.fields.filter(field => isFieldVisible(field, this.values)));
      if (failing.length) {
        await this.goTo(step.id, { history: 'push', focus: 'none' });
        await this.showFieldErrors(failing);
        return;
      }
    }

    this.sendingNow = true;
    this.sending = true;
    this.announcement = '';
    try {
      // The draft, with its idempotency key, is on disk before the call: a reload during it retries with the same key.
      this.saveDraft();
      await this.drafts.flush();
      const input = buildCaseInput({
        form,
        path,
        categoryId: this.categoryId,
        values: this.values,
        attachments: this.attachments,
        richText: this.usesRichText
      });
      const created = await adapter.createCase(input, { idempotencyKey: this.drafts.draft.idempotencyKey });
      this.created = created;
      await this.drafts.discard();
      this.draftNotice = 'none';
      const done = steps.find(step => step.kind === 'done');
      this.emit('hd-case-created', { case: created });
      const emergency = emergencyOf(path);
      if (emergency) this.emit('hd-emergency', { category: emergency, case: created });
      if (done) {
        this.stepId = done.id;
        this.emit('hd-step-change', { step: done.id, index: steps.indexOf(done), total: steps.length });
        if (this.syncHash) writeStepToHash(done.id, 'replace');
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.done__title')?.focus();
    } catch (error) {
      // The button is ready again by the time the banner says what happened.
      this.sendingNow = false;
      this.sending = false;
      await this.showBackendError(this.allFields(form), toHelpDeskError(error));
    } finally {
      this.sendingNow = false;
      this.sending = false;
    }
  }

  /** Whether rich text fields are edited with the rich text control (their value is then HTML). */
  private get usesRichText(): boolean {
    return customElements.get('hd-rich-text') !== undefined;
  }

  private async showBackendError(fields: readonly RenderField[], problem: HelpDeskError): Promise<void> {
    this.emit('hd-error', { code: problem.code, message: problem.message });
    const known = new Set(fields.filter(field => isFieldVisible(field, this.values)).map(field => field.id));
    const reported = Object.entries(problem.fieldErrors).map(([id, message]) => [BACKEND_KEYS[id] ?? id, message]);
    const onFields = reported.filter(([id]) => known.has(id));
    if (problem.code === 'invalid' && onFields.length) {
      const elsewhere = reported.filter(([id]) => !known.has(id)).map(([, message]) => message);
      const firstId = onFields[0]![0]!;
      const step = this.steps.find(item => item.fields.some(field => field.id === firstId));
      if (step && step.id !== this.stepId) await this.goTo(step.id, { history: 'push', focus: 'none' });
      this.errors = { ...this.errors, ...Object.fromEntries(onFields) };
      if (elsewhere.length) this.banner = elsewhere.join(' ');
      await this.showFieldErrors(onFields.map(([id]) => id!));
      return;
    }
    if (problem.code === 'invalid' && problem.fieldErrors['attachments']) {
      const step = this.steps.find(item => item.kind === 'attachments');
      if (step) {
        await this.goTo(step.id, { history: 'push', focus: 'none' });
        this.attachmentsError = problem.fieldErrors['attachments'];
        await this.announce(this.attachmentsError);
        this.picker?.focus();
        return;
      }
    }
    this.banner = this.localize.error(problem);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.banner')?.focus();
  }

  /** Announces how many problems there are on this step and moves focus to the first field with one. */
  private async showFieldErrors(ids: readonly string[]): Promise<void> {
    const count = ids.length;
    await this.announce(
      count === 1 ? this.t('caseForm.errorsSummaryOne') : this.t('caseForm.errorsSummary', { count })
    );
    await this.updateComplete;
    this.focusField(ids[0]);
  }

  private focusField(id: string | undefined): void {
    if (id === undefined) return;
    const root = this.renderRoot as ShadowRoot;
    const control = root.getElementById(fieldIds({ field: { id } as RenderField, idPrefix: ID_PREFIX }).control);
    (control ?? root.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus();
  }

  private firstControl(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(
      'form input, form select, form textarea, form [data-control], form hd-attachment-picker:not([hidden])'
    );
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
    const first = this.steps[0];
    if (first) {
      this.emit('hd-step-change', { step: first.id, index: 0, total: this.steps.length });
      if (this.syncHash) writeStepToHash(first.id, 'replace');
    }
    await this.updateComplete;
    this.firstControl()?.focus();
  }

  /** Empties the form for a new case: the draft is discarded and a new idempotency key made. */
  reset(): void {
    void this.drafts.discard();
    this.startOver();
  }

  // ----- rendering -----

  private renderState(message: string, retry: boolean): TemplateResult {
    return html`<div part="base" class="state">
      <p class="state__message">${message}</p>
      ${
        retry
          ? html`<button type="button" class="state__retry" @click=${this.onRetryLoad}>
              ${this.t('common.retry')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderIndicator(steps: readonly CaseFormStep[], currentIndex: number): TemplateResult {
    return html`<nav class="steps" aria-label=${this.t('caseForm.steps')}>
      <ol part="steps" class="steps__list">
        ${steps.map(
          (step, index) =>
            html`<li
              part="step"
              class=${classMap({
                steps__item: true,
                'steps__item--done': index < currentIndex,
                'steps__item--current': index === currentIndex
              })}
              aria-current=${index === currentIndex ? 'step' : nothing}
            >
              <span class="steps__number" aria-hidden="true">${index + 1}</span>
              <span class="steps__name">${step.title}</span>
            </li>`
        )}
      </ol>
    </nav>`;
  }

  private renderDraftNotice(): TemplateResult | typeof nothing {
    if (this.draftNotice === 'none' || this.created) return nothing;
    if (this.draftNotice === 'confirm') {
      return html`<div part="draft-notice" class="draft-notice" role="group" aria-labelledby="draft-confirm">
        <p class="draft-notice__text" id="draft-confirm">${this.t('caseForm.draftDiscardConfirm')}</p>
        <div class="draft-notice__actions">
          <button type="button" class="draft-notice__confirm" @click=${this.onConfirmDiscard}>
            ${this.t('caseForm.draftDiscardYes')}
          </button>
          <button type="button" class="draft-notice__keep" @click=${this.onKeepDraft}>
            ${this.t('caseForm.draftDiscardNo')}
          </button>
        </div>
      </div>`;
    }
    return html`<div part="draft-notice" class="draft-notice" role="status">
      <p class="draft-notice__text">${this.t('caseForm.draftRestored')}</p>
      <div class="draft-notice__actions">
        <button type="button" class="draft-notice__discard" @click=${this.onDiscardDraft}>
          ${this.t('caseForm.draftDiscard')}
        </button>
      </div>
    </div>`;
  }

  private renderFields(form: FormDefinition, step: CaseFormStep): TemplateResult {
    const strings = { optional: this.t('common.optional'), choose: this.t('field.choose') };
    const fields = step.fields.filter(field => isFieldVisible(field, this.values));
    return html`${fields.map(
      field =>
        html`${renderField({
          field,
          value: this.values[field.id],
          error: this.errors[field.id],
          options: optionsFor(field, this.values),
          idPrefix: ID_PREFIX,
          strings,
          formId: form.id,
          valueLabel: String(this.values[lookupLabelKey(field.id)] ?? ''),
          onValueLabel: label => this.onLookupLabel(field, label),
          onChange: value => this.onFieldChange(form, field, value),
          onBlur: () => this.onFieldBlur(form, field)
        })}${field.id === form.subjectField ? this.renderSuggestions(field) : nothing}`
    )}`;
  }

  /** Knowledge-base articles that may answer the question, fed with the subject as it is typed. */
  private renderSuggestions(field: RenderField): TemplateResult | typeof nothing {
    if (!customElements.get('hd-article-suggestions')) return nothing;
    const subject = this.values[field.id];
    return html`<hd-article-suggestions
      class="suggestions"
      heading-level="4"
      query=${typeof subject === 'string' ? subject : ''}
    ></hd-article-suggestions>`;
  }

  private renderAttachments(form: FormDefinition, visible: boolean): TemplateResult | typeof nothing {
    if (!form.attachments || form.attachments.maxFiles < 1) return nothing;
    return html`<div class="attachments" ?hidden=${!visible}>
      <hd-attachment-picker
        .policy=${form.attachments}
        .value=${this.attachments}
        aria-describedby=${this.attachmentsError ? 'attachments-error' : nothing}
        @hd-attachments-change=${this.onAttachmentsChange}
      ></hd-attachment-picker>
      ${
        this.attachmentsError
          ? html`<p part="error" class="field__error attachments__error" id="attachments-error">
              ${this.attachmentsError}
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderReview(form: FormDefinition, path: readonly Category[], steps: readonly CaseFormStep[]) {
    const strings = { yes: this.t('caseForm.yes'), no: this.t('caseForm.no') };
    const empty = this.t('caseForm.reviewEmpty');
    const sections = steps.filter(
      step => step.kind === 'route' || step.kind === 'details' || step.kind === 'attachments'
    );
    const priority = !form.priorityField ? categoryPriority(path) : undefined;
    return html`<div part="review" class="review">
      <p class="review__intro">${this.t('caseForm.reviewIntro')}</p>
      <dl class="review__list review__list--summary">
        <div class="review__row">
          <dt>${this.t('caseForm.category')}</dt>
          <dd>${path.map(item => item.name).join(' › ') || form.title}</dd>
        </div>
        ${
          priority
            ? html`<div class="review__row">
                <dt>${this.t('caseForm.priority')}</dt>
                <dd>${this.t(`priority.${priority}`)}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${sections.map(step => {
        const headingId = `review-${step.id}`;
        const rows =
          step.kind === 'attachments'
            ? nothing
            : step.fields
                .filter(field => isFieldVisible(field, this.values))
                .map(field => {
                  const text = displayValue(
                    field,
                    this.values[field.id],
                    optionsFor(field, this.values),
                    strings,
                    String(this.values[lookupLabelKey(field.id)] ?? '')
                  );
                  return html`<div class="review__row" data-field=${field.id}>
                    <dt>${field.label}</dt>
                    <dd class=${classMap({ review__value: true, 'review__value--empty': !text })}>${text || empty}</dd>
                  </div>`;
                });
        return html`<section class="review__section" aria-labelledby=${headingId} data-step=${step.id}>
          <div class="review__header">
            <h4 class="review__title" id=${headingId}>${step.title}</h4>
            <button
              part="edit"
              type="button"
              class="review__edit"
              aria-describedby=${headingId}
              @click=${() => this.onEdit(step.id)}
            >
              ${this.t('caseForm.edit')}
            </button>
          </div>
          ${
            step.kind === 'attachments'
              ? this.attachments.length
                ? html`<ul class="review__files">
                    ${this.attachments.map(
                      file =>
                        html`<li class="review__file">
                          <span class="review__file-name">${file.name}</span>
                          <span class="review__file-size">(${this.localize.bytes(file.size)})</span>
                        </li>`
                    )}
                  </ul>`
                : html`<p class="review__value review__value--empty">${this.t('caseForm.noFiles')}</p>`
              : html`<dl class="review__list">${rows}</dl>`
          }
        </section>`;
      })}
    </div>`;
  }

  private renderDone(created: Case, path: readonly Category[]): TemplateResult {
    const channel = created.channel === 'phone' ? this.t('caseForm.channelPhone') : this.t('caseForm.channelTicket');
    return html`<section part="done" class="done" aria-labelledby="done-title">
      <h3 class="done__title step-title" id="done-title" tabindex="-1">
        ${this.t('caseForm.created', { reference: created.reference })}
      </h3>
      <p class="done__status">${this.t('caseForm.status', { status: created.status.label })}</p>
      <dl class="review__list done__summary">
        <div class="review__row">
          <dt>${this.t('caseForm.reference')}</dt>
          <dd>${created.reference}</dd>
        </div>
        <div class="review__row">
          <dt>${this.t('caseForm.subject')}</dt>
          <dd>${created.subject}</dd>
        </div>
        <div class="review__row">
          <dt>${this.t('caseForm.category')}</dt>
          <dd>${(created.categoryPath.length ? created.categoryPath : path).map(item => item.name).join(' › ')}</dd>
        </div>
        <div class="review__row">
          <dt>${this.t('caseForm.priority')}</dt>
          <dd>${this.t(`priority.${created.priority}`)}</dd>
        </div>
        ${
          created.channel === 'phone' || (this.load.kind === 'ready' && this.load.form.channels.length > 1)
            ? html`<div class="review__row">
                <dt>${this.t('caseForm.channel')}</dt>
                <dd>${channel}</dd>
              </div>`
            : nothing
        }
        <div class="review__row">
          <dt>${this.t('caseForm.createdAt')}</dt>
          <dd>${this.localize.date(created.createdAt)}</dd>
        </div>
      </dl>
      <div class="actions">
        <button type="button" class="primary" @click=${this.onOpenCase}>${this.t('caseForm.viewCase')}</button>
        <button type="button" @click=${this.onCreateAnother}>${this.t('caseForm.createAnother')}</button>
      </div>
    </section>`;
  }

  private renderStepPage(form: FormDefinition, path: readonly Category[], steps: readonly CaseFormStep[]) {
    const index = Math.max(
      0,
      steps.findIndex(item => item.id === this.stepId)
    );
    const step = steps[index]!;
    const review = step.kind === 'review';
    return html`<form
      part="form"
      class="case-form__form"
      data-step=${step.id}
      novalidate
      aria-labelledby="step-title"
      @submit=${this.onSubmit}
    >
      <h3 part="step-title" class="step-title" id="step-title" tabindex="-1">${step.title}</h3>
      ${this.banner ? html`<div part="banner" class="banner" role="alert" tabindex="-1">${this.banner}</div>` : nothing}
      ${
        step.kind === 'route' && path.length
          ? html`<dl class="review__list route__category">
              <div class="review__row">
                <dt>${this.t('caseForm.category')}</dt>
                <dd>${path.map(item => item.name).join(' › ')}</dd>
              </div>
            </dl>`
          : nothing
      }
      ${step.kind === 'route' || step.kind === 'details' ? this.renderFields(form, step) : nothing}
      ${review ? this.renderReview(form, path, steps) : nothing}
      ${this.renderAttachments(form, step.kind === 'attachments')}
      <div class="actions">
        ${
          index > 0
            ? html`<button part="back" type="button" class="back" @click=${this.onBack}>
                ${this.t('common.back')}
              </button>`
            : nothing
        }
        ${
          review
            ? html`<button
                part="submit"
                type="submit"
                class="primary"
                aria-disabled=${this.sending ? 'true' : 'false'}
                aria-busy=${this.sending ? 'true' : 'false'}
              >
                ${this.t(this.sending ? 'caseForm.submitting' : 'caseForm.submit')}
              </button>`
            : html`<button part="next" type="submit" class="primary">${this.t('common.next')}</button>`
        }
      </div>
    </form>`;
  }

  private renderForm(form: FormDefinition, path: readonly Category[]): TemplateResult {
    const steps = this.stepsOf(form);
    const current = this.created
      ? steps.length - 1
      : Math.max(
          0,
          steps.findIndex(step => step.id === this.stepId)
        );
    const emergency = emergencyOf(path);
    return html`<div part="base" class="case-form">
      <header class="case-form__header">
        ${path.length ? html`<p class="case-form__path">${path.map(item => item.name).join(' › ')}</p>` : nothing}
        <h2 class="case-form__title" id="form-title">${form.title}</h2>
        ${form.description ? html`<p class="case-form__description">${form.description}</p>` : nothing}
      </header>
      ${
        emergency && !this.created
          ? html`<div part="emergency" class="emergency" role="note">
              <strong class="emergency__title">${this.t('caseForm.emergencyTitle')}</strong>
              <span>${this.t('caseForm.emergency', { category: emergency.name })}</span>
            </div>`
          : nothing
      }
      ${this.renderDraftNotice()} ${this.renderIndicator(steps, current)}
      ${this.created ? this.renderDone(this.created, path) : this.renderStepPage(form, path, steps)}
    </div>`;
  }

  private renderContent(): TemplateResult {
    const load = this.load;
    switch (load.kind) {
      case 'no-category':
        return this.renderState(this.t('caseForm.noCategory'), false);
      case 'loading':
        return html`<div part="base" class="state" aria-busy="true">
          <p class="state__message" role="status">${this.t('common.loading')}</p>
        </div>`;
      case 'error':
        return this.renderState(this.localize.error(load.error), load.error.reason !== 'no-adapter');
      case 'ready':
        return this.renderForm(load.form, load.path);
    }
  }

  protected override render(): TemplateResult {
    return html`${this.renderContent()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}
