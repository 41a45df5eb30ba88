// The tests' handle on one isolated site of the Jira fake (test/servers/jira-fake.mjs, mounted by web-test-runner
// under /jira-fake/): make it, play its support side, arm faults, and read what it recorded. `dispose()` fails the
// test with every request or response that did not match the official OpenAPI document.
import {
  createJiraServiceManagementAdapter,
  type JiraServiceManagementAdapter,
  type JiraServiceManagementOptions
} from '../../../src/adapters/jira-service-management/index.js';

const PREFIX = '/jira-fake';

export interface FakeUser {
  accountId: string;
  token: string;
  email: string;
  name: string;
}

export interface FakeRequest {
  issueKey: string;
  summary: string;
  reporter: string;
  status: string;
  attachments: string[];
  comments: { body: string; public: boolean }[];
}

export interface LogEntry {
  method: string;
  path: string;
  query: string;
  status: number;
  operation?: string;
  fault?: boolean;
}

/** A fault of the fake: when it strikes, on which requests, and what it does (see jira-fake.mjs). */
export interface FakeFault {
  method?: string;
  /** A regular expression over the Jira path (`/rest/servicedeskapi/request`). */
  path?: string;
  when?: 'before' | 'after';
  times?: number;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  raw?: string;
  delayMs?: number;
  drop?: boolean;
  throttle?: number;
  cutAt?: number;
  malformed?: boolean;
  dropField?: string;
  expireSession?: boolean;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${PREFIX}/_control/${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`jira-fake control ${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export class JiraFakeSite {
  private constructor(
    readonly id: string,
    readonly baseUrl: string,
    readonly users: Record<string, FakeUser>
  ) {}

  static async create(seed?: unknown): Promise<JiraFakeSite> {
    const site = await call<{ id: string; basePath: string; users: Record<string, FakeUser> }>(
      'POST',
      'sites',
      seed === undefined ? {} : { seed }
    );
    return new JiraFakeSite(site.id, `${location.origin}${site.basePath}/`, site.users);
  }

  user(key: string): FakeUser {
    const user = this.users[key];
    if (!user) throw new Error(`the fake site has no user ${key}`);
    return user;
  }

  userByEmail(email: string): [string, FakeUser] {
    const found = Object.entries(this.users).find(([, user]) => user.email.toLowerCase() === email.toLowerCase());
    if (!found) throw new Error(`the fake site has no user ${email}`);
    return found;
  }

  /** An adapter for this site, signed out, with short timings and idempotency records in memory. */
  adapter(options: Partial<JiraServiceManagementOptions> = {}): JiraServiceManagementAdapter {
    return createJiraServiceManagementAdapter({
      baseUrl: this.baseUrl,
      idempotencyStore: 'memory',
      timeoutMs: 4000,
      retryDelayMs: 20,
      ...options
    });
  }

  /** An adapter signed in as `key` (a token given up front, as a host page would). */
  adapterAs(key: string, options: Partial<JiraServiceManagementOptions> = {}): JiraServiceManagementAdapter {
    return this.adapter({ token: this.user(key).token, ...options });
  }

  async issueToken(userKey: string): Promise<string> {
    return (await call<{ token: string }>('POST', `sites/${this.id}/tokens`, { user: userKey })).token;
  }

  async agentComment(
    issueKey: string,
    body: string,
    options: { public?: boolean; author?: string } = {}
  ): Promise<void> {
    await call('POST', `sites/${this.id}/comments`, { issueKey, body, ...options });
  }

  async setStatus(issueKey: string, status: string): Promise<void> {
    await call('POST', `sites/${this.id}/status`, { issueKey, status });
  }

  async inject(...faults: FakeFault[]): Promise<void> {
    await call('POST', `sites/${this.id}/faults`, { faults });
  }

  async clearFaults(): Promise<void> {
    await call('DELETE', `sites/${this.id}/faults`);
  }

  async expireTemporaryFiles(): Promise<void> {
    await call('POST', `sites/${this.id}/expire-temporary`);
  }

  async requests(): Promise<FakeRequest[]> {
    return (await call<{ requests: FakeRequest[] }>('GET', `sites/${this.id}/requests`)).requests;
  }

  async log(): Promise<LogEntry[]> {
    return (await call<{ log: LogEntry[] }>('GET', `sites/${this.id}/log`)).log;
  }

  async violations(): Promise<string[]> {
    return (await call<{ violations: string[] }>('GET', `sites/${this.id}/violations`)).violations;
  }

  /** Throws with every spec mismatch the fake saw (the path of each is in its message). */
  async assertSpecClean(): Promise<void> {
    const violations = await this.violations();
    if (violations.length > 0) {
      throw new Error(`the adapter and the fake left the official OpenAPI document:\n  - ${violations.join('\n  - ')}`);
    }
  }

  /** Checks the spec record, then deletes the site. */
  async dispose(): Promise<void> {
    try {
      await this.assertSpecClean();
    } finally {
      await call('DELETE', `sites/${this.id}`).catch(() => undefined);
    }
  }
}
