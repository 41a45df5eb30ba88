import { provide } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { HelpDeskAdapter } from '../../core/adapter.js';
import type { Capabilities } from '../../core/capabilities.js';
import { isHelpDeskError } from '../../core/errors.js';
import type { MessageKey } from '../../core/messages/en.js';
import type { FieldValue } from '../../core/model/form.js';
import type { LocaleCode } from '../../core/preset.js';
import { helpDeskContext, type HelpDeskConfig, type MessageOverrides } from '../../controllers/config.js';
import type { ConfigController } from '../../controllers/config-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { SessionController } from '../../controllers/session-controller.js';
import { baseStyles } from '../../components/shared/base.styles.js';
import type { HdEvent } from '../../components/shared/events.js';
import { HdElement } from '../../components/shared/hd-element.js';
import {
  availableViews,
  defaultNav,
  localized,
  portalConfigs,
  type PortalConfig,
  type PortalNavItem
} from '../portal-config.js';
import { presetAdapter } from '../preset-adapter.js';
import {
  formatHash,
  needsSession,
  parseHash,
  routeFrom,
  sameRoute,
  type PortalRoute,
  type PortalView
} from '../router.js';
import { applyPrefill } from './prefill.js';
import { helpdeskStyles } from './helpdesk.styles.js';
import { isViewLoaded, loadAccountMenu, loadView } from './views.js';

type Messages = NonNullable<HelpDeskConfig['messages']>;

const LOCALES: readonly string[] = ['es', 'en', 'pt-BR'];

/** Merges wording overrides, later ones winning; flat keys and per-locale tables both survive. */
function mergeMessages(...sources: (Messages | undefined)[]): Messages | undefined {
  const given = sources.filter((source): source is Messages => source !== undefined);
  if (given.length <= 1) return given[0];
  const merged: Record<string, unknown> = {};
  for (const source of given) {
    for (const [key, value] of Object.entries(source)) {
      merged[key] =
        LOCALES.includes(key) && typeof value === 'object'
          ? { ...(merged[key] as MessageOverrides | undefined), ...(value as MessageOverrides) }
          : value;
    }
  }
  return merged as Messages;
}

const VIEW_TITLE_KEYS: Record<PortalView | 'organization-cases', MessageKey> = {
  home: 'portal.view.home',
  'new-case': 'portal.view.new-case',
  'my-cases': 'portal.view.my-cases',
  'organization-cases': 'portal.view.organization-cases',
  case: 'portal.view.case',
  entitlements: 'portal.view.entitlements',
  invoices: 'portal.view.invoices',
  'sign-in': 'portal.view.sign-in',
  register: 'portal.view.register',
  'forgot-password': 'portal.view.forgot-password',
  'reset-password': 'portal.view.reset-password',
  'change-password': 'portal.view.change-password'
};

/**
 * What the portal's own controllers read: the configuration it provides (merged from its properties and the outer
 * one). `SessionController` and `LocalizeController` only read `config` and `adapter`.
 */
function ownConfiguration(provided: () => HelpDeskConfig | undefined, outer: () => ConfigController): ConfigController {
  const own = {
    get config() {
      return provided();
    },
    get adapter() {
      return provided()?.adapter ?? outer().adapter;
    },
    get hasAdapter() {
      return provided() !== undefined;
    }
  };
  return own as unknown as ConfigController;
}

/** A case reference such as `CAS-01202-B2K8P0` (an id from the backend is usually a UUID). */
const looksLikeReference = (key: string) => /^[A-Z][A-Z0-9]*-\d/.test(key);

/**
 * The whole help desk from one element: home (category cards and recent cases), new case, my cases (or my
 * company's), a case with its thread, the account flows, hour bags and invoices, with the navigation and words of
 * a preset or of the vendor's own `PortalConfig`. Views load their elements on demand.
 *
 * It gives the elements inside it their configuration, as `<hd-provider>` does: its own `adapter` when given, else
 * the one of an `<hd-provider>` around it or of `configure()`, else a local (embedded) backend seeded with `preset`.
 *
 * With `sync-hash`, each view has a deep link in the address (`#hd/case/CAS-01202-B2K8P0`, `#hd/new/<category>`,
 * `#hd/cases`) and the browser's back and forward buttons move between views; e-mailed links (`#hd-signup=<token>`,
 * `#hd-reset=<token>`) open step two of sign-up and the password reset. Without it the address is never read or
 * written.
 *
 * @tag hd-helpdesk
 * @summary The complete customer portal, configured by a preset or a portal config.
 *
 * @fires hd-view-change - Another view is shown. Detail: `{ view, hash }`.
 * @fires hd-signed-in - Signed in with `identify()`. Detail: `{ session }`. (The elements inside fire their own events, which bubble out of the portal.)
 *
 * @csspart base - The wrapper of the whole portal.
 * @csspart header - The header with the title, the navigation and the account menu.
 * @csspart title - The portal's name.
 * @csspart nav - The `<nav>` element.
 * @csspart nav-item - A link (or button) of the navigation; `aria-current="page"` marks the current view.
 * @csspart nav-group - The label of a group of the navigation (seed 003's "Mi empresa").
 * @csspart account-menu - The `hd-account-menu` in the header.
 * @csspart view - The region of the current view.
 * @csspart view-heading - The heading of the current view; it takes focus when the view changes.
 * @csspart toolbar - The row of actions above a view's content (scope switch, "Abrir un caso nuevo", back).
 * @csspart action - A button of the toolbar.
 * @csspart notice - A message above the view ("Se creó el caso ...", "Inicie sesión para continuar").
 * @csspart loading - The text shown while a view's code or data loads.
 * @csspart error - The message and retry button shown when a view's code could not be loaded.
 *
 * @cssprop [--portal-max-width=72rem] - The widest the portal grows.
 * @cssprop [--portal-header-background=var(--hd-color-surface-alt)] - Background of the header.
 * @cssprop [--portal-gap=var(--hd-space)] - Space between the portal's pieces.
 */
