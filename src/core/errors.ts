/**
 * What went wrong, in terms the UI can explain. Every adapter turns its backend's failures into one of these,
 * so an element never needs to know which backend it talks to.
 */
export const HELP_DESK_ERROR_CODES = [
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
] as const;
export type HelpDeskErrorCode = (typeof HELP_DESK_ERROR_CODES)[number];

export interface HelpDeskErrorOptions {
  /** For `invalid`: a message per field id, shown next to that field. */
  fieldErrors?: Record<string, string>;
  /** For `rate-limited` (and lock-outs): how long to wait before trying again. */
  retryAfterSeconds?: number;
  /** A finer reason inside a code, such as `expired-link` or `used-link` for `invalid`. */
  reason?: string;
  cause?: unknown;
}

export class HelpDeskError extends Error {
  override readonly name = 'HelpDeskError';
  readonly code: HelpDeskErrorCode;
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly retryAfterSeconds: number | undefined;
  readonly reason: string | undefined;

  constructor(code: HelpDeskErrorCode, message: string, options: HelpDeskErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.reason = options.reason;
  }

  /** Whether trying the same call again later may succeed. */
  get retryable(): boolean {
    return ['offline', 'timeout', 'server', 'rate-limited'].includes(this.code);
  }
}

export function isHelpDeskError(error: unknown, code?: HelpDeskErrorCode): error is HelpDeskError {
  return error instanceof HelpDeskError && (code === undefined || error.code === code);
}

/** Wraps anything thrown into a HelpDeskError, keeping the original as its cause. */
export function toHelpDeskError(error: unknown): HelpDeskError {
  if (error instanceof HelpDeskError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new HelpDeskError('timeout', 'The request was cancelled.', { cause: error });
  }
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return new HelpDeskError('offline', 'The device is offline.', { cause: error });
  }
  return new HelpDeskError('server', error instanceof Error ? error.message : String(error), { cause: error });
}
