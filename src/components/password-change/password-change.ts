import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SessionController } from '../../controllers/session-controller.js';
import { HdNewPasswordElement } from '../account-shared/new-password-element.js';
import { accountStyles } from '../account-shared/account.styles.js';
import { inputField, showPasswordCheckbox } from '../account-shared/fields.js';
import { baseStyles } from '../shared/base.styles.js';
import { passwordChangeStyles } from './password-change.styles.js';

/**
 * Changes the password of the signed-in customer (seed 001): current password, new password, confirmation, then
 * "Su contraseña se ha cambiado correctamente.". A wrong current password is told at that field; a mismatch at the
 * confirmation. When the session ended in the meantime, it asks to sign in again and keeps what was typed.
 *
 * @tag hd-password-change
 * @summary Current, new and confirmed password for the signed-in customer.
 *
 * @fires hd-password-changed - The password was changed. Detail: `{ via: 'change' }`.
 * @fires hd-navigate - "Iniciar sesión" was chosen while signed out. Detail: `{ view: 'sign-in', returnTo: 'change-password' }`.
 * @fires hd-error - The change failed; the message is already shown. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The "Cambiar contraseña" heading.
 * @csspart form - The form.
 * @csspart field - A label, its input and its messages.
 * @csspart label - A field's label.
 * @csspart input - A field's input.
 * @csspart field-error - The message under a field.
 * @csspart hint - The password rules under the new password.
 * @csspart strength - The strength meter.
 * @csspart show-password - The "Mostrar contraseña" checkbox and its label.
 * @csspart submit - The "Cambiar contraseña" button.
 * @csspart alert - A problem that belongs to no single field.
 * @csspart message - "Su contraseña se ha cambiado correctamente." and the other notices.
 * @csspart link - The way to sign in when signed out.
 *
 * @cssprop [--form-max-width=26rem] - Widest the form gets.
 * @cssprop [--form-gap=var(--hd-space)] - Space between the parts of the form.
 */
export class HdPasswordChange extends HdNewPasswordElement {
  static override styles = [baseStyles, accountStyles, passwordChangeStyles];

  private readonly session = new SessionController(this, this.configuration);
  private signedOutSinceExpiry = false;

  @state() private currentPassword = '';
  @state() private done = false;
  /** The last call found the session over: the signed-out view says so, and what was typed waits here. */
  @state() private sessionExpired = false;

  /** A page to go to for signing in, instead of emitting `hd-navigate` with `view: 'sign-in'` only. */
  @property({ attribute: 'sign-in-href' }) signInHref: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.sessionExpired) return;
    if (this.session.status === 'signed-out') {
      this.signedOutSinceExpiry = true;
    } else if (this.session.status === 'signed-in' && this.signedOutSinceExpiry) {
      // Signed in again: back to the form, with what was typed still in it.
      this.sessionExpired = false;
      this.signedOutSinceExpiry = false;
      this.formError = '';
    }
  }

  protected override userInputs(): string[] {
    const user = this.session.session?.user;
    return [user?.name ?? '', user?.email ?? ''];
  }

  protected override clearPasswords(): void {
    super.clearPasswords();
    this.currentPassword = '';
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const t = this.localize.t.bind(this.localize);
    this.formError = '';
    this.done = false;
    this.fieldErrors = {
      current: this.currentPassword ? undefined : t('password.change.currentRequired'),
      'new-password':
        this.newPassword && this.newPassword === this.currentPassword
          ? t('password.change.same')
          : this.newPasswordProblem(),
      confirm: this.confirmProblem()
    };
    if (this.focusFirstProblem(['current', 'new-password', 'confirm'])) return;
    const current = this.currentPassword;
    const next = this.newPassword;
    const result = await this.run(signal => this.configuration.adapter.changePassword({ current, next }, { signal }));
    if (result.ok) {
      this.clearPasswords();
      this.done = true;
      this.emit('hd-password-changed', { via: 'change' });
      this.focusSoon('done');
      return;
    }
    const error = result.error;
    if (error.code === 'invalid' && (error.fieldErrors['current'] || error.fieldErrors['next'])) {
      this.fieldErrors = {
        current: error.fieldErrors['current'] ? t('password.change.currentWrong') : undefined,
        'new-password': error.fieldErrors['next']
      };
      if (error.fieldErrors['current']) this.currentPassword = '';
      this.emit('hd-error', { code: error.code, message: this.fieldErrors['current'] ?? error.fieldErrors['next']! });
      this.focusFirstProblem(['current', 'new-password']);
    } else if (error.code === 'unauthorized') {
      this.sessionExpired = true;
      this.session.noticeError(error);
      this.showFormError(t('account.sessionExpired'), error);
    } else {
      this.showFormError(this.describeError(error), error);
    }
  }

  private signInLink(): TemplateResult | typeof nothing {
    const t = this.localize.t.bind(this.localize);
    const flow = this.flow('passwordSignIn');
    if (!flow || flow.mode === 'none') return nothing;
    if (flow.mode === 'hosted') return html`<a part="link" href=${flow.url}>${t('account.signIn')}</a>`;
    return html`<button
      type="button"
      class="primary"
      part="link"
      @click=${() => this.navigate('sign-in', { returnTo: 'change-password', ...(this.signInHref ? { href: this.signInHref } : {}) })}
    >
      ${t('account.signIn')}
    </button>`;
  }

  private renderSignedOut(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    return html`<p class="message message--info" part="message" role="status">
        ${t(this.sessionExpired ? 'account.sessionExpired' : 'password.change.signedOut')}
      </p>
      <div class="actions">${this.signInLink()}</div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    return html`<p
        class=${this.done ? 'message' : 'message is-empty'}
        part="message"
        id="done"
        role="status"
        tabindex="-1"
      >
        ${this.done ? t('password.change.done') : ''}
      </p>
      ${this.renderAlert()}
      <form part="form" novalidate aria-labelledby="heading" @submit=${this.onSubmit}>
        ${inputField({
          id: 'current',
          label: t('password.change.current'),
          type: this.showPassword ? 'text' : 'password',
          autocomplete: 'current-password',
          value: this.currentPassword,
          error: this.fieldErrors['current'],
          onInput: value => {
            this.currentPassword = value;
          }
        })}
        ${this.renderNewPassword('new-password', t('password.change.new'))}
        ${this.renderConfirm('confirm', t('password.change.confirm'))}
        ${showPasswordCheckbox('show-password', t('password.show'), this.showPassword, checked => {
          this.showPassword = checked;
        })}
        <div class="actions">
          <button class="primary" part="submit" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${t(this.busy ? 'password.change.submitting' : 'password.change.submit')}
          </button>
        </div>
      </form>`;
  }

  /** The flow through the API: for the signed-in customer only. */
  private renderFlow(): TemplateResult {
    if (this.session.status === 'loading') {
      return html`<p class="loading" part="loading" role="status">${this.localize.t('common.loading')}</p>`;
    }
    return this.session.status === 'signed-in' ? this.renderForm() : this.renderSignedOut();
  }

  protected override render() {
    if (!this.capabilities) return this.renderCapabilitiesState();
    const t = this.localize.t.bind(this.localize);
    const flow = this.flow('changePassword');
    const body =
      this.renderFlowElsewhere(flow, t('password.change.title'), t('password.change.unavailable')) ?? this.renderFlow();
    return html`<div class="base" part="base">
      <h2 class="heading" part="heading" id="heading">${t('password.change.title')}</h2>
      ${body}
    </div>`;
  }
}