export class HdHelpdesk extends HdElement {
  static override styles = [baseStyles, helpdeskStyles];

  /** This element's own configuration, read by its session and strings (the inherited ones see the outer one). */
  private readonly own = ownConfiguration(
    () => this.provided,
    () => this.configuration
  );
  private readonly session = new SessionController(this, this.own);
  private readonly text = new LocalizeController(this, this.own);

  private capabilitiesFrom: HelpDeskAdapter | undefined;
  private presetRequested: string | undefined;
  /** Case references and ids seen in this portal, both ways, so a deep link by reference opens at once. */
  private readonly caseIds = new Map<string, string>();
  private readonly caseReferences = new Map<string, string>();
  private resolving: string | undefined;
  /** The view (or sign-in) last on screen, to move focus and announce only on a real change. */
  private shownKey: string | undefined;
  /** The last view (not sign-in) on screen: it stays in the page, hidden, while sign-in is in front of it. */
  private mountedKey: string | undefined;
  /** Set in `willUpdate` when another view comes on screen; `updated` then fires the event and moves focus. */
  private viewChanged = false;
  /** Focus moves to the heading only once the customer did something (never on page load). */
  private interacted = false;
  /** Where to go back to after signing in from the sign-in view. */
  private returnTo: PortalRoute | undefined;
  private pendingPrefill: Record<string, FieldValue> | undefined;
  private listening = false;

  @provide({ context: helpDeskContext })
  @state()
  protected provided: HelpDeskConfig | undefined;

  @state() private presetAdapter: HelpDeskAdapter | undefined;
  @state() private presetError = '';
  @state() private capabilities: Capabilities | undefined;
  @state() private route: PortalRoute = { view: 'home' };
  @state() private routeSet = false;
  /** A view asked for a session in the middle of a task: sign-in is shown, the view stays (hidden) underneath. */
  @state() private signInRequested = false;
  /** The view whose elements are being loaded. */
  private loadingView: PortalView | undefined;
  /** Failed loads of the view on screen in a row (a retry that fails again counts). */
  @state() private viewLoadFailures = 0;
  @state() private notice = '';
  @state() private announcement = '';
  /** Case key (reference or id) of the route -> the id the backend knows. */
  @state() private resolvedCase: { key: string; id: string } | undefined;
  /** Bumped on sign-out, so nothing of the previous customer stays in the page. */
  @state() private generation = 0;

  /** The backend. When left out, the one of an `<hd-provider>` around, of `configure()`, or of `preset`. */
  @property({ attribute: false }) adapter: HelpDeskAdapter | undefined;

  /**
   * A built-in preset (`equipment-warranty`, `support-hours`, `category-cards`, `company-tickets`,
   * `cloud-services`): its navigation and words, and, when no adapter is given, the embedded backend seeded with it.
   */
  @property({ reflect: true }) preset: string | undefined;

  /** Forces a locale (`es`, `en`, `pt-BR`); by default the configuration, the page's `lang` or the browser decide. */
  @property({ reflect: true }) locale: LocaleCode | undefined;

  /**
   * The view to show (`home`, `new-case`, `my-cases`, `case`, `entitlements`, `invoices`, `sign-in`, `register`,
   * `forgot-password`, `reset-password`, `change-password`), or a deep link such as `#hd/new/<category>`.
   */
  @property({ reflect: true }) view: string | undefined;

  /** Reads and writes the view in the URL fragment (`#hd/...`), so views are deep-linkable and back/forward work. */
  @property({ type: Boolean, reflect: true, attribute: 'sync-hash' }) syncHash = false;

