import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { HelpDeskAdapter, HelpDeskChange, Unsubscribe } from '../../core/adapter.js';
import type { Capabilities } from '../../core/capabilities.js';
import { HelpDeskError, isHelpDeskError } from '../../core/errors.js';
import type { Case, Comment } from '../../core/model/case.js';
import type { AttachmentPolicy } from '../../core/model/form.js';
import type { HdReplyComposer } from '../reply-composer/reply-composer.js';
import type { HdEvent } from '../shared/events.js';
import { baseStyles } from '../shared/base.styles.js';
import { focusIsInside, focusIsNowhere } from '../shared/focus.js';
import { HdElement } from '../shared/hd-element.js';
import { caseDetailStyles } from './case-detail.styles.js';
import { renderCaseHeader } from './case-header.js';
import { descriptionHtml, renderOriginal, renderThread, toEntries, toEntry, type ThreadEntry } from './thread.js';

type ViewState = 'idle' | 'loading' | 'ready' | 'not-found' | 'unauthorized' | 'error';

export type ThreadOrder = 'newest-first' | 'oldest-first';

/** Where focus goes once the next render is on screen. */
type PendingFocus =
  | { kind: 'heading' }
  | { kind: 'retry' }
  | { kind: 'comment'; id: string }
  | { kind: 'banner' }
  | { kind: 'closed' }
  | { kind: 'composer' }
  | { kind: 'load-more' }
  | undefined;

/** Pushes about this case arrive in pairs (comment added, case updated): one refresh answers both. */
const LIVE_DELAY_MS = 60;
/** A thread in `oldest-first` order fetches at most this many pages to reach its end before adding a new reply. */
const MAX_CATCH_UP_PAGES = 20;

/**
 * One case, as the customer follows it (seed 003, "Tickets de mi empresa"): a header with its reference, subject,
 * status, priority, category, dates and requester; the original message, locked once sent, with its attachments;
 * the thread of customer, agent and system messages, newest first by default; and "Nueva respuesta", the reply
 * composer (`hd-reply-composer`) with the case form's attachment limits and drafts that survive a reload.
 *
 * Agent replies in HTML are sanitized (DOMPurify, loaded on demand) before they are shown; text is shown as text.
 * The customer can close the case (after confirming) and reopen it where the backend allows; a closed case takes no
 * replies until it is reopened. Replies and status changes from the support side appear live, without losing what
 * is being typed, and are announced.
 *
 * @tag hd-case-detail
 * @summary A case with its header, locked original message, thread and reply composer.
 *
 * @dependency hd-reply-composer
 *
 * @fires hd-comment-added - The customer's reply was added (fired by the composer inside). Detail: `{ caseId, comment }`.
 * @fires hd-sign-in-required - The backend wants a session before showing the case (`signed-out`) or a reply found the session ended (`session-expired`). Detail: `{ reason }`.
 * @fires hd-error - Loading the case or an action on it failed; the message is already shown. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - The case's header: reference, subject, facts and actions.
 * @csspart reference - The case's reference, such as `TK-00012-B2K8P0`.
 * @csspart status - The status badge (a shape and the label).
 * @csspart close-button - The "Cerrar caso" button.
 * @csspart reopen-button - The "Reabrir" button.
 * @csspart original - The locked original message.
 * @csspart attachments - A list of attachments (of the original message or of a comment).
 * @csspart thread - The list of messages.
 * @csspart comment - One message of the thread.
 * @csspart comment-author - The author's name of a message.
 * @csspart comment-body - The text of a message.
 * @csspart load-more - The "Ver mensajes anteriores" button.
 * @csspart composer - The reply composer's form (from `hd-reply-composer`).
 * @csspart reply-button - The "Nueva respuesta" button (from `hd-reply-composer`).
 * @csspart closed-notice - The "Este caso está cerrado" notice.
 * @csspart banner - The alert shown when closing, reopening or paging failed.
 * @csspart dialog - The close confirmation dialog.
 * @csspart retry-button - The button that loads the case again after an error.
 *
 * @cssprop [--detail-gap=var(--hd-space)] - Space between the header, the original message and the thread.
 * @cssprop [--message-padding=var(--hd-space)] - Space inside a message.
 * @cssprop [--message-radius=var(--hd-radius)] - Corner radius of messages.
 * @cssprop [--message-border-color=var(--hd-color-border)] - Border of messages.
 * @cssprop [--customer-accent=var(--hd-color-brand)] - Side stripe and role badge of customer messages.
 * @cssprop [--agent-accent=var(--hd-color-success)] - Side stripe and role badge of support-team messages.
 * @cssprop [--system-accent=var(--hd-color-text-muted)] - Side stripe and role badge of system messages.
 * @cssprop [--original-background=var(--hd-color-surface-alt)] - Background of the locked original message.
 * @cssprop [--status-radius=999px] - Corner radius of the status badge.
 */
