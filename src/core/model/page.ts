import * as z from 'zod/mini';

export interface Page<T> {
  items: T[];
  /** Opaque: hand it back unchanged to get the next page; null on the last page. */
  nextCursor: string | null;
  /** Total number of matching items, when the backend knows it cheaply. */
  total?: number | undefined;
}

export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
    total: z.optional(z.number().check(z.int(), z.minimum(0)))
  });
}
