import { HelpDeskError } from '../../core/index.js';

// Small constructors for the errors the local backend throws most, so messages stay the same everywhere.

export function unauthorized(): HelpDeskError {
  return new HelpDeskError('unauthorized', 'Sign in to continue.');
}

/** The one answer to wrong credentials: it never tells whether the login or the password was wrong. */
export function wrongCredentials(): HelpDeskError {
  return new HelpDeskError('unauthorized', 'The login or password is not correct.', { reason: 'wrong-credentials' });
}

export function notFound(what: string, id: string): HelpDeskError {
  return new HelpDeskError('not-found', `${what} "${id}" does not exist.`);
}

export function invalid(message: string, fieldErrors: Record<string, string>, reason?: string): HelpDeskError {
  return new HelpDeskError('invalid', message, reason === undefined ? { fieldErrors } : { fieldErrors, reason });
}
