import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { HelpDeskAdapter } from '../../core/adapter.js';
import { draftKey, type DraftStore } from '../../core/drafts/draft.js';
import { isHelpDeskError } from '../../core/errors.js';
import type { FileReference } from '../../core/model/case.js';
import type { AttachmentPolicy } from '../../core/model/form.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { SessionController } from '../../controllers/session-controller.js';
import type { HdAttachmentPicker } from '../attachment-picker/attachment-picker.js';
import type { HdEvent } from '../shared/events.js';
import { baseStyles } from '../shared/base.styles.js';
import { focusIsInside, focusIsNowhere } from '../shared/focus.js';
import { HdElement } from '../shared/hd-element.js';
import { replyComposerStyles } from './reply-composer.styles.js';

/** What stops a reply from being sent before it reaches the backend. */
type Problem = 'required' | 'pending' | undefined;

/** Where focus goes once the next render is on screen. */
type PendingFocus = 'textarea' | 'banner' | 'reply-button' | undefined;

/**
 * "Nueva respuesta" (seed 003): a button that opens a composer with a labelled text box and, when the case's form
 * takes files, the same attachment picker and limits as the case form. "Agregar" sends, "Salir" closes it again.
 *
 * What is typed is kept as a draft (IndexedDB, per backend, user and case), so a reload or a crash brings the unsent
 * reply back, and the composer opens by itself to show it. However often "Agregar" is pressed, or retried after a
 * failure, the backend creates one reply: every send of a draft carries the draft's idempotency key, and a new key
 * is made only after success. A failure keeps everything typed and says so in an alert that takes focus.
 *
 * @tag hd-reply-composer
 * @summary The reply composer of a case: text, attachments, drafts that survive a reload, one reply per draft.
 *
 * @dependency hd-attachment-picker
 *
 * @fires hd-comment-added - The reply was added. Detail: `{ caseId, comment }`.
 * @fires hd-sign-in-required - The session ended while replying; the draft is kept. Detail: `{ reason: 'session-expired' }`.
 * @fires hd-error - Sending failed; the message is already shown. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart reply-button - The "Nueva respuesta" button that opens the composer.
 * @csspart composer - The composer's form.
 * @csspart textarea - The text box of the reply.
 * @csspart picker - The attachment picker.
 * @csspart add-button - The "Agregar" button that sends the reply.
 * @csspart exit-button - The "Salir" button that closes the composer, keeping the draft.
 * @csspart banner - The alert shown when sending failed, with its retry button.
 *
 * @cssprop [--composer-background=var(--hd-color-surface)] - Background of the open composer.
 * @cssprop [--composer-border-color=var(--hd-color-border)] - Border of the open composer.
 * @cssprop [--composer-padding=var(--hd-space)] - Space inside the open composer.
 * @cssprop [--composer-radius=var(--hd-radius)] - Corner radius of the composer and its banner.
 * @cssprop [--textarea-min-height=8rem] - Smallest height of the text box.
 * @cssprop [--banner-color=var(--hd-color-danger)] - Text and border of the failure banner.
 */
export class HdReplyComposer extends HdElement {
  static override styles = [baseStyles, replyComposerStyles];

  private readonly session = new SessionController(this, this.configuration);
  /** One draft controller per case and backend; made when both are known. */
  private drafts: DraftController | undefined;
  private draftsFor: { adapter: HelpDeskAdapter; caseId: string } | undefined;
  private pendingFocus: PendingFocus;
  /** Set while a send is in flight: a second press of "Agregar" does nothing. */
  private inFlight = false;

  @query('textarea') private textarea!: HTMLTextAreaElement | null;
  @query('.reply-button') private replyButton!: HTMLButtonElement | null;
  @query('hd-attachment-picker') private picker!: HdAttachmentPicker | null;

  @state() private sending = false;
  @state() private problem: Problem;
  @state() private failure: unknown;
  @state() private restoredNotice = false;
  @state() private announcement = '';

  /** The case the reply is for. */
  @property({ attribute: 'case-id', reflect: true }) caseId = '';

  /**
   * The attachment limits, normally the case form's policy. `null` means the case takes no files (no picker);
   * `undefined` uses the picker's default policy.
   */
  @property({ attribute: false }) policy: AttachmentPolicy | null | undefined;

