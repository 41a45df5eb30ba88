import { loadOnDemandMessages } from '../../core/messages/catalogs.js';
import type { PortalView } from '../router.js';

/**
 * The elements each view needs, loaded with dynamic `import()` the first time the view is shown: the portal's own
 * chunk stays small, and a customer who only opens a case never downloads the invoices table. Each loader is a
 * define module (registering a tag twice is harmless, see `defineElement`).
 */
const modules = {
  cards: () => import('../../components/category-cards/define.js'),
  list: () => import('../../components/case-list/define.js'),
  form: () => import('../../components/case-form/define.js'),
  detail: () => import('../../components/case-detail/define.js'),
  login: () => import('../../components/login/define.js'),
  register: () => import('../../components/register/define.js'),
  forgot: () => import('../../components/password-forgot/define.js'),
  reset: () => import('../../components/password-reset/define.js'),
  change: () => import('../../components/password-change/define.js'),
  menu: () => import('../../components/account-menu/define.js'),
  entitlements: () => import('../../components/entitlements/define.js'),
  invoices: () => import('../../components/invoices/define.js')
} satisfies Record<string, () => Promise<unknown>>;

type ModuleName = keyof typeof modules;

const viewModules: Record<PortalView, ModuleName[]> = {
  home: ['cards', 'list'],
  'new-case': ['cards', 'form'],
  'my-cases': ['list'],
  case: ['detail'],
  entitlements: ['entitlements'],
  invoices: ['invoices'],
  'sign-in': ['login'],
  register: ['register'],
  'forgot-password': ['forgot'],
  'reset-password': ['reset'],
  'change-password': ['change']
};

/** What speaks with the messages only some pages need (src/core/messages/on-demand/): fetched with the code. */
const withOnDemandMessages = new Set<ModuleName>(['register', 'forgot', 'reset', 'change', 'entitlements', 'invoices']);

const loading = new Map<ModuleName, Promise<unknown>>();
/** Of `withOnDemandMessages`, those whose messages have arrived too (their elements may be defined sooner). */
const messagesReady = new Set<ModuleName>();

function load(name: ModuleName): Promise<unknown> {
  let request = loading.get(name);
  if (!request) {
    request = withOnDemandMessages.has(name)
      ? Promise.all([modules[name](), loadOnDemandMessages()]).then(() => messagesReady.add(name))
      : modules[name]();
    loading.set(name, request);
    // A failed download (offline) is not remembered here, so the next try imports again. The browser may still
    // answer with the same failure (see renderViewError in helpdesk.ts).
    request.catch(() => loading.delete(name));
  }
  return request;
}

/** Loads what a view needs. Resolves once its elements are defined; rejects when a chunk could not be fetched. */
export async function loadView(view: PortalView): Promise<void> {
  await Promise.all(viewModules[view].map(load));
}

/**
 * Whether a view's elements are already defined, and their messages there (no loading state to show). A view whose
 * messages could not be fetched is not loaded: the portal offers to try again rather than show blank labels.
 */
export function isViewLoaded(view: PortalView): boolean {
  const tags: Record<ModuleName, string> = {
    cards: 'hd-category-cards',
    list: 'hd-case-list',
    form: 'hd-case-form',
    detail: 'hd-case-detail',
    login: 'hd-login',
    register: 'hd-register',
    forgot: 'hd-password-forgot',
    reset: 'hd-password-reset',
    change: 'hd-password-change',
    menu: 'hd-account-menu',
    entitlements: 'hd-entitlements',
    invoices: 'hd-invoices'
  };
  return viewModules[view].every(
    name => customElements.get(tags[name]) !== undefined && (!withOnDemandMessages.has(name) || messagesReady.has(name))
  );
}

/** The account menu of the portal's header: loaded once the first view is on screen, it is never in the way. */
export function loadAccountMenu(): Promise<unknown> {
  return load('menu');
}
