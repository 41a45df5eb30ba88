import { assert, assertEqual, rejects, show } from '../assert.js';
import { check, type ConformanceGroup } from '../check.js';
import { skip, uniqueKey, uniqueWord } from '../context.js';

export const sessionChecks: ConformanceGroup = {
  name: 'session',
  checks: [
    check('capabilities() describes the backend, the same way every time, without a session', async t => {
      const first = await t.adapter.capabilities();
      const second = await t.adapter.capabilities();
      assertEqual(JSON.stringify(second), JSON.stringify(first), 'a second capabilities() call');
      assert(typeof t.adapter.name === 'string' && t.adapter.name !== '', 'adapter.name must be a non-empty string');
    }),

    check('getSession() is null before anyone signs in', async t => {
      assertEqual(await t.adapter.getSession(), null, 'getSession() of a fresh adapter');
    }),

    check('signIn() with the right password returns the session of that account', async t => {
      const session = await t.signIn();
      const login = t.fixture.customer.login.toLowerCase();
      if (login.includes('@') && session.user.email !== undefined) {
        assertEqual(session.user.email.toLowerCase(), login, 'session.user.email');
      }
      const current = await t.adapter.getSession();
      assertEqual(current?.user.id, session.user.id, 'getSession().user.id after signIn()');
    }),

    check('signIn() with a wrong password is unauthorized and leaves nobody signed in', async t => {
      await t.requireFlow('passwordSignIn');
      const { login, password } = t.fixture.customer;
      await rejects(
        t.adapter.signIn({ kind: 'password', login, password: `${password}-wrong` }),
        'unauthorized',
        'signIn() with a wrong password'
      );
      assertEqual(await t.adapter.getSession(), null, 'getSession() after a failed signIn()');
    }),

    check('an unknown login and a wrong password fail alike, so accounts cannot be enumerated', async t => {
      await t.requireFlow('passwordSignIn');
      const { login, password } = t.fixture.customer;
      const wrongPassword = await rejects(
        t.adapter.signIn({ kind: 'password', login, password: `${password}-wrong` }),
        'unauthorized',
        'signIn() with a wrong password'
      );
      const unknownLogin = await rejects(
        t.adapter.signIn({ kind: 'password', login: `nobody.${uniqueWord()}@example.com`, password }),
        'unauthorized',
        'signIn() of an unknown login'
      );
      assertEqual(unknownLogin.message, wrongPassword.message, 'the message for an unknown login');
      assertEqual(unknownLogin.reason, wrongPassword.reason, 'the reason for an unknown login');
      assertEqual(
        Object.keys(unknownLogin.fieldErrors).join(),
        Object.keys(wrongPassword.fieldErrors).join(),
        'fields'
      );
    }),

    check('signOut() ends the session, and signing out twice is harmless', async t => {
      await t.signIn();
      await t.adapter.signOut();
      assertEqual(await t.adapter.getSession(), null, 'getSession() after signOut()');
      await t.adapter.signOut();
      assertEqual(await t.adapter.getSession(), null, 'getSession() after a second signOut()');
    }),

    check('signIn() with a host token signs that account in', async t => {
      const capabilities = await t.capabilities();
      if (!capabilities.accounts.hostToken) skip('capabilities().accounts.hostToken is false');
      if (!t.fixture.issueHostToken) skip('the fixture has no issueHostToken');
      const token = await t.fixture.issueHostToken(t.fixture.customer.login);
      const session = await t.adapter.signIn({ kind: 'token', token });
      const current = await t.adapter.getSession();
      assertEqual(current?.user.id, session.user.id, 'getSession().user.id after a token signIn()');
    }),

    check('signIn() with a made-up host token is refused', async t => {
      const capabilities = await t.capabilities();
      // Without host tokens the backend cannot tell a made-up token from a real one: it does not take them at all.
      const expected = capabilities.accounts.hostToken ? 'unauthorized' : 'unsupported';
      await rejects(t.adapter.signIn({ kind: 'token', token: `made-up-${uniqueWord()}` }), expected, 'signIn(token)');
      assertEqual(await t.adapter.getSession(), null, 'getSession() after a refused token');
    }),

    check('signIn() with a password is unsupported when password sign-in is not in the API', async t => {
      const mode = (await t.capabilities()).accounts.passwordSignIn.mode;
      if (mode === 'api') skip('capabilities().accounts.passwordSignIn is api');
      const { login, password } = t.fixture.customer;
      await rejects(t.adapter.signIn({ kind: 'password', login, password }), 'unsupported', `signIn() (${show(mode)})`);
    }),

    check('cases cannot be listed or created while signed out, and the refused case is not created', async t => {
      await t.signIn();
      const input = await t.caseInput();
      const before = (await t.capabilities()).cases.list ? await t.listAllIds() : undefined;
      await t.adapter.signOut();
      await rejects(t.adapter.listCases({ scope: 'mine' }), 'unauthorized', 'listCases() signed out');
      await rejects(
        t.adapter.createCase(input, { idempotencyKey: uniqueKey() }),
        'unauthorized',
        'createCase() signed out'
      );
      if (before === undefined) return;
      await t.signIn();
      assertEqual((await t.listAllIds()).length, before.length, 'the number of cases after a refused createCase()');
    }),

    check('a case cannot be read or commented on after signOut()', async t => {
      await t.signIn();
      const created = await t.createCase();
      await t.adapter.signOut();
      await rejects(t.adapter.getCase(created.id), 'unauthorized', 'getCase() signed out');
      await rejects(t.adapter.listComments(created.id), 'unauthorized', 'listComments() signed out');
      await rejects(
        t.adapter.addComment(created.id, { body: 'Signed out', attachments: [] }, { idempotencyKey: uniqueKey() }),
        ['unauthorized', 'unsupported'],
        'addComment() signed out'
      );
    }),

    check('the password cannot be changed while signed out', async t => {
      await t.requireFlow('changePassword');
      const { password } = t.fixture.customer;
      await rejects(
        t.adapter.changePassword({ current: password, next: `${password}-next` }),
        'unauthorized',
        'changePassword() signed out'
      );
    })
  ]
};
