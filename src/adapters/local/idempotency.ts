import { HelpDeskError } from '../../core/index.js';

/**
 * The key under which a call's result is remembered: per user (two customers may pick the same key), per operation
 * (a case key never returns a comment) and, for comments, per case.
 */
export function idempotencyKey(userId: string, operation: string, key: unknown): string {
  if (typeof key !== 'string' || key.trim() === '') {
    throw new HelpDeskError('invalid', 'An idempotency key is required.', {
      fieldErrors: { idempotencyKey: 'Required.' }
    });
  }
  return [userId, operation, key].join('\u0000');
}
