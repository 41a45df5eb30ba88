import { estimatePasswordStrength, type PasswordScore, type PasswordStrength } from './password-strength.js';

/** What a new password must meet before it is sent. The backend may still refuse it with its own rules. */
export interface PasswordPolicy {
  /** Fewest characters (code points). */
  minLength: number;
  /** Most characters; long passphrases are welcome, so this is only a guard against pasted novels. */
  maxLength: number;
  /** Lowest strength score (0 to 4, see `estimatePasswordStrength`) accepted. */
  minScore: PasswordScore;
}

/** At least 8 characters and a "fair" (2) strength: NIST SP 800-63B's floor plus a check against common passwords. */
export const DEFAULT_PASSWORD_POLICY: Readonly<PasswordPolicy> = Object.freeze({
  minLength: 8,
  maxLength: 256,
  minScore: 2
});

export type PasswordProblem = 'required' | 'too-short' | 'too-long' | 'too-weak';

export interface PasswordCheck {
  /** The first rule the password breaks, or undefined when it meets the policy. */
  problem: PasswordProblem | undefined;
  strength: PasswordStrength;
  policy: PasswordPolicy;
}

/** A whole policy from a partial one (attributes, configuration), with out-of-range values brought into range. */
export function resolvePasswordPolicy(partial: Partial<PasswordPolicy> = {}): PasswordPolicy {
  const minLength = clamp(Math.round(partial.minLength ?? DEFAULT_PASSWORD_POLICY.minLength), 1, 256);
  const maxLength = clamp(Math.round(partial.maxLength ?? DEFAULT_PASSWORD_POLICY.maxLength), minLength, 4096);
  const minScore = clamp(Math.round(partial.minScore ?? DEFAULT_PASSWORD_POLICY.minScore), 0, 4) as PasswordScore;
  return { minLength, maxLength, minScore };
}

/**
 * Checks a new password against a policy. `userInputs` (the person's name and e-mail address) make a password
 * built from them weaker, as they are what an attacker tries first.
 */
export function checkPassword(
  password: string,
  policy: Partial<PasswordPolicy> = {},
  userInputs: readonly string[] = []
): PasswordCheck {
  const resolved = resolvePasswordPolicy(policy);
  const strength = estimatePasswordStrength(password, userInputs);
  const length = [...password].length;
  let problem: PasswordProblem | undefined;
  if (length === 0) problem = 'required';
  else if (length < resolved.minLength) problem = 'too-short';
  else if (length > resolved.maxLength) problem = 'too-long';
  else if (strength.score < resolved.minScore) problem = 'too-weak';
  return { problem, strength, policy: resolved };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
