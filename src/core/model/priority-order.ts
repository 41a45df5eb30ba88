import type { Priority } from './primitives.js';

// Without zod, so elements can import it without pulling the schemas into their chunk (see primitives.ts).

/** Ordered from least to most pressing, so priorities can be compared and sorted. */
export const PRIORITY_ORDER: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
