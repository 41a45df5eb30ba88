import type { LocaleCode } from '../preset.js';

// What both the static catalogs (./catalogs.ts) and the script-tag bundle's lazy ones (src/embed/lazy-catalogs.ts)
// export besides the messages themselves.

export const SUPPORTED_LOCALES: readonly LocaleCode[] = ['es', 'en', 'pt-BR'];

/**
 * The first supported locale among the candidates, most specific first: `pt-BR` and `pt` give `pt-BR`, `es-CO`
 * gives `es`. Falls back to Spanish, the language of the seed portals.
 */
export function resolveLocale(candidates: readonly (string | null | undefined)[]): LocaleCode {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const language = candidate.toLowerCase().split('-')[0];
    if (language === 'pt') return 'pt-BR';
    if (language === 'es' || language === 'en') return language;
  }
  return 'es';
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing parameter is noticed. */
export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
