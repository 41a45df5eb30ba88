import type { HelpDeskAdapter } from '../core/adapter.js';
import type { StatusCategory } from '../core/model/case.js';
import type { FieldValue } from '../core/model/form.js';

/** An account that already exists on the backend, signed in with a login and a password. */
export interface ConformanceAccount {
  login: string;
  password: string;
}

/** Which mail a token is read from. */
export type ConformanceMailKind = 'signup' | 'reset';

/** What the support side can do to a case, so the suite can play an agent. */
export interface ConformanceSupport {
  /** Posts an agent reply on the case; it must then show up in the customer's thread with role `agent`. */
  reply(caseId: string, body: string): Promise<unknown>;
  /**
   * Moves the case to any status of the given category. Only used to build cases in different statuses when the
   * adapter cannot close cases itself (`capabilities().cases.close` false).
   */
  setStatus?(caseId: string, category: StatusCategory): Promise<unknown>;
}

/**
 * Everything one check needs. `createFixture` is called once per check and must return an isolated backend (a fresh
 * database, a fresh tenant, a sandbox project ...) in which the accounts below exist and nobody is signed in: checks
 * create cases, change passwords and sign in and out, and must never see each other's data.
 */
export interface ConformanceFixture {
  /** The adapter under test, signed out. */
  adapter: HelpDeskAdapter;
  /** An existing customer account; checks may change its password, so give a fresh one per fixture. */
  customer: ConformanceAccount;
  /** Another customer of the same organization, for the organization-scope checks (skipped when absent). */
  colleague?: ConformanceAccount;
  /** A customer of another organization, who must not see the customer's cases (skipped when absent). */
  outsider?: ConformanceAccount;
  /**
   * A category the customer may open cases in. The suite fills its form by itself: each required, visible field
   * gets a valid value of its kind (text, e-mail, first option of a select, first leaf of a cascade, first result of
   * a lookup, a valid Colombian NIT, a checked checkbox ...). Give values in `fieldValues` for fields it cannot
   * invent, such as a text field with a pattern.
   */
  categoryId: string;
  /** Field values, by field id, that replace what the suite would fill in. */
  fieldValues?: Record<string, FieldValue>;
  /**
   * Returns the token of the latest mail of that kind sent to `email` (the part of the link the UI hands to
   * `completeSignup` / `completePasswordReset`), or undefined when there is none. Checks of the signup and reset
   * flows are skipped when absent.
   */
  readEmailLink?(email: string, kind: ConformanceMailKind): Promise<string | undefined>;
  /**
   * Returns a token the host page would hold for this account, for `signIn({ kind: 'token' })`. The token sign-in
   * check is skipped when absent.
   */
  issueHostToken?(login: string): Promise<string>;
  /**
   * Whether `password` is now the password of the account `login`, asked of the backend out of band. Only used when
   * password sign-in is not in the API (customers sign in on a hosted page), to check password changes; those checks
   * are skipped when it is absent.
   */
  checkPassword?(login: string, password: string): Promise<boolean>;
  /** The support side; thread checks that need an agent reply are skipped when absent. */
  support?: ConformanceSupport;
  /** Releases what `createFixture` made (deletes the database, closes connections). Called after every check. */
  dispose?(): Promise<void> | void;
}

/** Tuning for `defineConformanceSuite`. */
export interface ConformanceOptions {
  /** Time limit of each check in milliseconds; remote backends may need more. Default 30000. */
  timeout?: number;
}
