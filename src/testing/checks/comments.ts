import type { Comment } from '../../core/model/case.js';
import { assert, assertEqual, rejects, show } from '../assert.js';
import { check, type ConformanceGroup } from '../check.js';
import { delay, skip, uniqueKey, uniqueWord, type CheckContext } from '../context.js';
import { sampleFile } from '../sample-files.js';

/** Signs in, opens a case and skips the check when customers cannot reply. */
async function caseForReplies(t: CheckContext): Promise<string> {
  await t.signIn();
  if (!(await t.capabilities()).cases.reply) skip('capabilities().cases.reply is false');
  return (await t.createCase()).id;
}

async function addComments(t: CheckContext, caseId: string, count: number): Promise<Comment[]> {
  const added: Comment[] = [];
  for (let index = 0; index < count; index++) {
    const body = `Conformance reply ${index + 1} ${uniqueWord()}`;
    added.push(await t.adapter.addComment(caseId, { body, attachments: [] }, { idempotencyKey: uniqueKey() }));
    // Distinct times, so both orders are unambiguous.
    await delay(15);
  }
  return added;
}

async function allComments(t: CheckContext, caseId: string, order: 'newest-first' | 'oldest-first', size = 100) {
  const items: Comment[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 500; page++) {
    const result = await t.adapter.listComments(caseId, { order, size, cursor });
    assert(result.items.length <= size, `a page of comments asked for ${size} items has ${result.items.length}`);
    items.push(...result.items);
    if (result.nextCursor === null) break;
    cursor = result.nextCursor;
  }
  return items;
}

export const commentChecks: ConformanceGroup = {
  name: 'comments',
  checks: [
    check("listComments() of a new case is a page of that case's comments", async t => {
      await t.signIn();
      const created = await t.createCase();
      const page = await t.adapter.listComments(created.id);
      for (const comment of page.items) assertEqual(comment.caseId, created.id, `the caseId of comment ${comment.id}`);
    }),

    check("addComment() returns the customer's comment, which then appears in the thread", async t => {
      const caseId = await caseForReplies(t);
      const body = `Conformance reply ${uniqueWord()}`;
      const comment = await t.adapter.addComment(caseId, { body, attachments: [] }, { idempotencyKey: uniqueKey() });
      assertEqual(comment.author.role, 'customer', 'comment.author.role');
      assertEqual(comment.caseId, caseId, 'comment.caseId');
      assertEqual(comment.body, body, 'comment.body');
      const thread = await allComments(t, caseId, 'oldest-first');
      assertEqual(thread.filter(item => item.id === comment.id).length, 1, 'how often the comment is in the thread');
    }),

    check('listComments() orders the thread newest-first and oldest-first', async t => {
      const caseId = await caseForReplies(t);
      const ids = (await addComments(t, caseId, 3)).map(comment => comment.id);
      const oldest = (await allComments(t, caseId, 'oldest-first')).map(comment => comment.id);
      const newest = (await allComments(t, caseId, 'newest-first')).map(comment => comment.id);
      assertEqual(show(oldest.filter(id => ids.includes(id))), show(ids), 'our comments, oldest first');
      assertEqual(show(newest.filter(id => ids.includes(id))), show([...ids].reverse()), 'our comments, newest first');
      assertEqual(show(newest), show([...oldest].reverse()), 'the newest-first thread against the oldest-first one');
    }),

    check('paging through a thread 2 at a time visits each comment exactly once', async t => {
      const caseId = await caseForReplies(t);
      const ids = (await addComments(t, caseId, 5)).map(comment => comment.id);
      for (const order of ['oldest-first', 'newest-first'] as const) {
        const paged = (await allComments(t, caseId, order, 2)).map(comment => comment.id);
        const full = (await allComments(t, caseId, order)).map(comment => comment.id);
        assertEqual(show(paged), show(full), `paging the thread ${order}, against one page`);
        for (const id of ids) assertEqual(paged.filter(item => item === id).length, 1, `how often ${id} is visited`);
      }
    }),

    check('addComment() twice with one idempotency key adds one comment', async t => {
      const caseId = await caseForReplies(t);
      const input = { body: `Conformance retry ${uniqueWord()}`, attachments: [] };
      const idempotencyKey = uniqueKey();
      const first = await t.adapter.addComment(caseId, input, { idempotencyKey });
      const second = await t.adapter.addComment(caseId, input, { idempotencyKey });
      assertEqual(second.id, first.id, 'the id of the retried addComment()');
      const thread = await allComments(t, caseId, 'oldest-first');
      assertEqual(thread.filter(item => item.body === input.body).length, 1, 'comments with that body');
    }),

    check('addComment() with an empty body and no files is invalid', async t => {
      const caseId = await caseForReplies(t);
      const before = (await allComments(t, caseId, 'oldest-first')).length;
      await rejects(
        t.adapter.addComment(caseId, { body: '   ', attachments: [] }, { idempotencyKey: uniqueKey() }),
        'invalid',
        'addComment() with a blank body'
      );
      assertEqual((await allComments(t, caseId, 'oldest-first')).length, before, 'the number of comments afterwards');
    }),

    check('addComment() keeps the attached file', async t => {
      const caseId = await caseForReplies(t);
      const file = sampleFile((await t.form()).attachments);
      if (!file) skip('the fixture form takes no file the suite can make');
      const reference = await t.adapter.uploadAttachment(file);
      const comment = await t.adapter.addComment(
        caseId,
        { body: 'With a file', attachments: [reference] },
        { idempotencyKey: uniqueKey() }
      );
      const attached = comment.attachments.find(item => item.name === file.name);
      assert(attached, `comment.attachments has no ${file.name}: ${show(comment.attachments)}`);
      assertEqual(attached.size, file.size, 'the size of the attachment');
    }),

    check('an agent reply from the support side appears in the thread with role agent', async t => {
      const support = t.fixture.support;
      if (!support) skip('the fixture has no support side');
      await t.signIn();
      const created = await t.createCase();
      const body = `Conformance agent reply ${uniqueWord()}`;
      await support.reply(created.id, body);
      const thread = await allComments(t, created.id, 'newest-first');
      const reply = thread.find(item => item.body.includes(body));
      assert(reply, `the agent reply is not in the thread: ${show(thread.map(item => item.body))}`);
      assertEqual(reply.author.role, 'agent', 'the role of the agent reply');
    }),

    check('addComment() is unsupported when customers cannot reply', async t => {
      await t.signIn();
      if ((await t.capabilities()).cases.reply) skip('capabilities().cases.reply is true');
      const created = await t.createCase();
      await rejects(
        t.adapter.addComment(created.id, { body: 'Hello', attachments: [] }, { idempotencyKey: uniqueKey() }),
        'unsupported',
        'addComment()'
      );
    }),

    check('listComments() and addComment() of an unknown case are not-found', async t => {
      await t.signIn();
      const id = `no-such-case-${uniqueWord()}`;
      await rejects(t.adapter.listComments(id), 'not-found', 'listComments() of an unknown case');
      if (!(await t.capabilities()).cases.reply) return;
      await rejects(
        t.adapter.addComment(id, { body: 'Hello', attachments: [] }, { idempotencyKey: uniqueKey() }),
        'not-found',
        'addComment() on an unknown case'
      );
    })
  ]
};
