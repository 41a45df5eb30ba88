import * as z from 'zod/mini';

const NonEmpty = z.string().check(z.minLength(1));

/**
 * A change somewhere in the help desk, pushed to subscribers so lists and threads update live. As a schema: adapters that read changes from the network (REST) and the conformance suite
 * check each one against it; a change this library does not know is skipped, never passed on half-read.
 */
export const HelpDeskChange = z.union([
  z.object({ type: z.enum(['case-created', 'case-updated']), caseId: NonEmpty }),
  z.object({ type: z.literal('comment-added'), caseId: NonEmpty, commentId: NonEmpty }),
  z.object({ type: z.literal('session-changed') })
]);
export type HelpDeskChange = z.infer<typeof HelpDeskChange>;