  /** Navigation, titles and views; by default the preset's (or one that follows the backend's capabilities). */
  @property({ attribute: false }) config: PortalConfig | undefined;

  /** Wording overrides for every element inside, as `<hd-provider>`'s `messages`. */
  @property({ attribute: false }) messages: HelpDeskConfig['messages'] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('hd-category-select', this.onCategorySelect);
    this.addEventListener('hd-case-created', this.onCaseCreated);
    this.addEventListener('hd-case-open', this.onCaseOpen);
    this.addEventListener('hd-navigate', this.onNavigate);
    this.addEventListener('hd-sign-in-required', this.onSignInRequired);
    window.addEventListener('hd-signed-in', this.onSignedIn);
    window.addEventListener('hd-signed-out', this.onSignedOut);
    this.listenToHash(this.syncHash);
    // Back in the page: the address may have changed meanwhile. (The first time, willUpdate reads it.)
    if (this.syncHash && this.hasUpdated) this.readHash(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('hd-category-select', this.onCategorySelect);
    this.removeEventListener('hd-case-created', this.onCaseCreated);
    this.removeEventListener('hd-case-open', this.onCaseOpen);
    this.removeEventListener('hd-navigate', this.onNavigate);
    this.removeEventListener('hd-sign-in-required', this.onSignInRequired);
    window.removeEventListener('hd-signed-in', this.onSignedIn);
    window.removeEventListener('hd-signed-out', this.onSignedOut);
    this.listenToHash(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      this.listenToHash(this.syncHash && this.isConnected);
      if (!this.routeSet) {
        // At start: the address (with sync-hash), else the `view` attribute, else the config's start view.
        const fromHash = this.syncHash ? parseHash(location.hash) : undefined;
        this.route = this.withScope(fromHash ?? routeFrom(this.view) ?? this.startRoute);
        this.routeSet = true;
        if (fromHash?.token) this.show(fromHash, { history: 'replace', focus: false });
      }
    } else {
      if (changed.has('syncHash')) {
        this.listenToHash(this.syncHash && this.isConnected);
        if (this.syncHash) this.readHash(false);
      }
      if (changed.has('view') && this.view) {
        const route = routeFrom(this.view);
        if (route && !sameRoute(this.withScope(route), this.route)) this.show(route, { focus: false });
      }
    }
    this.updateProvided();
    const adapter = this.provided?.adapter;
    if (adapter !== this.capabilitiesFrom) this.loadCapabilities(adapter);
    const view = this.displayedView;
    // After a failed load the view waits for the customer's retry (its button), not for the next update.
    if (view && !isViewLoaded(view) && this.viewLoadFailures === 0) void this.ensureView(view);
    this.resolveCase();
    const key = this.displayKey;
    if (view && isViewLoaded(view) && key !== this.shownKey) {
      const first = this.shownKey === undefined;
      this.shownKey = key;
      if (!this.showSignIn) this.mountedKey = key;
      this.viewChanged = true;
      if (!first || this.interacted) this.announcement = this.heading;
    }
  }

