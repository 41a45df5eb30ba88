// The message catalogs of the script-tag bundle, two chunks per language. rollup.config.mjs puts this module in
// place of src/core/messages/catalogs.ts in that bundle only (the npm build keeps the static catalogs), so a page
// downloads the one language it shows, not all three (about 11 KB min+gzip saved), and of it only the messages of
// the customer's path (src/core/messages/essential/). The rest (registration, passwords, hour bags, invoices, the
// form's on-demand controls: src/core/messages/on-demand/) comes when one of those is first shown (2.9 KB).
//
// Same exports as catalogs.ts. `catalogs[locale]` is read synchronously by LocalizeController: the first language
// is loaded before the portal runs (top-level await), another one is fetched the first time it is asked for, and
// until it arrives the loaded one stands in; the elements then render again.
import { configure, pageDefaultConfig } from '../controllers/config.js';
import type { Messages } from '../core/messages/en.js';
import { resolveLocale, SUPPORTED_LOCALES } from '../core/messages/locales.js';
import type { LocaleCode } from '../core/preset.js';

export { formatMessage, resolveLocale, SUPPORTED_LOCALES } from '../core/messages/locales.js';

type Part = 'essential' | 'onDemand';

const loaders: Record<LocaleCode, Record<Part, () => Promise<Partial<Messages>>>> = {
  es: {
    essential: () => import('../core/messages/essential/es.js').then(module => module.esEssential),
    onDemand: () => import('../core/messages/on-demand/es.js').then(module => module.esOnDemand)
  },
  en: {
    essential: () => import('../core/messages/essential/en.js').then(module => module.enEssential),
    onDemand: () => import('../core/messages/on-demand/en.js').then(module => module.enOnDemand)
  },
  'pt-BR': {
    essential: () => import('../core/messages/essential/pt-BR.js').then(module => module.ptBREssential),
    onDemand: () => import('../core/messages/on-demand/pt-BR.js').then(module => module.ptBROnDemand)
  }
};

/** Each language's messages so far: its essential part, and its on-demand part once a page has needed it. */
const loaded: Partial<Record<LocaleCode, Messages>> = {};
/** The languages asked for, loaded or still on their way. */
const requested = new Set<LocaleCode>();
const fetching = new Map<string, Promise<Partial<Messages>>>();
/** Once a page has needed the on-demand part, every language it loads afterwards brings it too. */
let onDemandWanted = false;

/** Fetches one part of a language (once; again after a failure). */
function fetchPart(locale: LocaleCode, part: Part): Promise<Partial<Messages>> {
  const key = `${locale}:${part}`;
  let request = fetching.get(key);
  if (!request) {
    request = loaders[locale][part]();
    fetching.set(key, request);
    request.catch(() => fetching.delete(key));
  }
  return request;
}

/**
 * Fetches a language's catalog: its essential part, and its on-demand part once a page has needed it. The parts
 * join the catalog together, so a page that shows on-demand words never renders the language half there; then the
 * elements on the page render again.
 */
export async function loadCatalog(locale: LocaleCode): Promise<Messages> {
  requested.add(locale);
  const parts: Part[] = onDemandWanted ? ['essential', 'onDemand'] : ['essential'];
  const fetched = await Promise.all(parts.map(part => fetchPart(locale, part)));
  const known = loaded[locale];
  if (known && fetched.every(messages => Object.keys(messages).every(key => key in known))) return known;
  const first = Object.keys(loaded).length === 0;
  loaded[locale] = Object.assign(known ?? {}, ...fetched) as Messages;
  // Every element follows the page default's changes: announcing "no change" makes them all render again.
  if (!first) configure(pageDefaultConfig());
  return loaded[locale]!;
}

/** Fetches the on-demand messages of every language asked for so far (see catalogs.ts). */
export async function loadOnDemandMessages(): Promise<void> {
  onDemandWanted = true;
  await Promise.all([...requested].map(loadCatalog));
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
