import * as z from 'zod/mini';
import { Id, Priority } from './primitives.js';

export { findCategoryPath } from './category-path.js';

export interface Category {
  id: string;
  name: string;
  description?: string | undefined;
  /** One short line under the title, such as "¿Algo falló?". */
  hint?: string | undefined;
  /** An icon name from the library's set, or a single emoji. */
  icon?: string | undefined;
  /** Priority given to cases created under this category. */
  defaultPriority?: Priority | undefined;
  /** Department that receives the cases of this category. */
  department?: string | undefined;
  /** Emergency categories warn, ask for confirmation and raise `hd-emergency`. */
  emergency?: boolean | undefined;
  /** The form that opens a case here; when absent, the nearest ancestor's form is used. */
  formId?: string | undefined;
  children?: Category[] | undefined;
}

export const Category: z.ZodMiniType<Category> = z.object({
  id: Id,
  name: z.string(),
  description: z.optional(z.string()),
  hint: z.optional(z.string()),
  icon: z.optional(z.string()),
  defaultPriority: z.optional(Priority),
  department: z.optional(z.string()),
  emergency: z.optional(z.boolean()),
  formId: z.optional(Id),
  get children() {
    return z.optional(z.array(Category));
  }
});
