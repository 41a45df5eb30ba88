// The official Jira Service Management Cloud OpenAPI 3.0.1 document (../shared/specs, beside the repository), turned
// into a router and validators: every request the fake receives and every response it sends is checked against it.
// OpenAPI 3.0 schemas are a JSON Schema draft-04/07 dialect, so they are compiled with ajv's draft-07 class (not the
// 2020-12 one the library's own 3.1 contract uses); ajv-formats knows the document's formats (int32, int64, binary,
// byte, double, uri, date-time).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';

const Ajv = AjvModule.default ?? AjvModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

const REPO_ROOT = resolvePath(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SPEC_PATH = resolvePath(REPO_ROOT, '../shared/specs/jira-service-management-cloud.swagger.v3.json');

const DOC_ID = 'jsm.json';
const METHODS = ['get', 'post', 'put', 'delete'];

/**
 * The 201 answer of attachTemporaryFile has an example and no schema in the official document. This schema is derived
 * from that example (and from the operation's description), and is the only schema here that is not Atlassian's.
 */
const TEMPORARY_ATTACHMENTS_FROM_EXAMPLE = {
  type: 'object',
  required: ['temporaryAttachments'],
  additionalProperties: false,
  properties: {
    temporaryAttachments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['temporaryAttachmentId', 'fileName'],
        additionalProperties: false,
        properties: { temporaryAttachmentId: { type: 'string' }, fileName: { type: 'string' } }
      }
    }
  }
};

/**
 * `GET /rest/api/3/myself` belongs to the Jira platform API, whose document is not in ../shared/specs. The adapter asks
 * the proxy for it to learn who is signed in; its answer is checked against this transcription of the platform's
 * `User` bean (the properties the adapter reads, with their documented types; more are allowed).
 */
const PLATFORM_MYSELF = {
  method: 'GET',
  path: '/rest/api/3/myself',
  schema: {
    type: 'object',
    required: ['accountId', 'displayName', 'active'],
    properties: {
      self: { type: 'string', format: 'uri' },
      accountId: { type: 'string', maxLength: 128 },
      accountType: { type: 'string', enum: ['atlassian', 'app', 'customer', 'unknown'] },
      emailAddress: { type: 'string' },
      displayName: { type: 'string' },
      active: { type: 'boolean' },
      timeZone: { type: 'string' },
      locale: { type: 'string' }
    }
  }
};

