import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SessionController } from '../../controllers/session-controller.js';
import type { HelpDeskAdapter } from '../../core/adapter.js';
import type { HelpDeskError } from '../../core/errors.js';
import { HdAccountElement } from '../account-shared/account-element.js';
import { accountStyles } from '../account-shared/account.styles.js';
import { inputField, showPasswordCheckbox } from '../account-shared/fields.js';
import { baseStyles } from '../shared/base.styles.js';
import { loginStyles } from './login.styles.js';

type TokenState = 'idle' | 'signing-in' | 'signed-in' | 'failed' | 'signed-out';

/**
 * Sign in with an e-mail address (or user name) and password, or, when the host page already signed its customer
 * in, with a token it passes: then no form appears at all.
 *
 * Wrong credentials get one generic message (it never tells whether the login exists); repeated failures get the
 * backend's lock-out message with the wait time. Links to sign up and to password recovery follow the backend's
 * capabilities: a hosted flow links to its page, a missing one is not offered.
 *
 * Host identity: set `token` (attribute or property) to sign in with it. Removing the token, or an `hd-signed-out`
 * event dispatched by the host page (on this element, `document` or `window`), signs out here too.
 *
 * @tag hd-login
 * @summary Sign-in form, or silent sign-in with a token from the host page.
 *
 * @fires hd-signed-in - Signed in, with the form or the host token. Detail: `{ session }`.
 * @fires hd-signed-out - Signed out because the host removed the token, or with the "Cerrar sesión" button.
 * @fires hd-navigate - The register or password-recovery link was chosen. Detail: `{ view, href? }`; cancel it to route yourself.
 * @fires hd-error - A sign-in failed; the message is already shown. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The "Iniciar sesión" heading.
 * @csspart form - The form.
 * @csspart field - A label, its input and its error.
 * @csspart label - A field's label.
 * @csspart input - A field's input.
 * @csspart field-error - The message under a field.
 * @csspart show-password - The "Mostrar contraseña" checkbox and its label.
 * @csspart submit - The submit button.
 * @csspart alert - The form-level problem (wrong credentials, lock-out, offline ...).
 * @csspart message - The "signed in as" and "signed out" lines.
 * @csspart links - The links to recovery and registration.
 * @csspart link - One of those links.
 *
 * @cssprop [--form-max-width=26rem] - Widest the form gets.
 * @cssprop [--form-gap=var(--hd-space)] - Space between the parts of the form.
 * @cssprop [--control-border-color=var(--hd-color-border)] - Input border.
 * @cssprop [--control-radius=var(--hd-radius)] - Input corner radius.
 */
export class HdLogin extends HdAccountElement {
  static override styles = [baseStyles, accountStyles, loginStyles];

  private readonly session = new SessionController(this, this.configuration);
  /** The host token (and the adapter) it was last used with, so one token signs in once. */
  private usedToken: { token: string; adapter: HelpDeskAdapter } | undefined;
  /** True while this element dispatches `hd-signed-out`, so it does not take its own event for the host's. */
  private emittingSignOut = false;

  @state() private password = '';
  @state() private showPassword = false;
  /** The last sign-in was refused: both fields are marked, the alert says why (without telling which). */
  @state() private credentialsRejected = false;
  @state() private tokenState: TokenState = 'idle';
  @state() private tokenError: HelpDeskError | undefined;

  /** A token from the host page's own sign-in; when set, this element signs in with it and shows no form. */
  @property() token: string | undefined;

  /** What the customer signs in with: an e-mail address (seed 000) or a user name (seed 001's "Usuario"). */
  @property({ attribute: 'login-kind' }) loginKind: 'email' | 'username' = 'email';

  /** The login typed so far; set it to prefill the field (a host that knows the address). */
  @property() login = '';

  /** A page to go to for registration, instead of emitting `hd-navigate` with `view: 'register'` only. */
  @property({ attribute: 'register-href' }) registerHref: string | undefined;

