// A loopback fake of Zendesk Support for the Zendesk adapter's tests: an in-memory account per test, the end-user
// endpoints the adapter calls, fault injection, and a control API for the tests. It runs inside web-test-runner's dev
// server as a koa middleware under `/__zendesk/` (see web-test-runner.config.mjs), so the tests reach it same-origin.
//
//   /__zendesk/t/{tenant}/api/v2/...          Zendesk's API. Every request and every answer is validated against the
//                                             official document ../shared/specs/zendesk-support-api.oas.yaml (plus
//                                             the documented notes of zendesk-fake/spec-notes.mjs); a mismatch is
//                                             recorded as a violation, which the tests read and fail on.
//   /__zendesk/t/{tenant}/attachments/...     downloads of uploaded files (their `content_url`)
//   /__zendesk/__control/...                  tenants, OAuth tokens, agent replies, status changes, faults, log
//
// The document is loaded on the first request (about 3 s), not when the dev server starts, so test runs that never
// touch Zendesk do not pay for it. Plain JavaScript ESM: the dev server's node side loads it as is.
import { Buffer } from 'node:buffer';
import console from 'node:console';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { URL, fileURLToPath } from 'node:url';
import { ZendeskError, errors, handlers } from './zendesk-fake/handlers.mjs';
import { loadZendeskSpec } from './zendesk-fake/spec.mjs';
import { ZendeskTenant, secret } from './zendesk-fake/tenant.mjs';

const DEFAULT_SPEC = fileURLToPath(new URL('../../../shared/specs/zendesk-support-api.oas.yaml', import.meta.url));

// The fault vocabulary of the shared fault matrix (the same as the REST reference server's), keyed by operationId.
const FAULT_KINDS = [
  'drop-connection',
  'status',
  'delay',
  'slow-request-body',
  'cut-request-body',
  'malformed-json',
  'drop-field',
  'expire-session'
];

const STATUS_ERRORS = {
  429: { errors: [{ code: 'TooManyRequests', title: 'Too many requests' }] },
  500: { errors: [{ code: 'Unavailable', title: 'Internal Server Error' }] },
  502: { errors: [{ code: 'BadGateway', title: 'Bad Gateway' }] },
  503: { errors: [{ code: 'Unavailable', title: 'Service Unavailable' }] },
  504: { errors: [{ code: 'GatewayTimeout', title: 'Gateway Timeout' }] }
};

