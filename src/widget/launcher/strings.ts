/**
 * The launcher's few words. They live here, not in the message catalogs, because the launcher loads with the host
 * page and must stay tiny: the catalogs come with the portal. Every one can be replaced by an attribute (`label`,
 * `heading`, `close-label`).
 */
export interface LauncherStrings {
  open: string;
  close: string;
  title: string;
  loading: string;
  failed: string;
  retry: string;
}

const strings: Record<'es' | 'en' | 'pt-BR', LauncherStrings> = {
  es: {
    open: 'Ayuda',
    close: 'Cerrar la ayuda',
    title: 'Centro de ayuda',
    loading: 'Cargando la ayuda…',
    failed: 'No se pudo cargar la ayuda.',
    retry: 'Reintentar'
  },
  en: {
    open: 'Help',
    close: 'Close help',
    title: 'Help center',
    loading: 'Loading help…',
    failed: 'Help could not be loaded.',
    retry: 'Try again'
  },
  'pt-BR': {
    open: 'Ajuda',
    close: 'Fechar a ajuda',
    title: 'Central de ajuda',
    loading: 'Carregando a ajuda…',
    failed: 'Não foi possível carregar a ajuda.',
    retry: 'Tentar novamente'
  }
};

/** The strings of the first supported language among the candidates (`pt` gives `pt-BR`); Spanish by default. */
export function launcherStrings(candidates: readonly (string | null | undefined)[]): LauncherStrings {
  for (const candidate of candidates) {
    const language = candidate?.toLowerCase().split('-')[0];
    if (language === 'pt') return strings['pt-BR'];
    if (language === 'es' || language === 'en') return strings[language];
  }
  return strings.es;
}
