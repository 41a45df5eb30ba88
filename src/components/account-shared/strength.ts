import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import type { PasswordCheck, PasswordPolicy } from '../../core/password-policy.js';
import type { PasswordScore, PasswordStrength } from '../../core/password-strength.js';

/** How long typing must pause before the new strength is announced: often enough to help, never per keystroke. */
const ANNOUNCE_AFTER_MS = 1000;

export function strengthLabel(localize: LocalizeController, score: PasswordScore): string {
  return localize.t(`password.strength.${score}`);
}

/** "Al menos 8 caracteres, con una seguridad «Aceptable» o mayor.": the policy, shown under a new password. */
export function policyHint(localize: LocalizeController, policy: PasswordPolicy): string {
  return localize.t('password.rules', { min: policy.minLength, level: strengthLabel(localize, policy.minScore) });
}

/** The sentence for a new password that breaks the policy, or undefined when it meets it. */
export function passwordProblem(localize: LocalizeController, check: PasswordCheck): string | undefined {
  switch (check.problem) {
    case undefined:
      return undefined;
    case 'required':
      return localize.t('password.required');
    case 'too-short':
      return localize.t('password.tooShort', { min: check.policy.minLength });
    case 'too-long':
      return localize.t('password.tooLong', { max: check.policy.maxLength });
    case 'too-weak':
      return `${localize.t('password.tooWeak', {
        level: strengthLabel(localize, check.strength.score),
        required: strengthLabel(localize, check.policy.minScore)
      })} ${localize.t(`password.feedback.${check.strength.feedback}`)}`;
  }
}

/**
 * The visible strength meter: four bars, the level ("Muy fuerte") and one hint. It is a description of the
 * password input (by `id`), read when the input is focused; the live announcement is the announcer's job.
 */
export function strengthMeter(
  localize: LocalizeController,
  id: string,
  strength: PasswordStrength | undefined
): TemplateResult {
  const visible = strength !== undefined && strength.feedback !== 'empty';
  return html`<div class="strength" part="strength" id=${id} data-score=${visible ? strength.score : nothing}>
    <div class="strength__bar" aria-hidden="true"><span></span><span></span><span></span><span></span></div>
    ${
      visible
        ? html`<p class="strength__label" part="strength-label">
              ${localize.t('password.strength', { level: strengthLabel(localize, strength.score) })}
            </p>
            <p class="strength__feedback" part="strength-feedback">
              ${localize.t(`password.feedback.${strength.feedback}`)}
            </p>`
        : nothing
    }
  </div>`;
}

/**
 * Announces the strength of a password being typed, politely and only when typing pauses and the level changed:
 * a screen reader user hears "Seguridad de la contraseña: Fuerte" once, not at every keystroke.
 */
export class StrengthAnnouncer implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private announcedScore: PasswordScore | undefined;
  /** The text of the live region. */
  message = '';

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Call on every input with the new estimate (undefined for an empty password). */
  typed(localize: LocalizeController, strength: PasswordStrength | undefined): void {
    clearTimeout(this.timer);
    if (!strength || strength.feedback === 'empty') {
      this.announcedScore = undefined;
      return;
    }
    this.timer = setTimeout(() => {
      if (strength.score === this.announcedScore) return;
      this.announcedScore = strength.score;
      this.message = localize.t('password.strength', { level: strengthLabel(localize, strength.score) });
      this.host.requestUpdate();
    }, ANNOUNCE_AFTER_MS);
  }

  /** Forgets what was announced (after the form was sent or cleared). */
  reset(): void {
    clearTimeout(this.timer);
    this.announcedScore = undefined;
    this.message = '';
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" aria-live="polite">${this.message}</div>`;
  }
}
