import { randomCode } from './tokens.js';

/**
 * A human reference such as `CAS-01202-B2K8P0`: the prefix, a sequence number of at least five digits (customers
 * can quote it on the phone) and six random characters (so references cannot be guessed by counting).
 */
export function makeReference(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(5, '0')}-${randomCode(6)}`;
}
