import type { Capabilities } from '../core/capabilities.js';
import type { LocaleCode } from '../core/preset.js';
import type { HelpDeskConfig } from '../controllers/config.js';
import type { PortalRoute, PortalView } from './router.js';

/** A text in one language for all locales, or per locale (the first given is the fallback). */
export type Localized = string | Partial<Record<LocaleCode, string>>;

/** One entry of the portal's navigation: a view, or a group of entries under a label (seed 003's "Mi empresa"). */
export interface PortalNavItem {
  label: Localized;
  /** The view it opens; leave it out for a group. */
  view?: PortalView;
  /** For `my-cases`: whose cases. */
  scope?: 'mine' | 'organization';
  /** For `new-case`: a category whose form opens at once. */
  categoryId?: string;
  /** The entries of a group. */
  children?: PortalNavItem[];
}

/**
 * What a vendor (or a preset) says about the portal: data, not code. Everything is optional; what is left out
 * follows the backend's capabilities and the message catalogs.
 */
export interface PortalConfig {
  /** The portal's name in its header ("Centro de ayuda", "Portal de Soporte"). */
  title?: Localized;
  /** The navigation, in order. Default: home, my cases, and hour bags / invoices when the backend has them. */
  nav?: PortalNavItem[];
  /** The views that exist; others are never shown (a deep link to one opens the start view). Default: all the backend allows. */
  views?: PortalView[];
  /** Headings of the views, instead of the catalog's `portal.view.*`. `organization-cases` names the company list. */
  viewTitles?: Partial<Record<PortalView | 'organization-cases', Localized>>;
  /** The view shown first and after signing out; default `home`. */
  start?: PortalRoute;
  /** Home: how many recent cases to list under the cards (0 hides the list); default 5. */
  recentCases?: number;
  /** Whose cases the home and `my-cases` list by default; default `mine`. */
  casesScope?: 'mine' | 'organization';
  /** The columns of the case lists, as `<hd-case-list columns>` takes them (`reference,subject,status,createdAt`). */
  caseColumns?: string;
  /** Category cards show their subcategories right away. */
  showSubcategories?: boolean;
  /** What customers sign in with. */
  loginKind?: 'email' | 'username';
  /** After a case is created: open it (default), or stay on the form's own summary. */
  afterCreate?: 'open-case' | 'summary';
  /** Wording overrides for the elements inside, as `<hd-provider>`'s `messages`. */
  messages?: HelpDeskConfig['messages'];
}

/** The text of a `Localized` in a locale. */
export function localized(text: Localized | undefined, locale: LocaleCode): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[locale] ?? Object.values(text).find(value => value !== undefined);
}

/** The views the backend can serve. */
export function availableViews(capabilities: Capabilities | undefined): PortalView[] {
  const views: PortalView[] = ['home', 'new-case', 'sign-in'];
  if (!capabilities) return [...views, 'my-cases', 'case'];
  const { accounts, cases } = capabilities;
  if (cases.list) views.push('my-cases', 'case');
  else views.push('case');
  if (capabilities.entitlements) views.push('entitlements');
  if (capabilities.invoices) views.push('invoices');
  if (accounts.signup.mode === 'api') views.push('register');
  if (accounts.passwordReset.mode === 'api') views.push('forgot-password', 'reset-password');
  if (accounts.changePassword.mode === 'api') views.push('change-password');
  return views;
}

/** The navigation when the config gives none. Labels `undefined` read the catalog's `portal.view.*`. */
export function defaultNav(views: readonly PortalView[]): PortalNavItem[] {
  const items: PortalNavItem[] = [{ label: '', view: 'home' }];
  if (views.includes('my-cases')) items.push({ label: '', view: 'my-cases', scope: 'mine' });
  if (views.includes('entitlements')) items.push({ label: '', view: 'entitlements' });
  if (views.includes('invoices')) items.push({ label: '', view: 'invoices' });
  return items;
}

// The seeds' portals, word for word. Keys are the ids of the built-in presets (src/widget/presets/).
const es = (text: string, en: string, ptBR: string): Localized => ({ es: text, en, 'pt-BR': ptBR });

/** Seed 000: a Jira Service Management customer portal ("Centro de ayuda", "Creadas por mí"). */
const equipmentWarranty: PortalConfig = {
  title: es('Centro de ayuda', 'Help center', 'Central de ajuda'),
  nav: [
    { label: es('Centro de ayuda', 'Help center', 'Central de ajuda'), view: 'home' },
    { label: es('Creadas por mí', 'Created by me', 'Criadas por mim'), view: 'my-cases', scope: 'mine' }
  ],
  viewTitles: {
    home: es('Centro de ayuda', 'Help center', 'Central de ajuda'),
    'my-cases': es('Creadas por mí', 'Created by me', 'Criadas por mim')
  },
  loginKind: 'email'
};

