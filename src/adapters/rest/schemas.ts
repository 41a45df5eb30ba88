import * as z from 'zod/mini';
import { Session } from '../../core/index.js';

// Answers of the REST contract that are not core model objects. Core describes capabilities and changes as plain
// types (they never cross a network inside the library), so the adapter keeps schemas of its own for them.

const FlowSupport = z.union([
  z.object({ mode: z.literal('api') }),
  z.object({ mode: z.literal('hosted'), url: z.string().check(z.minLength(1)) }),
  z.object({ mode: z.literal('none') })
]);

export const CapabilitiesSchema = z.object({
  accounts: z.object({
    passwordSignIn: FlowSupport,
    hostToken: z.boolean(),
    signup: FlowSupport,
    passwordReset: FlowSupport,
    changePassword: FlowSupport
  }),
  cases: z.object({
    list: z.boolean(),
    search: z.enum(['fulltext', 'subject', 'none']),
    organizationScope: z.boolean(),
    reply: z.boolean(),
    close: z.boolean(),
    reopen: z.boolean()
  }),
  entitlements: z.boolean(),
  invoices: z.boolean(),
  articles: z.boolean(),
  phoneCallBack: z.boolean(),
  liveUpdates: z.boolean()
});

/** `POST /session` and `POST /account/signups`: the session and the bearer token for it. */
export const SessionGrant = z.object({
  session: Session,
  accessToken: z.string().check(z.minLength(1))
});

export const ChangeTicket = z.object({
  ticket: z.string().check(z.minLength(1)),
  expiresAt: z.string(),
  cursor: z.string()
});

const NonEmpty = z.string().check(z.minLength(1));

export const ChangeSchema = z.union([
  z.object({ type: z.enum(['case-created', 'case-updated']), caseId: NonEmpty }),
  z.object({ type: z.literal('comment-added'), caseId: NonEmpty, commentId: NonEmpty }),
  z.object({ type: z.literal('session-changed') })
]);
