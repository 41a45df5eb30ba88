// The loopback reference server of the REST contract (docs/openapi.yaml): an in-memory help desk with one isolated
// tenant per test, plus fault injection and a control API for the tests. It runs inside web-test-runner's dev
// server as a middleware under `/__rest/` (see web-test-runner.config.mjs), so the tests reach it same-origin.
//
//   /__rest/t/{tenant}/...            the contract: every request and every answer is checked against the document;
//                                     a mismatch is recorded as a violation (GET /__rest/__control/violations)
//   /__rest/files/{tenant}/{fileId}   downloads of attachments (their `url`)
//   /__rest/__control/...             tenants, mailbox, host tokens, agent replies, faults, counters (tests only)
//
// Plain JavaScript ESM: the dev server's node side loads it as is.
import { fileURLToPath, URL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import { loadContract } from './rest-reference/contract.mjs';
import { armFault, dropField, takeFault } from './rest-reference/faults.mjs';
import { accountHandlers } from './rest-reference/handlers/accounts.mjs';
import { addTo, caseHandlers } from './rest-reference/handlers/cases.mjs';
import { catalogHandlers } from './rest-reference/handlers/catalog.mjs';
import { changeHandlers } from './rest-reference/handlers/changes.mjs';
import { Problem, problems, readBody, titleOf } from './rest-reference/http.mjs';
import { Tenant, emailKey, token } from './rest-reference/tenant.mjs';

const DEFAULT_SPEC = fileURLToPath(new URL('../../docs/openapi.yaml', import.meta.url));
const MAX_VIOLATIONS = 500;
const FAULT_CODES = { 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 429: 'rate-limited' };

function send(res, status, body, headers = {}, type = 'application/json') {
  if (res.headersSent || res.destroyed) return;
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(text);
}

function sendProblem(res, problem, headers = {}) {
  send(res, problem.status, problem.body, headers, 'application/problem+json');
}

async function readJson(req) {
  const raw = await readBody(req);
  return raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
}

export function createRestReferenceServer({ prefix = '/__rest', specPath = DEFAULT_SPEC } = {}) {
  const contract = loadContract(specPath);
  const handlers = { ...accountHandlers, ...catalogHandlers, ...caseHandlers, ...changeHandlers };
  const missing = contract.operations.filter(entry => typeof handlers[entry.id] !== 'function').map(e => e.id);
  if (missing.length > 0) throw new Error(`The reference server implements no ${missing.join(', ')}`);
  const tenants = new Map();
  const violations = [];
  let tenantCounter = 0;

  function violation(tenant, entry, kind, details) {
    const record = { tenant: tenant?.id, operation: entry?.id, kind, details };
    tenant?.violations.push(record);
    if (violations.length < MAX_VIOLATIONS) violations.push(record);
  }

  /** One request of the contract, from fault injection to the checked answer. */
  async function serveContract(tenant, path, req, res, url) {
    const { operation: entry, params: pathParams } = contract.match(req.method, path);
    if (!entry) {
      violation(tenant, undefined, 'request', [`${req.method} ${path} is not in the contract`]);
      sendProblem(res, new Problem(404, 'not-found', `${req.method} ${path} is not in the contract.`));
      return;
    }
    const log = { operation: entry.id, idempotencyKey: req.headers['idempotency-key'], status: 0 };
    tenant.requests.push(log);
    const fault = takeFault(tenant, entry.id);
    if (fault) log.fault = fault.kind;
    const filesBase = `${prefix}/files/${tenant.id}/`;

    if (fault?.kind === 'drop-connection') {
      log.status = 'dropped';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      const retry = fault.retryAfterSeconds;
      const code = FAULT_CODES[fault.status] ?? (fault.status >= 500 ? 'server' : 'invalid');
      const body = { title: titleOf(fault.status), status: fault.status, code, detail: 'Injected fault.' };
      if (retry !== undefined) body.retryAfterSeconds = retry;
      log.status = fault.status;
      checkAndSend(tenant, entry, res, fault.status, body, retry === undefined ? {} : { 'retry-after': String(retry) });
      return;
    }
    if (fault?.kind === 'expire-session') {
      const current = tenant.current(req);
      if (current) tenant.sessions.delete(current.token);
      log.status = 401;
      const body = { title: 'Unauthorized', status: 401, code: 'unauthorized', reason: 'expired-token' };
      checkAndSend(tenant, entry, res, 401, { ...body, detail: 'The session has expired.' });
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
    const contentType = req.headers['content-type'] ?? '';
    let body;
    const requestProblems = [];
    if (raw.length > 0 && /json/i.test(contentType)) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        requestProblems.push('the body is not JSON');
      }
    }
    const { values, problems: parameterProblems } = contract.readParameters(entry, pathParams, url, req.headers);
    requestProblems.push(...parameterProblems);
    if (requestProblems.length === 0 && (raw.length > 0 || entry.operation.requestBody)) {
      requestProblems.push(...contract.checkRequestBody(entry, contentType, raw.length > 0 ? body : undefined));
    }
    if (requestProblems.length > 0) {
      violation(tenant, entry, 'request', requestProblems);
      log.status = 400;
      sendProblem(
        res,
        problems.badRequest(`Not a request of the contract: ${requestProblems.join('; ')}`, {}, 'contract')
      );
      return;
    }

    let result;
    try {
      result = await handlers[entry.id]({
        tenant,
        req,
        res,
        params: values,
        body,
        rawBody: raw,
        contentType,
        filesBase
      });
    } catch (error) {
      if (error instanceof Problem) result = { status: error.status, body: error.body };
      else {
        violation(tenant, entry, 'crash', [String(error?.stack ?? error)]);
        result = { status: 500, body: { title: 'Internal Server Error', status: 500, code: 'server' } };
      }
    }
    if (result.streaming) {
      log.status = 200;
      return;
    }
    log.status = result.status;
    if (fault?.kind === 'delay' && fault.when === 'after') await sleep(fault.ms);
    if (res.destroyed) return;
    if (fault?.kind === 'malformed-json' && result.status < 300) {
      send(res, 200, '{"id": "broken", "items": [', {}, 'application/json');
      return;
    }
    if (fault?.kind === 'drop-field' && result.status < 300) {
      send(res, result.status, dropField(result.body, fault.field), result.headers);
      return;
    }
    checkAndSend(tenant, entry, res, result.status, result.body, result.headers);
  }

  /** Checks an answer against the contract (recording what does not match), then sends it. */
  function checkAndSend(tenant, entry, res, status, body, headers = {}) {
    const type = body === undefined ? undefined : status >= 400 ? 'application/problem+json' : 'application/json';
    const mismatches = contract.checkResponse(entry, status, type, body);
    if (mismatches.length > 0) violation(tenant, entry, 'response', mismatches);
    send(res, status, body, headers, type);
  }

  /** The tests' side door: tenants, their mailbox and agents, faults and counters. Not part of the contract. */
  async function serveControl(path, req, res, url) {
    const parts = path.split('/').filter(Boolean);
    const method = req.method;
    if (parts[0] === 'openapi' && parts.length === 1) return send(res, 200, contract.doc);
    if (parts[0] === 'openapi' && parts[1] === 'validation') {
      const validator = new Validator();
      const result = await validator.validate(specPath);
      return send(res, 200, { valid: result.valid, errors: result.errors ?? null, version: validator.version });
    }
    if (parts[0] === 'violations') return send(res, 200, { count: violations.length, violations });
    if (parts[0] !== 'tenants') return send(res, 404, { error: 'unknown control route' });
    if (parts.length === 1 && method === 'POST') {
      const { preset } = await readJson(req);
      const id = `t${(tenantCounter += 1)}-${token().slice(0, 8)}`;
      tenants.set(id, new Tenant(id, structuredClone(preset)));
      return send(res, 201, { id, baseUrl: `${prefix}/t/${id}/` });
    }
    const tenant = tenants.get(parts[1]);
    if (!tenant) return send(res, 404, { error: `no tenant ${parts[1]}` });
    const route = `${method} ${parts.slice(2).join('/')}`;
    const body = method === 'POST' ? await readJson(req) : {};
    const userOf = login => {
      const user = tenant.userByEmail(login);
      if (!user) throw new Error(`no user ${login}`);
      return user;
    };
    try {
      if (route === 'DELETE ') {
        tenant.close();
        tenants.delete(tenant.id);
        return send(res, 204);
      }
      if (route === 'GET mail') {
        const to = emailKey(url.searchParams.get('to') ?? '');
        const kind = url.searchParams.get('kind');
        const mail = tenant.outbox.find(item => emailKey(item.to) === to && item.kind === kind);
        return send(res, 200, { token: mail?.token ?? null });
      }
      if (route === 'POST host-tokens') {
        const value = tenant.issueLink('host', userOf(body.login).emailKey);
        return send(res, 201, { token: value });
      }
      if (route === 'POST sessions') return send(res, 201, tenant.startSession(userOf(body.login)));
      if (route === 'POST faults') {
        armFault(tenant, body);
        return send(res, 204);
      }
      if (route === 'DELETE faults') {
        tenant.faults = [];
        return send(res, 204);
      }
      if (route === 'GET stats') {
        return send(res, 200, {
          cases: tenant.cases.size,
          comments: [...tenant.comments.values()].reduce((sum, list) => sum + list.length, 0),
          files: tenant.files.size,
          requests: tenant.requests,
          violations: tenant.violations
        });
      }
      const caseRoute = /^POST cases\/([^/]+)\/(replies|status)$/.exec(route);
      if (caseRoute) {
        const record = tenant.cases.get(decodeURIComponent(caseRoute[1]));
        if (!record) return send(res, 404, { error: 'no such case' });
        if (caseRoute[2] === 'replies') {
          const author = { name: body.authorName ?? 'Support agent', role: 'agent' };
          const comment = addTo(tenant, record, { author, body: body.body, bodyFormat: 'text', files: [] });
          return send(res, 201, { id: comment.id });
        }
        const statusId = tenant.firstStatusOf(body.category);
        if (!statusId) return send(res, 422, { error: `no status in ${body.category}` });
        record.statusId = statusId;
        tenant.touch(record);
        tenant.publish({ type: 'case-updated', caseId: record.id }, record);
        return send(res, 200, { statusId });
      }
      return send(res, 404, { error: `unknown control route ${route}` });
    } catch (error) {
      return send(res, 400, { error: String(error?.message ?? error) });
    }
  }

  function serveFile(tenantId, fileId, res) {
    const file = tenants.get(tenantId)?.files.get(fileId);
    if (!file) return send(res, 404, { error: 'no such file' });
    res.writeHead(200, { 'content-type': file.mimeType, 'content-length': String(file.size) });
    res.end(file.data);
  }

  /** Handles a request under the prefix; returns false for anything else. */
  async function handle(req, res) {
    const url = new URL(req.url, 'http://reference.invalid');
    if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return false;
    const rest = url.pathname.slice(prefix.length);
    try {
      if (rest.startsWith('/__control/')) await serveControl(rest.slice('/__control'.length), req, res, url);
      else if (rest.startsWith('/files/')) {
        const [, , tenantId, fileId] = rest.split('/');
        serveFile(tenantId, decodeURIComponent(fileId ?? ''), res);
      } else {
        const found = /^\/t\/([^/]+)(\/.*)$/.exec(rest);
        const tenant = found && tenants.get(found[1]);
        if (!tenant) send(res, 404, { title: 'Not Found', status: 404, code: 'not-found', detail: 'No such tenant.' });
        else await serveContract(tenant, found[2], req, res, url);
      }
    } catch (error) {
      violation(undefined, undefined, 'crash', [String(error?.stack ?? error)]);
      send(res, 500, { title: 'Internal Server Error', status: 500, code: 'server' }, {}, 'application/problem+json');
    }
    return true;
  }

  /** A koa middleware for web-test-runner / @web/dev-server's `middleware` option. */
  async function middleware(ctx, next) {
    if (ctx.path !== prefix && !ctx.path.startsWith(`${prefix}/`)) return next();
    ctx.respond = false;
    await handle(ctx.req, ctx.res);
  }

  return { handle, middleware, tenants, violations, contract };
}
