import * as z from 'zod/mini';
import { HelpDeskError } from '../../core/index.js';

// Every answer is checked against the core schemas before anyone sees it: a backend that sends broken JSON or
// leaves fields out gets a clear `server` error with reason `malformed-response`, never a crash or a half-drawn
// screen. The data returned is what the schema parsed (unknown properties dropped).

export function malformed(what: string, detail: string, cause?: unknown): HelpDeskError {
  return new HelpDeskError('server', `The help desk sent a malformed answer to ${what}: ${detail}`, {
    reason: 'malformed-response',
    cause
  });
}

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  return `${path}: ${issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.code}`;
}

/** Checks parsed JSON against a schema. */
export function checked<S extends z.ZodMiniType>(schema: S, data: unknown, what: string): z.infer<S> {
  const result = z.safeParse(schema, data);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 3).map(describe).join('; ');
  throw malformed(what, issues, result.error);
}

/** Parses a JSON text and checks it against a schema. */
export function parseChecked<S extends z.ZodMiniType>(schema: S, text: string, what: string): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw malformed(what, 'not JSON', error);
  }
  return checked(schema, data, what);
}
