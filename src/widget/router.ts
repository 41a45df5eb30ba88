/**
 * The views of `<hd-helpdesk>` and their deep links in the URL fragment. Pure functions, no DOM: the portal decides
 * when to read and write the address bar (only with `sync-hash`).
 *
 * | hash                               | route                                            |
 * | ---------------------------------- | ------------------------------------------------ |
 * | `#hd`, `#hd/`, `#hd/home`          | `{ view: 'home' }`                               |
 * | `#hd/new`, `#hd/new/<categoryId>`  | `{ view: 'new-case', categoryId? }`              |
 * | `#hd/cases`, `#hd/cases/company`   | `{ view: 'my-cases', scope: 'mine' }` / `organization` |
 * | `#hd/case/<reference or id>`       | `{ view: 'case', caseId }`                       |
 * | `#hd/hours`, `#hd/invoices`        | `{ view: 'entitlements' }`, `{ view: 'invoices' }` |
 * | `#hd/sign-in`, `#hd/register`, `#hd/forgot-password`, `#hd/reset-password`, `#hd/change-password` | account views |
 * | `#hd/signup=<token>`, `#hd-signup=<token>` | `{ view: 'register', token }` (step two of sign-up) |
 * | `#hd/reset=<token>`, `#hd-reset=<token>`   | `{ view: 'reset-password', token }`      |
 */

export const PORTAL_VIEWS = [
  'home',
  'new-case',
  'my-cases',
  'case',
  'entitlements',
  'invoices',
  'sign-in',
  'register',
  'forgot-password',
  'reset-password',
  'change-password'
] as const;

/** A view of the portal. */
export type PortalView = (typeof PORTAL_VIEWS)[number];

/** Views about the account; all others show the customer's data and need a session. */
export const ACCOUNT_VIEWS: readonly PortalView[] = [
  'sign-in',
  'register',
  'forgot-password',
  'reset-password',
  'change-password'
];

export interface PortalRoute {
  view: PortalView;
  /** `new-case`: the category whose form opens. */
  categoryId?: string;
  /** `case`: the case's id or its reference (`CAS-01202-B2K8P0`). */
  caseId?: string;
  /** `my-cases`: the customer's own cases or every case of their organization. */
  scope?: 'mine' | 'organization';
  /** `register` and `reset-password`: the token of an e-mailed link. Never written back to the address bar. */
  token?: string;
}

export function isPortalView(value: unknown): value is PortalView {
  return typeof value === 'string' && (PORTAL_VIEWS as readonly string[]).includes(value);
}

/** Whether the view shows the customer's data (and so needs a session on every backend of the contract). */
export function needsSession(view: PortalView): boolean {
  return !ACCOUNT_VIEWS.includes(view) || view === 'change-password';
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The e-mailed link tokens (`#hd-signup=...`, `#hd-reset=...`), wherever they are among other fragment parameters. */
function linkRoute(hash: string): PortalRoute | undefined {
  const match = /(?:^#|[#&;/])hd[-/](signup|reset)=([^&;#]+)/.exec(hash) ?? /^#hd\/(signup|reset)=([^&;#]+)/.exec(hash);
  if (!match) return undefined;
  const token = decode(match[2]!);
  return match[1] === 'signup' ? { view: 'register', token } : { view: 'reset-password', token };
}

/**
 * The route a fragment names, or `undefined` when the fragment is not the portal's (`#top`, an app's own route).
 * A fragment of the portal's that names no known view gives `{ view: 'home' }`.
 */
export function parseHash(hash: string): PortalRoute | undefined {
  const link = linkRoute(hash);
  if (link) return link;
  if (hash !== '#hd' && !hash.startsWith('#hd/')) return undefined;
  const [name = '', ...rest] = hash.slice(4).split('/').map(decode);
  const param = rest.join('/');
  switch (name) {
    case '':
    case 'home':
      return { view: 'home' };
    case 'new':
      return param ? { view: 'new-case', categoryId: param } : { view: 'new-case' };
    case 'cases':
      return { view: 'my-cases', scope: param === 'company' || param === 'organization' ? 'organization' : 'mine' };
    case 'case':
      return param ? { view: 'case', caseId: param } : { view: 'my-cases' };
    case 'hours':
      return { view: 'entitlements' };
    default:
      return isPortalView(name) && name !== 'case' ? { view: name } : { view: 'home' };
  }
}

/** The fragment of a route. Link tokens are left out: they are secrets, and used once. */
export function formatHash(route: PortalRoute): string {
  const part = (value: string) => encodeURIComponent(value);
  switch (route.view) {
    case 'home':
      return '#hd/home';
    case 'new-case':
      return route.categoryId ? `#hd/new/${part(route.categoryId)}` : '#hd/new';
    case 'my-cases':
      return route.scope === 'organization' ? '#hd/cases/company' : '#hd/cases';
    case 'case':
      return route.caseId ? `#hd/case/${part(route.caseId)}` : '#hd/cases';
    case 'entitlements':
      return '#hd/hours';
    default:
      return `#hd/${route.view}`;
  }
}

/** Two routes show the same thing (the token aside). */
export function sameRoute(a: PortalRoute | undefined, b: PortalRoute | undefined): boolean {
  return a !== undefined && b !== undefined && formatHash(a) === formatHash(b) && a.token === b.token;
}

/**
 * A route from the loose words of the public APIs: `HelpDesk('open', 'new-case', { categoryId })`, the `view`
 * attribute, `hd-navigate`'s `view`. Accepts a hash too (`#hd/case/CAS-1`). Unknown words give `undefined`.
 */
export function routeFrom(
  view: string | undefined,
  options: { categoryId?: string; caseId?: string; scope?: 'mine' | 'organization'; token?: string } = {}
): PortalRoute | undefined {
  if (!view) return undefined;
  if (view.startsWith('#')) return parseHash(view);
  const aliases: Record<string, PortalView> = {
    new: 'new-case',
    cases: 'my-cases',
    hours: 'entitlements',
    account: 'sign-in',
    login: 'sign-in',
    signup: 'register'
  };
  const name = aliases[view] ?? view;
  if (!isPortalView(name)) return undefined;
  const route: PortalRoute = { view: name };
  if (name === 'new-case' && options.categoryId) route.categoryId = options.categoryId;
  if (name === 'case') {
    if (!options.caseId) return { view: 'my-cases' };
    route.caseId = options.caseId;
  }
  if (name === 'my-cases' && options.scope) route.scope = options.scope;
  if ((name === 'register' || name === 'reset-password') && options.token) route.token = options.token;
  return route;
}
