import { enEssential } from './essential/en.js';
import { enOnDemand } from './on-demand/en.js';

/**
 * The English catalog: the messages of the customer's path (`./essential/en.ts`) and those only some pages need
 * (`./on-demand/en.ts`). The two are separate files so the script-tag bundle can fetch the second part only when a
 * page needs it; everywhere else a language is one catalog. Its keys define the `Messages` type every locale fills.
 */
export const en = { ...enEssential, ...enOnDemand };

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
