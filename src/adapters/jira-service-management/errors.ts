import { readProblem, type ErrorReader } from '../http/errors.js';

/**
 * Jira answers errors as `ErrorResponse{errorMessage, i18nErrorMessage}`; the vendor's proxy may answer with a problem
 * document. Jira's `errorMessage` is the message, so the customer sees Jira's words, not just a status. A Jira body is
 * not a problem: a stray `code` in it is ignored, so only the status decides what kind of error this is.
 */
export const readJiraError: ErrorReader = (body, response) => {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return readProblem(body, response);
  const { code: _code, ...rest } = body as Record<string, unknown>;
  const errorMessage = rest['errorMessage'];
  return readProblem(typeof errorMessage === 'string' ? { ...rest, detail: errorMessage } : rest, response);
};
