// The official Zendesk Support API document as the fake uses it: a router from method and path to the operation,
// and ajv validators for every request the fake receives and every answer it sends. The document is OpenAPI 3.0
// (`nullable`, `example`), so its schemas are turned into JSON Schema once, with the errata of spec-notes.mjs
// applied; `$ref`s are resolved by ajv inside the whole document, and only the schemas actually used are compiled.
import { existsSync, readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { ERRATA, ERROR_BODY, OUTSIDE_SPEC, RAW_BODIES, REQUEST_BODIES, UNDECLARED_QUERY } from './spec-notes.mjs';

const Ajv = AjvModule.default ?? AjvModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

const DOC_ID = 'zendesk.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
// Formats the document uses that are not JSON Schema formats: accepted as they are.
const LOOSE_FORMATS = ['datetime', 'int32', 'int64', 'integer', 'string', 'text', 'url'];

function escape(segment) {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

function unescape(segment) {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

function at(doc, pointer) {
  return pointer
    .split('/')
    .slice(1)
    .reduce((node, key) => node?.[unescape(key)], doc);
}

/**
 * OpenAPI 3.0 schema keywords to JSON Schema: `nullable` becomes a null type, examples go, and local `$ref`s point
 * into the document registered as `zendesk.json`.
 */
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples' || key === 'nullable' || key === 'xml') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out.$ref = `${DOC_ID}${value}`;
    // `properties` holds names, not keywords: convert its values, keep every key.
    else if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema)]));
    } else out[key] = toJsonSchema(value);
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

function setAt(doc, pointer, value) {
  const keys = pointer.split('/').slice(1).map(unescape);
  const last = keys.pop();
  const parent = keys.reduce((node, key) => node?.[key], doc);
  if (!parent || !(last in parent)) throw new Error(`Erratum ${pointer} names nothing in the Zendesk document`);
  parent[last] = value;
}