function send(res, status, body, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  const text = typeof body === 'string' && headers['content-type'] ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

function readBody(req, { throttle, cutAt } = {}) {
  const length = Number(req.headers['content-length'] ?? 0);
  const cutBytes = cutAt === undefined ? Infinity : Math.max(1, Math.floor(length * cutAt));
  return new Promise((resolve, reject) => {
    const chunks = [];
    let received = 0;
    req.on('data', chunk => {
      chunks.push(chunk);
      received += chunk.length;
      if (received >= cutBytes) {
        req.socket.destroy();
        reject(new Error('cut'));
        return;
      }
      if (throttle) {
        req.pause();
        sleep(Math.ceil((chunk.length / throttle) * 1000)).then(() => req.resume());
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('client went away'));
    });
  });
}

/** Leaves `field` out of the answer's record, or out of the first record of its list. */
function dropField(body, field) {
  const copy = structuredClone(body);
  for (const value of Object.values(copy ?? {})) {
    if (Array.isArray(value) && value[0] && typeof value[0] === 'object') delete value[0][field];
    else if (value && typeof value === 'object' && field in value) delete value[field];
  }
  return copy;
}

export function createZendeskFake({ prefix = '/__zendesk', specPath = process.env.ZENDESK_SPEC ?? DEFAULT_SPEC } = {}) {
  const tenants = new Map();
  let spec;
  let specError;

  function loadSpec() {
    if (spec || specError) return;
    try {
      spec = loadZendeskSpec(specPath);
    } catch (error) {
      specError = error;
      console.error(`[zendesk-fake] ${error.message}`);
    }
  }

  function violation(tenant, operation, kind, details, where) {
    tenant.violations.push({ operation: operation?.id, kind, where, details });
  }

  function takeFault(tenant, operationId) {
    const fault = tenant.faults.find(
      f => f.remaining > 0 && (f.operation === undefined || f.operation === operationId)
    );
    if (fault) fault.remaining -= 1;
    return fault;
  }

  /** Checks an answer against the document (recording any mismatch), then sends it. */
  function checkAndSend(tenant, operation, res, status, body, headers = {}, where = '') {
    const text = JSON.stringify(body);
    const mismatches = spec.checkResponse(operation, status, 'application/json', text);
    tenant.checked.responses += 1;
    if (mismatches.length > 0) violation(tenant, operation, 'response', mismatches, where);
    send(res, status, body, headers);
  }

  async function serveApi(tenant, path, req, res, url) {
    const base = `${url.origin}${prefix}/t/${tenant.id}`;
    const found = spec.match(req.method, path);
    const where = `${req.method} ${path}${url.search}`;
    if (!found) {
      violation(tenant, undefined, 'request', [`${req.method} ${path} is not in the Zendesk document`], where);
      send(res, 404, { error: 'InvalidEndpoint', description: 'Not found' });
      return;
    }
    const { operation, params } = found;
    if (operation.outside) tenant.checked.outside += 1;
    const log = {
      operation: operation.id,
      method: req.method,
      path,
      idempotencyKey: req.headers['idempotency-key'],
      status: 0
    };
    tenant.log.push(log);
    const fault = takeFault(tenant, operation.id);
    if (fault) log.fault = fault.kind;

    if (fault?.kind === 'drop-connection') {
      log.status = 'dropped';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      const headers = fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
      log.status = fault.status;
      const body = STATUS_ERRORS[fault.status] ?? { error: 'Injected', description: `Injected ${fault.status}` };
      checkAndSend(tenant, operation, res, fault.status, body, headers, where);
      return;
    }
    if (fault?.kind === 'expire-session') {
      tenant.revokeTokensOf(req.headers);
      log.status = 401;
      checkAndSend(tenant, operation, res, 401, errors.invalidToken().body, {}, where);
      return;
    }
    if (fault?.kind === 'delay' && fault.when !== 'after') await sleep(fault.ms);

    let raw;
    try {
      raw = await readBody(req, {
        throttle: fault?.kind === 'slow-request-body' ? fault.bytesPerSecond : undefined,
        cutAt: fault?.kind === 'cut-request-body' ? fault.fraction : undefined
      });
    } catch {
      log.status = 'aborted';
      return;
    }
    const query = url.searchParams;
    const problems = spec.checkRequest(operation, { params, query, headers: req.headers, body: raw });
    tenant.checked.requests += 1;
    if (problems.length > 0) {
      violation(tenant, operation, 'request', problems, where);
      log.status = 400;
      // Zendesk would refuse most of these; the fake refuses all of them, so a bad request never passes unseen.
      send(res, 400, { error: 'SpecViolation', description: problems.join('; ') });
      return;
    }
    let json = {};
    if (raw.length > 0 && /json/i.test(String(req.headers['content-type']))) json = JSON.parse(raw.toString('utf8'));
    const user = tenant.userOf(req.headers);
    if (req.headers.authorization && !user) {
      log.status = 401;
      checkAndSend(tenant, operation, res, 401, errors.invalidToken().body, {}, where);
      return;
    }
    let result;
    try {
      result = await handlers[operation.id]({
        tenant,
        user,
        params,
        query,
        json,
        raw,
        headers: req.headers,
        base,
        url
      });
    } catch (error) {
      if (!(error instanceof ZendeskError)) throw error;
      log.status = error.status;
      checkAndSend(tenant, operation, res, error.status, error.body, error.headers, where);
      return;
    }
    log.status = result.status;
    if (fault?.kind === 'delay' && fault.when === 'after') await sleep(fault.ms);
    if (res.destroyed) return;
    if (fault?.kind === 'malformed-json') {
      send(res, result.status, '{"request": {"id": 1, "subject": ', { 'content-type': 'application/json' });
      return;
    }
    if (fault?.kind === 'drop-field' && result.status < 300) {
      // Deliberately broken: not validated, the adapter must refuse it.
      send(res, result.status, dropField(result.body, fault.field), result.headers);
      return;
    }
    checkAndSend(tenant, operation, res, result.status, result.body, result.headers, where);
  }

  function serveFile(tenant, path, res) {
    const download = /^\/attachments\/token\/([^/]+)\/?$/.exec(path)?.[1];
    const file = download ? tenant.files.get(download) : undefined;
    if (!file) return send(res, 404, { error: 'RecordNotFound', description: 'Not found' });
    res.writeHead(200, { 'content-type': file.type, 'content-length': String(file.data.length) });
    res.end(file.data);
  }

  /** The tests' side door. Not Zendesk: nothing here is validated against the document. */
  async function serveControl(path, req, res) {
    const parts = path.split('/').filter(Boolean);
    const body =
      req.method === 'GET' || req.method === 'DELETE' ? {} : JSON.parse((await readBody(req)).toString() || '{}');
    if (parts[0] === 'spec') {
      return send(res, specError ? 500 : 200, {
        ok: !specError,
        path: specPath,
        error: specError?.message,
        errata: spec?.errata.map(({ pointer, why }) => ({ pointer, why }))
      });
    }
    if (specError) return send(res, 500, { error: specError.message });
    if (parts[0] === 'tenants' && parts.length === 1 && req.method === 'POST') {
      const tenant = new ZendeskTenant(secret(6), body);
      tenants.set(tenant.id, tenant);
      return send(res, 201, { id: tenant.id, baseUrl: `${prefix}/t/${tenant.id}` });
    }
    const tenant = tenants.get(parts[1]);
    if (parts[0] !== 'tenants' || !tenant) return send(res, 404, { error: `No tenant ${parts[1]}` });
    const rest = parts.slice(2).join('/');
    const request = parts[2] === 'requests' && parts[3] ? tenant.requests.get(Number(parts[3])) : undefined;
    if (parts[2] === 'requests' && parts[3] && !request) return send(res, 404, { error: `No request ${parts[3]}` });
    switch (`${req.method} ${rest.replace(/^requests\/\d+/, 'requests/:id')}`) {
      case 'DELETE ':
        tenants.delete(tenant.id);
        return send(res, 200, { deleted: tenant.id });
      case 'POST tokens': {
        const token = tenant.issueToken(body.email);
        return token ? send(res, 201, { token }) : send(res, 404, { error: `No user ${body.email}` });
      }
      case 'POST check-password': {
        const user = tenant.userByEmail(body.email);
        return send(res, 200, { ok: Boolean(user) && user.password === body.password });
      }
      case 'POST requests/:id/replies': {
        const agent = tenant.users.find(user => user.role === 'agent');
        const comment = tenant.addComment(request, agent.id, { body: body.body });
        if (request.status === 'new' || request.status === 'open') request.status = body.status ?? 'pending';
        return send(res, 201, { id: comment.id });
      }
      case 'POST requests/:id/status':
        request.status = body.status;
        request.updatedMs = tenant.tick();
        return send(res, 200, { status: request.status });
      case 'POST requests/:id/assign':
        request.assignee_id = tenant.users.find(user => user.role === 'agent').id;
        if (request.status === 'new') request.status = 'open';
        return send(res, 200, { assignee_id: request.assignee_id });
      case 'GET requests':
        return send(res, 200, {
          requests: [...tenant.requests.values()].map(r => ({
            id: r.id,
            subject: r.subject,
            requester_id: r.requester_id,
            comments: r.comments.length
          }))
        });
      case 'POST faults':
        if (!FAULT_KINDS.includes(body.kind)) return send(res, 400, { error: `Unknown fault kind ${body.kind}` });
        tenant.faults.push({ ...body, remaining: body.times === 0 ? Infinity : (body.times ?? 1) });
        return send(res, 201, { faults: tenant.faults.length });
      case 'DELETE faults':
        tenant.faults = [];
        return send(res, 200, {});
      case 'GET log':
        return send(res, 200, { log: tenant.log });
      case 'GET violations':
        return send(res, 200, { violations: tenant.violations, checked: tenant.checked });
      default:
        return send(res, 404, { error: `No control endpoint ${req.method} ${path}` });
    }
  }

  async function handle(req, res) {
    const url = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`);
    const path = url.pathname.slice(prefix.length);
    loadSpec();
    try {
      if (path.startsWith('/__control/')) return await serveControl(path.slice('/__control'.length), req, res);
      const tenantMatch = /^\/t\/([^/]+)(\/.*)$/.exec(path);
      const tenant = tenantMatch ? tenants.get(tenantMatch[1]) : undefined;
      if (!tenant) return send(res, 404, { error: 'InvalidEndpoint', description: 'No such fake account' });
      if (specError) return send(res, 500, { error: 'SpecMissing', description: specError.message });
      const inner = tenantMatch[2];
      if (inner.startsWith('/attachments/')) return serveFile(tenant, inner, res);
      return await serveApi(tenant, inner, req, res, url);
    } catch (error) {
      console.error('[zendesk-fake]', error);
      return send(res, 500, { errors: [{ code: 'Unavailable', title: 'Internal Server Error' }] });
    }
  }

  /** A koa middleware for web-test-runner / @web/dev-server's `middleware` option. */
  async function middleware(ctx, next) {
    if (ctx.path !== prefix && !ctx.path.startsWith(`${prefix}/`)) return next();
    ctx.respond = false;
    await handle(ctx.req, ctx.res);
  }

  return { handle, middleware, tenants };
}
