import { assert, assertEqual, rejects, show } from '../assert.js';
import { check, type ConformanceGroup } from '../check.js';
import { skip, uniqueWord, type CheckContext } from '../context.js';

/** A password any reasonable strength rule accepts: long, mixed case, digits and a symbol. */
function strongPassword(): string {
  return `Conf-${uniqueWord(8)}-Q7!x`;
}

function newAddress(): string {
  return `conformance.${uniqueWord()}@example.com`;
}

/** Signs a new account up through the mailed link and returns its address and password. */
async function signUp(t: CheckContext): Promise<{ email: string; password: string; token: string }> {
  await t.requireFlow('signup');
  t.requireMail();
  const email = newAddress();
  const password = strongPassword();
  await t.adapter.requestSignupLink(email);
  const token = await t.readToken(email, 'signup');
  await t.adapter.completeSignup({ token, name: 'Conformance Customer', password });
  return { email, password, token };
}

/**
 * Where sign-in is on a hosted page, a password is checked through the fixture's `checkPassword`; the check is
 * skipped when the fixture has none. Returns undefined when the password was checked that way.
 */
async function checkedOutOfBand(t: CheckContext, login: string, password: string): Promise<boolean | undefined> {
  if ((await t.capabilities()).accounts.passwordSignIn.mode === 'api') return undefined;
  const check = t.fixture.checkPassword;
  if (!check) skip('password sign-in is not in the API and the fixture has no checkPassword');
  return check.call(t.fixture, login, password);
}

async function assertSignsIn(t: CheckContext, login: string, password: string, what: string): Promise<void> {
  const outOfBand = await checkedOutOfBand(t, login, password);
  if (outOfBand !== undefined) return assert(outOfBand, `${what}: the password is not the account's`);
  await t.adapter.signOut();
  await t.adapter.signIn({ kind: 'password', login, password });
  assert((await t.adapter.getSession()) !== null, `${what}: no session after signIn()`);
  await t.adapter.signOut();
}

async function assertRefused(t: CheckContext, login: string, password: string, what: string): Promise<void> {
  const outOfBand = await checkedOutOfBand(t, login, password);
  if (outOfBand !== undefined) return assert(!outOfBand, `${what}: the password still works`);
  await t.adapter.signOut();
  await rejects(t.adapter.signIn({ kind: 'password', login, password }), 'unauthorized', what);
}

