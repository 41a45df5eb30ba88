import type { FieldValue } from '../../core/index.js';
import { fold } from './text.js';

/**
 * The folded text a case is searched in, computed once when the case is stored: reference, subject, description
 * (HTML tags dropped) and every text field value. Searching 10,000 cases is then a substring test per case.
 */
export function caseSearchKey(parts: {
  reference: string;
  subject: string;
  description: string;
  fields: Record<string, FieldValue>;
}): string {
  const fieldText = Object.values(parts.fields).flatMap(value =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value : []
  );
  const description = parts.description.replace(/<[^>]*>/g, ' ');
  return fold([parts.reference, parts.subject, description, ...fieldText].join(' \n '));
}
