import * as z from 'zod/mini';
import { CalendarDate, DateTime, Id } from './primitives.js';

/** An hour bag or support contract (seed 001 "Vigencia de soporte"). */
export const Entitlement = z.object({
  id: Id,
  name: z.string(),
  status: z.object({ id: z.string(), label: z.string(), active: z.boolean() }),
  customer: z.string(),
  start: CalendarDate,
  end: CalendarDate,
  allocationType: z.enum(['hours', 'cases']),
  /** Allocation type as the backend names it ("Número de horas"). */
  allocationLabel: z.optional(z.string()),
  total: z.number(),
  remaining: z.number(),
  /** What has been consumed, where the backend tells. */
  consumption: z.optional(
    z.array(
      z.object({
        date: CalendarDate,
        amount: z.number(),
        caseReference: z.optional(z.string()),
        description: z.optional(z.string())
      })
    )
  )
});
export type Entitlement = z.infer<typeof Entitlement>;

/** A license charge (seed 003 "Facturas"). */
export const Invoice = z.object({
  id: Id,
  number: z.string(),
  periodStart: CalendarDate,
  periodEnd: CalendarDate,
  /** A decimal amount in `currency` (ISO 4217). */
  amount: z.number(),
  currency: z.string().check(z.length(3)),
  dueDate: CalendarDate,
  status: z.enum(['draft', 'open', 'paid', 'overdue', 'void']),
  downloadUrl: z.optional(z.string()),
  issuedAt: z.optional(DateTime)
});
export type Invoice = z.infer<typeof Invoice>;

export const Article = z.object({
  id: Id,
  title: z.string(),
  excerpt: z.string(),
  url: z.string()
});
export type Article = z.infer<typeof Article>;