export const accountChecks: ConformanceGroup = {
  name: 'accounts',
  checks: [
    check('requestSignupLink() answers a new and an existing address the same way', async t => {
      await t.requireFlow('signup');
      const forNew = await t.adapter.requestSignupLink(newAddress());
      const forExisting = await t.adapter.requestSignupLink(t.fixture.customer.login);
      assertEqual(show(forExisting), show(forNew), 'the answer for an existing address');
      assertEqual(await t.adapter.getSession(), null, 'getSession() after requestSignupLink()');
    }),

    check('completeSignup() with the mailed token signs the new account in, and its password works', async t => {
      const email = newAddress();
      const password = strongPassword();
      await t.requireFlow('signup');
      t.requireMail();
      await t.adapter.requestSignupLink(email);
      const token = await t.readToken(email, 'signup');
      const session = await t.adapter.completeSignup({ token, name: 'Conformance Customer', password });
      if (session.user.email !== undefined) assertEqual(session.user.email.toLowerCase(), email, 'session.user.email');
      assertEqual((await t.adapter.getSession())?.user.id, session.user.id, 'getSession() after completeSignup()');
      await assertSignsIn(t, email, password, 'signIn() of the new account');
    }),

    check('a signup token works only once', async t => {
      const { token } = await signUp(t);
      await t.adapter.signOut();
      await rejects(
        t.adapter.completeSignup({ token, name: 'Second Use', password: strongPassword() }),
        'invalid',
        'completeSignup() with a used token'
      );
      assertEqual(await t.adapter.getSession(), null, 'getSession() after a refused completeSignup()');
    }),

    check('completeSignup() with a made-up token is invalid', async t => {
      await t.requireFlow('signup');
      await rejects(
        t.adapter.completeSignup({ token: `made-up-${uniqueWord()}`, name: 'Nobody', password: strongPassword() }),
        'invalid',
        'completeSignup() with a made-up token'
      );
      assertEqual(await t.adapter.getSession(), null, 'getSession() after a refused completeSignup()');
    }),

    check('requestPasswordReset() answers a known and an unknown address the same way', async t => {
      await t.requireFlow('passwordReset');
      const forKnown = await t.adapter.requestPasswordReset(t.fixture.customer.login);
      const forUnknown = await t.adapter.requestPasswordReset(newAddress());
      assertEqual(show(forUnknown), show(forKnown), 'the answer for an unknown address');
    }),

    check('completePasswordReset() replaces the password: the new one works, the old one not', async t => {
      await t.requireFlow('passwordReset');
      t.requireMail();
      const { login, password } = t.fixture.customer;
      await t.adapter.requestPasswordReset(login);
      const token = await t.readToken(login, 'reset');
      const next = strongPassword();
      await t.adapter.completePasswordReset({ token, password: next });
      await assertSignsIn(t, login, next, 'signIn() with the reset password');
      await assertRefused(t, login, password, 'signIn() with the password from before the reset');
    }),

    check('a reset token works only once', async t => {
      await t.requireFlow('passwordReset');
      t.requireMail();
      const { login } = t.fixture.customer;
      await t.adapter.requestPasswordReset(login);
      const token = await t.readToken(login, 'reset');
      const next = strongPassword();
      await t.adapter.completePasswordReset({ token, password: next });
      await rejects(
        t.adapter.completePasswordReset({ token, password: strongPassword() }),
        'invalid',
        'completePasswordReset() with a used token'
      );
      await assertSignsIn(t, login, next, 'signIn() with the password of the first reset');
    }),

    check('completePasswordReset() with a made-up token is invalid', async t => {
      await t.requireFlow('passwordReset');
      await rejects(
        t.adapter.completePasswordReset({ token: `made-up-${uniqueWord()}`, password: strongPassword() }),
        'invalid',
        'completePasswordReset() with a made-up token'
      );
      const { login, password } = t.fixture.customer;
      await assertSignsIn(t, login, password, 'signIn() after a refused reset');
    }),

    check('changePassword() with a wrong current password is invalid, names the field and changes nothing', async t => {
      await t.requireFlow('changePassword');
      await t.signIn();
      const { login, password } = t.fixture.customer;
      const error = await rejects(
        t.adapter.changePassword({ current: `${password}-wrong`, next: strongPassword() }),
        'invalid',
        'changePassword() with a wrong current password'
      );
      // The UI shows the message next to the "current password" input, which it finds by this key.
      assert(
        typeof error.fieldErrors['current'] === 'string',
        `changePassword() should put a message in fieldErrors.current; fieldErrors was ${show(error.fieldErrors)}`
      );
      assert((await t.adapter.getSession()) !== null, 'a refused changePassword() must not end the session');
      await assertSignsIn(t, login, password, 'signIn() with the unchanged password');
    }),

    check('changePassword() replaces the password: the new one works, the old one not', async t => {
      await t.requireFlow('changePassword');
      await t.signIn();
      const { login, password } = t.fixture.customer;
      const next = strongPassword();
      await t.adapter.changePassword({ current: password, next });
      await assertSignsIn(t, login, next, 'signIn() with the changed password');
      await assertRefused(t, login, password, 'signIn() with the password from before the change');
    }),

    check('account flows that are not in the API are unsupported', async t => {
      const { accounts } = await t.capabilities();
      const email = newAddress();
      const calls = {
        signup: () => t.adapter.requestSignupLink(email),
        passwordReset: () => t.adapter.requestPasswordReset(email),
        changePassword: () => t.adapter.changePassword({ current: 'x', next: strongPassword() })
      };
      const absent = (Object.keys(calls) as (keyof typeof calls)[]).filter(flow => accounts[flow].mode !== 'api');
      if (absent.length === 0) skip('every account flow is in the API');
      if (absent.includes('changePassword')) await t.signIn().catch(() => undefined);
      for (const flow of absent) await rejects(calls[flow](), 'unsupported', `the ${flow} call`);
    })
  ]
};
