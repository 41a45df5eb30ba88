// Capabilities, sessions and account flows of the reference server.
import { problems } from '../http.mjs';
import { emailKey } from '../tenant.mjs';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MIN_PASSWORD = 8;
const MAX_PASSWORD = 256;

function requireApi(flow, what) {
  if (flow.mode !== 'api') throw problems.unsupported(what);
}

function checkedEmail(email) {
  if (typeof email !== 'string' || !EMAIL.test(email.trim())) {
    throw problems.invalid('Not an e-mail address.', { email: 'Enter a valid e-mail address.' });
  }
  return email.trim();
}

function passwordProblem(password) {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD) {
    return `Use at least ${MIN_PASSWORD} characters.`;
  }
  if (password.length > MAX_PASSWORD) return `Use at most ${MAX_PASSWORD} characters.`;
  return undefined;
}

/** The one answer to wrong credentials: it never tells whether the login or the password was wrong. */
function wrongCredentials() {
  return problems.unauthorized('The login or password is not correct.', 'wrong-credentials');
}

export const accountHandlers = {
  capabilities: ({ tenant }) => ({ status: 200, body: tenant.capabilities }),

  getSession: ({ tenant, req }) => {
    const found = tenant.current(req);
    if (!found) throw problems.unauthorized('Nobody is signed in.');
    return { status: 200, body: tenant.toSession(found.user, found.session.expiresAt) };
  },

  signIn: ({ tenant, body }) => {
    const { accounts } = tenant.capabilities;
    if (body.kind === 'token') {
      if (!accounts.hostToken) throw problems.unsupported('host sign-in');
      const record = tenant.linkTokens.get(body.token);
      const live = record?.kind === 'host' && record.expiresAt > tenant.now();
      const user = live ? tenant.userByEmail(record.emailKey) : undefined;
      if (!user) throw problems.unauthorized('The host token is not valid.', 'bad-token');
      return { status: 201, body: tenant.startSession(user) };
    }
    requireApi(accounts.passwordSignIn, 'password sign-in');
    const user = tenant.userByEmail(body.login);
    if (!tenant.checkPassword(user, body.password)) throw wrongCredentials();
    return { status: 201, body: tenant.startSession(user) };
  },

  signOut: ({ tenant, req }) => {
    const found = tenant.current(req);
    if (!found) throw problems.unauthorized('Nobody is signed in.');
    tenant.sessions.delete(found.token);
    tenant.publish({ type: 'session-changed' }, undefined, found.token);
    for (const stream of tenant.streams) if (stream.sessionToken === found.token) stream.end();
    return { status: 204 };
  },

  requestSignupLink: ({ tenant, body }) => {
    requireApi(tenant.capabilities.accounts.signup, 'signup');
    const address = checkedEmail(body.email);
    if (tenant.userByEmail(address)) tenant.mail(address, 'already-registered');
    else tenant.mail(address, 'signup', tenant.issueLink('signup', emailKey(address)));
    return { status: 202 };
  },

  completeSignup: ({ tenant, body }) => {
    requireApi(tenant.capabilities.accounts.signup, 'signup');
    const link = tenant.liveLink('signup', body.token);
    const errors = {};
    const name = body.name.trim();
    if (name === '') errors.name = 'Enter your name.';
    const problem = passwordProblem(body.password);
    if (problem) errors.password = problem;
    if (Object.keys(errors).length > 0) throw problems.invalid('Some fields need attention.', errors);
    if (tenant.userByEmail(link.emailKey)) throw problems.conflict('This address has an account already.');
    link.usedAt = tenant.now();
    const user = tenant.addUser({ name, email: link.emailKey, password: body.password });
    return { status: 201, body: tenant.startSession(user) };
  },

  requestPasswordReset: ({ tenant, body }) => {
    requireApi(tenant.capabilities.accounts.passwordReset, 'password reset');
    const user = tenant.userByEmail(checkedEmail(body.email));
    if (user) tenant.mail(user.email, 'reset', tenant.issueLink('reset', user.emailKey));
    return { status: 202 };
  },

  completePasswordReset: ({ tenant, body }) => {
    requireApi(tenant.capabilities.accounts.passwordReset, 'password reset');
    const link = tenant.liveLink('reset', body.token);
    const problem = passwordProblem(body.password);
    if (problem) throw problems.invalid('The password needs attention.', { password: problem });
    const user = tenant.userByEmail(link.emailKey);
    if (!user) throw problems.invalid('This link is not valid.', {}, 'unknown-link');
    link.usedAt = tenant.now();
    tenant.setPassword(user, body.password);
    tenant.endSessionsOf(user.id);
    return { status: 204 };
  },

  changePassword: ({ tenant, req, body }) => {
    requireApi(tenant.capabilities.accounts.changePassword, 'password change');
    const found = tenant.current(req);
    if (!found) throw problems.unauthorized();
    const errors = {};
    if (!tenant.checkPassword(found.user, body.current)) errors.current = 'The current password is not correct.';
    const problem = passwordProblem(body.next);
    if (problem) errors.next = problem;
    if (Object.keys(errors).length > 0) throw problems.invalid('Some fields need attention.', errors);
    tenant.setPassword(found.user, body.next);
    tenant.endSessionsOf(found.user.id, found.token);
    return { status: 204 };
  }
};