  /** Whether the composer is open (the "Nueva respuesta" button opens it). */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Where drafts are kept; IndexedDB by default. Set it before the element first renders. */
  @property({ attribute: false }) draftStore: DraftStore | undefined;

  /** The text typed so far. */
  get body(): string {
    const body = this.drafts?.draft.values['body'];
    return typeof body === 'string' ? body : '';
  }

  /** Focuses the text box when the composer is open, else the "Nueva respuesta" button. */
  override focus(options?: FocusOptions): void {
    const target = this.open ? this.textarea : this.replyButton;
    if (target) target.focus(options);
    else super.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inFlight = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const adapter = this.configuration.config?.adapter;
    const current = this.draftsFor;
    if (adapter && this.caseId && (current?.adapter !== adapter || current.caseId !== this.caseId)) {
      this.useDrafts(adapter, this.caseId);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    void this.restoreDraft();
    const pending = this.pendingFocus;
    if (!pending) return;
    this.pendingFocus = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (pending === 'textarea') this.textarea?.focus();
    else if (pending === 'banner') root.querySelector<HTMLElement>('.banner')?.focus();
    else this.replyButton?.focus();
  }

  /** Switches to the draft of another case (or backend), keeping the previous one stored. */
  private useDrafts(adapter: HelpDeskAdapter, caseId: string): void {
    const previous = this.drafts;
    if (previous) {
      // Writes what is pending and stops listening, as if the old draft's host had left the page.
      previous.hostDisconnected();
      this.removeController(previous);
    }
    const subject = `reply:${caseId}`;
    this.draftsFor = { adapter, caseId };
    this.drafts = new DraftController(this, {
      key: () => {
        const userId = this.session.session?.user.id;
        return userId ? draftKey({ adapter: adapter.name, userId, subject }) : undefined;
      },
      ...(this.draftStore ? { store: this.draftStore } : {})
    });
    this.restoredNotice = false;
    this.problem = undefined;
    this.failure = undefined;
  }

  /** Loads the stored draft once its key is known (after the session answered); opens the composer to show it. */
  private async restoreDraft(): Promise<void> {
    const drafts = this.drafts;
    if (!drafts) return;
    const wasRestored = drafts.restored;
    const restored = await drafts.restore();
    if (drafts !== this.drafts || !restored || wasRestored) return;
    this.restoredNotice = true;
    this.open = true;
  }

  private show(): void {
    this.open = true;
    this.pendingFocus = 'textarea';
  }

  private exit(): void {
    void this.drafts?.flush();
    this.open = false;
    this.problem = undefined;
    this.pendingFocus = 'reply-button';
  }

  private onInput(event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.drafts?.update({ values: { ...this.drafts.draft.values, body: value } });
    if (this.problem === 'required' && value.trim()) this.problem = undefined;
    this.requestUpdate();
  }

  private onKeydown(event: KeyboardEvent): void {
    // Ctrl+Enter (Cmd+Enter on a Mac) sends, as in most mail and chat tools; Enter alone makes a new line.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.send();
    }
  }

  private onAttachmentsChange(event: HdEvent<'hd-attachments-change'>): void {
    // The picker's own event goes on to the page (it is composed); here it only keeps the draft current.
    this.drafts?.update({ attachments: event.detail.references });
    if (!event.detail.pending && this.problem === 'pending') this.problem = undefined;
    if (this.problem === 'required' && event.detail.references.length) this.problem = undefined;
    this.requestUpdate();
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.send();
  }

  private async discardDraft(): Promise<void> {
    await this.drafts?.discard();
    this.restoredNotice = false;
    this.failure = undefined;
    this.problem = undefined;
    this.announce(this.localize.t('reply.discarded'));
    this.pendingFocus = 'textarea';
  }

