import * as z from 'zod/mini';
import { Organization, Role } from './account.js';
import { FieldValue } from './form.js';
import { Channel, DateTime, Id, Priority } from './primitives.js';

/** Every backend status falls into one of these, so filters and colours work on any backend. */
export const StatusCategory = z.enum([
  'new',
  'open',
  'waiting-on-customer',
  'waiting-on-support',
  'resolved',
  'closed'
]);
export type StatusCategory = z.infer<typeof StatusCategory>;

export const Status = z.object({
  id: z.string(),
  label: z.string(),
  category: StatusCategory
});
export type Status = z.infer<typeof Status>;

export const Attachment = z.object({
  id: Id,
  name: z.string(),
  size: z.number().check(z.int(), z.minimum(0)),
  mimeType: z.string(),
  /** Where to download it; absent while the backend still holds it privately. */
  url: z.optional(z.string())
});
export type Attachment = z.infer<typeof Attachment>;

/** What `uploadAttachment` returns and `createCase` / `addComment` take. */
export const FileReference = z.object({
  id: Id,
  name: z.string(),
  size: z.number().check(z.int(), z.minimum(0)),
  mimeType: z.string()
});
export type FileReference = z.infer<typeof FileReference>;

export const Person = z.object({
  id: z.optional(z.string()),
  name: z.string(),
  email: z.optional(z.string())
});
export type Person = z.infer<typeof Person>;

export const CallBack = z.object({
  phone: z.string(),
  preferredTime: z.optional(z.string())
});
export type CallBack = z.infer<typeof CallBack>;

export const Case = z.object({
  id: Id,
  /** The reference customers quote, such as `CAS-01202-B2K8P0`. */
  reference: z.string(),
  subject: z.string(),
  description: z.string(),
  descriptionFormat: z.enum(['text', 'html']),
  status: Status,
  priority: Priority,
  /** Names from the root card down to the chosen subcategory. */
  categoryPath: z.array(z.object({ id: z.string(), name: z.string() })),
  department: z.optional(z.string()),
  channel: Channel,
  callBack: z.optional(CallBack),
  fields: z.record(z.string(), FieldValue),
  attachments: z.array(Attachment),
  requester: Person,
  organization: z.optional(Organization),
  /** Colleagues copied on the case (seed 004's Destinatarios). */
  recipients: z.optional(z.array(z.string())),
  createdAt: DateTime,
  updatedAt: DateTime
});
export type Case = z.infer<typeof Case>;

export const Comment = z.object({
  id: Id,
  caseId: Id,
  author: z.object({ id: z.optional(z.string()), name: z.string(), role: Role }),
  body: z.string(),
  /** Agent replies may be HTML; the UI sanitizes it before showing it. */
  bodyFormat: z.enum(['text', 'html']),
  attachments: z.array(Attachment),
  createdAt: DateTime
});
export type Comment = z.infer<typeof Comment>;

/** What the customer sends to open a case. */
export interface CaseInput {
  categoryId: string;
  formId: string;
  subject: string;
  description: string;
  descriptionFormat?: 'text' | 'html';
  /** Only honoured when the form lets the customer choose; otherwise the category decides. */
  priority?: Priority;
  department?: string;
  channel: Channel;
  callBack?: CallBack;
  fields: Record<string, FieldValue>;
  attachments: FileReference[];
  recipients?: string[];
}

export interface CommentInput {
  body: string;
  bodyFormat?: 'text' | 'html';
  attachments: FileReference[];
}
