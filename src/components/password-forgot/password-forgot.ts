import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HdAccountElement } from '../account-shared/account-element.js';
import { accountStyles } from '../account-shared/account.styles.js';
import { inputField } from '../account-shared/fields.js';
import { baseStyles } from '../shared/base.styles.js';
import { passwordForgotStyles } from './password-forgot.styles.js';

/**
 * Password recovery, step one (seed 001): the e-mail address, "Enviar", then "Consulte su correo electrónico para
 * restablecer la contraseña.". The answer is the same whether or not the address has an account. The link in the
 * mail opens `hd-password-reset`.
 *
 * @tag hd-password-forgot
 * @summary Asks for the e-mail address and sends a password reset link.
 *
 * @fires hd-link-sent - The reset link was requested. Detail: `{ kind: 'reset', email }`.
 * @fires hd-navigate - "Volver a iniciar sesión" was chosen. Detail: `{ view: 'sign-in', href? }`.
 * @fires hd-error - The request failed; the message is already shown. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The "¿Ha olvidado la contraseña?" heading.
 * @csspart form - The form.
 * @csspart field - The label, input, hint and error of the address.
 * @csspart label - The field's label.
 * @csspart input - The field's input.
 * @csspart hint - The sentence under the input.
 * @csspart field-error - The message under the input.
 * @csspart submit - The "Enviar" button.
 * @csspart alert - A problem that belongs to no single field.
 * @csspart message - "Consulte su correo electrónico ...".
 * @csspart links - The way back to sign in.
 * @csspart link - A link.
 *
 * @cssprop [--form-max-width=26rem] - Widest the form gets.
 * @cssprop [--form-gap=var(--hd-space)] - Space between the parts of the form.
 */
export class HdPasswordForgot extends HdAccountElement {
  static override styles = [baseStyles, accountStyles, passwordForgotStyles];

  @state() private sent = false;

  /** The address typed so far; set it to prefill. */
  @property() email = '';

  /** Leaves the heading out, when the element sits under a heading of its own (inside `hd-password-reset`). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /** A page to go to for signing in, instead of emitting `hd-navigate` with `view: 'sign-in'` only. */
  @property({ attribute: 'sign-in-href' }) signInHref: string | undefined;

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    await this.sendLink('reset', this.email.trim(), () => {
      this.sent = true;
    });
  }

  private renderSignInLink(): TemplateResult | typeof nothing {
    const link = this.flowLink(
      this.flow('passwordSignIn'),
      'sign-in',
      this.localize.t('password.forgot.signIn'),
      this.signInHref
    );
    return link === nothing ? nothing : html`<div class="links" part="links"><p>${link}</p></div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    return html`${this.renderAlert()}
      <form part="form" novalidate aria-labelledby=${this.noHeading ? nothing : 'heading'} @submit=${this.onSubmit}>
        ${inputField({
          id: 'email',
          label: t('password.forgot.email'),
          type: 'email',
          autocomplete: 'email',
          value: this.email,
          error: this.fieldErrors['email'],
          describedBy: ['email-hint'],
          extra: html`<p class="field__hint" part="hint" id="email-hint">${t('password.forgot.intro')}</p>`,
          onInput: value => {
            this.email = value;
          }
        })}
        <div class="actions">
          <button class="primary" part="submit" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${t(this.busy ? 'password.forgot.sending' : 'password.forgot.submit')}
          </button>
        </div>
      </form>`;
  }

  protected override render() {
    if (!this.capabilities) return this.renderCapabilitiesState();
    const t = this.localize.t.bind(this.localize);
    const flow = this.flow('passwordReset');
    const body =
      this.renderFlowElsewhere(flow, t('password.forgot.title'), t('password.forgot.unavailable')) ??
      (this.sent
        ? html`<p class="message" part="message" id="sent" role="status" tabindex="-1">${t('password.forgot.sent')}</p>`
        : this.renderForm());
    return html`<div class="base" part="base">
      ${this.noHeading ? nothing : html`<h2 class="heading" part="heading" id="heading">${t('password.forgot.title')}</h2>`}
      ${body} ${this.noHeading ? nothing : this.renderSignInLink()}
    </div>`;
  }
}