  /** Sends the reply; a send already in flight makes this do nothing. */
  private async send(): Promise<void> {
    const drafts = this.drafts;
    const adapter = this.configuration.config?.adapter;
    if (this.inFlight || !drafts || !adapter) return;
    const body = this.body;
    const attachments: FileReference[] = drafts.draft.attachments;
    if (this.picker?.pending) {
      this.problem = 'pending';
      this.announce(this.localize.t('reply.pending'));
      return;
    }
    if (!body.trim() && attachments.length === 0) {
      this.problem = 'required';
      this.pendingFocus = 'textarea';
      return;
    }
    const caseId = this.caseId;
    this.problem = undefined;
    this.inFlight = true;
    this.sending = true;
    this.announce(this.localize.t('reply.adding'));
    try {
      const comment = await adapter.addComment(
        caseId,
        { body, bodyFormat: 'text', attachments },
        { idempotencyKey: drafts.draft.idempotencyKey }
      );
      // The reply exists: its draft (and key) is done with. A later reply starts a new draft with a new key.
      await drafts.discard();
      this.failure = undefined;
      this.restoredNotice = false;
      this.open = false;
      const focusWasInside = focusIsInside(this);
      await this.updateComplete;
      if (focusWasInside || focusIsNowhere()) this.replyButton?.focus();
      this.emit('hd-comment-added', { caseId, comment });
    } catch (error: unknown) {
      this.failure = error;
      this.pendingFocus = 'banner';
      await drafts.flush();
      const message = this.localize.error(error);
      this.announce('');
      this.emit('hd-error', { code: isHelpDeskError(error) ? error.code : 'server', message });
      if (isHelpDeskError(error, 'unauthorized')) {
        this.session.noticeError(error);
        this.emit('hd-sign-in-required', { reason: 'session-expired' });
      }
    } finally {
      this.inFlight = false;
      this.sending = false;
    }
  }

  private announce(message: string): void {
    // Clearing first makes a screen reader read the same sentence again when it repeats.
    this.announcement = '';
    if (!message) return;
    requestAnimationFrame(() => {
      this.announcement = message;
    });
  }

  private renderProblem() {
    if (!this.problem) return nothing;
    const key = this.problem === 'required' ? 'reply.required' : 'reply.pending';
    return html`<p id="problem" class="problem error">${this.localize.t(key)}</p>`;
  }

  protected override render() {
    const t = this.localize.t.bind(this.localize);
    const failure = this.failure;
    const attachments = this.drafts?.draft.attachments ?? [];
    return html`
      <div part="base" class="base">
        ${
          this.open
            ? nothing
            : html`<button type="button" part="reply-button" class="reply-button primary" @click=${this.show}>
                ${t('reply.new')}
              </button>`
        }
        <form
          part="composer"
          class="composer"
          aria-labelledby="title"
          novalidate
          ?hidden=${!this.open}
          @submit=${this.onSubmit}
        >
          <h3 id="title" class="title">${t('reply.new')}</h3>
          ${
            this.restoredNotice
              ? html`<p class="restored">
                  ${t('reply.restored')}
                  <button type="button" class="discard-button" @click=${this.discardDraft}>
                    ${t('reply.discard')}
                  </button>
                </p>`
              : nothing
          }
          ${
            failure
              ? html`<div part="banner" class="banner" role="alert" tabindex="-1">
                  <span class="banner-text">${t('reply.failed', { reason: this.localize.error(failure) })}</span>
                  <button type="button" class="retry-button" @click=${this.send}>${t('common.retry')}</button>
                </div>`
              : nothing
          }
          <label class="label" for="body">${t('reply.label')}</label>
          <textarea
            id="body"
            part="textarea"
            rows="6"
            aria-invalid=${this.problem === 'required' ? 'true' : 'false'}
            aria-describedby=${this.problem ? 'problem' : nothing}
            .value=${live(this.body)}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
          ></textarea>
          ${this.problem === 'required' ? this.renderProblem() : nothing}
          ${
            this.policy === null
              ? nothing
              : html`<hd-attachment-picker
                  part="picker"
                  lang=${this.localize.locale}
                  .policy=${this.policy}
                  .value=${attachments}
                  ?disabled=${this.sending}
                  @hd-attachments-change=${this.onAttachmentsChange}
                ></hd-attachment-picker>`
          }
          ${this.problem === 'pending' ? this.renderProblem() : nothing}
          <div class="actions">
            <button
              type="submit"
              part="add-button"
              class="add-button primary"
              aria-disabled=${this.sending ? 'true' : 'false'}
            >
              ${this.sending ? t('reply.adding') : t('reply.add')}
            </button>
            <button type="button" part="exit-button" class="exit-button" @click=${this.exit}>${t('reply.exit')}</button>
          </div>
        </form>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }
}
