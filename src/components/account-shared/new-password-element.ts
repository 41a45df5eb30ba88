import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { checkPassword, resolvePasswordPolicy, type PasswordPolicy } from '../../core/password-policy.js';
import { estimatePasswordStrength, type PasswordStrength } from '../../core/password-strength.js';
import { HdAccountElement } from './account-element.js';
import { inputField } from './fields.js';
import { passwordProblem, policyHint, StrengthAnnouncer, strengthMeter } from './strength.js';

/**
 * An account element that asks for a new password (register, reset, change): the configurable policy, the live
 * strength meter with its polite announcements, and the "confirm" check. Passwords live in memory only, in the
 * element's state and its inputs, and are cleared once sent or when the element leaves the page.
 */
export class HdNewPasswordElement extends HdAccountElement {
  protected readonly announcer = new StrengthAnnouncer(this);

  @state() protected newPassword = '';
  @state() protected confirmPassword = '';
  @state() protected showPassword = false;

  /** The rules a new password must meet: `{ minLength, maxLength, minScore }`; unset parts keep the defaults (8, 256, 2). */
  @property({ attribute: false }) passwordPolicy: Partial<PasswordPolicy> | undefined;

  /** Fewest characters of a new password (default 8). Wins over `passwordPolicy.minLength`. */
  @property({ type: Number, attribute: 'password-min-length' }) passwordMinLength: number | undefined;

  /** Lowest strength of a new password, 0 (any) to 4 (very strong); default 2. Wins over `passwordPolicy.minScore`. */
  @property({ type: Number, attribute: 'password-min-strength' }) passwordMinStrength: number | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearPasswords();
  }

  protected get policy(): PasswordPolicy {
    return resolvePasswordPolicy({
      ...this.configuration.config?.passwordPolicy,
      ...this.passwordPolicy,
      ...(this.passwordMinLength == null ? {} : { minLength: this.passwordMinLength }),
      ...(this.passwordMinStrength == null ? {} : { minScore: this.passwordMinStrength as PasswordPolicy['minScore'] })
    });
  }

  /** What an attacker would try first for this person (name, address): a password built from them is weaker. */
  protected userInputs(): string[] {
    return [];
  }

  protected get strength(): PasswordStrength | undefined {
    return this.newPassword ? estimatePasswordStrength(this.newPassword, this.userInputs()) : undefined;
  }

  /** The problem with the new password, or undefined when it meets the policy. */
  protected newPasswordProblem(): string | undefined {
    return passwordProblem(this.localize, checkPassword(this.newPassword, this.policy, this.userInputs()));
  }

  /** The problem with the confirmation: missing, or not the same as the new password. */
  protected confirmProblem(): string | undefined {
    if (!this.confirmPassword) return this.localize.t('password.confirmRequired');
    return this.confirmPassword === this.newPassword ? undefined : this.localize.t('password.mismatch');
  }

  protected clearPasswords(): void {
    this.newPassword = '';
    this.confirmPassword = '';
    this.showPassword = false;
    this.announcer.reset();
  }

  /** The new-password input with the policy hint, the strength meter and the live announcement. */
  protected renderNewPassword(id: string, label: string): TemplateResult {
    return inputField({
      id,
      label,
      type: this.showPassword ? 'text' : 'password',
      autocomplete: 'new-password',
      value: this.newPassword,
      error: this.fieldErrors[id],
      describedBy: [`${id}-hint`, `${id}-strength`],
      extra: html`<p class="field__hint" part="hint" id="${id}-hint">${policyHint(this.localize, this.policy)}</p>
        ${strengthMeter(this.localize, `${id}-strength`, this.strength)} ${this.announcer.render()}`,
      onInput: value => {
        this.newPassword = value;
        this.announcer.typed(this.localize, this.strength);
      }
    });
  }

  protected renderConfirm(id: string, label: string): TemplateResult {
    return inputField({
      id,
      label,
      type: this.showPassword ? 'text' : 'password',
      autocomplete: 'new-password',
      value: this.confirmPassword,
      error: this.fieldErrors[id],
      onInput: value => {
        this.confirmPassword = value;
      }
    });
  }
}
