import type { LocaleCode } from '../preset.js';
import { en, type Messages } from './en.js';
import { es } from './es.js';
import { ptBR } from './pt-BR.js';

export { formatMessage, resolveLocale, SUPPORTED_LOCALES } from './locales.js';

export const catalogs: Record<LocaleCode, Messages> = { es, en, 'pt-BR': ptBR };

/**
 * Makes sure the messages only some pages need (`./on-demand/`) are there: here they always are. The script-tag
 * bundle's stand-in for this module (src/embed/lazy-catalogs.ts) fetches them.
 */
export function loadOnDemandMessages(): Promise<void> {
  return Promise.resolve();
}