  /** A page to go to for password recovery, instead of emitting `hd-navigate` with `view: 'forgot-password'` only. */
  @property({ attribute: 'forgot-href' }) forgotHref: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture on window sees the event wherever the host dispatches it: on this element, document or window.
    window.addEventListener('hd-signed-out', this.onHostSignedOut, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hd-signed-out', this.onHostSignedOut, { capture: true });
    // Nothing typed as a password outlives the element.
    this.password = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const adapter = this.configuration.config?.adapter;
    const token = this.token?.trim();
    if (token && adapter && (this.usedToken?.token !== token || this.usedToken.adapter !== adapter)) {
      this.usedToken = { token, adapter };
      void this.signInWithToken(token);
    } else if (!token && changed.has('token') && this.usedToken) {
      this.usedToken = undefined;
      if (this.tokenState === 'signed-in' || this.tokenState === 'signing-in') void this.signOut();
      this.tokenState = 'idle';
    }
  }

  private readonly onHostSignedOut = (): void => {
    if (this.emittingSignOut) return;
    if (this.tokenState === 'signed-in') this.tokenState = 'signed-out';
    if (this.session.status === 'signed-in' || this.tokenState === 'signed-out') {
      // Ends the session here; no `hd-signed-out` back, the host already knows.
      this.session.signOut().catch(() => undefined);
    }
  };

  private async signInWithToken(token: string): Promise<void> {
    this.tokenState = 'signing-in';
    this.tokenError = undefined;
    const result = await this.run(signal => this.session.signIn({ kind: 'token', token }, { signal }));
    if (this.usedToken?.token !== token) return;
    if (result.ok) {
      this.tokenState = 'signed-in';
      this.emit('hd-signed-in', { session: result.value });
    } else {
      this.tokenState = 'failed';
      this.tokenError = result.error;
      this.emit('hd-error', { code: result.error.code, message: this.localize.t('login.hostFailed') });
    }
  }

  private async signOut(): Promise<void> {
    const result = await this.run(signal => this.session.signOut({ signal }));
    if (!result.ok) {
      this.showFormError(this.describeError(result.error), result.error);
      return;
    }
    this.emittingSignOut = true;
    try {
      this.emit('hd-signed-out', {});
    } finally {
      this.emittingSignOut = false;
    }
    this.focusSoon('login');
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const login = this.login.trim();
    const t = this.localize.t.bind(this.localize);
    this.credentialsRejected = false;
    this.formError = '';
    this.fieldErrors = {
      login: login ? undefined : t(this.loginKind === 'email' ? 'login.emailRequired' : 'login.usernameRequired'),
      password: this.password ? undefined : t('login.passwordRequired')
    };
    if (this.focusFirstProblem(['login', 'password'])) return;

    const password = this.password;
    const result = await this.run(signal => this.session.signIn({ kind: 'password', login, password }, { signal }));
    if (result.ok) {
      this.password = '';
      this.showPassword = false;
      this.emit('hd-signed-in', { session: result.value });
      this.focusSoon('signed-in');
      return;
    }
    const error = result.error;
    if (error.code === 'unauthorized') {
      // One message for an unknown login and a wrong password alike. The password is asked for again.
      this.password = '';
      this.credentialsRejected = true;
      this.formError = t(this.loginKind === 'email' ? 'login.wrongCredentials' : 'login.wrongCredentialsUsername');
      this.emit('hd-error', { code: error.code, message: this.formError });
      this.focusSoon('password');
    } else if (error.code === 'rate-limited') {
      this.showFormError(t('login.locked', { wait: this.waitText(error.retryAfterSeconds) }), error);
    } else if (error.code === 'invalid' && (error.fieldErrors['login'] || error.fieldErrors['password'])) {
      this.fieldErrors = { login: error.fieldErrors['login'], password: error.fieldErrors['password'] };
      this.focusFirstProblem(['login', 'password']);
    } else {
      // Offline, server trouble ...: everything typed stays, so trying again is one press of Enter.
      this.showFormError(this.describeError(error), error);
    }
  }