  protected override firstUpdated(): void {
    // The account menu is in the header from the start, but its code is not needed to show the first view.
    void loadAccountMenu().catch(() => undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.displayedView;
    if (this.viewChanged && view) {
      this.viewChanged = false;
      this.emit('hd-view-change', { view, hash: formatHash(this.effectiveRoute) });
      if (this.interacted) this.focusHeading();
    }
    if (this.pendingPrefill && this.effectiveRoute.view === 'new-case') {
      const form = this.renderRoot.querySelector('hd-case-form');
      if (form?.getAttribute('category-id')) {
        const values = this.pendingPrefill;
        this.pendingPrefill = undefined;
        void applyPrefill(form, values);
      }
    }
  }

  // --- configuration -------------------------------------------------------------------------------------------

  private get portalConfig(): PortalConfig {
    return this.config ?? (this.preset ? portalConfigs[this.preset] : undefined) ?? {};
  }

  /** The locale of the portal and of everything inside it. */
  private get portalLocale(): LocaleCode {
    return this.locale ?? this.localize.locale;
  }

  private updateProvided(): void {
    const outer = this.configuration.config;
    const adapter = this.adapter ?? outer?.adapter ?? this.presetAdapter;
    if (!adapter && this.preset && this.presetRequested !== this.preset) this.createPresetAdapter(this.preset);
    if (!adapter) {
      this.provided = undefined;
      return;
    }
    const locale = this.portalLocale;
    const messages = mergeMessages(outer?.messages, this.portalConfig.messages, this.messages);
    const previous = this.provided;
    if (previous?.adapter === adapter && previous.locale === locale && previous.messages === messages) return;
    this.provided = { adapter, locale, ...(messages ? { messages } : {}) };
  }

  private createPresetAdapter(presetId: string): void {
    this.presetRequested = presetId;
    this.presetError = '';
    presetAdapter(presetId).then(
      adapter => {
        if (this.presetRequested === presetId) this.presetAdapter = adapter;
      },
      (error: unknown) => {
        if (this.presetRequested !== presetId) return;
        this.presetError = error instanceof Error ? error.message : String(error);
        console.error(this.presetError);
      }
    );
  }

  private loadCapabilities(adapter: HelpDeskAdapter | undefined): void {
    this.capabilitiesFrom = adapter;
    this.capabilities = undefined;
    if (!adapter) return;
    adapter.capabilities().then(
      capabilities => {
        if (this.capabilitiesFrom === adapter) this.capabilities = capabilities;
      },
      () => undefined // the views explain backend trouble themselves
    );
  }

  /** The views this portal shows: the config's, among those the backend can serve. */
  private get views(): PortalView[] {
    const available = availableViews(this.capabilities);
    const wanted = this.portalConfig.views;
    return wanted ? available.filter(view => wanted.includes(view) || view === 'sign-in') : available;
  }

  private get startRoute(): PortalRoute {
    return this.portalConfig.start ?? { view: 'home' };
  }

  private get casesScope(): 'mine' | 'organization' {
    const scope = this.portalConfig.casesScope ?? 'mine';
    return scope === 'organization' && this.capabilities?.cases.organizationScope === false ? 'mine' : scope;
  }

  /** The route actually shown: the requested one, or the start view when this portal has no such view. */
  private get effectiveRoute(): PortalRoute {
    const route = this.route;
    if (!this.views.includes(route.view)) return this.startRoute;
    if (route.view === 'my-cases' && route.scope === 'organization' && !this.capabilities?.cases.organizationScope) {
      return this.capabilities ? { view: 'my-cases', scope: 'mine' } : route;
    }
    return route;
  }

  /** Whether sign-in stands in front of the view. */
  private get showSignIn(): boolean {
    if (this.signInRequested) return true;
    return needsSession(this.effectiveRoute.view) && this.session.status === 'signed-out';
  }

  /** The view whose elements are on screen (`sign-in` in front of another), or none while the session loads. */
  private get displayedView(): PortalView | undefined {
    if (!this.provided) return undefined;
    if (this.showSignIn) return 'sign-in';
    const route = this.effectiveRoute;
    if (needsSession(route.view) && this.session.status === 'loading') return undefined;
    return route.view;
  }

  private get displayKey(): string {
    return this.showSignIn ? `sign-in:${formatHash(this.effectiveRoute)}` : formatHash(this.effectiveRoute);
  }

  // --- navigation ----------------------------------------------------------------------------------------------

  private withScope(route: PortalRoute): PortalRoute {
    return route.view === 'my-cases' && !route.scope ? { ...route, scope: this.casesScope } : route;
  }

  /**
   * Shows a route; with `sync-hash`, writes it to the address (a new history entry, or replacing the current one).
   * `focus` false for changes the customer did not make (an attribute set by the page): no focus move.
   */
  private show(route: PortalRoute, options: { history?: 'push' | 'replace' | 'none'; focus?: boolean } = {}): void {
    const full = this.withScope(route);
    this.routeSet = true;
    if (options.focus ?? true) this.interacted = true;
    this.viewLoadFailures = 0;
    if (full.view !== 'case') this.notice = '';
    if (!sameRoute(full, this.route)) this.route = full;
    const mode = options.history ?? 'push';
    if (!this.syncHash || mode === 'none') return;
    const hash = formatHash(full);
    // A link token is replaced, never kept in history: it is a secret, used once.
    const tokenInAddress = /hd[-/](signup|reset)=/.test(location.hash);
    if (hash === location.hash) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (mode === 'replace' || tokenInAddress) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  private listenToHash(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('hashchange', this.onHashChange);
    window[method]('popstate', this.onHashChange);
  }

  private readonly onHashChange = (): void => {
    this.readHash(true);
  };

  /** Takes the view from the address; `user` when the customer moved (back, forward, a link). */
  private readHash(user: boolean): void {
    // No fragment at all: back to the page as it was first opened, the start view. Another fragment is the app's.
    const route = parseHash(location.hash) ?? (location.hash.length <= 1 ? this.startRoute : undefined);
    if (!route || (this.routeSet && sameRoute(route, this.route))) return;
    // The address we just wrote in place of a link token (`#hd/register`): the route keeps its token.
    if (!route.token && this.route.token && formatHash(route) === formatHash(this.route)) return;
    if (user) this.interacted = true;
    this.routeSet = true;
    this.signInRequested = false;
    this.route = this.withScope(route);
    if (route.token) this.show(route, { history: 'replace', focus: user });
  }

  private readonly onCategorySelect = (event: HdEvent<'hd-category-select'>): void => {
    this.show({ view: 'new-case', categoryId: event.detail.category.id });
  };

  private readonly onCaseCreated = (event: HdEvent<'hd-case-created'>): void => {
    const created = event.detail.case;
    this.remember(created.id, created.reference);
    if (this.portalConfig.afterCreate === 'summary') return;
    this.show({ view: 'case', caseId: created.reference });
    this.notice = this.text.t('portal.caseCreated', { reference: created.reference });
  };

  private readonly onCaseOpen = (event: HdEvent<'hd-case-open'>): void => {
    const { caseId, reference } = event.detail;
    this.remember(caseId, reference);
    this.show({ view: 'case', caseId: reference || caseId });
  };

  private readonly onNavigate = (event: HdEvent<'hd-navigate'>): void => {
    const { view, href, returnTo } = event.detail;
    const route = view === 'my-cases' ? { view: 'my-cases' as const, scope: this.casesScope } : routeFrom(String(view));
    // A link to a page of the backend's own (a hosted flow) is followed as it is.
    if (!route || (href && !href.startsWith('#'))) return;
    event.preventDefault();
    if (route.view === 'sign-in' || route.view === 'register') {
      this.returnTo = returnTo ? routeFrom(String(returnTo)) : (this.returnTo ?? this.currentRouteToReturnTo());
    }
    this.signInRequested = false;
    this.show(route);
  };

  private currentRouteToReturnTo(): PortalRoute | undefined {
    const current = this.effectiveRoute;
    return needsSession(current.view) && current.view !== 'change-password' ? current : undefined;
  }

  private readonly onSignInRequired = (): void => {
    this.interacted = true;
    this.signInRequested = true;
  };

  private readonly onSignedIn = (): void => {
    const wasRequested = this.signInRequested;
    this.signInRequested = false;
    if (this.route.view === 'sign-in' || this.route.view === 'register') {
      const back = this.returnTo ?? this.startRoute;
      this.returnTo = undefined;
      this.show(back, { history: 'replace' });
    } else if (wasRequested) {
      this.interacted = true;
    }
    void this.session.refresh();
  };

  private readonly onSignedOut = (): void => {
    this.signInRequested = false;
    this.returnTo = undefined;
    this.pendingPrefill = undefined;
    this.caseIds.clear();
    this.caseReferences.clear();
    this.resolvedCase = undefined;
    this.mountedKey = undefined;
    this.generation += 1;
    this.show(this.startRoute);
  };

  private remember(id: string, reference: string): void {
    if (!reference) return;
    this.caseIds.set(reference, id);
    this.caseReferences.set(id, reference);
  }

  /** Finds the backend id of the case a deep link names by its reference. */
  private resolveCase(): void {
    const route = this.effectiveRoute;
    const key = route.view === 'case' ? route.caseId : undefined;
    if (!key || this.resolvedCase?.key === key || this.resolving === key) return;
    const known = this.caseIds.get(key);
    if (known || !looksLikeReference(key)) {
      this.resolvedCase = { key, id: known ?? key };
      return;
    }
    const adapter = this.provided?.adapter;
    if (!adapter || this.session.status !== 'signed-in') return;
    this.resolving = key;
    void this.findByReference(adapter, key).then(id => {
      if (this.resolving !== key) return;
      this.resolving = undefined;
      if (id) this.remember(id, key);
      this.resolvedCase = { key, id: id ?? key };
    });
  }

  private async findByReference(adapter: HelpDeskAdapter, reference: string): Promise<string | undefined> {
    const scopes: ('mine' | 'organization')[] = this.capabilities?.cases.organizationScope
      ? ['mine', 'organization']
      : ['mine'];
    for (const scope of scopes) {
      try {
        const page = await adapter.listCases({ scope, search: reference, size: 20 });
        const found = page.items.find(item => item.reference === reference);
        if (found) return found.id;
      } catch (error) {
        if (!isHelpDeskError(error)) return undefined;
      }
    }
    return undefined;
  }

  private async ensureView(view: PortalView): Promise<void> {
    // Every update asks until the view is loaded: one load at a time, so one failure counts once.
    if (this.loadingView === view) return;
    this.loadingView = view;
    try {
      await loadView(view);
      this.viewLoadFailures = 0;
    } catch {
      this.viewLoadFailures += 1;
    } finally {
      this.loadingView = undefined;
    }
    this.requestUpdate();
  }

  private focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#view-heading')?.focus({ preventScroll: false });
  }

  // --- public API ----------------------------------------------------------------------------------------------

  /** The route shown now (`{ view: 'case', caseId: 'CAS-01202-B2K8P0' }` ...). */
  get currentRoute(): PortalRoute {
    return { ...this.effectiveRoute };
  }

  /**
   * Shows a view: `open('new-case', { categoryId })`, `open('case', { caseId })`, `open('my-cases')`, or a deep
   * link `open('#hd/hours')`. Unknown views are ignored (and reported on the console). Resolves once it is on screen.
   */
  async open(
    view: string = 'home',
    options: { categoryId?: string; caseId?: string; scope?: 'mine' | 'organization' } = {}
  ): Promise<void> {
    const route = routeFrom(view, options);
    if (!route) {
      const known = ['home', 'new-case', 'my-cases', 'case', 'entitlements', 'invoices', 'sign-in', 'register'];
      console.error(`helpdesk-elements: unknown view "${view}". Known views: ${known.join(', ')} ...`);
      return;
    }
    if (route.view === 'sign-in' || route.view === 'register') this.returnTo = this.currentRouteToReturnTo();
    this.signInRequested = false;
    this.show(route);
    await this.updateComplete;
  }

  /**
   * Values for the fields of the next case form (by field id); they are filled in once the form is on screen,
   * as if typed, so they are checked and kept like the customer's own.
   */
  prefill(values: Record<string, FieldValue>): void {
    this.pendingPrefill = { ...this.pendingPrefill, ...values };
    this.requestUpdate();
  }

  /** Signs the customer in with a token from the host page's own sign-in (`signIn({ kind: 'token' })`). */
  async identify(token: string): Promise<void> {
    await this.whenAdapter();
    const session = await this.session.signIn({ kind: 'token', token });
    this.emit('hd-signed-in', { session });
  }

  /** Resolves once the portal has its backend (a preset's adapter loads with dynamic import). */
  async whenAdapter(): Promise<HelpDeskAdapter> {
    for (let tries = 0; tries < 400 && !this.provided; tries += 1) {
      if (this.presetError) break;
      await new Promise(resolve => setTimeout(resolve, 25));
    }
    if (!this.provided) throw new Error(this.presetError || 'helpdesk-elements: the portal has no adapter.');
    await this.updateComplete; // the session controller follows the adapter during the update
    return this.provided.adapter;
  }

  /** Moves focus to the heading of the current view. */
  override focus(options?: FocusOptions): void {
    const heading = this.renderRoot?.querySelector<HTMLElement>('#view-heading');
    if (heading) heading.focus(options);
    else super.focus(options);
  }

  // --- rendering -----------------------------------------------------------------------------------------------

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.text.t(key, params);
  }

