import { HelpDeskChange } from '../../core/changes.js';
import { assert, assertHelpDeskError, assertShape, fail, rejects, show } from '../assert.js';
import { check, type ConformanceGroup } from '../check.js';
import { delay, skip, uniqueKey, uniqueWord, type CheckContext } from '../context.js';

type Extra = 'entitlements' | 'invoices' | 'articles';

/** When capable the call must resolve (the guarded adapter checks the shape); otherwise it must be unsupported. */
async function checkExtra(t: CheckContext, extra: Extra, call: () => Promise<unknown[]>): Promise<void> {
  await t.signIn();
  if ((await t.capabilities())[extra]) await call();
  else await rejects(call(), 'unsupported', `the ${extra} call without the capability`);
}

/** Collects pushed changes; waits a bounded time for one that matches. */
async function watch(t: CheckContext) {
  const changes: HelpDeskChange[] = [];
  const unsubscribe = t.adapter.subscribe(change => changes.push(change));
  assert(typeof unsubscribe === 'function', 'subscribe() must return a function that unsubscribes');
  const waitFor = async (matches: (change: HelpDeskChange) => boolean, what: string) => {
    for (let waited = 0; waited < 3000; waited += 25) {
      const found = changes.find(matches);
      if (found) return assertShape(HelpDeskChange, found, 'the pushed change');
      await delay(25);
    }
    return fail(`no ${what} was pushed within 3 s; pushed: ${show(changes)}`);
  };
  return { changes, unsubscribe, waitFor };
}

async function requireLiveUpdates(t: CheckContext): Promise<void> {
  if (!(await t.capabilities()).liveUpdates) {
    // Without push, subscribe() must still hand back an unsubscribe that is safe to call.
    const unsubscribe = t.adapter.subscribe(() => undefined);
    assert(typeof unsubscribe === 'function', 'subscribe() must return a function even without live updates');
    unsubscribe();
    skip('capabilities().liveUpdates is false');
  }
}

export const extraChecks: ConformanceGroup = {
  name: 'extras',
  checks: [
    check('listEntitlements() returns valid hour bags, or is unsupported without the capability', async t => {
      await checkExtra(t, 'entitlements', () => t.adapter.listEntitlements());
    }),

    check('listInvoices() returns valid invoices, or is unsupported without the capability', async t => {
      await checkExtra(t, 'invoices', () => t.adapter.listInvoices());
    }),

    check('suggestArticles() returns valid articles, or is unsupported without the capability', async t => {
      await checkExtra(t, 'articles', () => t.adapter.suggestArticles('password'));
    }),

    check('subscribe() pushes a case-created change after createCase()', async t => {
      await requireLiveUpdates(t);
      await t.signIn();
      const { unsubscribe, waitFor } = await watch(t);
      try {
        const created = await t.createCase();
        await waitFor(c => c.type === 'case-created' && c.caseId === created.id, 'case-created change');
      } finally {
        unsubscribe();
      }
    }),

    check('subscribe() pushes a comment-added change after addComment()', async t => {
      await requireLiveUpdates(t);
      await t.signIn();
      if (!(await t.capabilities()).cases.reply) skip('capabilities().cases.reply is false');
      const created = await t.createCase();
      const { unsubscribe, waitFor } = await watch(t);
      try {
        const input = { body: `Conformance live ${uniqueWord()}`, attachments: [] };
        const comment = await t.adapter.addComment(created.id, input, { idempotencyKey: uniqueKey() });
        const change = await waitFor(c => c.type === 'comment-added' && c.caseId === created.id, 'comment-added');
        assert('commentId' in change && change.commentId === comment.id, `the change names ${show(change)}`);
      } finally {
        unsubscribe();
      }
    }),

    check('after unsubscribing, no more changes arrive', async t => {
      await requireLiveUpdates(t);
      await t.signIn();
      const { changes, unsubscribe } = await watch(t);
      unsubscribe();
      await t.createCase();
      await delay(200);
      assert(changes.length === 0, `changes arrived after unsubscribing: ${show(changes)}`);
    }),

    check('every error the adapter throws is a HelpDeskError with a known code', async t => {
      await t.signIn();
      const word = uniqueWord();
      const missing = `no-such-${word}`;
      const key = { idempotencyKey: uniqueKey() };
      const form = await t.form();
      const calls: [string, () => Promise<unknown>][] = [
        ['getCase() of an unknown id', () => t.adapter.getCase(missing)],
        ['getForm() of an unknown category', () => t.adapter.getForm(missing)],
        ['getFieldOptions() of an unknown field', () => t.adapter.getFieldOptions(form.id, missing)],
        ['listComments() of an unknown case', () => t.adapter.listComments(missing)],
        ['addComment() on an unknown case', () => t.adapter.addComment(missing, { body: 'x', attachments: [] }, key)],
        ['closeCase() of an unknown case', () => t.adapter.closeCase(missing)],
        ['reopenCase() of an unknown case', () => t.adapter.reopenCase(missing)],
        ['listCases() with a malformed cursor', () => t.adapter.listCases({ scope: 'mine', cursor: `%%${word}` })],
        [
          'createCase() of an empty input',
          () =>
            t.adapter.createCase(
              {
                categoryId: '',
                formId: '',
                subject: '',
                description: '',
                channel: 'ticket',
                fields: {},
                attachments: []
              },
              key
            )
        ],
        [
          'completeSignup() with a made-up token',
          () => t.adapter.completeSignup({ token: word, name: 'x', password: word })
        ],
        [
          'completePasswordReset() with a made-up token',
          () => t.adapter.completePasswordReset({ token: word, password: word })
        ],
        [
          'changePassword() with a wrong current password',
          () => t.adapter.changePassword({ current: word, next: word })
        ]
      ];
      for (const [what, call] of calls) {
        let resolved = false;
        try {
          await call();
          resolved = true;
        } catch (error) {
          // Raw platform errors (TypeError, DOMException, a backend's JSON) must never reach an element.
          assertHelpDeskError(error, what);
        }
        assert(!resolved, `${what} resolved instead of failing`);
      }
      await t.adapter.signOut();
      try {
        await t.adapter.listCases({ scope: 'mine' });
        fail('listCases() signed out resolved instead of failing');
      } catch (error) {
        assertHelpDeskError(error, 'listCases() signed out');
      }
    })
  ]
};
