import * as z from 'zod/mini';

// What the adapter reads from Zendesk, as zod/mini schemas. They ask for what the mapping needs and let the rest
// pass: Zendesk sends `null` for many properties the document types as plain strings, so optional properties also
// take null. A response that lacks something required here becomes a `server` error with reason
// `malformed-response` (see client.ts), never a half-drawn screen.

const Id = z.number().check(z.int());
const Text = z.nullish(z.string());
const Flag = z.nullish(z.boolean());
const Time = z.string().check(z.minLength(10));

export const ZendeskUser = z.object({
  id: Id,
  name: z.string(),
  email: Text,
  role: Text,
  organization_id: z.nullish(Id),
  locale: Text
});
export type ZendeskUser = z.infer<typeof ZendeskUser>;

export const CurrentUserResponse = z.object({
  user: z.object({
    id: z.nullish(Id),
    name: z.string(),
    email: Text,
    role: Text,
    organization_id: z.nullish(Id),
    locale: Text
  })
});

export const FieldOptionWire = z.object({ name: z.string(), value: z.string() });

export const TicketField = z.object({
  id: Id,
  type: z.string(),
  title: z.string(),
  title_in_portal: Text,
  description: Text,
  active: Flag,
  visible_in_portal: Flag,
  editable_in_portal: Flag,
  required_in_portal: Flag,
  regexp_for_validation: Text,
  custom_field_options: z.nullish(z.array(FieldOptionWire)),
  system_field_options: z.nullish(z.array(FieldOptionWire)),
  relationship_target_type: Text
});
export type TicketField = z.infer<typeof TicketField>;

export const TicketFieldsResponse = z.object({ ticket_fields: z.array(TicketField) });

/** A condition's value is an option tag, or true / false for a checkbox parent. */
export const EndUserCondition = z.object({
  parent_field_id: Id,
  value: z.union([z.string(), z.boolean(), z.number()]),
  child_fields: z.array(z.object({ id: Id, is_required: Flag }))
});
export type EndUserCondition = z.infer<typeof EndUserCondition>;

export const TicketForm = z.object({
  id: Id,
  name: z.string(),
  display_name: Text,
  active: Flag,
  end_user_visible: Flag,
  position: z.nullish(z.number()),
  ticket_field_ids: z.array(Id),
  end_user_conditions: z.nullish(z.array(EndUserCondition))
});
export type TicketForm = z.infer<typeof TicketForm>;

export const TicketFormsResponse = z.object({ ticket_forms: z.array(TicketForm) });

export const AttachmentWire = z.object({
  id: Id,
  file_name: z.string(),
  content_type: z.string(),
  content_url: Text,
  size: z.number().check(z.int(), z.minimum(0)),
  inline: Flag
});
export type AttachmentWire = z.infer<typeof AttachmentWire>;

export const UploadResponse = z.object({
  upload: z.object({ token: z.string().check(z.minLength(1)), attachment: AttachmentWire })
});

export const CustomFieldValue = z.object({
  id: Id,
  value: z.nullish(z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
});

export const RequestWire = z.object({
  id: Id,
  subject: Text,
  description: Text,
  status: z.string().check(z.minLength(1)),
  priority: Text,
  type: Text,
  requester_id: Id,
  organization_id: z.nullish(Id),
  email_cc_ids: z.nullish(z.array(Id)),
  collaborator_ids: z.nullish(z.array(Id)),
  custom_fields: z.nullish(z.array(CustomFieldValue)),
  ticket_form_id: z.nullish(Id),
  can_be_solved_by_me: Flag,
  created_at: Time,
  updated_at: Time
});
export type RequestWire = z.infer<typeof RequestWire>;

export const RequestResponse = z.object({
  request: RequestWire,
  users: z.optional(z.array(ZendeskUser))
});

/** Cursor pagination answers `meta`; offset pagination (search) answers `next_page` and `count`. */
const CursorMeta = z.object({ has_more: z.boolean(), after_cursor: Text });

export const RequestsResponse = z.object({
  requests: z.array(RequestWire),
  meta: z.optional(CursorMeta),
  next_page: Text,
  count: z.nullish(z.number())
});

export const CommentWire = z.object({
  id: Id,
  author_id: Id,
  body: Text,
  html_body: Text,
  plain_body: Text,
  public: Flag,
  attachments: z.nullish(z.array(AttachmentWire)),
  created_at: Time
});
export type CommentWire = z.infer<typeof CommentWire>;

export const CommentsResponse = z.object({
  comments: z.array(CommentWire),
  users: z.optional(z.array(ZendeskUser)),
  meta: z.optional(CursorMeta),
  next_page: Text
});

export const ArticleSearchResponse = z.object({
  results: z.array(
    z.object({
      id: Id,
      title: z.string(),
      html_url: z.string(),
      snippet: Text,
      body: Text
    })
  )
});

export const LookupRecordsResponse = z.object({
  custom_object_records: z.optional(z.array(z.object({ id: z.union([z.string(), Id]), name: z.string() }))),
  users: z.optional(z.array(z.object({ id: Id, name: z.string(), email: Text }))),
  organizations: z.optional(z.array(z.object({ id: Id, name: z.string() })))
});
