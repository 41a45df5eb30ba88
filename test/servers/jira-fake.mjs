// A loopback fake of Jira Service Management Cloud for the adapter's tests, mounted on web-test-runner's own server
// (same origin as the tests, so no CORS). It plays what the vendor's proxy forwards to: requests arrive with a bearer
// token that stands for one customer, as if the proxy had exchanged the host's token for that customer's identity.
//
// Every request and every response is checked against the official OpenAPI document (../shared/specs): a mismatch is
// answered 400 (requests) and recorded either way, and the tests read the record through the control API and fail
// with the path of the mismatch. Only injected faults (which stand for a proxy or gateway failing) are exempt.
//
//   <prefix>/site/<id>/rest/servicedeskapi/...    the Jira API of one isolated site
//   <prefix>/site/<id>/rest/api/3/myself          who the token stands for (platform API, see spec.mjs)
//   <prefix>/_control/...                         test-only: make sites, play the agent, inject faults, read records
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseMultipart, readBody } from './rest-reference/http.mjs';
import { JiraError, Site } from './jira-fake/site.mjs';
import { loadSpec } from './jira-fake/spec.mjs';

const MAX_SITES = 200;
/** Set JIRA_FAKE_COVERAGE to a file path to append `operationId status` for every validated answer (spec coverage). */
const COVERAGE_FILE = process.env.JIRA_FAKE_COVERAGE;

function sendJson(res, status, body, headers = {}) {
  if (res.writableEnded || res.destroyed) return;
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json;charset=UTF-8' }),
    'cache-control': 'no-store',
    ...headers
  });
  res.end(text);
}

function expandOf(values) {
  // `expand` is an array parameter; Jira also accepts comma-separated values inside one.
  return (values.expand ?? []).flatMap(item => String(item).split(',')).map(item => item.trim());
}

