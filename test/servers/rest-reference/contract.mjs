// The library's HTTP contract (docs/openapi.yaml) as the reference server uses it: a router from method and path to
// the operation, and ajv validators for every request it receives and every response it sends.
import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

const DOC_ID = 'openapi.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** A JSON pointer segment. */
function escape(segment) {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Follows a local `$ref` (`#/components/...`) and returns the target with its pointer. */
function resolve(doc, node, pointer) {
  let current = node;
  let at = pointer;
  while (current && typeof current.$ref === 'string' && current.$ref.startsWith('#/')) {
    at = current.$ref.slice(1);
    current = at
      .split('/')
      .slice(1)
      .reduce((value, key) => value?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
  }
  return { node: current, pointer: at };
}

/**
 * Loads the document and prepares one validator per schema location on first use. `validate(pointer, value)` returns
 * a list of messages, empty when the value is valid.
 */
export function loadContract(specPath) {
  const text = readFileSync(specPath, 'utf8');
  const doc = parse(text);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(doc, DOC_ID);
  const compiled = new Map();

  function validate(pointer, value) {
    let check = compiled.get(pointer);
    if (!check) {
      check = ajv.compile({ $ref: `${DOC_ID}#${pointer}` });
      compiled.set(pointer, check);
    }
    if (check(value)) return [];
    return (check.errors ?? []).slice(0, 6).map(error => `${error.instancePath || '(root)'} ${error.message}`);
  }

  const operations = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const names = [];
    const pattern = path.replace(/\{([^}]+)\}/g, (_, name) => {
      names.push(name);
      return '([^/]+)';
    });
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const base = `/paths/${escape(path)}`;
      const parameters = [
        ...(item.parameters ?? []).map((p, i) => resolve(doc, p, `${base}/parameters/${i}`)),
        ...(operation.parameters ?? []).map((p, i) => resolve(doc, p, `${base}/${method}/parameters/${i}`))
      ].map(({ node, pointer }) => ({
        ...node,
        schemaPointer: node.content
          ? `${pointer}/content/${escape(Object.keys(node.content)[0])}/schema`
          : `${pointer}/schema`
      }));
      operations.push({
        id: operation.operationId,
        method: method.toUpperCase(),
        path,
        regex: new RegExp(`^${pattern}$`),
        names,
        parameters,
        pointer: `${base}/${method}`,
        operation,
        secured: (operation.security ?? doc.security ?? []).length > 0
      });
    }
  }

  /** The operation for a method and a path relative to the base URL, with its path parameters. */
  function match(method, path) {
    let pathMatched = false;
    for (const candidate of operations) {
      const found = candidate.regex.exec(path);
      if (!found) continue;
      pathMatched = true;
      if (candidate.method !== method) continue;
      const params = Object.fromEntries(candidate.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { operation: candidate, params };
    }
    return { operation: undefined, pathMatched };
  }

  /** Reads and checks the parameters of a request: returns their values and the contract violations. */
  function readParameters(entry, pathParams, url, headers) {
    const values = {};
    const problems = [];
    for (const parameter of entry.parameters) {
      let value;
      if (parameter.in === 'path') value = pathParams[parameter.name];
      else if (parameter.in === 'header') value = headers[parameter.name.toLowerCase()];
      else if (parameter.in === 'query') {
        const all = url.searchParams.getAll(parameter.name);
        if (all.length > 0) {
          if (parameter.content) {
            try {
              value = JSON.parse(all[0]);
            } catch {
              problems.push(`query ${parameter.name} is not JSON`);
              continue;
            }
          } else {
            const schema = resolve(doc, parameter.schema ?? {}, '').node ?? {};
            if (schema.type === 'array') value = all;
            else if (schema.type === 'integer' || schema.type === 'number') value = Number(all[0]);
            else value = all[0];
          }
        }
      }
      if (value === undefined) {
        if (parameter.required) problems.push(`${parameter.in} parameter ${parameter.name} is required`);
        continue;
      }
      for (const message of validate(parameter.schemaPointer, value)) {
        problems.push(`${parameter.in} parameter ${parameter.name}: ${message}`);
      }
      values[parameter.name] = value;
    }
    return { values, problems };
  }

  /** Checks a JSON request body; multipart bodies are checked for their required parts by the caller. */
  function checkRequestBody(entry, contentType, body) {
    const requestBody = entry.operation.requestBody && resolve(doc, entry.operation.requestBody, '').node;
    if (!requestBody) return body === undefined ? [] : ['this operation takes no body'];
    const type = contentType.split(';')[0].trim().toLowerCase();
    const media = requestBody.content?.[type];
    if (!media) return [`request content type ${type || '(none)'} is not one of ${Object.keys(requestBody.content)}`];
    if (type !== 'application/json') return [];
    return validate(`${entry.pointer}/requestBody/content/${escape(type)}/schema`, body).map(m => `body ${m}`);
  }

  /** Checks a response: its status is documented (or `default`), and its body matches the schema for it. */
  function checkResponse(entry, status, contentType, body) {
    const responses = entry.operation.responses ?? {};
    const key = String(status) in responses ? String(status) : 'default';
    if (!(key in responses)) return [`status ${status} is not documented`];
    const { node: response, pointer } = resolve(doc, responses[key], `${entry.pointer}/responses/${escape(key)}`);
    const content = response.content;
    if (!content) return body === undefined ? [] : [`status ${status} takes no body`];
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!content[type]) return [`response content type ${type || '(none)'} is not one of ${Object.keys(content)}`];
    if (type === 'text/event-stream') return [];
    return validate(`${pointer}/content/${escape(type)}/schema`, body).map(m => `response ${m}`);
  }

  return { doc, text, operations, match, readParameters, checkRequestBody, checkResponse, validate };
}
