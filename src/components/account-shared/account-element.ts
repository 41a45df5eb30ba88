import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { capabilitiesCache } from '../../controllers/capabilities-cache.js';
import type { HelpDeskAdapter } from '../../core/adapter.js';
import type { Capabilities, FlowSupport } from '../../core/capabilities.js';
import { HelpDeskError, isHelpDeskError, toHelpDeskError } from '../../core/errors.js';
import type { HdView } from '../shared/events.js';
import { HdElement } from '../shared/hd-element.js';
import { looksLikeEmail } from './fields.js';

/** One `capabilities()` call per adapter for the whole page: the menu, the login and the forms ask the same thing. */
const capabilitiesOf = capabilitiesCache();

/** Which account flow of `capabilities().accounts` a view stands for. */
export type AccountFlow = keyof Omit<Capabilities['accounts'], 'hostToken'>;

/**
 * What the account elements share: the backend's capabilities (which flows exist, and how), per-field errors and a
 * form-level alert, the busy state of a call, focus moved to the first problem after a render, wait times in words,
 * and links to the other flows that follow the capabilities.
 */
export class HdAccountElement extends HdElement {
  /** The id (in the shadow root) to focus once the next render is on screen. */
  /** What `focusSoon` will focus, and until when it may wait for it to be rendered. */
  private pendingFocus: { id: string; until: number } | undefined;
  private capabilitiesFrom: HelpDeskAdapter | undefined;
  /** Aborts the call in flight when the element leaves the page. */
  protected callAbort: AbortController | undefined;

  @state() protected capabilities: Capabilities | undefined;
  @state() protected capabilitiesError: unknown;
  /** Messages next to their fields, by field id. */
  @state() protected fieldErrors: Record<string, string | undefined> = {};
  /** A problem that belongs to no single field (wrong credentials, offline ...), shown in the alert. */
  @state() protected formError = '';
  @state() protected busy = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.callAbort?.abort();
    this.callAbort = undefined;
    this.busy = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const adapter = this.configuration.config?.adapter;
    if (adapter !== this.capabilitiesFrom) this.loadCapabilities(adapter);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const pending = this.pendingFocus;
    if (pending === undefined) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${pending.id}`);
    // The target may come a render later (after signing out, once the session's own answer arrives); not much later.
    if (!target && performance.now() < pending.until) return;
    this.pendingFocus = undefined;
    target?.focus();
  }

  /** Moves focus to the element with this id once it is rendered (the next render, or one within a second). */
  protected focusSoon(id: string): void {
    this.pendingFocus = { id, until: performance.now() + 1000 };
    this.requestUpdate();
  }

  /** Focuses the first of `order` that has an error. Returns whether there was one. */
  protected focusFirstProblem(order: readonly string[]): boolean {
    const first = order.find(id => this.fieldErrors[id]);
    if (first) this.focusSoon(first);
    return first !== undefined;
  }

  private loadCapabilities(adapter: HelpDeskAdapter | undefined): void {
    this.capabilitiesFrom = adapter;
    this.capabilities = undefined;
    this.capabilitiesError = undefined;
    if (!adapter) {
      this.capabilitiesError = new HelpDeskError('unsupported', 'No help desk adapter is configured.', {
        reason: 'no-adapter'
      });
      return;
    }
    capabilitiesOf(adapter).then(
      capabilities => {
        if (this.capabilitiesFrom === adapter) this.capabilities = capabilities;
      },
      (error: unknown) => {
        if (this.capabilitiesFrom === adapter) this.capabilitiesError = error;
      }
    );
  }

  /** Asks for the capabilities again after they failed to load. */
  protected retryCapabilities(): void {
    this.loadCapabilities(this.configuration.config?.adapter);
  }

  protected flow(name: AccountFlow): FlowSupport | undefined {
    return this.capabilities?.accounts[name];
  }

  /**
   * Runs one adapter call with the busy state on and the previous alert cleared. Resolves with the call's value, or
   * with the error (already a `HelpDeskError`) for the element to place next to a field or in the alert.
   */
  protected async run<T>(
    call: (signal: AbortSignal) => Promise<T>
  ): Promise<{ ok: true; value: T } | { ok: false; error: HelpDeskError }> {
    this.callAbort?.abort();
    const abort = new AbortController();
    this.callAbort = abort;
    this.busy = true;
    this.formError = '';
    try {
      return { ok: true, value: await call(abort.signal) };
    } catch (error: unknown) {
      return { ok: false, error: toHelpDeskError(error) };
    } finally {
      if (this.callAbort === abort) {
        this.callAbort = undefined;
        this.busy = false;
      }
    }
  }

  /** A wait in words: "15 minutos", "30 segundos". */
  protected waitText(seconds: number | undefined): string {
    const wait = Math.max(1, Math.ceil(seconds ?? 60));
    return wait >= 60
      ? this.localize.number(Math.ceil(wait / 60), { style: 'unit', unit: 'minute', unitDisplay: 'long' })
      : this.localize.number(wait, { style: 'unit', unit: 'second', unitDisplay: 'long' });
  }

  /** The sentence for anything a call threw, with the wait time for rate limits. */
  protected describeError(error: unknown): string {
    if (isHelpDeskError(error, 'rate-limited')) {
      return this.localize.t('account.rateLimited', { wait: this.waitText(error.retryAfterSeconds) });
    }
    return this.localize.error(error);
  }

  /** Shows a form-level problem in the alert, moves focus there, and tells the host page through `hd-error`. */
  protected showFormError(message: string, error?: HelpDeskError): void {
    this.formError = message;
    this.focusSoon('form-alert');
    if (error) this.emit('hd-error', { code: error.code, message });
  }

  /**
   * Sends an e-mailed link (`signup` or `reset`) to `email` once the address looks right; a problem with it goes next
   * to the `email` field, any other failure to the alert. Once sent, `sent()` updates the element, `hd-link-sent`
   * tells the page, and focus moves to the element's `#sent` message.
   */
  protected async sendLink(kind: 'signup' | 'reset', email: string, sent: () => void): Promise<void> {
    const t = this.localize.t.bind(this.localize);
    this.formError = '';
    this.fieldErrors = {
      email: !email ? t('account.emailRequired') : looksLikeEmail(email) ? undefined : t('account.emailInvalid')
    };
    if (this.focusFirstProblem(['email'])) return;
    const result = await this.run(signal =>
      kind === 'signup'
        ? this.configuration.adapter.requestSignupLink(email, { signal })
        : this.configuration.adapter.requestPasswordReset(email, { signal })
    );
    if (result.ok) {
      sent();
      this.emit('hd-link-sent', { kind, email });
      this.focusSoon('sent');
    } else if (result.error.code === 'invalid' && result.error.fieldErrors['email']) {
      this.fieldErrors = { email: t('account.emailInvalid') };
      this.focusSoon('email');
    } else {
      this.showFormError(this.describeError(result.error), result.error);
    }
  }

