import * as z from 'zod/mini';

// Core describes capabilities and live changes as plain types (they never cross a network boundary inside the
// library), so the suite keeps schemas of its own to check what a third-party adapter actually returns.

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

export const ChangeSchema = z.union([
  z.object({ type: z.enum(['case-created', 'case-updated']), caseId: z.string().check(z.minLength(1)) }),
  z.object({
    type: z.literal('comment-added'),
    caseId: z.string().check(z.minLength(1)),
    commentId: z.string().check(z.minLength(1))
  }),
  z.object({ type: z.literal('session-changed') })
]);
