import * as z from 'zod/mini';

/** An opaque identifier chosen by the backend (a Jira issue key, a Zendesk number, a UUID ...). */
export const Id = z.string().check(z.minLength(1));

/** An ISO 8601 date-time; offsets are accepted because backends send them in different forms. */
export const DateTime = z.iso.datetime({ offset: true });

/** A calendar date (`2026-11-22`) for periods such as hour bags and invoices. */
export const CalendarDate = z.iso.date();

export const Priority = z.enum(['low', 'normal', 'high', 'urgent']);
export type Priority = z.infer<typeof Priority>;

export { PRIORITY_ORDER } from './priority-order.js';

/** How the customer wants to be attended: in the portal, or by a phone call back (seed 004). */
export const Channel = z.enum(['ticket', 'phone']);
export type Channel = z.infer<typeof Channel>;