  private viewTitle(view: PortalView | 'organization-cases'): string {
    return localized(this.portalConfig.viewTitles?.[view], this.portalLocale) ?? this.t(VIEW_TITLE_KEYS[view]);
  }

  private get heading(): string {
    if (this.showSignIn) return this.viewTitle('sign-in');
    const route = this.effectiveRoute;
    if (route.view === 'my-cases' && route.scope === 'organization') return this.viewTitle('organization-cases');
    if (route.view === 'case') {
      const key = route.caseId ?? '';
      const reference = looksLikeReference(key) ? key : this.caseReferences.get(key);
      return reference ? `${this.viewTitle('case')} ${reference}` : this.viewTitle('case');
    }
    return this.viewTitle(route.view);
  }

  private navItems(): PortalNavItem[] {
    const views = this.views;
    const allowed = (item: PortalNavItem): PortalNavItem[] => {
      if (item.children) {
        const children = item.children.flatMap(allowed);
        return children.length ? [{ ...item, children }] : [];
      }
      if (!item.view || !views.includes(item.view)) return [];
      if (item.scope === 'organization' && this.capabilities && !this.capabilities.cases.organizationScope) return [];
      return [item];
    };
    return (this.portalConfig.nav ?? defaultNav(views)).flatMap(allowed);
  }

