// The message catalogs of the script-tag bundle, one chunk per language. rollup.config.mjs puts this module in
// place of src/core/messages/catalogs.ts in that bundle only (the npm build keeps the static catalogs), so a page
// downloads the one language it shows, not all three (about 11 KB min+gzip saved).
//
// Same exports as catalogs.ts. `catalogs[locale]` is read synchronously by LocalizeController: the first language
// is loaded before the portal runs (top-level await), another one is fetched the first time it is asked for, and
// until it arrives the loaded one stands in; the elements then render again.
import { configure, pageDefaultConfig } from '../controllers/config.js';
import type { Messages } from '../core/messages/en.js';
import type { LocaleCode } from '../core/preset.js';

export const SUPPORTED_LOCALES: readonly LocaleCode[] = ['es', 'en', 'pt-BR'];

const loaders: Record<LocaleCode, () => Promise<Messages>> = {
  es: () => import('../core/messages/es.js').then(module => module.es),
  en: () => import('../core/messages/en.js').then(module => module.en),
  'pt-BR': () => import('../core/messages/pt-BR.js').then(module => module.ptBR)
};

const loaded: Partial<Record<LocaleCode, Messages>> = {};
const loading: Partial<Record<LocaleCode, Promise<Messages>>> = {};

/** Fetches a language's catalog (once); the elements on the page render again when it arrives. */
export function loadCatalog(locale: LocaleCode): Promise<Messages> {
  const known = loaded[locale];
  if (known) return Promise.resolve(known);
  let request = loading[locale];
  if (!request) {
    request = loaders[locale]().then(messages => {
      const first = Object.keys(loaded).length === 0;
      loaded[locale] = messages;
      // Every element follows the page default's changes: announcing "no change" makes them all render again.
      if (!first) configure(pageDefaultConfig());
      return messages;
    });
    loading[locale] = request;
    request.catch(() => delete loading[locale]);
  }
  return request;
}

/** Same as catalogs.ts. */
export function resolveLocale(candidates: readonly (string | null | undefined)[]): LocaleCode {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const language = candidate.toLowerCase().split('-')[0];
    if (language === 'pt') return 'pt-BR';
    if (language === 'es' || language === 'en') return language;
  }
  return 'es';
}

/** Same as catalogs.ts. */
export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The catalogs by locale; a language not loaded yet is fetched, and the first loaded one answers meanwhile. */
export const catalogs = new Proxy(loaded as Record<LocaleCode, Messages>, {
  get(target, property) {
    const locale = property as LocaleCode;
    const messages = target[locale];
    if (messages || !(SUPPORTED_LOCALES as readonly PropertyKey[]).includes(property)) return messages;
    void loadCatalog(locale).catch(() => undefined);
    return Object.values(target)[0];
  }
});

/** The language the first portal of the page will speak: its `locale` attribute, the page's `lang`, the browser. */
function firstLocale(): LocaleCode {
  const tagged = document.querySelector('hd-helpdesk[locale], hd-launcher[locale]')?.getAttribute('locale');
  return resolveLocale([tagged, document.documentElement.lang, ...navigator.languages]);
}

await loadCatalog(firstLocale());
