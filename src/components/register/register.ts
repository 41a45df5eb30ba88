import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { HelpDeskError } from '../../core/errors.js';
import { HdNewPasswordElement } from '../account-shared/new-password-element.js';
import { accountStyles } from '../account-shared/account.styles.js';
import { inputField, showPasswordCheckbox } from '../account-shared/fields.js';
import { forgetLinkToken, LinkHashController, readLinkToken } from '../account-shared/link-token.js';
import { baseStyles } from '../shared/base.styles.js';
import { registerStyles } from './register.styles.js';

type Step = 'email' | 'sent' | 'details' | 'link-problem' | 'done';
type LinkProblem = 'expired-link' | 'used-link' | 'unknown-link';

const LINK_PROBLEMS: readonly string[] = ['expired-link', 'used-link', 'unknown-link'];

/**
 * Registration by e-mail link, as in seed 000. Step one asks for the address and sends a private link ("Enviar
 * enlace"), then says to check the inbox: the same neutral answer whether or not the address already has an account,
 * so nobody can find out who is a customer. Step two, opened from the link, asks for the full name and a password
 * (live strength meter, privacy notice), creates the account and signs the customer in.
 *
 * The link's token comes from the `token` attribute, or from the page address (`#hd-signup=<token>`) with
 * `read-link-from-url`. An expired, used or unknown link says so and offers to send a new one.
 *
 * @tag hd-register
 * @summary Sign-up by e-mail link: address, check your inbox, then name and password.
 *
 * @fires hd-link-sent - The sign-up link was requested. Detail: `{ kind: 'signup', email }`.
 * @fires hd-signed-in - The account was created and signed in. Detail: `{ session }`.
 * @fires hd-navigate - "Iniciar sesión" was chosen. Detail: `{ view: 'sign-in', href? }`.
 * @fires hd-error - A call failed; the message is already shown. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The "Registrarse" heading.
 * @csspart intro - The sentence under the heading.
 * @csspart form - The form of the current step.
 * @csspart field - A label, its input and its messages.
 * @csspart label - A field's label.
 * @csspart input - A field's input.
 * @csspart field-error - The message under a field.
 * @csspart hint - The password rules under the password.
 * @csspart strength - The strength meter.
 * @csspart strength-label - "Seguridad de la contraseña: Muy fuerte".
 * @csspart strength-feedback - The meter's hint.
 * @csspart show-password - The "Mostrar contraseña" checkbox and its label.
 * @csspart privacy - The privacy notice.
 * @csspart submit - The button of the current step.
 * @csspart alert - A problem that belongs to no single field.
 * @csspart message - The "check your inbox", link problem and welcome messages.
 * @csspart links - The way to sign in instead.
 * @csspart link - A link.
 *
 * @cssprop [--form-max-width=26rem] - Widest the form gets.
 * @cssprop [--form-gap=var(--hd-space)] - Space between the parts of the form.
 * @cssprop [--strength-weak-color=var(--hd-color-danger)] - Meter color for very weak and weak passwords.
 * @cssprop [--strength-fair-color=var(--hd-color-warning)] - Meter color for fair passwords.
 * @cssprop [--strength-strong-color=var(--hd-color-success)] - Meter color for strong passwords.
 */
export class HdRegister extends HdNewPasswordElement {
  static override styles = [baseStyles, accountStyles, registerStyles];

  /** The token step two works with, and one the customer turned away from (to ask for a new link). */
  private activeToken: string | undefined;
  private dismissedToken: string | undefined;

  @state() private step: Step = 'email';
  @state() private sentTo = '';
  @state() private name = '';
  @state() private linkProblem: LinkProblem = 'unknown-link';
  @state() private welcomeName = '';

  /** The address typed in step one; set it to prefill (it is also shown, read-only, in step two). */
  @property() email = '';

  /** The token of a sign-up link; when set, the element opens at step two. */
  @property() token: string | undefined;

  /** Takes the token from the page address (`#hd-signup=<token>`), following changes of the fragment. */
  @property({ type: Boolean, attribute: 'read-link-from-url' }) readLinkFromUrl = false;

