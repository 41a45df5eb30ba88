// Tests of the conformance suite's own machinery: if these helpers were wrong, every adapter verdict would be too.
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import { HelpDeskError } from '../../src/core/errors.js';
import { validateFieldValues } from '../../src/core/form-rules.js';
import type { FormDefinition } from '../../src/core/model/form.js';
import { assertShape, ConformanceFailure, rejects } from '../../src/testing/assert.js';
import { guardAdapter } from '../../src/testing/guarded-adapter.js';
import { buildCaseInput } from '../../src/testing/valid-input.js';

async function failureOf(run: () => unknown): Promise<ConformanceFailure> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ConformanceFailure) return error;
    throw error;
  }
  throw new Error('expected a ConformanceFailure');
}

/** An adapter whose every method throws, except those a test replaces. */
function stubAdapter(overrides: Partial<HelpDeskAdapter>): HelpDeskAdapter {
  const unsupported = () => Promise.reject(new HelpDeskError('unsupported', 'stub'));
  const base = Object.fromEntries(
    [
      'capabilities',
      'getSession',
      'signIn',
      'signOut',
      'requestSignupLink',
      'completeSignup',
      'requestPasswordReset',
      'completePasswordReset',
      'changePassword',
      'listCategories',
      'getForm',
      'getFieldOptions',
      'uploadAttachment',
      'createCase',
      'listCases',
      'getCase',
      'listComments',
      'addComment',
      'closeCase',
      'reopenCase',
      'listEntitlements',
      'listInvoices',
      'suggestArticles'
    ].map(name => [name, unsupported])
  );
  return { ...base, name: 'stub', subscribe: () => () => undefined, ...overrides } as HelpDeskAdapter;
}

describe('conformance harness', () => {
  it('lists each schema issue with its path, what was expected and what was found', async () => {
    const schema = z.object({ status: z.object({ category: z.enum(['new', 'open']) }), size: z.number() });
    const failure = await failureOf(() => assertShape(schema, { status: { category: 'nope' }, size: 'big' }, 'a case'));
    expect(failure.message).to.contain('a case does not match the core schema');
    expect(failure.message).to.contain('status.category: expected one of "new" | "open", got "nope"');
    expect(failure.message).to.contain('size: expected number, got "big"');
  });

  it('rejects() accepts the expected code and refuses other codes, resolutions and foreign errors', async () => {
    const error = await rejects(Promise.reject(new HelpDeskError('invalid', 'bad')), 'invalid', 'call');
    expect(error.code).to.equal('invalid');
    const wrongCode = await failureOf(() =>
      rejects(Promise.reject(new HelpDeskError('server', 'x')), 'invalid', 'call')
    );
    expect(wrongCode.message).to.contain('failed with "server"');
    const resolved = await failureOf(() => rejects(Promise.resolve(1), 'invalid', 'call'));
    expect(resolved.message).to.contain('resolved with 1');
    const foreign = await failureOf(() => rejects(Promise.reject(new TypeError('boom')), 'invalid', 'call'));
    expect(foreign.message).to.contain('not a HelpDeskError');
  });

  it('the guarded adapter fails on raw errors and on results that break the schemas', async () => {
    const adapter = guardAdapter(
      stubAdapter({
        getCase: () => Promise.reject(new TypeError('x is undefined')),
        getSession: () => Promise.resolve({ user: { id: '' } } as never)
      })
    );
    const raw = await failureOf(() => adapter.getCase('1'));
    expect(raw.message).to.contain('adapter.getCase() threw TypeError: x is undefined');
    const shape = await failureOf(() => adapter.getSession());
    expect(shape.message).to.contain('user.id');
    expect(shape.message).to.contain('user.name: expected string');
  });

  it('builds a case input that passes the core field rules, for every kind of required field', async () => {
    const form: FormDefinition = {
      id: 'f',
      title: 'Form',
      subjectField: 'title',
      descriptionField: 'body',
      attachments: null,
      channels: ['ticket'],
      fields: [
        { id: 'title', kind: 'text', label: 'Title', required: true },
        { id: 'body', kind: 'textarea', label: 'Body', required: true },
        { id: 'mail', kind: 'email', label: 'Mail', required: true },
        { id: 'phone', kind: 'phone', label: 'Phone', required: true },
        { id: 'units', kind: 'number', label: 'Units', required: true, min: 2, max: 5 },
        { id: 'day', kind: 'date', label: 'Day', required: true },
        { id: 'nit', kind: 'taxid', label: 'NIT', required: true, taxIdScheme: 'co-nit' },
        { id: 'ok', kind: 'checkbox', label: 'Terms', required: true },
        { id: 'copy', kind: 'recipients', label: 'Copy', required: true },
        { id: 'app', kind: 'select', label: 'App', options: [{ value: 'pos', label: 'POS' }] },
        {
          id: 'module',
          kind: 'select',
          label: 'Module',
          required: true,
          dependsOn: 'app',
          optionsByParent: { pos: [{ value: 'cash', label: 'Cash' }] }
        },
        {
          id: 'route',
          kind: 'cascade',
          label: 'Route',
          required: true,
          levels: ['Service', 'Topic'],
          options: [{ value: 's', label: 'S', children: [{ value: 't', label: 'T' }] }]
        },
        { id: 'tags', kind: 'multiselect', label: 'Tags', required: true, options: [{ value: 'a', label: 'A' }] },
        {
          id: 'why',
          kind: 'text',
          label: 'Why',
          required: true,
          minLength: 30,
          visibleWhen: [{ field: 'ok', in: ['true'] }]
        },
        { id: 'hidden', kind: 'text', label: 'Hidden', required: true, visibleWhen: [{ field: 'app', in: ['other'] }] }
      ]
    };
    const input = await buildCaseInput(stubAdapter({}), form, { categoryId: 'c', subject: 'S1', description: 'D1' });
    expect(validateFieldValues(form, input.fields)).to.deep.equal({});
    expect(input.fields['module']).to.equal('cash');
    expect(input.fields['route']).to.deep.equal(['s', 't']);
    expect(input.fields).not.to.have.property('hidden');
    expect([input.subject, input.description, input.fields['title'], input.fields['body']]).to.deep.equal([
      'S1',
      'D1',
      'S1',
      'D1'
    ]);
  });

  it('asks for fixture.fieldValues when a pattern cannot be satisfied, and uses them when given', async () => {
    const form: FormDefinition = {
      id: 'f',
      title: 'Form',
      subjectField: 'title',
      attachments: null,
      channels: ['ticket'],
      fields: [
        { id: 'title', kind: 'text', label: 'Title', required: true },
        { id: 'serial', kind: 'text', label: 'Serial', required: true, pattern: '[A-Z]{2}-\\d{4}' }
      ]
    };
    const seed = { categoryId: 'c', subject: 'S', description: 'D' };
    const failure = await failureOf(() => buildCaseInput(stubAdapter({}), form, seed));
    expect(failure.message).to.contain('fixture.fieldValues');
    const input = await buildCaseInput(stubAdapter({}), form, { ...seed, fieldValues: { serial: 'AB-1234' } });
    expect(input.fields['serial']).to.equal('AB-1234');
  });
});
