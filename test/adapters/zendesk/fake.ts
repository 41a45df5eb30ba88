// The tests' side of the fake Zendesk (test/servers/zendesk-fake.mjs, mounted under /__zendesk/ by
// web-test-runner.config.mjs): fresh accounts, OAuth tokens, agent replies, status changes, faults, the request log
// and the spec violations the fake recorded.
import { createZendeskAdapter, type ZendeskAdapterOptions } from '../../../src/adapters/zendesk/index.js';

const CONTROL = '/__zendesk/__control';

async function control<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${CONTROL}${path}`, {
    method: init.method ?? 'GET',
    ...(init.body === undefined
      ? {}
      : { body: JSON.stringify(init.body), headers: { 'content-type': 'application/json' } })
  });
  if (!response.ok) throw new Error(`fake Zendesk ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The seeded end users (test/servers/zendesk-fake/tenant.mjs). */
export const CUSTOMER = { login: 'ana@example.com', password: 'Ana-Password-2026' };
export const COLLEAGUE = { login: 'beto@example.com', password: 'Beto-Password-2026' };
export const OUTSIDER = { login: 'olga@example.net', password: 'Olga-Password-2026' };
/** The "Report a technical problem" form (201): every custom field type, end-user conditions. */
export const TECHNICAL_FORM = 201;
export const BILLING_FORM = 202;

export interface Violation {
  operation?: string;
  kind: string;
  where: string;
  details: string[];
}

export interface LogEntry {
  operation: string;
  method: string;
  path: string;
  idempotencyKey?: string;
  status: number | string;
  fault?: string;
}

/** Fails loudly when the fake cannot validate anything (the shared spec is missing). */
export async function requireSpec(): Promise<{ path: string; errata: { pointer: string; why: string }[] }> {
  const response = await fetch(`${CONTROL}/spec`);
  const body = (await response.json()) as { ok: boolean; path: string; error?: string; errata: [] };
  if (!body.ok) throw new Error(body.error ?? 'the fake Zendesk has no spec');
  return body;
}

/** One isolated Zendesk account on the fake. */
export class ZendeskFake {
  private constructor(
    readonly id: string,
    /** Absolute base URL standing in for https://{subdomain}.zendesk.com/. */
    readonly baseUrl: string
  ) {}

  static async create(options: { honorIdempotencyKey?: boolean } = {}): Promise<ZendeskFake> {
    const { id, baseUrl } = await control<{ id: string; baseUrl: string }>('/tenants', {
      method: 'POST',
      body: options
    });
    return new ZendeskFake(id, new URL(baseUrl, location.href).href);
  }

  private path(rest: string): string {
    return `/tenants/${encodeURIComponent(this.id)}${rest}`;
  }

  /** An adapter on this account, signed out unless a token is given. */
  adapter(options: Partial<ZendeskAdapterOptions> = {}) {
    return createZendeskAdapter({ baseUrl: this.baseUrl, ...options });
  }

  /** An OAuth access token for the user, as the host page gets it from Zendesk's authorization flow. */
  async token(email: string): Promise<string> {
    return (await control<{ token: string }>(this.path('/tokens'), { method: 'POST', body: { email } })).token;
  }

  async checkPassword(email: string, password: string): Promise<boolean> {
    return (await control<{ ok: boolean }>(this.path('/check-password'), { method: 'POST', body: { email, password } }))
      .ok;
  }

  reply(requestId: string, body: string): Promise<unknown> {
    return control(this.path(`/requests/${requestId}/replies`), { method: 'POST', body: { body } });
  }

  setStatus(requestId: string, status: string): Promise<unknown> {
    return control(this.path(`/requests/${requestId}/status`), { method: 'POST', body: { status } });
  }

  assign(requestId: string): Promise<unknown> {
    return control(this.path(`/requests/${requestId}/assign`), { method: 'POST', body: {} });
  }

  /** Arms a fault of the fault-matrix vocabulary on an operation (a Zendesk operationId). */
  async inject(fault: Record<string, unknown>): Promise<void> {
    await control(this.path('/faults'), { method: 'POST', body: fault });
  }

  async clearFaults(): Promise<void> {
    await control(this.path('/faults'), { method: 'DELETE' });
  }

  async requests(): Promise<{ id: number; subject: string; requester_id: number; comments: number }[]> {
    return (await control<{ requests: [] }>(this.path('/requests'))).requests;
  }

  async log(): Promise<LogEntry[]> {
    return (await control<{ log: LogEntry[] }>(this.path('/log'))).log;
  }

  violations(): Promise<{
    violations: Violation[];
    checked: { requests: number; responses: number; outside: number };
  }> {
    return control(this.path('/violations'));
  }

  /** Deletes the account without looking at what it recorded. */
  async discard(): Promise<void> {
    await control(this.path(''), { method: 'DELETE' });
  }

  /** Deletes the account; fails when a request or an answer did not match the official Zendesk document. */
  async dispose(): Promise<void> {
    const { violations } = await this.violations();
    await control(this.path(''), { method: 'DELETE' });
    if (violations.length > 0) {
      throw new Error(
        `the Zendesk document was not kept:\n${violations.map(v => `${v.kind} ${v.operation ?? '?'} (${v.where}): ${v.details.join('; ')}`).join('\n')}`
      );
    }
  }
}
