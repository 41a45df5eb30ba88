import * as z from 'zod/mini';
import { Session } from '../../core/index.js';

// Answers of the REST contract that are not core model objects (capabilities and changes are: see core).

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