  /** Emits `hd-navigate`; returns false when a listener cancelled it (it routes by itself). */
  protected navigate(view: HdView, extra: { href?: string; returnTo?: HdView } = {}): boolean {
    return this.emit('hd-navigate', { view, ...extra }, { cancelable: true });
  }

  /**
   * A way to another flow, following the capabilities: a link to the backend's own page when the flow is hosted,
   * nothing when it does not exist, else a link (`href` given) or a link-styled button that emits `hd-navigate`.
   */
  protected flowLink(
    flow: FlowSupport | undefined,
    view: HdView,
    text: string,
    href?: string | undefined,
    part = 'link'
  ): TemplateResult | typeof nothing {
    if (!flow || flow.mode === 'none') return nothing;
    if (flow.mode === 'hosted') return html`<a part=${part} href=${flow.url}>${text}</a>`;
    if (href) {
      return html`<a
        part=${part}
        href=${href}
        @click=${(event: MouseEvent) => {
          if (!this.navigate(view, { href })) event.preventDefault();
        }}
        >${text}</a
      >`;
    }
    return html`<button type="button" class="link" part=${part} @click=${() => this.navigate(view)}>${text}</button>`;
  }

  /**
   * What a flow's element shows when the backend does not run the flow through its API: a link to the backend's own
   * page (`linkText`) when it is hosted, the `unavailable` notice when it does not exist; undefined otherwise.
   */
  protected renderFlowElsewhere(
    flow: FlowSupport | undefined,
    linkText: string,
    unavailable: string
  ): TemplateResult | undefined {
    if (flow?.mode === 'hosted') return html`<p><a part="link" href=${flow.url}>${linkText}</a></p>`;
    if (flow?.mode !== 'api') return html`<p class="message message--info" part="message">${unavailable}</p>`;
    return undefined;
  }

  /**
   * The form-level alert. Always in the page and in the accessibility tree (empty and out of the layout when there is
   * nothing to say), so screen readers hear each change.
   */
  protected renderAlert(): TemplateResult {
    return html`<p
      class=${this.formError ? 'alert' : 'alert is-empty'}
      part="alert"
      id="form-alert"
      role="alert"
      tabindex="-1"
    >
      ${this.formError}
    </p>`;
  }

  /** Shown until the capabilities arrived, or their error with a retry. */
  protected renderCapabilitiesState(): TemplateResult {
    if (this.capabilitiesError !== undefined) {
      return html`<div class="base" part="base">
        <p class="alert" part="alert" role="alert">${this.describeError(this.capabilitiesError)}</p>
        ${
          isHelpDeskError(this.capabilitiesError) && this.capabilitiesError.reason === 'no-adapter'
            ? nothing
            : html`<div class="actions">
                <button type="button" part="retry-button" @click=${() => this.retryCapabilities()}>
                  ${this.localize.t('common.retry')}
                </button>
              </div>`
        }
      </div>`;
    }
    return html`<div class="base" part="base">
      <p class="loading" part="loading" role="status">${this.localize.t('common.loading')}</p>
    </div>`;
  }
}
