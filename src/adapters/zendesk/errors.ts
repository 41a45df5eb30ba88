import { HelpDeskError } from '../../core/index.js';
import type { ErrorReader } from '../http/errors.js';

// Zendesk's error answers in the terms of the network layer. Zendesk answers errors as
// `{"error": "RecordInvalid", "description": "...", "details": {"base": [{"description", "field_key"}], "subject": [...]}}`,
// as OAuth's `{"error": "invalid_token", "error_description": "..."}`, or as `{"errors": [{"code", "title"}]}`.
// `readZendeskError` gives the network layer (src/adapters/http) the message, the per-field messages of a 422 (so
// they reach the fields they concern) and a reason; the status mapping, Retry-After and 401 refresh are the layer's.

/** Zendesk's names for the properties of a request and a password change, as the form's field ids. */
const DETAIL_KEYS: Record<string, string> = {
  subject: 'subject',
  description: 'description',
  comment: 'body',
  previous_password: 'current',
  password: 'next',
  ticket_form_id: 'categoryId'
};

interface Problem {
  detail: string;
  fieldErrors: Record<string, string>;
  reason?: string;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The problem a Zendesk error body describes. */
export function problemOf(status: number, body: unknown): Problem {
  const data = record(body) ?? {};
  const fieldErrors: Record<string, string> = {};
  const messages: string[] = [];
  for (const [key, entries] of Object.entries(record(data['details']) ?? {})) {
    for (const entry of Array.isArray(entries) ? entries : []) {
      const item = record(entry) ?? {};
      const message = text(item['description']) ?? text(item['error']) ?? 'Not valid.';
      messages.push(message);
      const fieldKey = item['field_key'];
      const id =
        typeof fieldKey === 'number' || typeof fieldKey === 'string'
          ? String(fieldKey)
          : key === 'base'
            ? undefined
            : (DETAIL_KEYS[key] ?? key);
      if (id !== undefined) fieldErrors[id] ??= message;
    }
  }
  const errors = Array.isArray(data['errors']) ? data['errors'].map(record) : [];
  for (const item of errors) {
    const title = text(item?.['title']) ?? text(item?.['detail']);
    if (title) messages.push(title);
  }
  const error = text(data['error']) ?? text(errors[0]?.['code']);
  const detail =
    text(data['description']) ??
    text(data['error_description']) ??
    messages[0] ??
    error ??
    `Zendesk answered ${status}.`;
  const problem: Problem = { detail: messages.length > 1 ? `${detail} ${messages.join(' ')}` : detail, fieldErrors };
  if (error === 'InvalidPaginationParameter') problem.reason = 'bad-cursor';
  else if (error === 'invalid_token') problem.reason = 'invalid-token';
  else if (error) problem.reason = error;
  return problem;
}

/** A failed Zendesk answer's JSON body, for the network layer; the code comes from the status. */
export const readZendeskError: ErrorReader = (body, response) => {
  const problem = problemOf(response.status, body);
  return { message: problem.detail, fieldErrors: problem.fieldErrors, reason: problem.reason };
};

/** A made-up or foreign id: `not-found` without asking Zendesk (Zendesk ids are positive integers). */
export function numericId(id: unknown, what: string): number {
  const value = typeof id === 'string' && /^\d{1,18}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new HelpDeskError('not-found', `${what} "${String(id)}" does not exist.`);
  }
  return value;
}

export function unauthorized(): HelpDeskError {
  return new HelpDeskError('unauthorized', 'Sign in to continue.');
}