  /** The address of the privacy policy the notice links to. */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | undefined;

  /** A page to go to for signing in, instead of emitting `hd-navigate` with `view: 'sign-in'` only. */
  @property({ attribute: 'sign-in-href' }) signInHref: string | undefined;

  constructor() {
    super();
    // A link opened in this tab (the fragment changes) is followed without a reload.
    new LinkHashController(this, () => this.readLinkFromUrl);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const token = this.token?.trim() || (this.readLinkFromUrl ? readLinkToken('signup') : undefined);
    const usable = token && token !== this.dismissedToken ? token : undefined;
    if (usable !== this.activeToken) {
      this.activeToken = usable;
      if (usable) {
        this.step = 'details';
        this.fieldErrors = {};
        this.formError = '';
      } else if (this.step === 'details' || this.step === 'link-problem') {
        this.step = 'email';
      }
    }
  }

  protected override userInputs(): string[] {
    return [this.name, this.email];
  }

  private async onRequestLink(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const email = this.email.trim();
    await this.sendLink('signup', email, () => {
      this.sentTo = email;
      this.step = 'sent';
    });
  }

  private async onComplete(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const token = this.activeToken;
    if (this.busy || !token) return;
    const name = this.name.trim();
    this.formError = '';
    this.fieldErrors = {
      name: name ? undefined : this.localize.t('register.nameRequired'),
      'new-password': this.newPasswordProblem()
    };
    if (this.focusFirstProblem(['name', 'new-password'])) return;
    const password = this.newPassword;
    const result = await this.run(signal =>
      this.configuration.adapter.completeSignup({ token, name, password }, { signal })
    );
    if (result.ok) {
      this.clearPasswords();
      this.welcomeName = result.value.user.name || name;
      this.step = 'done';
      if (this.readLinkFromUrl) forgetLinkToken('signup');
      this.emit('hd-signed-in', { session: result.value });
      this.focusSoon('done');
      return;
    }
    this.onCompleteError(result.error);
  }

  private onCompleteError(error: HelpDeskError): void {
    if (error.code === 'invalid' && error.reason && LINK_PROBLEMS.includes(error.reason)) {
      this.linkProblem = error.reason as LinkProblem;
      this.step = 'link-problem';
      this.clearPasswords();
      this.emit('hd-error', { code: error.code, message: this.linkProblemText() });
      this.focusSoon('link-problem');
    } else if (error.code === 'invalid' && (error.fieldErrors['name'] || error.fieldErrors['password'])) {
      this.fieldErrors = { name: error.fieldErrors['name'], 'new-password': error.fieldErrors['password'] };
      this.focusFirstProblem(['name', 'new-password']);
    } else if (error.code === 'conflict') {
      this.showFormError(this.localize.t('register.conflict'), error);
    } else {
      // Offline, server trouble ...: the name and the password stay, so trying again is one press of Enter.
      this.showFormError(this.describeError(error), error);
    }
  }

  /** Back to step one for a new link, keeping the address. */
  private askForNewLink(): void {
    this.dismissedToken = this.activeToken;
    this.activeToken = undefined;
    if (this.readLinkFromUrl) forgetLinkToken('signup');
    this.step = 'email';
    this.formError = '';
    this.fieldErrors = {};
    this.focusSoon('email');
  }

  private useAnotherAddress(): void {
    this.step = 'email';
    this.focusSoon('email');
  }

  private linkProblemText(): string {
    const keys = {
      'expired-link': 'register.linkExpired',
      'used-link': 'register.linkUsed',
      'unknown-link': 'register.linkUnknown'
    } as const;
    return this.localize.t(keys[this.linkProblem]);
  }

  private renderSignInLink(): TemplateResult | typeof nothing {
    const link = this.flowLink(
      this.flow('passwordSignIn'),
      'sign-in',
      this.localize.t('register.signIn'),
      this.signInHref
    );
    return link === nothing
      ? nothing
      : html`<div class="links" part="links"><p>${this.localize.t('register.haveAccount')} ${link}</p></div>`;
  }