  private itemRoute(item: PortalNavItem): PortalRoute {
    const route: PortalRoute = { view: item.view ?? 'home' };
    if (item.view === 'my-cases') route.scope = item.scope ?? this.casesScope;
    if (item.view === 'new-case' && item.categoryId) route.categoryId = item.categoryId;
    return route;
  }

  private itemLabel(item: PortalNavItem): string {
    const label = localized(item.label, this.portalLocale);
    if (label) return label;
    if (item.view === 'my-cases' && item.scope === 'organization') return this.viewTitle('organization-cases');
    return item.view ? this.viewTitle(item.view) : '';
  }

  private isCurrent(item: PortalNavItem): boolean {
    if (this.showSignIn) return false;
    const route = this.effectiveRoute;
    if (item.view !== route.view) return false;
    if (item.view === 'my-cases') return (item.scope ?? this.casesScope) === route.scope;
    if (item.view === 'new-case' && item.categoryId) return route.categoryId === item.categoryId;
    return true;
  }

  /** A link with `sync-hash` (it can be opened in a new tab), else a button. */
  private renderGo(route: PortalRoute, label: string, part: string, current = false): TemplateResult {
    const go = (event: Event) => {
      event.preventDefault();
      this.signInRequested = false;
      this.show(route);
    };
    if (this.syncHash) {
      return html`<a
        part=${part}
        class=${part}
        href=${formatHash(route)}
        aria-current=${current ? 'page' : nothing}
        @click=${go}
        >${label}</a
      >`;
    }
    return html`<button
      type="button"
      part=${part}
      class=${part}
      aria-current=${current ? 'page' : nothing}
      @click=${go}
    >
      ${label}
    </button>`;
  }

