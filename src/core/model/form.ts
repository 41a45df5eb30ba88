import * as z from 'zod/mini';
import { Channel, Id } from './primitives.js';

export const FieldKind = z.enum([
  'text',
  'textarea',
  'richtext',
  'email',
  'phone',
  'number',
  'date',
  'select',
  'multiselect',
  'cascade',
  'lookup',
  'recipients',
  'checkbox',
  'taxid'
]);
export type FieldKind = z.infer<typeof FieldKind>;

export interface FieldOption {
  value: string;
  label: string;
  /** The next level of a cascade (Servicio -> Tema -> Ítem -> Categoría). */
  children?: FieldOption[] | undefined;
  /** More columns of a lookup row, keyed like the field's `lookupColumns` (seed 001: Correo electrónico ...). */
  details?: Record<string, string> | undefined;
}

export const FieldOption: z.ZodMiniType<FieldOption> = z.object({
  value: z.string(),
  label: z.string(),
  get children() {
    return z.optional(z.array(FieldOption));
  },
  details: z.optional(z.record(z.string(), z.string()))
});

/** A field is shown only while every condition holds: the other field's value is one of `in`. */
export const VisibilityCondition = z.object({
  field: z.string(),
  in: z.array(z.string())
});
export type VisibilityCondition = z.infer<typeof VisibilityCondition>;

export const FieldValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
export type FieldValue = z.infer<typeof FieldValue>;

export const FieldDefinition = z.object({
  id: z.string().check(z.minLength(1)),
  kind: FieldKind,
  label: z.string(),
  help: z.optional(z.string()),
  placeholder: z.optional(z.string()),
  required: z.optional(z.boolean()),
  /** A regular expression the whole value must match, with the message shown when it does not. */
  pattern: z.optional(z.string()),
  patternMessage: z.optional(z.string()),
  minLength: z.optional(z.number()),
  maxLength: z.optional(z.number()),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  options: z.optional(z.array(FieldOption)),
  /** Options that depend on another field's value (seed 003: Aplicación -> Módulo), keyed by that value. */
  dependsOn: z.optional(z.string()),
  optionsByParent: z.optional(z.record(z.string(), z.array(FieldOption))),
  /** Options come from `getFieldOptions` (lookups, large lists) instead of the definition. */
  remoteOptions: z.optional(z.boolean()),
  /** Labels of each level of a cascade. */
  levels: z.optional(z.array(z.string())),
  /** Tax id scheme for `taxid` fields; `co-nit` checks the Colombian NIT verification digit. */
  taxIdScheme: z.optional(z.enum(['co-nit'])),
  visibleWhen: z.optional(z.array(VisibilityCondition)),
  defaultValue: z.optional(FieldValue),
  /** Extra columns shown in a lookup dialog (seed 001: Correo electrónico, Número de cuenta ...). */
  lookupColumns: z.optional(z.array(z.object({ key: z.string(), label: z.string() })))
});
export type FieldDefinition = z.infer<typeof FieldDefinition>;

export const FileKind = z.enum(['image', 'video', 'audio', 'document', 'archive', 'other']);
export type FileKind = z.infer<typeof FileKind>;

export const AttachmentPolicy = z.object({
  maxFiles: z.number().check(z.int(), z.minimum(0)),
  maxFileBytes: z.number().check(z.int(), z.minimum(1)),
  maxTotalBytes: z.optional(z.number().check(z.int(), z.minimum(1))),
  /** Accept list as in `<input accept>`: extensions (`.pdf`) and MIME patterns (`image/*`). */
  accept: z.array(z.string()),
  /** Caps per kind of file (seed 003: three images and one document). */
  perKind: z.optional(z.partialRecord(FileKind, z.number().check(z.int(), z.minimum(0)))),
  required: z.optional(z.boolean())
});
export type AttachmentPolicy = z.infer<typeof AttachmentPolicy>;

export const FormStep = z.object({
  id: z.string(),
  title: z.string(),
  fieldIds: z.array(z.string())
});
export type FormStep = z.infer<typeof FormStep>;

export const FormDefinition = z.object({
  id: Id,
  title: z.string(),
  description: z.optional(z.string()),
  fields: z.array(FieldDefinition),
  /** Groups of detail fields shown one page at a time; one page with every field when absent. */
  steps: z.optional(z.array(FormStep)),
  /** Null when the form takes no attachments. */
  attachments: z.nullable(AttachmentPolicy),
  channels: z.array(Channel).check(z.minLength(1)),
  /** Departments the customer routes the case to (seed 004); skipped when absent. */
  departments: z.optional(z.array(z.object({ value: z.string(), label: z.string() }))),
  /** Which field holds the case subject and which the description. */
  subjectField: z.string(),
  descriptionField: z.optional(z.string()),
  /** Shown when the customer may set the priority (seed 003); otherwise the category decides. */
  priorityField: z.optional(z.boolean())
});
export type FormDefinition = z.infer<typeof FormDefinition>;
