// What the REST adapter's network layer does beyond the conformance suite and the fault matrix.
import { expect } from '@open-wc/testing';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import { errorFromResponse } from '../../../src/adapters/http/errors.js';
import { HelpDeskError } from '../../../src/core/index.js';
import { buildCaseInput } from '../../../src/testing/index.js';
import { CATEGORY_ID, CUSTOMER, PRESET, RestTenant } from './reference-server.js';

const tenants: RestTenant[] = [];

async function tenant(preset = PRESET): Promise<RestTenant> {
  const made = await RestTenant.create(preset);
  tenants.push(made);
  return made;
}

afterEach(async () => {
  for (const made of tenants.splice(0)) await made.dispose();
});

describe('rest adapter: network layer', () => {
  it('sends the same Idempotency-Key on every retry of a create, and the backend keeps one case', async () => {
    const backend = await tenant();
    const adapter = createRestAdapter({ baseUrl: backend.baseUrl, retries: 2, retryDelayMs: 20 });
    await adapter.signIn({ kind: 'password', ...CUSTOMER });
    const input = await buildCaseInput(adapter, await adapter.getForm(CATEGORY_ID), {
      categoryId: CATEGORY_ID,
      subject: 'Retried create',
      description: 'Sent three times.'
    });
    await backend.injectFault({ operation: 'createCase', kind: 'drop-connection' });
    await backend.injectFault({ operation: 'createCase', kind: 'status', status: 502 });
    const created = await adapter.createCase(input, { idempotencyKey: 'key-retried-create' });
    const stats = await backend.stats();
    const creates = stats.requests.filter(request => request.operation === 'createCase');
    expect(creates.map(request => request.status)).to.deep.equal(['dropped', 502, 201]);
    expect(new Set(creates.map(request => request.idempotencyKey))).to.deep.equal(new Set(['key-retried-create']));
    expect(stats.cases).to.equal(1);
    expect(created.subject).to.equal('Retried create');
  });

  it('shares one refreshToken() call among requests refused at once, and sends each again once', async () => {
    const backend = await tenant();
    let refreshes = 0;
    const adapter = createRestAdapter({
      baseUrl: backend.baseUrl,
      refreshToken: async () => {
        refreshes += 1;
        return backend.accessToken(CUSTOMER.login);
      }
    });
    await adapter.signIn({ kind: 'password', ...CUSTOMER });
    // The session ends on the server: every request with the old token is refused until the refresh.
    await backend.injectFault({ operation: 'listCategories', kind: 'expire-session' });
    await backend.injectFault({ operation: 'getForm', kind: 'status', status: 401 });
    const [categories, form] = await Promise.all([adapter.listCategories(), adapter.getForm(CATEGORY_ID)]);
    expect(categories.length).to.be.greaterThan(0);
    expect(form.id).to.equal('ticket');
    expect(refreshes).to.equal(1);
  });

  it('fails with unauthorized when the refreshed token is refused too, without asking again', async () => {
    const backend = await tenant();
    let refreshes = 0;
    const adapter = createRestAdapter({
      baseUrl: backend.baseUrl,
      refreshToken: async () => {
        refreshes += 1;
        return 'not-a-session';
      }
    });
    await adapter.signIn({ kind: 'password', ...CUSTOMER });
    await backend.injectFault({ operation: 'listCategories', kind: 'expire-session' });
    const error = await adapter.listCategories().catch((thrown: unknown) => thrown);
    expect(error).to.be.instanceOf(HelpDeskError);
    expect((error as HelpDeskError).code).to.equal('unauthorized');
    expect(refreshes).to.equal(1);
  });

  it('uses a host-managed token from getToken() on every request', async () => {
    const backend = await tenant();
    const token = await backend.accessToken(CUSTOMER.login);
    const adapter = createRestAdapter({ baseUrl: backend.baseUrl, getToken: () => token });
    expect((await adapter.getSession())?.user.email).to.equal(CUSTOMER.login);
    const anonymous = createRestAdapter({ baseUrl: backend.baseUrl });
    expect(await anonymous.getSession()).to.equal(null);
  });

  it('subscribe() is a no-op that asks for no stream when the backend has no live updates', async () => {
    const backend = await tenant({ ...PRESET, capabilities: { ...PRESET.capabilities, liveUpdates: false } });
    const adapter = createRestAdapter({ baseUrl: backend.baseUrl });
    await adapter.signIn({ kind: 'password', ...CUSTOMER });
    const changes: unknown[] = [];
    const unsubscribe = adapter.subscribe(change => changes.push(change));
    await new Promise(resolve => setTimeout(resolve, 100));
    unsubscribe();
    const operations = (await backend.stats()).requests.map(request => request.operation);
    expect(operations).not.to.include('createChangeTicket');
    expect(changes).to.deep.equal([]);
  });
});

