import { isHTTPError, isTimeoutError } from 'ky';
import { HelpDeskError, type HelpDeskErrorCode } from '../../core/index.js';

// HTTP failures in the terms the UI explains. The contract's error body is application/problem+json with the
// adapter's own `code`, `fieldErrors`, `retryAfterSeconds` and `reason`; a backend (or a proxy in between) that
// answers without one still gets a code from its status.

const CODES: readonly HelpDeskErrorCode[] = [
  'unauthorized',
  'forbidden',
  'not-found',
  'invalid',
  'conflict',
  'rate-limited',
  'offline',
  'timeout',
  'server',
  'unsupported'
];

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

interface ProblemBody {
  title?: unknown;
  detail?: unknown;
  code?: unknown;
  fieldErrors?: unknown;
  retryAfterSeconds?: unknown;
  reason?: unknown;
}

async function problemOf(response: Response): Promise<ProblemBody> {
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return {};
  try {
    const body: unknown = JSON.parse(await response.text());
    return body !== null && typeof body === 'object' ? (body as ProblemBody) : {};
  } catch {
    return {};
  }
}

function stringRecord(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, string] => {
      return typeof entry[1] === 'string';
    })
  );
}

/** A failed answer as a HelpDeskError: the body's code when it is one of ours, else the status's. */
export async function errorFromResponse(response: Response, cause?: unknown): Promise<HelpDeskError> {
  const problem = await problemOf(response);
  const code = CODES.includes(problem.code as HelpDeskErrorCode)
    ? (problem.code as HelpDeskErrorCode)
    : codeForStatus(response.status);
  const bodyRetry = typeof problem.retryAfterSeconds === 'number' ? problem.retryAfterSeconds : undefined;
  const message =
    typeof problem.detail === 'string' && problem.detail !== ''
      ? problem.detail
      : typeof problem.title === 'string' && problem.title !== ''
        ? problem.title
        : `The help desk answered ${response.status}.`;
  return new HelpDeskError(code, message, {
    fieldErrors: stringRecord(problem.fieldErrors),
    retryAfterSeconds: bodyRetry ?? retryAfterSeconds(response.headers),
    ...(typeof problem.reason === 'string' ? { reason: problem.reason } : {}),
    cause: cause ?? response.status
  });
}

/**
 * Anything a request threw, as what the caller must see: the caller's own AbortError when its signal aborted (the
 * contract wants that, not a HelpDeskError), else a HelpDeskError. A browser cannot tell a DNS failure, a refused
 * connection, a dropped one or a CORS refusal apart (fetch rejects with a TypeError for all), so they are `offline`.
 */
export async function toRestError(error: unknown, signal?: AbortSignal): Promise<unknown> {
  if (signal?.aborted) return signal.reason ?? error;
  if (error instanceof HelpDeskError) return error;
  if (isTimeoutError(error))
    return new HelpDeskError('timeout', 'The help desk did not answer in time.', { cause: error });
  if (isHTTPError(error)) return errorFromResponse(error.response, error);
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new HelpDeskError('timeout', 'The request was cancelled before the help desk answered.', { cause: error });
  }
  if (error instanceof TypeError) {
    return new HelpDeskError('offline', 'The help desk cannot be reached.', { cause: error });
  }
  return new HelpDeskError('server', error instanceof Error ? error.message : String(error), { cause: error });
}
