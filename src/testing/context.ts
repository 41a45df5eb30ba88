import type { CaseQuery, HelpDeskAdapter } from '../core/adapter.js';
import type { Capabilities, FlowSupport } from '../core/capabilities.js';
import type { Session } from '../core/model/account.js';
import type { Case, CaseInput } from '../core/model/case.js';
import type { FormDefinition } from '../core/model/form.js';
import { assert, fail, show } from './assert.js';
import type { ConformanceAccount, ConformanceFixture } from './fixture.js';
import { guardAdapter } from './guarded-adapter.js';
import { buildCaseInput } from './valid-input.js';

/** Thrown by `skip()`; the runner turns it into the test framework's own "skipped". */
export class SkipCheck extends Error {
  override readonly name = 'SkipCheck';
}

/** Lower-case letters only, so any tokenizer keeps it as one searchable word. */
/** Ends the current check as skipped, for something the adapter or the fixture does not offer. */
export function skip(reason: string): never {
  throw new SkipCheck(reason);
}

export function uniqueWord(length = 10): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return `zq${[...bytes].map(byte => String.fromCharCode(97 + (byte % 26))).join('')}`;
}

export function uniqueKey(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `key-${uniqueWord(24)}`;
}

export function delay(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

type AccountFlow = 'passwordSignIn' | 'signup' | 'passwordReset' | 'changePassword';

/** What a check works with: the fixture, the guarded adapter, and helpers that build the data it needs. */
export class CheckContext {
  readonly adapter: HelpDeskAdapter;
  private capabilitiesCache: Promise<Capabilities> | undefined;
  private formCache: Promise<FormDefinition> | undefined;

  constructor(readonly fixture: ConformanceFixture) {
    this.adapter = guardAdapter(fixture.adapter);
  }

  capabilities(): Promise<Capabilities> {
    return (this.capabilitiesCache ??= this.adapter.capabilities());
  }

  /** Skips the check unless the account flow runs through the API. */
  async requireFlow(flow: AccountFlow): Promise<FlowSupport> {
    const support = (await this.capabilities()).accounts[flow];
    if (support.mode !== 'api') skip(`capabilities().accounts.${flow} is ${show(support.mode)}`);
    return support;
  }

  async requireListing(): Promise<void> {
    if (!(await this.capabilities()).cases.list) skip('capabilities().cases.list is false');
  }

  requireMail(): NonNullable<ConformanceFixture['readEmailLink']> {
    const read = this.fixture.readEmailLink;
    if (!read) skip('the fixture has no readEmailLink');
    return read.bind(this.fixture);
  }

  async readToken(email: string, kind: 'signup' | 'reset'): Promise<string> {
    const token = await this.requireMail()(email, kind);
    assert(typeof token === 'string' && token !== '', `no ${kind} mail with a token reached ${email}`);
    return token;
  }

  /**
   * Signs the account in with its password, or, on a backend whose customers sign in on a hosted page (OAuth) and
   * that takes the host page's token, with the token the fixture issues for it.
   */
  async signIn(account: ConformanceAccount = this.fixture.customer): Promise<Session> {
    const { accounts } = await this.capabilities();
    if (accounts.passwordSignIn.mode !== 'api' && accounts.hostToken && this.fixture.issueHostToken) {
      return this.adapter.signIn({ kind: 'token', token: await this.fixture.issueHostToken(account.login) });
    }
    await this.requireFlow('passwordSignIn');
    return this.adapter.signIn({ kind: 'password', login: account.login, password: account.password });
  }

  form(): Promise<FormDefinition> {
    return (this.formCache ??= this.adapter.getForm(this.fixture.categoryId));
  }

  /** A valid input for the fixture's category with a unique subject; the customer must be signed in. */
  async caseInput(overrides: Partial<CaseInput> = {}): Promise<CaseInput> {
    const word = uniqueWord();
    // Subject and description go through the builder so the form's subject and description fields match them.
    const { subject, description, ...rest } = overrides;
    const input = await buildCaseInput(this.adapter, await this.form(), {
      categoryId: this.fixture.categoryId,
      subject: subject ?? `Conformance case ${word}`,
      description: description ?? `Opened by the conformance suite (${word}).`,
      ...(this.fixture.fieldValues ? { fieldValues: this.fixture.fieldValues } : {})
    });
    return { ...input, ...rest };
  }

  async createCase(overrides: Partial<CaseInput> = {}): Promise<Case> {
    return this.adapter.createCase(await this.caseInput(overrides), { idempotencyKey: uniqueKey() });
  }

  /** Every case of a query, following cursors; fails on a cursor loop instead of hanging. */
  async listAll(query: Omit<CaseQuery, 'cursor'>): Promise<Case[]> {
    const items: Case[] = [];
    const seen = new Set<string>();
    let cursor: string | null = null;
    for (let page = 0; page < 500; page++) {
      const result = await this.adapter.listCases({ ...query, cursor });
      items.push(...result.items);
      if (result.nextCursor === null) return items;
      assert(!seen.has(result.nextCursor), `listCases() handed out the cursor ${show(result.nextCursor)} twice`);
      seen.add(result.nextCursor);
      cursor = result.nextCursor;
    }
    return fail('listCases() kept returning a next cursor after 500 pages');
  }

  async listAllIds(query: Omit<CaseQuery, 'cursor'> = { scope: 'mine', size: 100 }): Promise<string[]> {
    return (await this.listAll(query)).map(item => item.id);
  }
}
