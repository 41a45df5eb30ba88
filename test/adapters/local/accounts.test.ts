import { expect } from '@open-wc/testing';
import type { DemoMail } from '../../../src/adapters/local/index.js';
import { Session } from '../../../src/core/index.js';
import {
  cleanUp,
  COLLEAGUE,
  DEMO_USER,
  dumpDatabase,
  firstEvent,
  openAdapter,
  rejection,
  signedIn,
  TestClock,
  uniqueDatabaseName
} from './fixtures.js';

const NEW_PASSWORD = 'Nueva-clave-2026';

describe('local adapter: accounts', () => {
  afterEach(cleanUp);

  describe('passwords', () => {
    it('never stores a password in clear, only salted PBKDF2 hashes', async () => {
      const databaseName = uniqueDatabaseName();
      const adapter = await openAdapter({ databaseName });
      await adapter.requestSignupLink('nueva@example.com');
      const [mail] = await adapter.mailbox.list();
      await adapter.completeSignup({ token: mail!.link!.token, name: 'Nueva Persona', password: NEW_PASSWORD });
      await adapter.changePassword({ current: NEW_PASSWORD, next: 'Otra-clave-2027' });

      const dump = await dumpDatabase(databaseName);
      for (const secret of [DEMO_USER.password, NEW_PASSWORD, 'Otra-clave-2027']) {
        expect(dump).not.to.contain(secret);
      }
      expect(dump).to.contain('PBKDF2-SHA256');
      // Two users with the same password get different hashes: each has its own salt.
      expect(DEMO_USER.password).to.equal(COLLEAGUE.password);
      const hashes = dump.match(/"hash":"[^"]+"/g) ?? [];
      expect(new Set(hashes).size).to.equal(hashes.length);
    });

    it('signs in with the e-mail in any case, and the session passes the core schema', async () => {
      const adapter = await openAdapter();
      const session = await adapter.signIn({
        kind: 'password',
        login: `  ${DEMO_USER.email.toUpperCase()} `,
        password: DEMO_USER.password
      });
      expect(Session.safeParse(session).success).to.equal(true);
      expect(session.user.organization?.id).to.equal('org-andina');
      expect((await adapter.getSession())?.user.id).to.equal(session.user.id);
    });

    it('answers wrong login and wrong password with the same generic error', async () => {
      const adapter = await openAdapter();
      const wrongPassword = await rejection(
        adapter.signIn({ kind: 'password', login: DEMO_USER.email, password: 'nope-nope' }),
        'unauthorized'
      );
      const unknownLogin = await rejection(
        adapter.signIn({ kind: 'password', login: 'nadie@example.com', password: DEMO_USER.password }),
        'unauthorized'
      );
      expect(wrongPassword.message).to.equal(unknownLogin.message);
      expect(wrongPassword.fieldErrors).to.deep.equal(unknownLogin.fieldErrors);
      expect(await adapter.getSession()).to.equal(null);
    });

    it('locks a login out after 5 failures within 15 minutes, then lets it in again', async () => {
      const clock = new TestClock();
      const databaseName = uniqueDatabaseName();
      const adapter = await openAdapter({ databaseName, now: clock.now });
      for (let i = 0; i < 5; i += 1) {
        await rejection(
          adapter.signIn({ kind: 'password', login: DEMO_USER.email, password: 'wrong-1234' }),
          'unauthorized'
        );
        clock.advance(60_000);
      }
      // Even the right password is refused while locked, and the error says how long to wait.
      const locked = await rejection(
        adapter.signIn({ kind: 'password', login: DEMO_USER.email.toUpperCase(), password: DEMO_USER.password }),
        'rate-limited'
      );
      expect(locked.retryAfterSeconds).to.be.within(1, 15 * 60);
      expect(locked.retryable).to.equal(true);
      // Another login is not affected, and a reload (another instance on the same database) does not unlock.
      await adapter.signIn({ kind: 'password', login: COLLEAGUE.email, password: COLLEAGUE.password });
      const reloaded = await openAdapter({ databaseName, now: clock.now });
      await rejection(
        reloaded.signIn({ kind: 'password', login: DEMO_USER.email, password: DEMO_USER.password }),
        'rate-limited'
      );
      clock.advance((locked.retryAfterSeconds! - 1) * 1000);
      await rejection(
        adapter.signIn({ kind: 'password', login: DEMO_USER.email, password: DEMO_USER.password }),
        'rate-limited'
      );

      clock.advance(2000);
      const session = await adapter.signIn({ kind: 'password', login: DEMO_USER.email, password: DEMO_USER.password });
      expect(session.user.email).to.equal(DEMO_USER.email);
    });

    it('locks unknown logins the same way, so a lock-out reveals nothing', async () => {
      const adapter = await openAdapter();
      for (let i = 0; i < 5; i += 1) {
        await rejection(
          adapter.signIn({ kind: 'password', login: 'ghost@example.com', password: 'x' }),
          'unauthorized'
        );
      }
      await rejection(adapter.signIn({ kind: 'password', login: 'ghost@example.com', password: 'x' }), 'rate-limited');
    });

    it('changes the password only with the right current one, and tells the owner by mail', async () => {
      const adapter = await signedIn(await openAdapter());
      const wrong = await rejection(
        adapter.changePassword({ current: 'not-it-at-all', next: NEW_PASSWORD }),
        'invalid'
      );
      expect(wrong.fieldErrors).to.have.property('current');
      const short = await rejection(adapter.changePassword({ current: DEMO_USER.password, next: 'short' }), 'invalid');
      expect(short.fieldErrors).to.have.property('next');
      expect(short.fieldErrors).not.to.have.property('current');

      await adapter.changePassword({ current: DEMO_USER.password, next: NEW_PASSWORD });
      expect(await adapter.getSession()).not.to.equal(null);
      await adapter.signOut();
      await rejection(
        adapter.signIn({ kind: 'password', login: DEMO_USER.email, password: DEMO_USER.password }),
        'unauthorized'
      );
      await adapter.signIn({ kind: 'password', login: DEMO_USER.email, password: NEW_PASSWORD });
      const [notice] = await adapter.mailbox.list();
      expect(notice!.to).to.equal(DEMO_USER.email);
      expect(notice!.link).to.equal(undefined);
      expect(notice!.subject).to.match(/contraseña/i);
    });

    it('needs a session to change the password', async () => {
      const adapter = await openAdapter();
      await rejection(adapter.changePassword({ current: DEMO_USER.password, next: NEW_PASSWORD }), 'unauthorized');
    });
  });

  describe('host tokens', () => {
    it('signs in with a token the host issued, and refuses unknown ones', async () => {
      const adapter = await openAdapter();
      const token = await adapter.support.issueHostToken(COLLEAGUE.email);
      const session = await adapter.signIn({ kind: 'token', token });
      expect(session.user.email).to.equal(COLLEAGUE.email);
      await rejection(adapter.signIn({ kind: 'token', token: `${token}x` }), 'unauthorized');
      // A host user the help desk did not know yet gets an account without password.
      const newcomer = await adapter.signIn({
        kind: 'token',
        token: await adapter.support.issueHostToken('host@example.com', 'Host User')
      });
      expect(newcomer.user.name).to.equal('Host User');
    });

    it('refuses an expired host token', async () => {
      const clock = new TestClock();
      const adapter = await openAdapter({ now: clock.now });
      const token = await adapter.support.issueHostToken(DEMO_USER.email);
      clock.advance(25 * 3_600_000);
      await rejection(adapter.signIn({ kind: 'token', token }), 'unauthorized');
    });
  });

  describe('mailbox links', () => {
    it('mails a signup link that creates the account and signs in, once', async () => {
      const adapter = await openAdapter();
      const delivered = firstEvent<DemoMail>(listener => adapter.mailbox.subscribe(listener));
      await adapter.requestSignupLink('Nueva@Example.com');
      const mail = await delivered;
      expect(mail.to).to.equal('Nueva@Example.com');
      expect(mail.link?.kind).to.equal('signup');
      expect(mail.link?.url).to.equal(`https://portal.example.com/ayuda#hd-signup=${mail.link?.token}`);
      expect(mail.link?.token).to.match(/^[A-Za-z0-9_-]{43}$/);
      expect(mail.body).to.contain(mail.link!.url);
      expect(await adapter.mailbox.list()).to.deep.equal([mail]);

      const short = await rejection(
        adapter.completeSignup({ token: mail.link!.token, name: 'Nueva', password: 'corta' }),
        'invalid'
      );
      expect(short.fieldErrors).to.have.property('password');
      const session = await adapter.completeSignup({
        token: mail.link!.token,
        name: 'Nueva Persona',
        password: NEW_PASSWORD
      });
      expect(session.user.name).to.equal('Nueva Persona');
      expect((await adapter.getSession())?.user.id).to.equal(session.user.id);

      const used = await rejection(
        adapter.completeSignup({ token: mail.link!.token, name: 'Otra', password: NEW_PASSWORD }),
        'invalid'
      );
      expect(used.reason).to.equal('used-link');
      await adapter.signOut();
      await adapter.signIn({ kind: 'password', login: 'nueva@example.com', password: NEW_PASSWORD });
    });

    it('answers signup for an existing address the same way, mailing "you already have an account"', async () => {
      const adapter = await openAdapter();
      const result = await adapter.requestSignupLink(DEMO_USER.email);
      expect(result).to.equal(undefined);
      const [mail] = await adapter.mailbox.list();
      expect(mail!.to).to.equal(DEMO_USER.email);
      expect(mail!.link).to.equal(undefined);
      expect(mail!.subject).to.contain('Ya tiene una cuenta');
    });

    it('refuses expired and unknown signup links with their reasons', async () => {
      const clock = new TestClock();
      const adapter = await openAdapter({ now: clock.now });
      await adapter.requestSignupLink('tarde@example.com');
      const [mail] = await adapter.mailbox.list();
      clock.advance(24 * 3_600_000 + 1000);
      const expired = await rejection(
        adapter.completeSignup({ token: mail!.link!.token, name: 'Tarde', password: NEW_PASSWORD }),
        'invalid'
      );
      expect(expired.reason).to.equal('expired-link');
      const unknown = await rejection(
        adapter.completeSignup({ token: 'AAAA', name: 'X', password: NEW_PASSWORD }),
        'invalid'
      );
      expect(unknown.reason).to.equal('unknown-link');
    });

    it('mails a reset link valid for one hour and one use, and signs other sessions out', async () => {
      const clock = new TestClock();
      const databaseName = uniqueDatabaseName();
      const adapter = await openAdapter({ databaseName, now: clock.now });
      const elsewhere = await signedIn(await openAdapter({ databaseName, now: clock.now }));

      await adapter.requestPasswordReset('nadie@example.com');
      expect(await adapter.mailbox.list()).to.have.length(0);
      await adapter.requestPasswordReset(DEMO_USER.email.toUpperCase());
      const [mail] = await adapter.mailbox.list();
      expect(mail!.link?.kind).to.equal('reset');
      expect(mail!.link?.url).to.contain('#hd-reset=');

      // A signup token is not a reset token.
      await adapter.requestSignupLink('otra@example.com');
      const signupToken = (await adapter.mailbox.list())[0]!.link!.token;
      expect(
        (await rejection(adapter.completePasswordReset({ token: signupToken, password: NEW_PASSWORD }))).reason
      ).to.equal('unknown-link');

      await adapter.completePasswordReset({ token: mail!.link!.token, password: NEW_PASSWORD });
      expect(await elsewhere.getSession()).to.equal(null);
      const used = await rejection(adapter.completePasswordReset({ token: mail!.link!.token, password: NEW_PASSWORD }));
      expect(used.reason).to.equal('used-link');
      await adapter.signIn({ kind: 'password', login: DEMO_USER.email, password: NEW_PASSWORD });
      expect((await adapter.mailbox.list())[0]!.subject).to.match(/contraseña/);

      await adapter.requestPasswordReset(DEMO_USER.email);
      const late = (await adapter.mailbox.list())[0]!.link!.token;
      clock.advance(3_600_000 + 1);
      expect((await rejection(adapter.completePasswordReset({ token: late, password: NEW_PASSWORD }))).reason).to.equal(
        'expired-link'
      );
    });

    it('refuses malformed addresses without telling anything about accounts', async () => {
      const adapter = await openAdapter();
      const error = await rejection(adapter.requestPasswordReset('not-an-address'), 'invalid');
      expect(error.fieldErrors).to.have.property('email');
    });
  });
});
