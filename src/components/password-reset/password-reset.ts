import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HdNewPasswordElement } from '../account-shared/new-password-element.js';
import { accountStyles } from '../account-shared/account.styles.js';
import { showPasswordCheckbox } from '../account-shared/fields.js';
import { forgetLinkToken, LinkHashController, readLinkToken } from '../account-shared/link-token.js';
import { baseStyles } from '../shared/base.styles.js';
import { passwordResetStyles } from './password-reset.styles.js';

type Step = 'form' | 'link-problem' | 'done';
type LinkProblem = 'expired-link' | 'used-link' | 'unknown-link';

const LINK_PROBLEMS: readonly string[] = ['expired-link', 'used-link', 'unknown-link'];

/**
 * Password recovery, step two (seed 001), opened from the e-mailed link: "Contraseña nueva", "Confirmar nueva
 * contraseña", "Restablecer", then "Su contraseña se ha restablecido." and a way to sign in. A mismatch is told at the
 * confirmation field. An expired, used or unknown link says so and offers a new one right there (an inline
 * `hd-password-forgot`).
 *
 * The token comes from the `token` attribute, or from the page address (`#hd-reset=<token>`) with
 * `read-link-from-url`.
 *
 * @tag hd-password-reset
 * @summary Sets a new password from an e-mailed reset link.
 * @dependency hd-password-forgot
 *
 * @fires hd-password-changed - The password was reset. Detail: `{ via: 'reset' }`.
 * @fires hd-navigate - "Iniciar sesión" was chosen after the reset. Detail: `{ view: 'sign-in', href? }`.
 * @fires hd-link-sent - A new link was requested from the inline form. Detail: `{ kind: 'reset', email }`.
 * @fires hd-error - The reset failed; the message is already shown. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The "Restablecer contraseña" heading.
 * @csspart form - The form.
 * @csspart field - A label, its input and its messages.
 * @csspart label - A field's label.
 * @csspart input - A field's input.
 * @csspart field-error - The message under a field.
 * @csspart hint - The password rules under the new password.
 * @csspart strength - The strength meter.
 * @csspart show-password - The "Mostrar contraseña" checkbox and its label.
 * @csspart submit - The "Restablecer" button.
 * @csspart alert - A problem that belongs to no single field, or the link problem.
 * @csspart message - "Su contraseña se ha restablecido." and the other notices.
 * @csspart sign-in - The "Iniciar sesión" link or button after the reset.
 * @csspart forgot - The inline `hd-password-forgot` offered for a new link.
 *
 * @cssprop [--form-max-width=26rem] - Widest the form gets.
 * @cssprop [--form-gap=var(--hd-space)] - Space between the parts of the form.
 */
export class HdPasswordReset extends HdNewPasswordElement {
  static override styles = [baseStyles, accountStyles, passwordResetStyles];

  private activeToken: string | undefined;

  @state() private step: Step = 'form';
  @state() private linkProblem: LinkProblem = 'unknown-link';

  /** The token of a reset link. */
  @property() token: string | undefined;

  /** Takes the token from the page address (`#hd-reset=<token>`), following changes of the fragment. */
  @property({ type: Boolean, attribute: 'read-link-from-url' }) readLinkFromUrl = false;

  /** A page to go to for signing in after the reset, instead of emitting `hd-navigate` with `view: 'sign-in'` only. */
  @property({ attribute: 'sign-in-href' }) signInHref: string | undefined;