/** Seed 001: Dynamics 365 / Power Pages ("Mi Soporte", "Vigencia de soporte", "Abrir un caso nuevo"). */
const supportHours: PortalConfig = {
  title: es('Portal de Soporte', 'Support portal', 'Portal de suporte'),
  nav: [
    { label: es('Página principal', 'Home', 'Página principal'), view: 'home' },
    { label: es('Mi Soporte', 'My support', 'Meu suporte'), view: 'my-cases', scope: 'mine' },
    { label: es('Vigencia de soporte', 'Support validity', 'Vigência do suporte'), view: 'entitlements' }
  ],
  viewTitles: {
    home: es('Página principal', 'Home', 'Página principal'),
    'new-case': es('Abrir un caso nuevo', 'Open a new case', 'Abrir um novo caso'),
    'my-cases': es('Mis casos abiertos', 'My open cases', 'Meus casos abertos'),
    entitlements: es('Vigencia Soporte', 'Support validity', 'Vigência do suporte')
  },
  loginKind: 'username',
  casesScope: 'mine',
  // "Número de caso, Título de caso, Cliente, Prioridad, Razón para el estado, Fecha de creación"
  caseColumns: 'reference,subject,organization,priority,status,createdAt'
};

/** Seed 002: five category cards with their subcategories; follow-up from the main panel. */
const categoryCards: PortalConfig = {
  title: es('Web de Clientes', 'Customer web', 'Web de clientes'),
  nav: [
    { label: es('Panel principal', 'Main panel', 'Painel principal'), view: 'home' },
    { label: es('Mis tickets', 'My tickets', 'Meus tickets'), view: 'my-cases', scope: 'mine' }
  ],
  viewTitles: {
    home: es('Panel principal', 'Main panel', 'Painel principal'),
    'new-case': es('Nuevo ticket', 'New ticket', 'Novo ticket'),
    'my-cases': es('Mis tickets', 'My tickets', 'Meus tickets')
  },
  showSubcategories: true,
  loginKind: 'username'
};

/** Seed 003: the in-app "Mi empresa" module: "Facturas" and "Tickets de mi empresa". */
const companyTickets: PortalConfig = {
  title: es('Mi empresa', 'My company', 'Minha empresa'),
  nav: [
    {
      label: es('Mi empresa', 'My company', 'Minha empresa'),
      children: [
        { label: es('Facturas', 'Invoices', 'Faturas'), view: 'invoices' },
        {
          label: es('Tickets de mi empresa', "My company's tickets", 'Tickets da minha empresa'),
          view: 'my-cases',
          scope: 'organization'
        }
      ]
    }
  ],
  viewTitles: {
    'organization-cases': es('Tickets de mi empresa', "My company's tickets", 'Tickets da minha empresa'),
    'new-case': es('Nuevo ticket', 'New ticket', 'Novo ticket'),
    invoices: es('Facturas', 'Invoices', 'Faturas')
  },
  start: { view: 'my-cases', scope: 'organization' },
  casesScope: 'organization',
  loginKind: 'email'
};

/** Seed 004: the platform's "Casos de Soporte" menu with "Abrir caso". */
const cloudServices: PortalConfig = {
  title: es('Casos de Soporte', 'Support cases', 'Casos de suporte'),
  nav: [
    { label: es('Casos de Soporte', 'Support cases', 'Casos de suporte'), view: 'my-cases', scope: 'mine' },
    { label: es('Abrir caso', 'Open case', 'Abrir caso'), view: 'new-case', categoryId: 'casos-de-soporte' }
  ],
  viewTitles: {
    'my-cases': es('Casos de Soporte', 'Support cases', 'Casos de suporte'),
    'new-case': es('Abrir caso', 'Open case', 'Abrir caso')
  },
  start: { view: 'my-cases', scope: 'mine' },
  loginKind: 'email'
};

/** The portal configuration of each built-in preset, by preset id. */
export const portalConfigs: Readonly<Record<string, PortalConfig>> = {
  'equipment-warranty': equipmentWarranty,
  'support-hours': supportHours,
  'category-cards': categoryCards,
  'company-tickets': companyTickets,
  'cloud-services': cloudServices
};