/** The handlers of the operations the adapter uses, by operationId (and path where two share one id). */
const HANDLERS = {
  getInfo: site => ({
    status: 200,
    body: {
      version: '10.3.0',
      platformVersion: '1001.0.0',
      buildDate: { iso8601: '2024-01-01T00:00:00+0000', epochMillis: 1704067200000 },
      buildChangeSet: 'fake',
      isLicensedForUse: true,
      _links: { self: site.url('/rest/servicedeskapi/info') }
    }
  }),

  'platform:getCurrentUser': (site, { user }) => ({ status: 200, body: site.myself(user) }),

  getServiceDesks: (site, { values, path }) => ({
    status: 200,
    body: site.page(
      site.seed.serviceDesks.map(desk => site.deskDto(desk)),
      values.start,
      values.limit,
      path
    )
  }),

  getServiceDeskById: (site, { params }) => ({ status: 200, body: site.deskDto(site.desk(params.serviceDeskId)) }),

  getRequestTypeGroups: (site, { params, values, path }) => ({
    status: 200,
    body: site.page(site.desk(params.serviceDeskId).groups, values.start, values.limit, path)
  }),

  getRequestTypes: (site, { params, values, path }) => {
    const desk = site.desk(params.serviceDeskId);
    const types = site.listRequestTypes(desk, values).map(type => site.requestTypeDto(desk, type));
    const query = {
      ...(values.groupId === undefined ? {} : { groupId: values.groupId }),
      ...(values.searchQuery === undefined ? {} : { searchQuery: values.searchQuery })
    };
    return { status: 200, body: site.page(types, values.start, values.limit, path, query) };
  },

  getRequestTypeFields: (site, { params }) => {
    const desk = site.desk(params.serviceDeskId);
    return { status: 200, body: site.fieldsDto(site.requestType(desk, params.requestTypeId)) };
  },

  attachTemporaryFile: (site, { user, params, parts }) => {
    const desk = site.desk(params.serviceDeskId);
    const files = parts.filter(part => part.name === 'file' && part.filename !== undefined);
    return { status: 201, body: site.attachTemporary(user, desk, files) };
  },

  createCustomerRequest: (site, { user, body }) => {
    const request = site.createRequest(user, body);
    return { status: 201, body: site.requestDto(user, request) };
  },

  getCustomerRequests: (site, { user, values, path }) => {
    const found = site.listRequests(user, values);
    const expand = expandOf(values);
    const dtos = found.map(request => site.requestDto(user, request, expand));
    const query = Object.fromEntries(Object.entries(values).filter(([key]) => !['start', 'limit'].includes(key)));
    return { status: 200, body: site.page(dtos, values.start, values.limit, path, query) };
  },

  getCustomerRequestByIdOrKey: (site, { user, params, values }) => {
    const request = site.visibleRequest(user, params.issueIdOrKey);
    return { status: 200, body: site.requestDto(user, request, expandOf(values)) };
  },

  getRequestComments: (site, { user, params, values, path }) => {
    const request = site.findRequest(params.issueIdOrKey);
    if (!request) throw new JiraError(404, `The request ${params.issueIdOrKey} does not exist.`);
    // As documented: no permission error for a request the user cannot see, just nothing.
    const visible = site.canSee(user, request) ? request.comments : [];
    const wantPublic = values.public ?? true;
    const wantInternal = (values.internal ?? true) && user.agent === true;
    const comments = visible.filter(comment => (comment.public ? wantPublic : wantInternal));
    const expand = expandOf(values);
    return {
      status: 200,
      body: site.page(
        comments.map(comment => site.commentDto(request, comment, expand)),
        values.start,
        values.limit,
        path
      )
    };
  },

  getRequestCommentById: (site, { user, params, values }) => {
    const request = site.visibleRequest(user, params.issueIdOrKey);
    const comment = request.comments.find(item => item.id === String(params.commentId) && (item.public || user.agent));
    if (!comment) throw new JiraError(404, `The comment ${params.commentId} does not exist.`);
    return { status: 200, body: site.commentDto(request, comment, expandOf(values)) };
  },

  createRequestComment: (site, { user, params, body }) => {
    const request = site.visibleRequest(user, params.issueIdOrKey);
    const comment = site.addComment(user, request, body);
    return { status: 201, body: site.commentDto(request, comment) };
  },

  createAttachment: (site, { user, params, body }) => {
    const request = site.visibleRequest(user, params.issueIdOrKey);
    const { attachments, comment } = site.addAttachments(user, request, body);
    const base = `/rest/servicedeskapi/request/${request.issueKey}/attachment`;
    return {
      status: 201,
      body: {
        ...(comment ? { comment: site.commentDto(request, comment, ['attachment']) } : {}),
        attachments: site.page(
          attachments.map(item => site.attachmentDto(request, item)),
          0,
          100,
          base
        )
      }
    };
  },

  getRequestParticipants: (site, { user, params, values, path }) => {
    const request = site.visibleRequest(user, params.issueIdOrKey);
    const users = request.participants.map(id => site.userDto(site.users.get(id)));
    return { status: 200, body: site.page(users, values.start, values.limit, path) };
  },

  getCustomerTransitions: (site, { user, params, values, path }) => {
    const request = site.visibleRequest(user, params.issueIdOrKey);
    const transitions = site.transitionsFor(request).map(({ id, name }) => ({ id, name }));
    return { status: 200, body: site.page(transitions, values.start, values.limit, path) };
  },

  performCustomerTransition: (site, { user, params, body }) => {
    const request = site.visibleRequest(user, params.issueIdOrKey);
    const transition = site.transitionsFor(request).find(item => item.id === body.id);
    if (!transition) throw new JiraError(400, `The transition ${body.id} is not available for ${request.issueKey}.`);
    site.setStatus(request, transition.to);
    if (body.additionalComment?.body) site.addComment(user, request, { body: body.additionalComment.body });
    return { status: 204 };
  },

  getArticles: (site, { values, path, operationPath }) => {
    if (operationPath !== '/rest/servicedeskapi/knowledgebase/article') {
      throw new JiraError(404, 'The fake only searches articles across all service desks.');
    }
    if (values.query === undefined || values.query.trim() === '') throw new JiraError(400, 'The query is required.');
    const found = site
      .searchArticles(values.query)
      .map(article => site.articleDto(article, values.highlight, values.query));
    return { status: 200, body: site.page(found, values.start, values.limit, path, { query: values.query }) };
  }
};