export class HdCaseDetail extends HdElement {
  static override styles = [baseStyles, caseDetailStyles];

  /** What the current (or last) full load was for; a change of any of them loads again. */
  private loadedFor: { adapter: HelpDeskAdapter; caseId: string; order: ThreadOrder; pageSize: number } | undefined;
  private loadAbort: AbortController | undefined;
  private refreshAbort: AbortController | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  private subscribedTo: HelpDeskAdapter | undefined;
  private unsubscribe: Unsubscribe | undefined;
  private pendingFocus: PendingFocus;
  /** The button that opened the close dialog, to give focus back to on cancel. */
  private closeTrigger: HTMLElement | undefined;

  @query('.dialog') private dialog!: HTMLDialogElement | null;
  @query('hd-reply-composer') private composer!: HdReplyComposer | null;

  @state() private view: ViewState = 'idle';
  @state() private current: Case | undefined;
  @state() private safeDescription: string | undefined;
  @state() private entries: readonly ThreadEntry[] = [];
  @state() private nextCursor: string | null = null;
  @state() private capabilities: Capabilities | undefined;
  /** The case form's attachment policy; `null` when it takes no files, `undefined` when unknown (default policy). */
  @state() private policy: AttachmentPolicy | null | undefined;
  @state() private loadError: unknown;
  @state() private actionError: unknown;
  @state() private busy: 'more' | 'close' | 'reopen' | undefined;
  @state() private confirmingClose = false;
  @state() private announcement = '';

  /** The id of the case to show (`getCase(id)`). */
  @property({ attribute: 'case-id', reflect: true }) caseId = '';

  /** The thread's order: `newest-first` (default, seed 003) or `oldest-first`. */
  @property({ reflect: true }) order: ThreadOrder = 'newest-first';

