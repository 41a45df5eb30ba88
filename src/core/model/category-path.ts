import type { Category } from './catalog.js';

// Without zod, so elements can import it without pulling the schemas into their chunk (see catalog.ts).

/** Finds a category anywhere in the tree and returns the path from the root to it. */
export function findCategoryPath(tree: readonly Category[], id: string): Category[] | undefined {
  for (const category of tree) {
    if (category.id === id) return [category];
    const below = category.children ? findCategoryPath(category.children, id) : undefined;
    if (below) return [category, ...below];
  }
  return undefined;
}