describe('rest adapter: stalls and cancels', () => {
  /** A fetch whose answers start at once and then never finish their body (aborting the request ends it, as fetch does). */
  const stallingFetch = async (input: RequestInfo | URL) => {
    const signal = input instanceof Request ? input.signal : undefined;
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"accounts": {'));
        signal?.addEventListener('abort', () => controller.error(signal.reason), { once: true });
      }
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  };

  it('times out an answer whose body stalls after the headers', async () => {
    const adapter = createRestAdapter({ baseUrl: '/nowhere/', timeoutMs: 200, fetch: stallingFetch });
    const started = performance.now();
    const error = await adapter.listCategories().catch((thrown: unknown) => thrown);
    expect((error as HelpDeskError).code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(2000);
  });

  it('one caller cancelling capabilities() does not fail another one waiting for the same answer', async () => {
    const backend = await tenant();
    const adapter = createRestAdapter({ baseUrl: backend.baseUrl });
    const controller = new AbortController();
    const cancelled = adapter.capabilities({ signal: controller.signal });
    const waiting = adapter.capabilities();
    controller.abort();
    const error = await cancelled.catch((thrown: unknown) => thrown);
    expect((error as DOMException).name).to.equal('AbortError');
    expect((await waiting).cases.list).to.equal(true);
  });
});

describe('rest adapter: error mapping', () => {
  const problem = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/problem+json', ...headers }
    });

  it('takes code, fieldErrors, reason and retryAfterSeconds from a problem+json body', async () => {
    const error = await errorFromResponse(
      problem(422, {
        title: 'Unprocessable Content',
        status: 422,
        code: 'invalid',
        detail: 'Some fields need attention.',
        fieldErrors: { titulo: 'Título is required.', bogus: 42 },
        reason: 'expired-link'
      })
    );
    expect([error.code, error.message, error.reason]).to.deep.equal([
      'invalid',
      'Some fields need attention.',
      'expired-link'
    ]);
    expect(error.fieldErrors).to.deep.equal({ titulo: 'Título is required.' });
  });

  it('falls back to the status (and Retry-After) when a proxy answers without a problem body', async () => {
    const cases: [number, string][] = [
      [400, 'invalid'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [409, 'conflict'],
      [422, 'invalid'],
      [429, 'rate-limited'],
      [500, 'server'],
      [501, 'unsupported'],
      [502, 'server'],
      [503, 'server'],
      [504, 'timeout']
    ];
    for (const [status, code] of cases) {
      const response = new Response('<html>Bad gateway</html>', {
        status,
        headers: { 'content-type': 'text/html', 'retry-after': '7' }
      });
      const error = await errorFromResponse(response);
      expect(error.code, `status ${status}`).to.equal(code);
      expect(error.retryAfterSeconds, `status ${status}`).to.equal(7);
    }
  });

  it('reads Retry-After given as an HTTP date', async () => {
    const date = new Date(Date.now() + 60_000).toUTCString();
    const error = await errorFromResponse(
      problem(429, { title: 'x', status: 429, code: 'rate-limited' }, { 'retry-after': date })
    );
    expect(error.retryAfterSeconds).to.be.within(58, 61);
  });
});
