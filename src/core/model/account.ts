import * as z from 'zod/mini';
import { DateTime, Id } from './primitives.js';

export const Organization = z.object({
  id: Id,
  name: z.string()
});
export type Organization = z.infer<typeof Organization>;

export const Role = z.enum(['customer', 'agent', 'system']);
export type Role = z.infer<typeof Role>;

export const User = z.object({
  id: Id,
  name: z.string(),
  email: z.optional(z.string()),
  organization: z.optional(Organization)
});
export type User = z.infer<typeof User>;

export const Session = z.object({
  user: User,
  /** When the backend will stop accepting this session, if it says. */
  expiresAt: z.optional(DateTime)
});
export type Session = z.infer<typeof Session>;

/** Password sign-in, or a token the host page already holds for its signed-in customer. */
export type Credentials = { kind: 'password'; login: string; password: string } | { kind: 'token'; token: string };