/**
 * The fake: `handle(req, res)` answers anything under `prefix` and returns true, or returns false for other URLs.
 */
export function createJiraFake({ prefix = '/jira-fake' } = {}) {
  const sites = new Map();
  let spec;
  let specError;

  function getSpec() {
    if (spec) return spec;
    if (specError) throw specError;
    try {
      spec = loadSpec();
      return spec;
    } catch (error) {
      specError = error;
      console.error(`[jira-fake] ${error.message}`);
      throw error;
    }
  }

  function violation(site, entry, message) {
    site.violations.push(`${entry}: ${message}`);
  }

  async function control(req, res, url, rest) {
    const [resource, id, action] = rest.split('/').filter(Boolean);
    if (resource !== 'sites') return sendJson(res, 404, { error: `unknown control path ${rest}` });
    if (req.method === 'POST' && id === undefined) {
      getSpec(); // fail here, loudly, when the official document is missing
      const raw = await readBody(req);
      const body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {};
      const siteId = randomBytes(6).toString('hex');
      const basePath = `${prefix}/site/${siteId}`;
      const site = new Site(siteId, `http://${req.headers.host}`, basePath, body.seed);
      sites.set(siteId, site);
      while (sites.size > MAX_SITES) sites.delete(sites.keys().next().value);
      const users = Object.fromEntries(
        [...site.users.values()].map(user => [
          user.key,
          { accountId: user.accountId, token: user.token, email: user.emailAddress, name: user.displayName }
        ])
      );
      return sendJson(res, 201, { id: siteId, basePath, users });
    }
    const site = sites.get(id);
    if (!site) return sendJson(res, 404, { error: `no site ${id}` });
    if (req.method === 'DELETE' && action === undefined) {
      sites.delete(id);
      return sendJson(res, 204);
    }
    const raw = req.method === 'POST' ? await readBody(req) : Buffer.alloc(0);
    const body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {};
    try {
      switch (`${req.method} ${action}`) {
        case 'POST comments': {
          // The support side: an agent (or anyone named by `author`) comments on a request.
          const request = site.findRequest(body.issueKey);
          if (!request) return sendJson(res, 404, { error: `no request ${body.issueKey}` });
          const author = site.userByKey(body.author ?? 'agent');
          const comment = site.addComment(author, request, { body: body.body, public: body.public ?? true });
          return sendJson(res, 201, { id: comment.id });
        }
        case 'POST status': {
          const request = site.findRequest(body.issueKey);
          if (!request) return sendJson(res, 404, { error: `no request ${body.issueKey}` });
          site.setStatus(request, body.status);
          return sendJson(res, 200, { status: request.status });
        }
        case 'POST faults':
          site.faults.push(...(body.faults ?? []).map(fault => ({ times: 1, when: 'before', ...fault })));
          return sendJson(res, 200, { faults: site.faults.length });
        case 'DELETE faults':
          site.faults = [];
          return sendJson(res, 204);
        case 'GET log':
          return sendJson(res, 200, { log: site.log });
        case 'GET violations':
          return sendJson(res, 200, { violations: site.violations });
        case 'GET requests':
          return sendJson(res, 200, {
            requests: [...site.requests.values()].map(request => ({
              issueKey: request.issueKey,
              summary: request.values.summary,
              reporter: site.users.get(request.reporter).key,
              status: request.status,
              attachments: request.attachments.map(item => item.filename),
              comments: request.comments.map(item => ({ body: item.body, public: item.public }))
            }))
          });
        case 'POST tokens': {
          // The host signs its customer in again: a new token for the same account.
          const user = site.userByKey(body.user);
          if (!user) return sendJson(res, 404, { error: `no user ${body.user}` });
          const token = `tok-${site.id}-${user.key}-${randomBytes(6).toString('hex')}`;
          site.tokens.set(token, user.accountId);
          return sendJson(res, 201, { token });
        }
        case 'POST expire-temporary':
          site.temporary.clear();
          return sendJson(res, 204);
        default:
          return sendJson(res, 404, { error: `unknown control action ${req.method} ${action}` });
      }
    } catch (error) {
      return sendJson(res, error instanceof JiraError ? error.status : 500, { error: error.message });
    }
  }

  /** The first fault that matches this request and still has uses left; it is used up. */
  function takeFault(site, method, path, when) {
    const index = site.faults.findIndex(
      fault =>
        fault.when === when &&
        fault.times > 0 &&
        (fault.method === undefined || fault.method === method) &&
        (fault.path === undefined || new RegExp(fault.path).test(path))
    );
    if (index === -1) return undefined;
    const fault = site.faults[index];
    fault.times -= 1;
    return fault;
  }

  /** Waits out a fault's delay; false when the client went away meanwhile. */
  async function waitFor(res, ms) {
    if (ms) await Promise.race([sleep(ms), new Promise(resolve => res.once('close', resolve))]);
    return !(res.destroyed || res.writableEnded);
  }

  function sendFault(req, res, fault, real) {
    if (fault.drop) {
      req.socket.destroy();
      return true;
    }
    if (fault.malformed && real) {
      res.writeHead(real.status, { 'content-type': 'application/json;charset=UTF-8' });
      res.end('{"issueKey": "SOP-1", "requestFieldValues": [');
      return true;
    }
    if (fault.dropField && real?.body) {
      const body = structuredClone(real.body);
      delete body[fault.dropField];
      if (Array.isArray(body.values) && body.values[0]) delete body.values[0][fault.dropField];
      sendJson(res, real.status, body);
      return true;
    }
    if (fault.status === undefined) return false; // a pure delay: the real answer follows
    res.writeHead(fault.status, { 'content-type': 'application/json;charset=UTF-8', ...(fault.headers ?? {}) });
    res.end(fault.raw ?? JSON.stringify(fault.body ?? { errorMessage: `Injected ${fault.status}.` }));
    return true;
  }

  async function api(req, res, url, siteId, jiraPath) {
    const site = sites.get(siteId);
    if (!site) return sendJson(res, 404, { errorMessage: `No fake site ${siteId}.` });
    const method = req.method ?? 'GET';
    const where = `${method} ${jiraPath}`;
    const logEntry = { method, path: jiraPath, query: url.search, status: 0 };
    site.log.push(logEntry);

    // Faults before Jira does anything: a delay, a refusal, a dropped connection, a slow or cut body, an expired token.
    const before = takeFault(site, method, jiraPath, 'before');
    const bodyOptions = {};
    if (before) {
      logEntry.fault = true;
      if (!(await waitFor(res, before.delayMs))) return;
      if (before.throttle) bodyOptions.throttle = before.throttle;
      if (before.cutAt) bodyOptions.cutAt = before.cutAt;
      if (before.expireSession) {
        const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
        if (token) site.tokens.delete(token);
      }
      if (sendFault(req, res, before)) {
        logEntry.status = before.status ?? 0;
        return;
      }
    }

    const contentType = req.headers['content-type'] ?? '';
    let raw;
    try {
      raw = await readBody(req, bodyOptions);
    } catch {
      logEntry.status = -1; // the client went away while sending
      return;
    }
    let body;
    let parts;
    if (raw.length > 0) {
      if (/multipart\/form-data/i.test(contentType)) parts = parseMultipart(raw, contentType);
      else {
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          violation(site, where, 'the request body is not JSON');
          logEntry.status = 400;
          return sendJson(res, 400, { errorMessage: 'The request body is not JSON.' });
        }
      }
    }

    const { operation, params } = getSpec().match(method, jiraPath);
    if (!operation) {
      violation(site, where, 'no operation of the official document matches this method and path');
      logEntry.status = 404;
      return sendJson(res, 404, { errorMessage: `No such operation: ${where}.` });
    }
    logEntry.operation = operation.id;
    const checked = getSpec().checkRequest(operation, {
      pathParams: params,
      url,
      headers: req.headers,
      contentType,
      body,
      multipartParts: parts
    });
    if (checked.problems.length > 0) {
      for (const problem of checked.problems) violation(site, `${operation.id} request`, problem);
      logEntry.status = 400;
      return sendJson(res, 400, { errorMessage: `Request does not match the spec: ${checked.problems.join('; ')}` });
    }

    let user;
    if (operation.secured) {
      const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      user = token ? site.userByToken(token) : undefined;
      if (!user) {
        logEntry.status = 401;
        const answer = { errorMessage: 'Client must be authenticated to access this resource.' };
        for (const problem of getSpec().checkResponse(operation, 401, 'application/json', answer)) {
          violation(site, `${operation.id} response`, problem);
        }
        return sendJson(res, 401, answer);
      }
    }

    const handler = HANDLERS[operation.id];
    let answer;
    if (!handler) {
      violation(site, where, `the fake does not implement ${operation.id}`);
      answer = { status: 500, body: { errorMessage: `The fake does not implement ${operation.id}.` } };
    } else {
      try {
        answer = handler(site, {
          user,
          params,
          values: checked.values,
          body,
          parts: parts ?? [],
          path: jiraPath,
          operationPath: operation.path
        });
      } catch (error) {
        if (!(error instanceof JiraError)) throw error;
        answer = { status: error.status, body: { errorMessage: error.message } };
      }
    }
    if (COVERAGE_FILE)
      appendFileSync(COVERAGE_FILE, `${operation.id} ${method} ${operation.path ?? jiraPath} ${answer.status}\n`);
    for (const problem of getSpec().checkResponse(
      operation,
      answer.status,
      answer.body === undefined ? undefined : 'application/json',
      answer.body
    )) {
      violation(site, `${operation.id} response ${answer.status}`, problem);
    }

    // Faults after Jira did the work (a request raised, a comment added): the answer is late, lost, broken or cut.
    const after = takeFault(site, method, jiraPath, 'after');
    if (after) {
      logEntry.fault = true;
      if (!(await waitFor(res, after.delayMs))) return;
      if (sendFault(req, res, after, answer)) {
        logEntry.status = after.status ?? answer.status;
        return;
      }
    }
    logEntry.status = answer.status;
    sendJson(res, answer.status, answer.body);
  }

  async function handle(req, res) {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    if (!url.pathname.startsWith(`${prefix}/`)) return false;
    const rest = url.pathname.slice(prefix.length);
    try {
      if (rest.startsWith('/_control/')) await control(req, res, url, rest.slice('/_control/'.length));
      else {
        const found = /^\/site\/([^/]+)(\/.*)$/.exec(rest);
        if (!found) sendJson(res, 404, { errorMessage: `Unknown fake path ${rest}.` });
        else await api(req, res, url, found[1], found[2]);
      }
    } catch (error) {
      if (!res.headersSent) sendJson(res, 500, { errorMessage: `[jira-fake] ${error.message}` });
    }
    return true;
  }

  return { handle, sites };
}

/** A Koa middleware for @web/dev-server and @web/test-runner (`middleware: [jiraFakeMiddleware()]`). */
export function jiraFakeMiddleware(options = {}) {
  const fake = createJiraFake(options);
  const prefix = options.prefix ?? '/jira-fake';
  return async function jiraFake(ctx, next) {
    if (!ctx.url.startsWith(`${prefix}/`)) return next();
    ctx.respond = false;
    await fake.handle(ctx.req, ctx.res);
  };
}