  constructor() {
    super();
    // A link opened in this tab (the fragment changes) is followed without a reload.
    new LinkHashController(this, () => this.readLinkFromUrl);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const token = this.token?.trim() || (this.readLinkFromUrl ? readLinkToken('reset') : undefined);
    if (token !== this.activeToken) {
      this.activeToken = token;
      // A new link starts over; the link taken out of the address after a reset does not undo "done".
      if (token || this.step !== 'done') {
        this.step = 'form';
        this.fieldErrors = {};
        this.formError = '';
      }
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const token = this.activeToken;
    if (this.busy || !token) return;
    this.formError = '';
    this.fieldErrors = { 'new-password': this.newPasswordProblem(), confirm: this.confirmProblem() };
    if (this.focusFirstProblem(['new-password', 'confirm'])) return;
    const password = this.newPassword;
    const result = await this.run(signal =>
      this.configuration.adapter.completePasswordReset({ token, password }, { signal })
    );
    if (result.ok) {
      this.clearPasswords();
      this.step = 'done';
      if (this.readLinkFromUrl) forgetLinkToken('reset');
      this.emit('hd-password-changed', { via: 'reset' });
      this.focusSoon('done');
      return;
    }
    const error = result.error;
    if (error.code === 'invalid' && error.reason && LINK_PROBLEMS.includes(error.reason)) {
      this.linkProblem = error.reason as LinkProblem;
      this.step = 'link-problem';
      this.clearPasswords();
      this.emit('hd-error', { code: error.code, message: this.linkProblemText() });
      this.focusSoon('link-problem');
    } else if (error.code === 'invalid' && error.fieldErrors['password']) {
      this.fieldErrors = { 'new-password': error.fieldErrors['password'] };
      this.focusSoon('new-password');
    } else {
      this.showFormError(this.describeError(error), error);
    }
  }

  private linkProblemText(): string {
    const keys = {
      'expired-link': 'password.reset.linkExpired',
      'used-link': 'password.reset.linkUsed',
      'unknown-link': 'password.reset.linkUnknown'
    } as const;
    return this.localize.t(keys[this.linkProblem]);
  }

  private renderForm(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    return html`${this.renderAlert()}
      <form part="form" novalidate aria-labelledby="heading" @submit=${this.onSubmit}>
        ${this.renderNewPassword('new-password', t('password.reset.new'))}
        ${this.renderConfirm('confirm', t('password.reset.confirm'))}
        ${showPasswordCheckbox('show-password', t('password.show'), this.showPassword, checked => {
          this.showPassword = checked;
        })}
        <div class="actions">
          <button class="primary" part="submit" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${t(this.busy ? 'password.reset.submitting' : 'password.reset.submit')}
          </button>
        </div>
      </form>`;
  }

  private renderLinkProblem(): TemplateResult {
    // `lang` passes this element's language on: a nested element does not see `lang` attributes outside this shadow root.
    return html`<p class="alert" part="alert" id="link-problem" role="alert" tabindex="-1">${this.linkProblemText()}</p>
      <p class="intro">${this.localize.t('password.reset.newLink')}</p>
      <hd-password-forgot part="forgot" no-heading lang=${this.localize.locale}></hd-password-forgot>`;
  }

  private renderDone(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    return html`<p class="message" part="message" id="done" role="status" tabindex="-1">${t('password.reset.done')}</p>
      <p>
        ${this.flowLink(this.flow('passwordSignIn'), 'sign-in', t('password.reset.signIn'), this.signInHref, 'sign-in')}
      </p>`;
  }

  private renderNoLink(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const forgot = this.flowLink(this.flow('passwordReset'), 'forgot-password', t('password.forgot.title'));
    return html`<p class="message message--info" part="message">${t('password.reset.noLink')}</p>
      ${forgot === nothing ? nothing : html`<p>${forgot}</p>`}`;
  }

  /** The flow through the API, at its step. */
  private renderStep(): TemplateResult {
    if (this.step === 'done') return this.renderDone();
    if (this.step === 'link-problem') return this.renderLinkProblem();
    return this.activeToken ? this.renderForm() : this.renderNoLink();
  }

  protected override render() {
    if (!this.capabilities) return this.renderCapabilitiesState();
    const t = this.localize.t.bind(this.localize);
    const flow = this.flow('passwordReset');
    const body =
      this.renderFlowElsewhere(flow, t('password.reset.title'), t('password.forgot.unavailable')) ?? this.renderStep();
    return html`<div class="base" part="base">
      <h2 class="heading" part="heading" id="heading">${t('password.reset.title')}</h2>
      ${body}
    </div>`;
  }
}