  private renderNavItem(item: PortalNavItem, index: string): TemplateResult {
    if (item.children) {
      return html`<li class="nav-group">
        <span part="nav-group" class="nav-group__label" id=${`nav-group-${index}`}>${this.itemLabel(item)}</span>
        <ul class="nav-list nav-list--nested" aria-labelledby=${`nav-group-${index}`}>
          ${item.children.map((child, at) => this.renderNavItem(child, `${index}-${at}`))}
        </ul>
      </li>`;
    }
    return html`<li>
      ${this.renderGo(this.itemRoute(item), this.itemLabel(item), 'nav-item', this.isCurrent(item))}
    </li>`;
  }

  private renderHeader(): TemplateResult {
    const title = localized(this.portalConfig.title, this.portalLocale) ?? this.t('portal.title');
    const items = this.navItems();
    // A div, not <header>: inside a host page the portal is no banner landmark (the page has its own).
    return html`<div part="header" class="header">
      <span part="title" class="title">${title}</span>
      ${
        items.length
          ? html`<nav part="nav" class="nav" aria-label=${this.t('portal.nav')}>
              <ul class="nav-list">
                ${items.map((item, index) => this.renderNavItem(item, String(index)))}
              </ul>
            </nav>`
          : nothing
      }
      <hd-account-menu part="account-menu" class="account-menu" ?no-sign-in=${this.showSignIn}></hd-account-menu>
    </div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<p part="loading" class="loading" role="status">${this.t('common.loading')}</p>`;
  }

  private renderViewError(view: PortalView): TemplateResult {
    // A failed module can stay failed for the page's lifetime (the browser keeps the failure: Chromium when the server
    // answered with an error, Firefox whatever the failure): after a retry that failed too, say what will help.
    return html`<div part="error" class="view-error" role="alert">
      <p>${this.t('portal.loadFailed')}</p>
      ${this.viewLoadFailures > 1 ? html`<p>${this.t('portal.loadFailedReload')}</p>` : nothing}
      <button type="button" part="action" @click=${() => this.ensureView(view)}>${this.t('common.retry')}</button>
    </div>`;
  }

  private renderCasesToolbar(route: PortalRoute): TemplateResult {
    const organization = this.capabilities?.cases.organizationScope === true && this.views.includes('my-cases');
    const scope = route.scope ?? this.casesScope;
    const newCase = this.portalConfig.nav?.find(item => item.view === 'new-case' && item.categoryId);
    const newRoute: PortalRoute = newCase?.categoryId
      ? { view: 'new-case', categoryId: newCase.categoryId }
      : { view: 'new-case' };
    return html`<div part="toolbar" class="toolbar">
      ${
        organization
          ? html`<div class="scope" role="group" aria-label=${this.t('portal.scope')}>
              ${(['mine', 'organization'] as const).map(
                value =>
                  html`<button
                    type="button"
                    part="action"
                    aria-pressed=${scope === value ? 'true' : 'false'}
                    @click=${() => this.show({ view: 'my-cases', scope: value })}
                  >
                    ${value === 'mine' ? this.viewTitle('my-cases') : this.viewTitle('organization-cases')}
                  </button>`
              )}
            </div>`
          : nothing
      }
      <span class="toolbar__end">
        ${this.renderGo(
          newRoute,
          localized(this.portalConfig.viewTitles?.['new-case'], this.portalLocale) ?? this.t('portal.newCase'),
          'action primary'
        )}
      </span>
    </div>`;
  }