function escape(segment) {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

function follow(doc, node) {
  let current = node;
  while (current && typeof current.$ref === 'string' && current.$ref.startsWith('#/')) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((value, key) => value?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
  }
  return current;
}

/** A query string value as the parameter's schema types it, so "10" validates as an integer. */
function coerce(schema, raw) {
  switch (schema?.type) {
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    default:
      return raw;
  }
}

/**
 * Loads the document once. Throws, with the path it looked at, when the file is missing: the repository expects
 * ../shared/specs beside it (as CI clones it).
 */
export function loadSpec(path = SPEC_PATH) {
  if (!existsSync(path)) {
    throw new Error(
      `The Jira fake validates against the official OpenAPI document, which is missing: ${path}. ` +
        'Clone the shared/ folder beside the repository (../shared/specs/jira-service-management-cloud.swagger.v3.json).'
    );
  }
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(doc, DOC_ID);
  const compiled = new Map();

  function validator(pointer) {
    let check = compiled.get(pointer);
    if (!check) {
      check = typeof pointer === 'string' ? ajv.compile({ $ref: `${DOC_ID}#${pointer}` }) : ajv.compile(pointer);
      compiled.set(pointer, check);
    }
    return check;
  }

  /** Messages naming the JSON path of each mismatch; empty when `value` is valid. */
  function validate(pointerOrSchema, value, where) {
    const check = validator(pointerOrSchema);
    if (check(value)) return [];
    return (check.errors ?? []).slice(0, 8).map(error => {
      const extra = error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : '';
      return `${where}${error.instancePath || ''}: ${error.message}${extra}`;
    });
  }

  const operations = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const names = [];
    const pattern = path.replace(/\{([^}]+)\}/g, (_, name) => {
      names.push(name);
      return '([^/]+)';
    });
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const pointer = `/paths/${escape(path)}/${method}`;
      const parameters = (operation.parameters ?? []).map((parameter, index) => ({
        ...follow(doc, parameter),
        schemaPointer: `${pointer}/parameters/${index}/schema`
      }));
      const security = operation.security ?? doc.security ?? [];
      operations.push({
        id: operation.operationId,
        method: method.toUpperCase(),
        path,
        regex: new RegExp(`^${pattern}$`),
        names,
        parameters,
        pointer,
        operation,
        experimental: operation['x-experimental'] === true,
        // `[{}]` among the alternatives means the operation may be called without credentials (getInfo).
        secured: security.length > 0 && !security.some(entry => Object.keys(entry).length === 0)
      });
    }
  }
  // Literal paths win over templated ones (`/request/{key}` must not swallow nothing, but be explicit anyway).
  operations.sort((a, b) => a.names.length - b.names.length);

  /** The documented operation for a method and path (relative to the site root), with its path parameters. */
  function match(method, path) {
    if (method === PLATFORM_MYSELF.method && path === PLATFORM_MYSELF.path) {
      return { operation: { id: 'platform:getCurrentUser', platform: true, secured: true }, params: {} };
    }
    for (const candidate of operations) {
      const found = candidate.regex.exec(path);
      if (!found || candidate.method !== method) continue;
      const params = Object.fromEntries(candidate.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { operation: candidate, params };
    }
    return { operation: undefined };
  }

  /**
   * Checks a request against its operation: path, query and header parameters (types, required ones, no undocumented
   * query parameter), the documented header rules (experimental opt-in, XSRF token on multipart), and a JSON body
   * against its schema. Returns the typed parameter values and the list of mismatches.
   */
  function checkRequest(entry, { pathParams, url, headers, contentType, body, multipartParts }) {
    const problems = [];
    const values = {};
    if (entry.platform) return { values, problems };
    const known = new Set();
    for (const parameter of entry.parameters) {
      const schema = follow(doc, parameter.schema ?? {});
      let value;
      if (parameter.in === 'path') value = coerce(schema, pathParams[parameter.name]);
      else if (parameter.in === 'header') value = headers[parameter.name.toLowerCase()];
      else if (parameter.in === 'query') {
        known.add(parameter.name);
        const all = url.searchParams.getAll(parameter.name);
        if (all.length > 0) {
          value =
            schema.type === 'array' ? all.map(raw => coerce(follow(doc, schema.items), raw)) : coerce(schema, all[0]);
          if (schema.type !== 'array' && all.length > 1)
            problems.push(`query ${parameter.name} given ${all.length} times`);
        }
      }
      if (value === undefined) {
        if (parameter.required) problems.push(`${parameter.in} parameter ${parameter.name} is required`);
        continue;
      }
      problems.push(...validate(parameter.schemaPointer, value, `${parameter.in} ${parameter.name}`));
      values[parameter.name] = value;
    }
    for (const name of new Set(url.searchParams.keys())) {
      if (!known.has(name)) problems.push(`query parameter ${name} is not documented for ${entry.id}`);
    }
    if (entry.experimental && headers['x-experimentalapi'] !== 'opt-in') {
      problems.push(`${entry.id} is experimental: the X-ExperimentalApi: opt-in header is required`);
    }

    const requestBody = entry.operation.requestBody ? follow(doc, entry.operation.requestBody) : undefined;
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!requestBody) {
      if (body !== undefined || multipartParts !== undefined) problems.push(`${entry.id} takes no request body`);
      return { values, problems };
    }
    if (body === undefined && multipartParts === undefined) {
      if (requestBody.required) problems.push(`${entry.id} requires a request body`);
      return { values, problems };
    }
    const media = requestBody.content?.[type];
    if (!media) {
      problems.push(`request content type ${type || '(none)'} is not one of ${Object.keys(requestBody.content)}`);
      return { values, problems };
    }
    if (type === 'multipart/form-data') {
      if (headers['x-atlassian-token'] !== 'no-check') {
        problems.push('multipart requests need the X-Atlassian-Token: no-check header (XSRF protection)');
      }
      const files = (multipartParts ?? []).filter(part => part.name === 'file' && part.filename !== undefined);
      if (files.length === 0) problems.push('the multipart body has no file part named "file"');
      return { values, problems };
    }
    const pointer = `${entry.pointer}/requestBody/content/${escape(type)}/schema`;
    problems.push(...validate(pointer, body, 'request body'));
    return { values, problems };
  }

  /** Checks a response: a documented status, its content type, and the body against the status's schema. */
  function checkResponse(entry, status, contentType, body) {
    if (entry.platform) {
      if (status !== 200) return [];
      return validate(PLATFORM_MYSELF.schema, body, 'response body (platform User, transcribed)');
    }
    const responses = entry.operation.responses ?? {};
    const key = String(status) in responses ? String(status) : 'default';
    if (!(key in responses)) return [`status ${status} is not documented for ${entry.id}`];
    const response = follow(doc, responses[key]);
    const content = response.content;
    if (!content || Object.keys(content).length === 0) {
      return body === undefined ? [] : [`status ${status} of ${entry.id} has no body in the spec`];
    }
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!content[type]) return [`response content type ${type || '(none)'} is not one of ${Object.keys(content)}`];
    if (!content[type].schema) {
      if (entry.id === 'attachTemporaryFile' && status === 201) {
        return validate(TEMPORARY_ATTACHMENTS_FROM_EXAMPLE, body, 'response body (schema from the example)');
      }
      return [];
    }
    return validate(`${entry.pointer}/responses/${escape(key)}/content/${escape(type)}/schema`, body, 'response body');
  }

  return { doc, operations, match, checkRequest, checkResponse };
}
