import { assert, assertEqual, rejects, show } from '../assert.js';
import { check, type ConformanceGroup } from '../check.js';
import { skip, uniqueKey, uniqueWord } from '../context.js';
import { sampleFile, textFile } from '../sample-files.js';

const CLOSED = ['closed', 'resolved'];

function count(ids: readonly string[], id: string): number {
  return ids.filter(item => item === id).length;
}

export const caseChecks: ConformanceGroup = {
  name: 'cases',
  checks: [
    check('uploadAttachment() returns a reference with the name, size and type of the file', async t => {
      await t.signIn();
      const file = textFile('conformance-upload.txt');
      const reference = await t.adapter.uploadAttachment(file);
      assertEqual(reference.name, file.name, 'reference.name');
      assertEqual(reference.size, file.size, 'reference.size');
      assert(reference.mimeType.startsWith('text/plain'), `reference.mimeType is ${show(reference.mimeType)}`);
    }),

    check('uploadAttachment() reports progress up to the size of the file', async t => {
      await t.signIn();
      const file = textFile();
      const calls: [number, number][] = [];
      await t.adapter.uploadAttachment(file, { onProgress: (sent, total) => calls.push([sent, total]) });
      assert(calls.length > 0, 'onProgress was never called');
      for (let i = 1; i < calls.length; i++) assert(calls[i]![0] >= calls[i - 1]![0], 'progress went backwards');
      assertEqual(calls.at(-1)?.[0], file.size, 'the bytes sent at the last onProgress call');
      assertEqual(calls.at(-1)?.[1], file.size, 'the total at the last onProgress call');
    }),

    check('uploadAttachment() with an aborted signal rejects', async t => {
      await t.signIn();
      const controller = new AbortController();
      controller.abort();
      let rejected = false;
      try {
        await t.adapter.uploadAttachment(textFile(), { signal: controller.signal });
      } catch (error) {
        // The guarded adapter lets through only an AbortError or a HelpDeskError with a known code.
        rejected = error !== undefined;
      }
      assert(rejected, 'uploadAttachment() resolved although its signal was aborted');
    }),

    check('createCase() returns the new case with what the customer typed', async t => {
      const session = await t.signIn();
      const input = await t.caseInput();
      const started = Date.now();
      const created = await t.adapter.createCase(input, { idempotencyKey: uniqueKey() });
      assertEqual(created.subject, input.subject, 'case.subject');
      assertEqual(created.description, input.description, 'case.description');
      assertEqual(created.channel, input.channel, 'case.channel');
      assert(created.reference.trim() !== '', 'case.reference is empty');
      assert(created.status.label.trim() !== '', 'case.status.label is empty');
      assertEqual(created.categoryPath.at(-1)?.id, input.categoryId, 'the last id of case.categoryPath');
      if (session.user.email !== undefined && created.requester.email !== undefined) {
        assertEqual(created.requester.email.toLowerCase(), session.user.email.toLowerCase(), 'case.requester.email');
      }
      const skew = 5 * 60_000;
      assert(Math.abs(Date.parse(created.createdAt) - started) < skew, `case.createdAt is ${created.createdAt}`);
      assert(Date.parse(created.updatedAt) >= Date.parse(created.createdAt), 'case.updatedAt is before createdAt');
      // Nothing the customer typed is lost: every other field value comes back as sent.
      const form = await t.form();
      for (const [id, value] of Object.entries(input.fields)) {
        if (id === form.subjectField || id === form.descriptionField) continue;
        assertEqual(show(created.fields[id]), show(value), `case.fields.${id}`);
      }
    }),

    check('createCase() keeps the attached files', async t => {
      await t.signIn();
      const file = sampleFile((await t.form()).attachments);
      if (!file) skip('the fixture form takes no file the suite can make');
      const reference = await t.adapter.uploadAttachment(file);
      const created = await t.createCase({ attachments: [reference] });
      const attached = created.attachments.find(item => item.name === file.name);
      assert(attached, `case.attachments has no ${file.name}: ${show(created.attachments)}`);
      assertEqual(attached.size, file.size, 'the size of the attachment');
    }),

    check('getCase() returns the case createCase() returned', async t => {
      await t.signIn();
      const created = await t.createCase();
      const read = await t.adapter.getCase(created.id);
      assertEqual(read.id, created.id, 'getCase().id');
      assertEqual(read.reference, created.reference, 'getCase().reference');
      assertEqual(read.subject, created.subject, 'getCase().subject');
      assertEqual(read.status.id, created.status.id, 'getCase().status.id');
      assertEqual(read.createdAt, created.createdAt, 'getCase().createdAt');
    }),

    check('createCase() twice with one idempotency key creates one case', async t => {
      await t.signIn();
      const input = await t.caseInput();
      const idempotencyKey = uniqueKey();
      const first = await t.adapter.createCase(input, { idempotencyKey });
      const second = await t.adapter.createCase(input, { idempotencyKey });
      assertEqual(second.id, first.id, 'the id of the retried createCase()');
      assertEqual(second.reference, first.reference, 'the reference of the retried createCase()');
      await t.requireListing();
      assertEqual(count(await t.listAllIds(), first.id), 1, 'how often the case is listed');
      const matching = (await t.listAll({ scope: 'mine', size: 100 })).filter(item => item.subject === input.subject);
      assertEqual(matching.length, 1, 'the number of listed cases with that subject');
    }),

    check('concurrent createCase() calls with one idempotency key create one case', async t => {
      await t.signIn();
      const input = await t.caseInput();
      const idempotencyKey = uniqueKey();
      const results = await Promise.all([1, 2, 3].map(() => t.adapter.createCase(input, { idempotencyKey })));
      const ids = new Set(results.map(result => result.id));
      assertEqual(ids.size, 1, `the number of distinct ids (${[...ids].join(', ')})`);
      await t.requireListing();
      const matching = (await t.listAll({ scope: 'mine', size: 100 })).filter(item => item.subject === input.subject);
      assertEqual(matching.length, 1, 'the number of listed cases with that subject');
    }),

    check('createCase() with different keys creates different cases', async t => {
      await t.signIn();
      const input = await t.caseInput();
      const first = await t.adapter.createCase(input, { idempotencyKey: uniqueKey() });
      const second = await t.adapter.createCase(input, { idempotencyKey: uniqueKey() });
      assert(first.id !== second.id, `both calls returned the case ${first.id}`);
      assert(first.reference !== second.reference, `both cases have the reference ${first.reference}`);
    }),

    check('createCase() without a required field is invalid, names the field and creates nothing', async t => {
      await t.signIn();
      const form = await t.form();
      const input = await t.caseInput();
      const required = form.fields.find(
        field => field.required && field.id !== form.subjectField && field.id !== form.descriptionField
      );
      if (!required) skip('the fixture form has no required field besides subject and description');
      const before = (await t.capabilities()).cases.list ? await t.listAllIds() : undefined;
      const fields = { ...input.fields };
      delete fields[required.id];
      const error = await rejects(
        t.adapter.createCase({ ...input, fields }, { idempotencyKey: uniqueKey() }),
        'invalid',
        `createCase() without ${required.id}`
      );
      assert(
        typeof error.fieldErrors[required.id] === 'string',
        `fieldErrors should name ${show(required.id)}; it was ${show(error.fieldErrors)}`
      );
      if (before) assertEqual((await t.listAllIds()).length, before.length, 'the number of cases afterwards');
    }),

    check('createCase() without a subject is invalid and creates nothing', async t => {
      await t.signIn();
      const form = await t.form();
      const input = await t.caseInput();
      const before = (await t.capabilities()).cases.list ? await t.listAllIds() : undefined;
      const error = await rejects(
        t.adapter.createCase(
          { ...input, subject: '  ', fields: { ...input.fields, [form.subjectField]: '  ' } },
          { idempotencyKey: uniqueKey() }
        ),
        'invalid',
        'createCase() with a blank subject'
      );
      const named = [form.subjectField, 'subject'].some(key => typeof error.fieldErrors[key] === 'string');
      assert(named, `fieldErrors should name ${show(form.subjectField)}; it was ${show(error.fieldErrors)}`);
      if (before) assertEqual((await t.listAllIds()).length, before.length, 'the number of cases afterwards');
    }),

    check('createCase() in an unknown category is refused and creates nothing', async t => {
      await t.signIn();
      const input = await t.caseInput();
      const before = (await t.capabilities()).cases.list ? await t.listAllIds() : undefined;
      await rejects(
        t.adapter.createCase(
          { ...input, categoryId: `no-such-category-${uniqueWord()}` },
          { idempotencyKey: uniqueKey() }
        ),
        ['invalid', 'not-found'],
        'createCase() in an unknown category'
      );
      if (before) assertEqual((await t.listAllIds()).length, before.length, 'the number of cases afterwards');
    }),

    check('getCase() of an unknown id is not-found', async t => {
      await t.signIn();
      await rejects(t.adapter.getCase(`no-such-case-${uniqueWord()}`), 'not-found', 'getCase() of an unknown id');
    }),

    check('closeCase() and reopenCase() move the case out of and back into the open states', async t => {
      await t.signIn();
      const { cases } = await t.capabilities();
      const created = await t.createCase();
      if (!cases.close) {
        await rejects(t.adapter.closeCase(created.id), 'unsupported', 'closeCase() without the capability');
      } else {
        const closed = await t.adapter.closeCase(created.id);
        assert(CLOSED.includes(closed.status.category), `closeCase() left status ${show(closed.status)}`);
        const read = await t.adapter.getCase(created.id);
        assertEqual(read.status.id, closed.status.id, 'getCase().status.id after closeCase()');
      }
      if (!cases.reopen) {
        await rejects(t.adapter.reopenCase(created.id), 'unsupported', 'reopenCase() without the capability');
      } else if (cases.close) {
        const reopened = await t.adapter.reopenCase(created.id);
        assert(!CLOSED.includes(reopened.status.category), `reopenCase() left status ${show(reopened.status)}`);
        const read = await t.adapter.getCase(created.id);
        assertEqual(read.status.id, reopened.status.id, 'getCase().status.id after reopenCase()');
      }
    }),

    check('closeCase() of an unknown case is not-found', async t => {
      await t.signIn();
      if (!(await t.capabilities()).cases.close) skip('capabilities().cases.close is false');
      await rejects(t.adapter.closeCase(`no-such-case-${uniqueWord()}`), 'not-found', 'closeCase() of an unknown id');
    })
  ]
};