  private renderView(route: PortalRoute): TemplateResult {
    const config = this.portalConfig;
    switch (route.view) {
      case 'home': {
        const recent = config.recentCases ?? 5;
        return html`<hd-category-cards ?show-subcategories=${config.showSubcategories ?? false}></hd-category-cards> ${
            recent > 0 && this.views.includes('my-cases')
              ? html`<div class="recent">
                  <hd-case-list
                    page-size=${recent}
                    scope=${this.casesScope}
                    columns=${config.caseColumns ?? nothing}
                  ></hd-case-list>
                  <p>
                    ${this.renderGo({ view: 'my-cases', scope: this.casesScope }, this.t('portal.allCases'), 'action')}
                  </p>
                </div>`
              : nothing
          }`;
      }
      case 'new-case': {
        if (!route.categoryId) {
          return html`<hd-category-cards ?show-subcategories=${config.showSubcategories ?? false}></hd-category-cards>`;
        }
        const fixed = config.nav?.some(item => item.view === 'new-case' && item.categoryId === route.categoryId);
        return html`${
            fixed
              ? nothing
              : html`<div part="toolbar" class="toolbar">
                  ${this.renderGo({ view: 'new-case' }, this.t('portal.otherCategory'), 'action')}
                </div>`
          } <hd-case-form category-id=${route.categoryId}></hd-case-form>`;
      }
      case 'my-cases':
        return html`${this.renderCasesToolbar(route)}
          <hd-case-list
            scope=${route.scope ?? this.casesScope}
            columns=${this.portalConfig.caseColumns ?? nothing}
          ></hd-case-list>`;
      case 'case': {
        const resolved = this.resolvedCase && this.resolvedCase.key === route.caseId ? this.resolvedCase.id : undefined;
        return html`<div part="toolbar" class="toolbar">
            ${this.renderGo({ view: 'my-cases', scope: this.casesScope }, this.t('portal.backToCases'), 'action')}
          </div>
          ${resolved ? html`<hd-case-detail case-id=${resolved}></hd-case-detail>` : this.renderLoading()}`;
      }
      case 'entitlements':
        return html`<hd-entitlements></hd-entitlements>`;
      case 'invoices':
        return html`<hd-invoices></hd-invoices>`;
      case 'sign-in':
        return this.renderSignIn();
      case 'register':
        return html`<hd-register
          .token=${route.token}
          sign-in-href=${this.syncHash ? '#hd/sign-in' : nothing}
        ></hd-register>`;
      case 'forgot-password':
        return html`<hd-password-forgot sign-in-href=${this.syncHash ? '#hd/sign-in' : nothing}></hd-password-forgot>`;
      case 'reset-password':
        return html`<hd-password-reset .token=${route.token}></hd-password-reset>`;
      case 'change-password':
        return html`<hd-password-change></hd-password-change>`;
    }
  }

  private renderSignIn(): TemplateResult {
    return html`<hd-login
      login-kind=${this.portalConfig.loginKind ?? 'email'}
      register-href=${this.syncHash ? '#hd/register' : nothing}
      forgot-href=${this.syncHash ? '#hd/forgot-password' : nothing}
    ></hd-login>`;
  }

  private renderBody(): TemplateResult {
    if (!this.provided) {
      if (this.presetError) return html`<p part="error" class="view-error" role="alert">${this.presetError}</p>`;
      if (this.preset) return this.renderLoading();
      return html`<p part="error" class="view-error" role="alert">${this.t('error.no-adapter')}</p>`;
    }
    const view = this.displayedView;
    if (this.session.status === 'error' && view === undefined) {
      return html`<div part="error" class="view-error" role="alert">
        <p>${this.text.error(this.session.error)}</p>
        <button type="button" part="action" @click=${() => this.session.refresh()}>${this.t('common.retry')}</button>
      </div>`;
    }
    if (!view) return this.renderLoading();
    const route = this.effectiveRoute;
    const signIn = this.showSignIn;
    // The view stays in the page (hidden) while sign-in is in front of it, so nothing typed in it is lost.
    const keepView = signIn && this.mountedKey === formatHash(route) && isViewLoaded(route.view);
    const viewContent =
      !signIn || keepView
        ? html`<div class="view-body" ?hidden=${signIn}>
            ${keyed(`${this.generation}:${formatHash(route)}`, this.renderView(route))}
          </div>`
        : nothing;
    const signInContent = signIn
      ? html`<p part="notice" class="notice" role="status">
            ${this.signInRequested ? this.t('portal.signInToContinue') : this.t('portal.signInFirst')}
          </p>
          ${
            isViewLoaded('sign-in')
              ? this.renderSignIn()
              : this.viewLoadFailures > 0
                ? this.renderViewError('sign-in')
                : this.renderLoading()
          }`
      : nothing;
    const body = !isViewLoaded(view)
      ? this.viewLoadFailures > 0
        ? this.renderViewError(view)
        : this.renderLoading()
      : html`${viewContent}${signInContent}`;
    return html`${
      this.notice && !signIn && route.view === 'case'
        ? html`<p part="notice" class="notice notice--success" role="status">
            <span>${this.notice}</span>
            <button type="button" class="notice__dismiss" part="action" @click=${() => (this.notice = '')}>
              ${this.t('portal.dismiss')}
            </button>
          </p>`
        : nothing
    }
    ${body}`;
  }

  protected override render(): TemplateResult {
    const view = this.displayedView;
    return html`<div part="base" class="portal" lang=${this.portalLocale}>
      ${this.renderHeader()}
      <section part="view" class="view" aria-labelledby="view-heading" data-view=${view ?? 'loading'}>
        <h2 part="view-heading" class="view-heading" id="view-heading" tabindex="-1">${this.heading}</h2>
        ${this.renderBody()}
      </section>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