  /** How many messages are fetched at a time; "Ver mensajes anteriores" fetches the next ones. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /**
   * Seconds between checks for new messages when the backend cannot push changes (`liveUpdates: false`); `0` turns
   * polling off. Nothing is fetched while the page is hidden.
   */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 30;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: the next update listens to the adapter again and loads what was cut short.
    this.requestUpdate();
    if (this.view === 'ready' && this.capabilities) {
      this.startPolling(this.capabilities);
      // Changes made while it was away were not pushed to it.
      void this.refresh();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening();
    this.stopPolling();
    clearTimeout(this.refreshTimer);
    this.refreshAbort?.abort();
    if (this.view === 'loading') {
      this.loadAbort?.abort();
      this.loadedFor = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.isConnected) return;
    const adapter = this.configuration.config?.adapter;
    if (adapter !== this.subscribedTo) this.listen(adapter);
    if (!adapter) {
      if (this.view !== 'error' || !isHelpDeskError(this.loadError, 'unsupported')) {
        this.loadAbort?.abort();
        this.loadedFor = undefined;
        this.view = 'error';
        this.loadError = new HelpDeskError('unsupported', 'No help desk adapter is configured.', {
          reason: 'no-adapter'
        });
      }
      return;
    }
    if (!this.caseId) {
      this.loadAbort?.abort();
      this.loadedFor = undefined;
      this.view = 'idle';
      this.current = undefined;
      return;
    }
    const wanted = this.loadedFor;
    if (
      !wanted ||
      wanted.adapter !== adapter ||
      wanted.caseId !== this.caseId ||
      wanted.order !== this.order ||
      wanted.pageSize !== this.pageSize
    ) {
      void this.load(adapter);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const pending = this.pendingFocus;
    if (!pending) return;
    this.pendingFocus = undefined;
    const root = this.renderRoot as ShadowRoot;
    const target: HTMLElement | null | undefined = {
      heading: () => root.querySelector<HTMLElement>('.subject'),
      retry: () => root.querySelector<HTMLElement>('.retry-button'),
      comment: () =>
        pending.kind === 'comment'
          ? root.querySelector<HTMLElement>(`[data-comment-id="${CSS.escape(pending.id)}"]`)
          : null,
      banner: () => root.querySelector<HTMLElement>('.banner'),
      closed: () =>
        root.querySelector<HTMLElement>('.reopen-button') ?? root.querySelector<HTMLElement>('.closed-notice'),
      composer: () => this.composer,
      'load-more': () => root.querySelector<HTMLElement>('.load-more')
    }[pending.kind]();
    target?.focus();
  }

  // ----- loading -----

  private get pageQuery() {
    return { order: this.order, size: this.pageSize };
  }

  private async load(adapter: HelpDeskAdapter): Promise<void> {
    this.loadAbort?.abort();
    this.refreshAbort?.abort();
    const abort = new AbortController();
    this.loadAbort = abort;
    const caseId = this.caseId;
    const signal = abort.signal;
    this.loadedFor = { adapter, caseId, order: this.order, pageSize: this.pageSize };
    const sameCase = this.current?.id === caseId && this.view === 'ready';
    const focusWasInside = focusIsInside(this);
    if (!sameCase) {
      this.view = 'loading';
      this.current = undefined;
      this.announce(this.localize.t('caseDetail.loading'));
    }
    this.loadError = undefined;
    this.actionError = undefined;
    try {
      const [found, capabilities, page] = await Promise.all([
        adapter.getCase(caseId, { signal }),
        adapter.capabilities({ signal }),
        adapter.listComments(caseId, this.pageQuery, { signal })
      ]);
      const [safeDescription, entries, policy] = await Promise.all([
        descriptionHtml(found),
        toEntries(page.items),
        this.policyOf(adapter, found, signal)
      ]);
      if (signal.aborted) return;
      this.current = found;
      this.safeDescription = safeDescription;
      this.entries = entries;
      this.nextCursor = page.nextCursor;
      this.capabilities = capabilities;
      this.policy = policy;
      this.view = 'ready';
      this.startPolling(capabilities);
      if (!sameCase) {
        this.announce(this.localize.t('caseDetail.loaded', { reference: found.reference, status: found.status.label }));
        if (focusWasInside || focusIsInside(this)) this.pendingFocus = { kind: 'heading' };
      }
    } catch (error: unknown) {
      if (signal.aborted) return;
      this.fail(error, focusWasInside);
    }
  }

  private fail(error: unknown, focusWasInside: boolean): void {
    this.loadError = error;
    this.current = undefined;
    if (isHelpDeskError(error, 'not-found')) {
      this.view = 'not-found';
      this.announce(this.localize.t('caseDetail.notFound'));
      return;
    }
    if (isHelpDeskError(error, 'unauthorized')) {
      this.view = 'unauthorized';
      this.announce(this.localize.t('error.unauthorized'));
      this.emit('hd-sign-in-required', { reason: 'signed-out' });
      return;
    }
    this.view = 'error';
    const message = this.localize.error(error);
    this.announce(message);
    if (focusWasInside || focusIsInside(this) || focusIsNowhere()) this.pendingFocus = { kind: 'retry' };
    this.emit('hd-error', { code: isHelpDeskError(error) ? error.code : 'server', message });
  }

  /** The attachment policy of the form the case was opened with; the default policy when the backend cannot say. */
  private async policyOf(
    adapter: HelpDeskAdapter,
    item: Case,
    signal: AbortSignal
  ): Promise<AttachmentPolicy | null | undefined> {
    const categoryId = item.categoryPath.at(-1)?.id;
    if (!categoryId) return undefined;
    try {
      return (await adapter.getForm(categoryId, { signal })).attachments;
    } catch {
      return undefined;
    }
  }

  private retry(): void {
    this.loadedFor = undefined;
    this.requestUpdate();
  }

  // ----- live updates -----

  private listen(adapter: HelpDeskAdapter | undefined): void {
    this.stopListening();
    this.subscribedTo = adapter;
    this.unsubscribe = adapter?.subscribe(change => this.onChange(change));
  }

  private stopListening(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = undefined;
  }

  /** Backends that cannot push are asked again now and then, but never while the page is hidden. */
  private startPolling(capabilities: Capabilities): void {
    this.stopPolling();
    if (capabilities.liveUpdates || !(this.pollInterval > 0)) return;
    this.pollTimer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void this.refresh();
    }, this.pollInterval * 1000);
  }

  private stopPolling(): void {
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
  }

  private onChange(change: HelpDeskChange): void {
    if (change.type === 'session-changed') {
      // Signed in (or out) somewhere on the page: a case that needed a session can load now.
      if (this.view !== 'ready') this.retry();
      return;
    }
    if (change.caseId !== this.caseId || (change.type !== 'comment-added' && change.type !== 'case-updated')) return;
    if (this.view !== 'ready') return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), LIVE_DELAY_MS);
  }

  /**
   * Fetches the case and the newest messages again and merges what is new, without touching the composer (what is
   * being typed stays). New support replies and status changes are announced.
   */
  private async refresh(options: { quiet?: boolean } = {}): Promise<void> {
    const adapter = this.loadedFor?.adapter;
    const before = this.current;
    if (!adapter || !before || this.view !== 'ready') return;
    this.refreshAbort?.abort();
    const abort = new AbortController();
    this.refreshAbort = abort;
    const signal = abort.signal;
    try {
      const [found, page] = await Promise.all([
        adapter.getCase(before.id, { signal }),
        adapter.listComments(before.id, { order: 'newest-first', size: this.pageSize }, { signal })
      ]);
      const known = new Set(this.entries.map(entry => entry.comment.id));
      const unseen = await toEntries(page.items.filter(comment => !known.has(comment.id)));
      const safeDescription =
        found.description === before.description ? this.safeDescription : await descriptionHtml(found);
      if (signal.aborted || this.current?.id !== found.id) return;
      this.current = found;
      this.safeDescription = safeDescription;
      this.mergeNewest(unseen, page.items.length, page.nextCursor);

      if (options.quiet) return;
      const fromSupport = unseen.filter(entry => entry.comment.author.role !== 'customer');
      if (fromSupport.length) this.announce(this.localize.t('caseDetail.newReply'));
      else if (found.status.id !== before.status.id) {
        this.announce(this.localize.t('caseDetail.statusChanged', { status: found.status.label }));
      }
    } catch (error: unknown) {
      // A live refresh that fails leaves what is on screen; the next push or a reload tries again.
      if (signal.aborted) return;
      if (isHelpDeskError(error, 'not-found')) this.fail(error, focusIsInside(this));
    }
  }

  /**
   * Adds comments newer than everything shown (`unseen`, newest first) in the right place for the order. When the
   * whole newest page was new there may be a gap before what is shown, so the thread starts again from that page.
   */
  private mergeNewest(unseen: ThreadEntry[], pageLength: number, pageCursor: string | null): void {
    const fresh = this.withoutKnown(unseen);
    if (fresh.length === 0) return;
    if (this.order === 'newest-first') {
      if (fresh.length === pageLength && pageCursor !== null) {
        this.entries = fresh;
        this.nextCursor = pageCursor;
      } else {
        this.entries = [...fresh, ...this.entries];
      }
    } else if (this.nextCursor === null) {
      // Oldest first, and the end of the thread is on screen: the new ones go after it. Otherwise they come with
      // the following pages.
      this.entries = [...this.entries, ...[...fresh].reverse()];
    }
  }

  private withoutKnown(entries: readonly ThreadEntry[]): ThreadEntry[] {
    const known = new Set(this.entries.map(entry => entry.comment.id));
    return entries.filter(entry => !known.has(entry.comment.id));
  }

  // ----- the customer's reply -----

  private async onCommentAdded(event: HdEvent<'hd-comment-added'>): Promise<void> {
    const { caseId, comment } = event.detail;
    if (caseId !== this.current?.id) return;
    const statusBefore = this.current.status.id;
    await this.show(comment);
    // The case moved (status, updated time): fetch it now rather than wait for a push the backend may not send.
    clearTimeout(this.refreshTimer);
    await this.refresh({ quiet: true });
    const status = this.current?.status;
    const messages = [this.localize.t('caseDetail.replyAdded')];
    if (status && status.id !== statusBefore) {
      messages.push(this.localize.t('caseDetail.statusChanged', { status: status.label }));
    }
    this.announce(messages.join(' '));
  }

  /** Puts one comment in the thread (unless it is there already) and moves focus to it. */
  private async show(comment: Comment): Promise<void> {
    const entry = await toEntry(comment);
    if (this.order === 'oldest-first') await this.catchUp();
    if (!this.entries.some(existing => existing.comment.id === comment.id)) {
      this.entries = this.order === 'newest-first' ? [entry, ...this.entries] : [...this.entries, entry];
    }
    this.pendingFocus = { kind: 'comment', id: comment.id };
    this.requestUpdate();
  }

  /** In oldest-first order, fetches the pages not shown yet, so a new comment can go at the real end. */
  private async catchUp(): Promise<void> {
    const adapter = this.loadedFor?.adapter;
    const caseId = this.current?.id;
    if (!adapter || !caseId) return;
    for (let page = 0; this.nextCursor !== null && page < MAX_CATCH_UP_PAGES; page++) {
      try {
        const next = await adapter.listComments(caseId, { ...this.pageQuery, cursor: this.nextCursor });
        this.entries = [...this.entries, ...this.withoutKnown(await toEntries(next.items))];
        this.nextCursor = next.nextCursor;
      } catch {
        return;
      }
    }
  }

  // ----- paging -----

  private async loadMore(): Promise<void> {
    const adapter = this.loadedFor?.adapter;
    const caseId = this.current?.id;
    const cursor = this.nextCursor;
    if (!adapter || !caseId || cursor === null || this.busy) return;
    this.busy = 'more';
    this.actionError = undefined;
    try {
      const page = await adapter.listComments(caseId, { ...this.pageQuery, cursor });
      const added = this.withoutKnown(await toEntries(page.items));
      if (this.current?.id !== caseId) return;
      this.entries = [...this.entries, ...added];
      this.nextCursor = page.nextCursor;
      this.announce(this.localize.t('caseDetail.loadedMore', { count: added.length }));
      const first = added[0];
      // Focus goes to the first message just shown, so reading goes on from there.
      this.pendingFocus = first ? { kind: 'comment', id: first.comment.id } : { kind: 'load-more' };
    } catch (error: unknown) {
      this.actionFailed(error);
    } finally {
      this.busy = undefined;
    }
  }

  // ----- close and reopen -----

  private askClose(event: Event): void {
    this.closeTrigger = event.currentTarget as HTMLElement;
    this.confirmingClose = true;
    void this.updateComplete.then(() => {
      if (!this.dialog || this.dialog.open) return;
      this.dialog.showModal();
      // The safe choice gets focus first: a case is closed only on purpose.
      this.dialog.querySelector<HTMLElement>('.dialog-cancel')?.focus();
    });
  }

  private cancelClose(): void {
    this.dialog?.close();
  }

  /** The dialog closed: by Escape or Cancel while still confirming. Focus goes back to "Cerrar caso". */
  private onDialogClose(): void {
    if (!this.confirmingClose) return;
    this.confirmingClose = false;
    const trigger = this.closeTrigger;
    this.closeTrigger = undefined;
    trigger?.focus();
  }

  private async confirmClose(): Promise<void> {
    // Cleared before closing, so the dialog's `close` event does not take this for a cancel.
    this.confirmingClose = false;
    this.closeTrigger = undefined;
    this.dialog?.close();
    await this.move('close');
  }

  private async move(action: 'close' | 'reopen'): Promise<void> {
    const adapter = this.loadedFor?.adapter;
    const item = this.current;
    if (!adapter || !item || this.busy) return;
    this.busy = action;
    this.actionError = undefined;
    try {
      const moved = action === 'close' ? await adapter.closeCase(item.id) : await adapter.reopenCase(item.id);
      if (this.current?.id !== moved.id) return;
      this.current = moved;
      this.announce(this.localize.t(action === 'close' ? 'caseDetail.closedDone' : 'caseDetail.reopened'));
      this.pendingFocus = action === 'close' ? { kind: 'closed' } : { kind: 'composer' };
    } catch (error: unknown) {
      this.actionFailed(error);
    } finally {
      this.busy = undefined;
    }
  }

  private actionFailed(error: unknown): void {
    this.actionError = error;
    this.pendingFocus = { kind: 'banner' };
    const message = this.localize.error(error);
    this.emit('hd-error', { code: isHelpDeskError(error) ? error.code : 'server', message });
    if (isHelpDeskError(error, 'unauthorized')) this.emit('hd-sign-in-required', { reason: 'session-expired' });
  }

  // ----- helpers -----

  private announce(message: string): void {
    // Clearing first makes a screen reader read the same sentence again when it repeats.
    this.announcement = '';
    requestAnimationFrame(() => {
      this.announcement = message;
    });
  }

  private get isClosed(): boolean {
    return this.current?.status.category === 'closed';
  }

  // ----- rendering -----

  private renderActions(item: Case): TemplateResult | typeof nothing {
    const cases = this.capabilities?.cases;
    const canClose = Boolean(cases?.close) && !this.isClosed;
    const canReopen = Boolean(cases?.reopen) && (this.isClosed || item.status.category === 'resolved');
    if (!canClose && !canReopen) return nothing;
    return html`<div class="actions">
      ${
        canClose
          ? html`<button
              type="button"
              part="close-button"
              class="close-button"
              aria-haspopup="dialog"
              aria-disabled=${this.busy === 'close' ? 'true' : 'false'}
              @click=${this.askClose}
            >
              ${this.localize.t('caseDetail.close')}
            </button>`
          : nothing
      }
      ${
        canReopen && !this.isClosed
          ? html`<button type="button" part="reopen-button" class="reopen-button" @click=${() => this.move('reopen')}>
              ${this.localize.t('caseDetail.reopen')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderClosedNotice(): TemplateResult {
    const canReopen = Boolean(this.capabilities?.cases.reopen);
    return html`<div part="closed-notice" class="closed-notice" tabindex="-1">
      <p class="closed-text">
        <span aria-hidden="true">■</span>
        ${this.localize.t('caseDetail.closed')} ${canReopen ? this.localize.t('caseDetail.closedReopen') : nothing}
      </p>
      ${
        canReopen
          ? html`<button
              type="button"
              part="reopen-button"
              class="reopen-button primary"
              aria-disabled=${this.busy === 'reopen' ? 'true' : 'false'}
              @click=${() => this.move('reopen')}
            >
              ${this.localize.t('caseDetail.reopen')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderReply(item: Case): TemplateResult | typeof nothing {
    if (this.isClosed) return this.renderClosedNotice();
    if (!this.capabilities?.cases.reply) return nothing;
    // `lang` passes the locale on: an element inside a shadow root cannot find the page's `lang` by itself.
    return html`<hd-reply-composer
      class="reply"
      case-id=${item.id}
      lang=${this.localize.locale}
      exportparts="composer, reply-button, textarea: composer-textarea, picker: composer-picker, add-button: composer-add-button, exit-button: composer-exit-button, banner: composer-banner"
      .policy=${this.policy}
      @hd-comment-added=${this.onCommentAdded}
    ></hd-reply-composer>`;
  }

  private renderBanner(): TemplateResult | typeof nothing {
    if (!this.actionError) return nothing;
    return html`<div part="banner" class="banner" role="alert" tabindex="-1">
      ${this.localize.t('caseDetail.actionFailed', { reason: this.localize.error(this.actionError) })}
    </div>`;
  }

  private renderReady(item: Case): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const reply = this.renderReply(item);
    const newestFirst = this.order === 'newest-first';
    return html`
      ${renderCaseHeader(this.localize, item, this.renderActions(item))} ${this.renderBanner()}
      ${renderOriginal(this.localize, item, this.safeDescription)} ${newestFirst ? reply : nothing}
      <section class="thread-section" aria-labelledby="thread-title">
        <h3 id="thread-title" class="section-title">${t('caseDetail.thread')}</h3>
        ${renderThread(this.localize, this.entries, this.order)}
        ${
          this.nextCursor !== null
            ? html`<button
                type="button"
                part="load-more"
                class="load-more"
                aria-disabled=${this.busy === 'more' ? 'true' : 'false'}
                @click=${this.loadMore}
              >
                ${this.busy === 'more' ? t('common.loading') : t(newestFirst ? 'caseDetail.loadOlder' : 'caseDetail.loadNewer')}
              </button>`
            : nothing
        }
      </section>
      ${newestFirst ? nothing : reply}
    `;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const t = this.localize.t.bind(this.localize);
    switch (this.view) {
      case 'ready':
        return this.current ? this.renderReady(this.current) : nothing;
      case 'loading':
        return html`<p class="state state--loading">${t('caseDetail.loading')}</p>`;
      case 'not-found':
        return html`<p class="state state--not-found">${t('caseDetail.notFound')}</p>`;
      case 'unauthorized':
        return html`<p class="state state--unauthorized">${t('error.unauthorized')}</p>`;
      case 'error':
        return html`<div class="state state--error">
          <p class="error">${this.localize.error(this.loadError)}</p>
          <button type="button" part="retry-button" class="retry-button primary" @click=${this.retry}>
            ${t('common.retry')}
          </button>
        </div>`;
      default:
        return html`<p class="state state--idle">${t('caseDetail.noCase')}</p>`;
    }
  }

  protected override render() {
    const t = this.localize.t.bind(this.localize);
    const item = this.current;
    return html`
      <article
        part="base"
        class="base"
        aria-busy=${this.view === 'loading' ? 'true' : 'false'}
        aria-label=${item ? t('caseDetail.label', { reference: item.reference }) : nothing}
      >
        ${this.renderBody()}
      </article>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <dialog
        part="dialog"
        class="dialog"
        aria-labelledby="dialog-title"
        aria-describedby="dialog-text"
        @close=${this.onDialogClose}
      >
        ${
          this.confirmingClose
            ? html`<h2 class="dialog-title" id="dialog-title">${t('caseDetail.closeTitle')}</h2>
                <p id="dialog-text">
                  ${t(this.capabilities?.cases.reopen ? 'caseDetail.closeText' : 'caseDetail.closeTextFinal')}
                </p>
                <div class="dialog-actions">
                  <button type="button" class="dialog-cancel" @click=${this.cancelClose}>${t('common.cancel')}</button>
                  <button type="button" class="dialog-confirm primary" @click=${this.confirmClose}>
                    ${t('caseDetail.closeYes')}
                  </button>
                </div>`
            : nothing
        }
      </dialog>
    `;
  }
}