  private renderTokenState(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const name = this.session.session?.user.name ?? '';
    let content: TemplateResult;
    switch (this.tokenState) {
      case 'failed':
        content = html`<p class="alert" part="alert" role="alert">
          ${t('login.hostFailed')} ${this.tokenError ? this.describeError(this.tokenError) : nothing}
        </p>`;
        break;
      case 'signed-in':
        content = html`<p class="message" part="message" role="status">${t('login.signedInAs', { name })}</p>`;
        break;
      case 'signed-out':
        content = html`<p class="message message--info" part="message" role="status">${t('account.signedOut')}</p>`;
        break;
      default:
        content = html`<p class="loading" part="loading" role="status">${t('login.hostSigningIn')}</p>`;
    }
    return html`<div class="base base--token" part="base">${content}</div>`;
  }

  private renderSignedIn(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    return html`<div class="base" part="base">
      <p class="message" part="message" id="signed-in" role="status" tabindex="-1">
        ${t('login.signedInAs', { name: this.session.session?.user.name ?? '' })}
      </p>
      <div class="actions">
        <button type="button" part="sign-out" @click=${() => this.signOut()}>${t('account.signOut')}</button>
      </div>
      ${this.renderAlert()}
    </div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const email = this.loginKind === 'email';
    const rejected = this.credentialsRejected ? ['form-alert'] : [];
    const register = this.flowLink(this.flow('signup'), 'register', t('login.register'), this.registerHref);
    const forgot = this.flowLink(this.flow('passwordReset'), 'forgot-password', t('login.forgot'), this.forgotHref);
    return html`<div class="base" part="base">
      <h2 class="heading" part="heading" id="heading">${t('login.title')}</h2>
      ${this.renderAlert()}
      <form part="form" novalidate aria-labelledby="heading" @submit=${this.onSubmit}>
        ${inputField({
          id: 'login',
          label: t(email ? 'login.email' : 'login.username'),
          type: email ? 'email' : 'text',
          autocomplete: 'username',
          value: this.login,
          error: this.fieldErrors['login'],
          invalid: this.credentialsRejected,
          describedBy: rejected,
          onInput: value => {
            this.login = value;
          }
        })}
        ${inputField({
          id: 'password',
          label: t('login.password'),
          type: this.showPassword ? 'text' : 'password',
          autocomplete: 'current-password',
          value: this.password,
          error: this.fieldErrors['password'],
          invalid: this.credentialsRejected,
          describedBy: rejected,
          onInput: value => {
            this.password = value;
          }
        })}
        ${showPasswordCheckbox('show-password', t('password.show'), this.showPassword, checked => {
          this.showPassword = checked;
        })}
        <div class="actions">
          <button class="primary" part="submit" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${t(this.busy ? 'login.submitting' : 'login.submit')}
          </button>
        </div>
      </form>
      ${
        forgot === nothing && register === nothing
          ? nothing
          : html`<div class="links" part="links">
              ${forgot === nothing ? nothing : html`<p>${forgot}</p>`}
              ${register === nothing ? nothing : html`<p>${t('login.needAccount')} ${register}</p>`}
            </div>`
      }
    </div>`;
  }

  protected override render() {
    if (this.token?.trim()) return this.renderTokenState();
    if (!this.capabilities) return this.renderCapabilitiesState();
    if (this.session.status === 'loading') {
      return html`<div class="base" part="base">
        <p class="loading" part="loading" role="status">${this.localize.t('common.loading')}</p>
      </div>`;
    }
    if (this.session.status === 'signed-in') return this.renderSignedIn();
    const flow = this.flow('passwordSignIn');
    if (flow?.mode === 'hosted') {
      return html`<div class="base" part="base">
        <h2 class="heading" part="heading">${this.localize.t('login.title')}</h2>
        <p><a part="link" href=${flow.url}>${this.localize.t('login.submit')}</a></p>
      </div>`;
    }
    if (flow?.mode !== 'api') {
      return html`<div class="base" part="base">
        <p class="message message--info" part="message">${this.localize.t('login.unavailable')}</p>
      </div>`;
    }
    return this.renderForm();
  }
}
