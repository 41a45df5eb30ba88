import * as z from 'zod/mini';

// What a backend can do, as a schema: adapters that read it from the network (REST) and the conformance suite check
// an answer against it before anyone relies on it.

/** How a backend offers an account flow: through the API, on a hosted page of its own, or not at all. */
export const FlowSupport = z.union([
  z.object({ mode: z.literal('api') }),
  z.object({ mode: z.literal('hosted'), url: z.string().check(z.minLength(1)) }),
  z.object({ mode: z.literal('none') })
]);
export type FlowSupport = z.infer<typeof FlowSupport>;

export const Capabilities = z.object({
  accounts: z.object({
    /** Sign-in with a login and password. */
    passwordSignIn: FlowSupport,
    /** Sign-in with a token the host page already holds. */
    hostToken: z.boolean(),
    signup: FlowSupport,
    passwordReset: FlowSupport,
    changePassword: FlowSupport
  }),
  cases: z.object({
    list: z.boolean(),
    /** `fulltext` searches subject, description and fields; `subject` only subjects. */
    search: z.enum(['fulltext', 'subject', 'none']),
    /** Whether "all cases of my organization" can be listed. */
    organizationScope: z.boolean(),
    reply: z.boolean(),
    close: z.boolean(),
    reopen: z.boolean()
  }),
  entitlements: z.boolean(),
  invoices: z.boolean(),
  articles: z.boolean(),
  /** Whether a customer may ask for a phone call back instead of a ticket. */
  phoneCallBack: z.boolean(),
  /** Whether `subscribe` pushes changes; when false the UI polls. */
  liveUpdates: z.boolean()
});
export type Capabilities = z.infer<typeof Capabilities>;
