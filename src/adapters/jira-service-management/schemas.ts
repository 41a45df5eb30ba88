import * as z from 'zod/mini';

// The parts of the Service Management REST API's DTOs (swagger.v3.json, components.schemas) that the adapter reads.
// Everything Jira may leave out is optional here; unknown properties are dropped. An answer that does not even fit
// these becomes a `server` error with reason `malformed-response`, never a half-mapped case.

export const DateDto = z.object({
  epochMillis: z.optional(z.number()),
  iso8601: z.optional(z.string())
});
export type DateDto = z.infer<typeof DateDto>;

export const UserDto = z.object({
  accountId: z.optional(z.string()),
  displayName: z.optional(z.string()),
  emailAddress: z.optional(z.string())
});
export type UserDto = z.infer<typeof UserDto>;

/** Offset paging of every list: `PagedDTO{size, start, limit, isLastPage, values}`. */
export function paged<T extends z.ZodMiniType>(item: T) {
  return z.object({
    start: z.optional(z.number()),
    limit: z.optional(z.number()),
    size: z.optional(z.number()),
    isLastPage: z.optional(z.boolean()),
    values: z.array(item)
  });
}

export const ServiceDeskDto = z.object({
  id: z.string(),
  projectKey: z.optional(z.string()),
  projectName: z.optional(z.string())
});
export type ServiceDeskDto = z.infer<typeof ServiceDeskDto>;

export const RequestTypeGroupDto = z.object({ id: z.string(), name: z.string() });
export type RequestTypeGroupDto = z.infer<typeof RequestTypeGroupDto>;

export const RequestTypeDto = z.object({
  id: z.string(),
  name: z.string(),
  description: z.optional(z.string()),
  helpText: z.optional(z.string()),
  serviceDeskId: z.optional(z.string()),
  groupIds: z.optional(z.array(z.string()))
});
export type RequestTypeDto = z.infer<typeof RequestTypeDto>;

export interface FieldValueDto {
  value?: string | undefined;
  label?: string | undefined;
  children?: FieldValueDto[] | undefined;
}
export const FieldValueDto: z.ZodMiniType<FieldValueDto> = z.object({
  value: z.optional(z.string()),
  label: z.optional(z.string()),
  get children() {
    return z.optional(z.array(FieldValueDto));
  }
});

export const JiraSchema = z.object({
  type: z.string(),
  items: z.optional(z.string()),
  system: z.optional(z.string()),
  custom: z.optional(z.string())
});
export type JiraSchema = z.infer<typeof JiraSchema>;

export const RequestTypeFieldDto = z.object({
  fieldId: z.string(),
  name: z.optional(z.string()),
  required: z.optional(z.boolean()),
  visible: z.optional(z.boolean()),
  validValues: z.optional(z.array(FieldValueDto)),
  defaultValues: z.optional(z.array(FieldValueDto)),
  jiraSchema: z.optional(JiraSchema)
});
export type RequestTypeFieldDto = z.infer<typeof RequestTypeFieldDto>;

export const CreateMetaDto = z.object({
  requestTypeFields: z.array(RequestTypeFieldDto),
  canAddRequestParticipants: z.optional(z.boolean())
});
export type CreateMetaDto = z.infer<typeof CreateMetaDto>;

export const AttachmentDto = z.object({
  filename: z.optional(z.string()),
  mimeType: z.optional(z.string()),
  size: z.optional(z.number()),
  created: z.optional(DateDto),
  _links: z.optional(
    z.object({
      content: z.optional(z.string()),
      jiraRest: z.optional(z.string()),
      self: z.optional(z.string())
    })
  )
});
export type AttachmentDto = z.infer<typeof AttachmentDto>;

export const StatusDto = z.object({
  status: z.optional(z.string()),
  statusCategory: z.optional(z.string()),
  statusDate: z.optional(DateDto)
});
export type StatusDto = z.infer<typeof StatusDto>;

export const RequestFieldValueDto = z.object({
  fieldId: z.string(),
  label: z.optional(z.string()),
  value: z.optional(z.unknown())
});
export type RequestFieldValueDto = z.infer<typeof RequestFieldValueDto>;

export const CommentDto = z.object({
  id: z.string(),
  body: z.optional(z.string()),
  public: z.optional(z.boolean()),
  author: z.optional(UserDto),
  created: z.optional(DateDto),
  attachments: z.optional(paged(AttachmentDto)),
  renderedBody: z.optional(z.object({ html: z.optional(z.string()) }))
});
export type CommentDto = z.infer<typeof CommentDto>;

/** A request without its key, creation date or current status cannot be shown: those three are required here. */
export const CustomerRequestDto = z.object({
  issueId: z.optional(z.string()),
  issueKey: z.string().check(z.minLength(1)),
  requestTypeId: z.optional(z.string()),
  serviceDeskId: z.optional(z.string()),
  createdDate: DateDto,
  reporter: z.optional(UserDto),
  requestFieldValues: z.optional(z.array(RequestFieldValueDto)),
  currentStatus: z.object({
    status: z.string(),
    statusCategory: z.optional(z.string()),
    statusDate: z.optional(DateDto)
  }),
  requestType: z.optional(RequestTypeDto),
  participants: z.optional(paged(UserDto)),
  attachments: z.optional(paged(AttachmentDto))
});
export type CustomerRequestDto = z.infer<typeof CustomerRequestDto>;

export const AttachmentCreateResultDto = z.object({
  comment: z.optional(CommentDto),
  attachments: z.optional(paged(AttachmentDto))
});

/** `attachTemporaryFile`'s 201 answer (the document shows it as an example only). */
export const TemporaryAttachmentsDto = z.object({
  temporaryAttachments: z.array(z.object({ temporaryAttachmentId: z.string(), fileName: z.optional(z.string()) }))
});

export const TransitionDto = z.object({ id: z.string(), name: z.string() });

export const ArticleDto = z.object({
  title: z.optional(z.string()),
  excerpt: z.optional(z.string()),
  source: z.optional(z.object({ pageId: z.optional(z.string()), type: z.optional(z.string()) })),
  content: z.optional(z.object({ iframeSrc: z.optional(z.string()) }))
});
export type ArticleDto = z.infer<typeof ArticleDto>;

/** The Jira platform's `GET /rest/api/3/myself` (through the proxy): who the token stands for. */
export const MyselfDto = z.object({
  accountId: z.string().check(z.minLength(1)),
  displayName: z.optional(z.string()),
  emailAddress: z.optional(z.string())
});
