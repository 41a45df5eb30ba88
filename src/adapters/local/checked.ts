import type * as z from 'zod/mini';
import { HelpDeskError } from '../../core/index.js';

/**
 * Parses what the adapter is about to return with the core schema. The contract promises callers data that passed
 * the schemas, so a failure here is a bug of this adapter, reported as `server` with the zod issues as cause.
 */
export function checked<T extends z.ZodMiniType>(schema: T, value: z.input<T>, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new HelpDeskError('server', `The local adapter produced an invalid ${what}.`, { cause: result.error });
  }
  return result.data;
}
