import * as z from 'zod/mini';
import { HELP_DESK_ERROR_CODES, HelpDeskError, type HelpDeskErrorCode } from '../core/errors.js';

/**
 * A failed conformance rule. Its own class so the helpers below can tell the suite's verdicts apart from errors the
 * adapter threw (an adapter error inside `rejects()` is expected; a failed shape check inside it is not).
 */
export class ConformanceFailure extends Error {
  override readonly name = 'ConformanceFailure';
}

export function fail(message: string): never {
  throw new ConformanceFailure(message);
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) fail(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected)) fail(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

/** A short, single-line rendering of any value for failure messages. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    const text = JSON.stringify(value);
    return text.length > 160 ? `${text.slice(0, 157)}...` : text;
  } catch {
    return String(value);
  }
}

/**
 * Validates `value` against a core schema and returns the parsed data. zod/mini's own messages are only
 * "Invalid input", so the failure lists each issue with its path, what was expected and what was found.
 */
export function assertShape<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 8).map(issue => `  - ${describeIssue(issue, value)}`);
  const more = result.error.issues.length > 8 ? `\n  ... and ${result.error.issues.length - 8} more` : '';
  return fail(`${what} does not match the core schema:\n${issues.join('\n')}${more}`);
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  let expected = '';
  if (issue.code === 'invalid_type') expected = `expected ${issue.expected}`;
  else if (issue.code === 'invalid_value') expected = `expected one of ${issue.values.map(show).join(' | ')}`;
  else if (issue.code === 'invalid_format') expected = `expected format ${issue.format}`;
  else if (issue.code === 'too_small') expected = `expected at least ${String(issue.minimum)}`;
  else if (issue.code === 'too_big') expected = `expected at most ${String(issue.maximum)}`;
  else expected = issue.code;
  return `${path}: ${expected}, got ${show(valueAt(root, issue.path))}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Checks what an adapter threw: only HelpDeskErrors with a known code may leave an adapter. */
export function assertHelpDeskError(error: unknown, what: string): HelpDeskError {
  if (error instanceof ConformanceFailure) throw error;
  if (!(error instanceof HelpDeskError)) fail(`${what} threw ${show(error)}, which is not a HelpDeskError`);
  assert(
    HELP_DESK_ERROR_CODES.includes(error.code),
    `${what} threw a HelpDeskError with the unknown code ${show(error.code)}`
  );
  assert(typeof error.message === 'string', `${what} threw a HelpDeskError without a message`);
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    assert(typeof message === 'string', `${what}: fieldErrors.${field} is ${show(message)}, not a message`);
  }
  return error;
}

/** Awaits a call that must fail with one of `codes`, and returns the error for further checks. */
export async function rejects(
  call: Promise<unknown>,
  codes: HelpDeskErrorCode | readonly HelpDeskErrorCode[],
  what: string
): Promise<HelpDeskError> {
  const expected: readonly HelpDeskErrorCode[] = typeof codes === 'string' ? [codes] : codes;
  let result: unknown;
  try {
    result = await call;
  } catch (thrown) {
    const error = assertHelpDeskError(thrown, what);
    assert(
      expected.includes(error.code),
      `${what} should fail with ${expected.map(show).join(' or ')}, but failed with ${show(error.code)}: ${error.message}`
    );
    return error;
  }
  return fail(`${what} should fail with ${expected.map(show).join(' or ')}, but it resolved with ${show(result)}`);
}
