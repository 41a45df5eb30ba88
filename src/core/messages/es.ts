import type { Messages } from './en.js';
import { esEssential } from './essential/es.js';
import { esOnDemand } from './on-demand/es.js';

/** Spanish: the language of the five seed portals, and the library's first locale (parts: see ./en.ts). */
export const es: Messages = { ...esEssential, ...esOnDemand };
