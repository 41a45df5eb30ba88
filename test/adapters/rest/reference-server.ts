// The tests' side of the loopback reference server (test/servers/rest-reference-server.mjs, mounted under /__rest/
// by web-test-runner.config.mjs): fresh tenants, their mailbox and agents, faults and counters.
import type { StatusCategory } from '../../../src/core/index.js';
import type { Preset } from '../../../src/core/preset.js';
import { categoryCards } from '../../../src/widget/presets/category-cards.js';

const CONTROL = '/__rest/__control';

async function control<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${CONTROL}${path}`, {
    method: init.method ?? 'GET',
    ...(init.body === undefined
      ? {}
      : { body: JSON.stringify(init.body), headers: { 'content-type': 'application/json' } })
  });
  if (!response.ok) throw new Error(`control ${path} answered ${response.status}: ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** The outsider checks need a customer of another organization. */
export const OUTSIDER = { login: 'ajeno@example.com', password: 'Otra-Empresa-2026!' };
const [customer, colleague] = categoryCards.users;
if (!customer || !colleague) throw new Error('the category-cards preset needs two users of one organization');
export const CUSTOMER = { login: customer.email, password: customer.password };
export const COLLEAGUE = { login: colleague.email, password: colleague.password };
export const CATEGORY_ID = 'inconveniente-tecnico-lentitud';

export const PRESET: Preset = {
  ...categoryCards,
  organizations: [...categoryCards.organizations, { id: 'org-otra', name: 'Otra Empresa S.A.S.' }],
  users: [
    ...categoryCards.users,
    {
      id: 'user-ajeno',
      name: 'Persona Ajena',
      email: OUTSIDER.login,
      password: OUTSIDER.password,
      organizationId: 'org-otra'
    }
  ]
};

/** Where the contract was broken, as the server recorded it (requests it received, answers it sent). */
export interface Violation {
  tenant?: string;
  operation?: string;
  kind: string;
  details: string[];
}

export interface TenantStats {
  cases: number;
  comments: number;
  files: number;
  requests: { operation: string; idempotencyKey?: string; status: number | string; fault?: string }[];
  violations: Violation[];
}

/** One isolated help desk on the reference server. */
export class RestTenant {
  private constructor(
    readonly id: string,
    /** Absolute base URL of the contract for this tenant. */
    readonly baseUrl: string
  ) {}

  static async create(preset: Preset = PRESET): Promise<RestTenant> {
    const { id, baseUrl } = await control<{ id: string; baseUrl: string }>('/tenants', {
      method: 'POST',
      body: { preset }
    });
    return new RestTenant(id, new URL(baseUrl, location.href).href);
  }

  private path(rest: string): string {
    return `/tenants/${encodeURIComponent(this.id)}${rest}`;
  }

  async mailToken(email: string, kind: 'signup' | 'reset'): Promise<string | undefined> {
    const query = new URLSearchParams({ to: email, kind });
    const { token } = await control<{ token: string | null }>(this.path(`/mail?${query}`));
    return token ?? undefined;
  }

  async hostToken(login: string): Promise<string> {
    return (await control<{ token: string }>(this.path('/host-tokens'), { method: 'POST', body: { login } })).token;
  }

  /** A new session for `login`, as a host page (or its proxy) would mint one: its bearer token. */
  async accessToken(login: string): Promise<string> {
    const grant = await control<{ accessToken: string }>(this.path('/sessions'), { method: 'POST', body: { login } });
    return grant.accessToken;
  }

  reply(caseId: string, body: string): Promise<unknown> {
    return control(this.path(`/cases/${encodeURIComponent(caseId)}/replies`), { method: 'POST', body: { body } });
  }

  setStatus(caseId: string, category: StatusCategory): Promise<unknown> {
    return control(this.path(`/cases/${encodeURIComponent(caseId)}/status`), { method: 'POST', body: { category } });
  }

  /** Arms a fault of the fault-matrix vocabulary (see test/servers/rest-reference/faults.mjs). */
  injectFault(fault: Record<string, unknown>): Promise<void> {
    return control(this.path('/faults'), { method: 'POST', body: fault });
  }

  clearFaults(): Promise<void> {
    return control(this.path('/faults'), { method: 'DELETE' });
  }

  stats(): Promise<TenantStats> {
    return control<TenantStats>(this.path('/stats'));
  }

  /** Deletes the tenant; fails when the server saw a request or sent an answer that breaks the contract. */
  async dispose(): Promise<void> {
    const { violations } = await this.stats();
    await control(this.path(''), { method: 'DELETE' });
    if (violations.length > 0) {
      throw new Error(
        `the contract was broken:\n${violations.map(v => `${v.kind} ${v.operation}: ${v.details.join('; ')}`).join('\n')}`
      );
    }
  }
}

export function openApiDocument(): Promise<Record<string, unknown>> {
  return control('/openapi');
}

export function openApiValidation(): Promise<{ valid: boolean; errors: unknown; version: string }> {
  return control('/openapi/validation');
}
