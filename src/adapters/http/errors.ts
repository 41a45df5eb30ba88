import { isHTTPError, isTimeoutError } from 'ky';
import { HELP_DESK_ERROR_CODES, HelpDeskError, type HelpDeskErrorCode } from '../../core/index.js';

// HTTP failures in the terms the UI explains. The status gives the code; the body, when it is JSON, may say more:
// by default it is read as application/problem+json (RFC 9457 `detail` and `title`, with the library's own `code`,
// `fieldErrors`, `retryAfterSeconds` and `reason`, which the REST contract and vendors' proxies answer with). An
// adapter whose backend answers errors in its own shape passes an ErrorReader for it.

/** The code an HTTP status stands for when the body does not say. */
export function codeForStatus(status: number): HelpDeskErrorCode {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 405:
    case 501:
      return 'unsupported';
    case 408:
    case 504:
      return 'timeout';
    case 409:
      return 'conflict';
    case 429:
      return 'rate-limited';
    default:
      return status >= 500 ? 'server' : 'invalid';
  }
}

/** `Retry-After` in seconds (a number of seconds or an HTTP date), or undefined. */
export function retryAfterSeconds(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** What an error body says, in the terms of a HelpDeskError; what it leaves out comes from the status and headers. */
export interface ErrorDetails {
  code?: HelpDeskErrorCode | undefined;
  message?: string | undefined;
  fieldErrors?: Record<string, string> | undefined;
  retryAfterSeconds?: number | undefined;
  reason?: string | undefined;
}

/**
 * Reads a failed answer's JSON body (undefined when it is not valid JSON); called only for answers whose content type
 * is JSON. Every vendor's reader lives in its adapter's folder.
 */
export type ErrorReader = (body: unknown, response: Response) => ErrorDetails;

function stringRecord(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, string] => {
      return typeof entry[1] === 'string';
    })
  );
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The default reader: a problem document (`detail`, else `title`), with the library's own code when it is one. */
export const readProblem: ErrorReader = body => {
  const problem = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const code = problem['code'];
  return {
    code: HELP_DESK_ERROR_CODES.includes(code as HelpDeskErrorCode) ? (code as HelpDeskErrorCode) : undefined,
    message: nonEmpty(problem['detail']) ?? nonEmpty(problem['title']),
    fieldErrors: stringRecord(problem['fieldErrors']),
    retryAfterSeconds: typeof problem['retryAfterSeconds'] === 'number' ? problem['retryAfterSeconds'] : undefined,
    reason: typeof problem['reason'] === 'string' ? problem['reason'] : undefined
  };
};

async function jsonBodyOf(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}

/** A failed answer as a HelpDeskError: what `read` finds in its JSON body, else what its status and headers say. */
export async function errorFromResponse(
  response: Response,
  read: ErrorReader = readProblem,
  cause?: unknown
): Promise<HelpDeskError> {
  const json = /json/i.test(response.headers.get('content-type') ?? '');
  const details = json ? read(await jsonBodyOf(response), response) : {};
  return new HelpDeskError(
    details.code ?? codeForStatus(response.status),
    details.message ?? `The help desk answered ${response.status}.`,
    {
      fieldErrors: details.fieldErrors ?? {},
      retryAfterSeconds: details.retryAfterSeconds ?? retryAfterSeconds(response.headers),
      ...(details.reason === undefined ? {} : { reason: details.reason }),
      cause: cause ?? response.status
    }
  );
}

/**
 * Anything a request threw, as what the caller must see: the caller's own AbortError when its signal aborted (the
 * contract wants that, not a HelpDeskError), else a HelpDeskError. A browser cannot tell a DNS failure, a refused
 * connection, a dropped one or a CORS refusal apart (fetch rejects with a TypeError for all), so they are `offline`.
 */
export async function toHttpError(
  error: unknown,
  signal: AbortSignal | undefined,
  read: ErrorReader = readProblem
): Promise<unknown> {
  if (signal?.aborted) return signal.reason ?? error;
  if (error instanceof HelpDeskError) return error;
  if (isTimeoutError(error))
    return new HelpDeskError('timeout', 'The help desk did not answer in time.', { cause: error });
  if (isHTTPError(error)) return errorFromResponse(error.response, read, error);
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new HelpDeskError('timeout', 'The request was cancelled before the help desk answered.', { cause: error });
  }
  if (error instanceof TypeError) {
    return new HelpDeskError('offline', 'The help desk cannot be reached.', { cause: error });
  }
  return new HelpDeskError('server', error instanceof Error ? error.message : String(error), { cause: error });
}