/** Coerces a query or path value to what its schema says, so `?active=true` validates as a boolean. */
function coerce(value, schema) {
  const type = Array.isArray(schema?.type) ? schema.type.find(t => t !== 'null') : schema?.type;
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

/**
 * Loads the document. Throws an Error that says what to do when the file is missing, so a checkout without the
 * shared specs fails loudly instead of testing against nothing.
 */
export function loadZendeskSpec(specPath) {
  if (!existsSync(specPath)) {
    throw new Error(
      `The official Zendesk Support API document is missing at ${specPath}. The fake Zendesk validates every ` +
        'request and answer against it: clone the shared/ folder beside the repository (../shared/specs/' +
        'zendesk-support-api.oas.yaml) or set ZENDESK_SPEC to its path.'
    );
  }
  // The document carries a non-standard `!!value` tag (see SOURCES.md): a permissive load keeps it as a string.
  const raw = parse(readFileSync(specPath, 'utf8'), { strict: false, logLevel: 'error', uniqueKeys: false });
  for (const erratum of ERRATA) setAt(raw, erratum.pointer, erratum.replacement);
  const doc = { openapi: raw.openapi, info: raw.info, components: toJsonSchema({ schemas: raw.components.schemas }) };

  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const format of LOOSE_FORMATS) ajv.addFormat(format, true);
  ajv.addSchema(doc, DOC_ID);
  const compiled = new Map();

  /** Validates `value` against a schema (cached by `key`) and returns messages, empty when valid. */
  function validate(key, schema, value) {
    let check = compiled.get(key);
    if (!check) {
      check = ajv.compile(schema);
      compiled.set(key, check);
    }
    if (check(value)) return [];
    return (check.errors ?? []).slice(0, 6).map(error => {
      const extra = error.params?.additionalProperty ?? error.params?.allowedValues;
      return `${error.instancePath || '(root)'} ${error.message}${extra === undefined ? '' : ` (${extra})`}`;
    });
  }

  function resolveParameter(node) {
    let current = node;
    while (current?.$ref) current = at(raw, current.$ref.slice(1));
    return current;
  }

  const operations = [];
  for (const [path, item] of Object.entries(raw.paths)) {
    const names = [];
    const pattern = path.replace(/\{([^}]+)\}/g, (_, name) => {
      names.push(name);
      return '([^/]+)';
    });
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolveParameter);
      operations.push({
        id: operation.operationId,
        method: method.toUpperCase(),
        path,
        // Literal segments first when two templates match (`/requests/search` before `/requests/{request_id}`).
        literal: path.replace(/\{[^}]+\}/g, '').length,
        regex: new RegExp(`^${pattern}$`),
        names,
        parameters,
        requestBody: operation.requestBody,
        responses: operation.responses ?? {},
        pointer: `/paths/${escape(path)}/${method}`
      });
    }
  }
  operations.sort((a, b) => b.literal - a.literal);

  /** The operation for a method and path, with its path parameters; outside-spec endpoints come back marked. */
  function match(method, path) {
    for (const operation of operations) {
      if (operation.method !== method) continue;
      const found = operation.regex.exec(path);
      if (!found) continue;
      const params = Object.fromEntries(operation.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { operation, params };
    }
    for (const outside of OUTSIDE_SPEC) {
      if (outside.method === method && outside.pattern.test(path)) {
        return { operation: { ...outside, id: outside.operationId, outside: true, parameters: [] }, params: {} };
      }
    }
    return undefined;
  }

  /** Problems of a request: path and query parameters, and the body. `body` is a Buffer. */
  function checkRequest(operation, { params, query, headers, body }) {
    const problems = [];
    const declared = new Map(operation.parameters.filter(p => p?.in === 'query').map(p => [p.name, p]));
    const extra = operation.outside ? operation.query : (UNDECLARED_QUERY[operation.id] ?? {});
    for (const parameter of operation.parameters.filter(p => p?.in === 'path')) {
      const value = coerce(params[parameter.name], parameter.schema);
      const messages = validate(`${operation.pointer}#path:${parameter.name}`, toJsonSchema(parameter.schema), value);
      for (const message of messages) problems.push(`path parameter ${parameter.name} ${message}`);
    }
    const names = new Set(query.keys());
    for (const [name, entry] of [...declared, ...Object.entries(extra)]) {
      if (entry.required && !names.has(name)) problems.push(`query parameter ${name} is required`);
    }
    for (const name of names) {
      const entry = declared.get(name) ?? extra[name];
      if (!entry) {
        problems.push(`query parameter ${name} is neither in the document nor in the documented extras`);
        continue;
      }
      const schema = toJsonSchema(entry.schema ?? {});
      for (const value of query.getAll(name)) {
        for (const message of validate(`${operation.id}#query:${name}`, schema, coerce(value, schema))) {
          problems.push(`query parameter ${name}=${JSON.stringify(value)} ${message}`);
        }
      }
    }
    const contentType = String(headers['content-type'] ?? '');
    if (RAW_BODIES[operation.id]) {
      if (!/^[\w.+-]+\/[\w.+-]+/.test(contentType) || /^(multipart\/|application\/json)/i.test(contentType)) {
        problems.push(
          `the body must be the raw file with its MIME type, not Content-Type ${JSON.stringify(contentType)}`
        );
      }
      if (body.length === 0) problems.push('the body holds no file');
      return problems;
    }
    const bodySchema = operation.requestBody
      ? toJsonSchema(operation.requestBody.content?.['application/json']?.schema ?? {})
      : REQUEST_BODIES[operation.id]?.schema;
    if (body.length === 0) {
      if (operation.requestBody?.required || REQUEST_BODIES[operation.id]) problems.push('the body is missing');
      return problems;
    }
    if (!bodySchema) {
      problems.push(`${operation.method} ${operation.path} takes no body`);
      return problems;
    }
    if (!/^application\/json\b/i.test(contentType)) problems.push(`Content-Type is ${JSON.stringify(contentType)}`);
    let json;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      problems.push('the body is not JSON');
      return problems;
    }
    for (const message of validate(`${operation.id}#body`, bodySchema, json)) problems.push(`body ${message}`);
    return problems;
  }

  /** Problems of an answer: its status must be declared (or an error), and its JSON must match the schema. */
  function checkResponse(operation, status, contentType, text) {
    let schema;
    let key;
    if (operation.outside) {
      if (status < 400) {
        schema = operation.response;
        key = `${operation.id}#response`;
      }
    } else {
      const declared = operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`];
      if (declared) {
        const declaredSchema = declared.content?.['application/json']?.schema;
        if (!declaredSchema) return text.length === 0 ? [] : [`status ${status} declares no body, but one was sent`];
        schema = toJsonSchema(declaredSchema);
        key = `${operation.pointer}#${status}`;
      } else if (status < 400) {
        return [`status ${status} is not an answer the document declares (${Object.keys(operation.responses)})`];
      }
    }
    if (!schema) {
      schema = ERROR_BODY;
      key = 'error-body';
    }
    if (!/^application\/json\b/i.test(contentType)) return [`Content-Type is ${JSON.stringify(contentType)}`];
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      return ['the body is not JSON'];
    }
    return validate(key, schema, json).map(message => `body ${message}`);
  }

  return { match, checkRequest, checkResponse, operations, errata: ERRATA };
}