  private renderPrivacy(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const [before, after = ''] = t('register.privacy').split('{policy}');
    const policy = this.privacyUrl
      ? html`<a part="link" href=${this.privacyUrl} target="_blank" rel="noopener">${t('register.privacyPolicy')}</a>`
      : t('register.privacyPolicy');
    return html`<p class="notice" part="privacy" id="privacy">${before}${policy}${after}</p>`;
  }

  private renderEmailStep(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    return html`<p class="intro" part="intro" id="intro">${t('register.intro')}</p>
      ${this.renderAlert()}
      <form part="form" novalidate aria-labelledby="heading" aria-describedby="intro" @submit=${this.onRequestLink}>
        ${inputField({
          id: 'email',
          label: t('register.email'),
          type: 'email',
          autocomplete: 'email',
          value: this.email,
          error: this.fieldErrors['email'],
          onInput: value => {
            this.email = value;
          }
        })}
        <div class="actions">
          <button class="primary" part="submit" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${t(this.busy ? 'register.sending' : 'register.send')}
          </button>
        </div>
      </form>
      ${this.renderSignInLink()}`;
  }

  private renderSent(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    return html`<p class="message message--info" part="message" id="sent" role="status" tabindex="-1">
        ${t('register.checkInbox', { email: this.sentTo })}
      </p>
      <div class="actions">
        <button type="button" part="another-address" @click=${() => this.useAnotherAddress()}>
          ${t('register.useAnother')}
        </button>
      </div>
      ${this.renderSignInLink()}`;
  }

  private renderDetails(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const email = this.email.trim();
    return html`${this.renderAlert()}
      <form part="form" novalidate aria-labelledby="heading" @submit=${this.onComplete}>
        ${
          email
            ? inputField({
                id: 'email',
                label: t('register.emailAddress'),
                type: 'email',
                autocomplete: 'username',
                value: email,
                readonly: true
              })
            : nothing
        }
        ${inputField({
          id: 'name',
          label: t('register.name'),
          type: 'text',
          autocomplete: 'name',
          value: this.name,
          error: this.fieldErrors['name'],
          onInput: value => {
            this.name = value;
          }
        })}
        ${this.renderNewPassword('new-password', t('register.password'))}
        ${showPasswordCheckbox('show-password', t('password.show'), this.showPassword, checked => {
          this.showPassword = checked;
        })}
        ${this.renderPrivacy()}
        <div class="actions">
          <button
            class="primary"
            part="submit"
            type="submit"
            aria-disabled=${this.busy ? 'true' : 'false'}
            aria-describedby="privacy"
          >
            ${t(this.busy ? 'register.submitting' : 'register.submit')}
          </button>
        </div>
      </form>`;
  }

  private renderLinkProblem(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    return html`<p class="alert" part="alert" id="link-problem" role="alert" tabindex="-1">${this.linkProblemText()}</p>
      <div class="actions">
        <button class="primary" part="new-link" type="button" @click=${() => this.askForNewLink()}>
          ${t('register.newLink')}
        </button>
      </div>
      ${this.renderSignInLink()}`;
  }

  private renderDone(): TemplateResult {
    return html`<p class="message" part="message" id="done" role="status" tabindex="-1">
      ${this.localize.t('register.done', { name: this.welcomeName })}
    </p>`;
  }

  /** The flow through the API, at its step. */
  private renderStep(): TemplateResult {
    const steps: Record<Step, () => TemplateResult> = {
      email: () => this.renderEmailStep(),
      sent: () => this.renderSent(),
      details: () => this.renderDetails(),
      'link-problem': () => this.renderLinkProblem(),
      done: () => this.renderDone()
    };
    return steps[this.step]();
  }

  protected override render() {
    if (!this.capabilities) return this.renderCapabilitiesState();
    const t = this.localize.t.bind(this.localize);
    const flow = this.flow('signup');
    const body = this.renderFlowElsewhere(flow, t('register.submit'), t('register.unavailable')) ?? this.renderStep();
    return html`<div class="base" part="base">
      <h2 class="heading" part="heading" id="heading">${t('register.title')}</h2>
      ${body}
    </div>`;
  }
}
