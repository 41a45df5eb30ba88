// docs/openapi.yaml is a valid OpenAPI 3.1 document, names an operation for every adapter method, and its
// component schemas are the core model's, property for property (checked against zod's own JSON Schema of them).
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import type { HelpDeskAdapter } from '../../../src/core/adapter.js';
import {
  Capabilities as CapabilitiesSchema,
  Article,
  Attachment,
  CallBack,
  Case,
  Category,
  Comment,
  Entitlement,
  FieldDefinition,
  FieldOption,
  FileReference,
  FormDefinition,
  Invoice,
  Organization,
  pageOf,
  Person,
  Session,
  Status,
  User,
  AttachmentPolicy
} from '../../../src/core/index.js';
import { openApiDocument, openApiValidation } from './reference-server.js';

type Json = Record<string, unknown>;

/** Every method of the contract; a new method that is not listed here fails to compile. */
const METHODS: Record<Exclude<keyof HelpDeskAdapter, 'name'>, true> = {
  capabilities: true,
  getSession: true,
  signIn: true,
  signOut: true,
  requestSignupLink: true,
  completeSignup: true,
  requestPasswordReset: true,
  completePasswordReset: true,
  changePassword: true,
  listCategories: true,
  getForm: true,
  getFieldOptions: true,
  uploadAttachment: true,
  createCase: true,
  listCases: true,
  getCase: true,
  listComments: true,
  addComment: true,
  closeCase: true,
  reopenCase: true,
  listEntitlements: true,
  listInvoices: true,
  suggestArticles: true,
  subscribe: true
};

const COMPONENTS: Record<string, z.ZodMiniType> = {
  Organization,
  User,
  Session,
  Category,
  FieldOption,
  FieldDefinition,
  AttachmentPolicy,
  FormDefinition,
  Status,
  Attachment,
  FileReference,
  Person,
  CallBack,
  Case,
  Comment,
  CasePage: pageOf(Case),
  CommentPage: pageOf(Comment),
  Entitlement,
  Invoice,
  Article,
  Capabilities: CapabilitiesSchema
};

function operations(doc: Json): { method: string; path: string; operation: Json }[] {
  return Object.entries(doc['paths'] as Record<string, Json>).flatMap(([path, item]) =>
    ['get', 'post', 'put', 'patch', 'delete']
      .filter(method => item[method])
      .map(method => ({ method, path, operation: item[method] as Json }))
  );
}

/** Lists where the document's schema and zod's JSON Schema of the core schema differ. */
function differences(doc: Json, core: Json, documented: Json, at: string, depth = 0): string[] {
  let schema = documented;
  while (typeof schema['$ref'] === 'string') {
    const name = (schema['$ref'] as string).split('/').pop()!;
    schema = ((doc['components'] as Json)['schemas'] as Record<string, Json>)[name]!;
  }
  if (depth > 6 || typeof core['$ref'] === 'string') return [];
  const unions = (value: Json) => ((value['anyOf'] ?? value['oneOf']) as Json[] | undefined) ?? [value];
  const objectOf = (value: Json) => unions(value).find(member => member['properties'] || member['$ref']);
  const found: string[] = [];
  if (core['enum']) {
    const same =
      JSON.stringify([...(core['enum'] as string[])].sort()) ===
      JSON.stringify([...((schema['enum'] as string[]) ?? [])].sort());
    if (!same) found.push(`${at}: enum ${JSON.stringify(schema['enum'])} is not ${JSON.stringify(core['enum'])}`);
  }
  const coreObject = core['properties'] ? core : unions(core).find(member => member['properties']);
  if (coreObject) {
    const docObject = schema['properties'] ? schema : objectOf(schema);
    if (!docObject) return [`${at}: the document has no object here`];
    const resolved = differences(doc, coreObject, docObject, at, depth + 1);
    if (docObject['$ref']) return resolved;
    const coreProps = coreObject['properties'] as Record<string, Json>;
    const docProps = (docObject['properties'] ?? {}) as Record<string, Json>;
    const keys = (value: object) => Object.keys(value).sort().join(', ');
    if (keys(coreProps) !== keys(docProps))
      found.push(`${at}: properties [${keys(docProps)}], core has [${keys(coreProps)}]`);
    const required = (value: unknown) => [...((value as string[]) ?? [])].sort().join(', ');
    if (required(coreObject['required']) !== required(docObject['required'])) {
      found.push(
        `${at}: required [${required(docObject['required'])}], core has [${required(coreObject['required'])}]`
      );
    }
    for (const [key, value] of Object.entries(coreProps)) {
      if (docProps[key]) found.push(...differences(doc, value, docProps[key]!, `${at}.${key}`, depth + 1));
    }
    return found;
  }
  if (core['type'] === 'array' && core['items']) {
    const items = (schema['items'] ?? objectOf(schema)?.['items']) as Json | undefined;
    if (!items) return [...found, `${at}: the document has no array here`];
    found.push(...differences(doc, core['items'] as Json, items, `${at}[]`, depth + 1));
  }
  return found;
}

describe('docs/openapi.yaml', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await openApiValidation();
    expect(result.version).to.equal('3.1');
    expect(result.valid, JSON.stringify(result.errors, null, 2)).to.equal(true);
  });

  it('has an operation for every adapter method, named after it', async () => {
    const ids = operations(await openApiDocument()).map(entry => entry.operation['operationId']);
    const missing = Object.keys(METHODS).filter(method => !ids.includes(method));
    expect(missing, 'adapter methods without an operation').to.deep.equal([]);
    expect(new Set(ids).size, 'operationIds are unique').to.equal(ids.length);
  });

  it('requires an Idempotency-Key on the creates and documents errors as problem+json', async () => {
    const doc = await openApiDocument();
    for (const { method, path, operation } of operations(doc)) {
      const where = `${method.toUpperCase()} ${path}`;
      const parameters = JSON.stringify(operation['parameters'] ?? []);
      const creates = ['createCase', 'addComment'].includes(operation['operationId'] as string);
      expect(parameters.includes('IdempotencyKey'), `${where} Idempotency-Key`).to.equal(creates);
      const fallback = (operation['responses'] as Json)['default'] as Json;
      expect(fallback?.['$ref'], `${where} default response`).to.equal('#/components/responses/Problem');
    }
    const problem = ((doc['components'] as Json)['schemas'] as Record<string, Json>)['Problem']!;
    expect(Object.keys(problem['properties'] as Json)).to.include.members([
      'code',
      'fieldErrors',
      'retryAfterSeconds',
      'reason'
    ]);
  });

  it('describes the core model exactly: every component has the properties, required ones and enums of core', async () => {
    const doc = await openApiDocument();
    const schemas = (doc['components'] as Json)['schemas'] as Record<string, Json>;
    const found = Object.entries(COMPONENTS).flatMap(([name, schema]) => {
      if (!schemas[name]) return [`${name}: not in components.schemas`];
      const core = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Json;
      return differences(doc, core, schemas[name]!, name);
    });
    expect(found, found.join('\n')).to.deep.equal([]);
  });
});
