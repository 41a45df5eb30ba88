import type { FieldValue } from '../core/model/form.js';
import type { HdHelpdesk } from '../widget/helpdesk/helpdesk.js';
import type { HdLauncher } from '../widget/launcher/launcher.js';
import type { EmbedConfig } from './config.js';

/** What the `window.HelpDesk` API drives: the launcher, or the inline portal. */
export interface Widget {
  open(
    view?: string,
    options?: { categoryId?: string; caseId?: string; scope?: 'mine' | 'organization' }
  ): Promise<void>;
  close(): void;
  prefill(values: Record<string, FieldValue>): Promise<void>;
  identify(token: string): Promise<void>;
  setLocale(locale: string): void;
  destroy(): void;
}

/**
 * Loads what the portal needs, once (again after a failure): the remote backend's adapter when there is one (set
 * on the element before it is defined, so it never starts a local one), then the portal chunk.
 */
function portalLoader(portal: HdHelpdesk, config: EmbedConfig): () => Promise<HdHelpdesk> {
  let loading: Promise<HdHelpdesk> | undefined;
  return () => {
    loading ??= (async () => {
      if (config.backend !== 'local') {
        const { createBackend } = await import('./backends.js');
        portal.adapter = await createBackend({
          backend: config.backend,
          ...(config.endpoint ? { endpoint: config.endpoint } : {}),
          ...(config.backendOptions ? { options: config.backendOptions } : {})
        });
      }
      await import('../widget/portal.js');
      await customElements.whenDefined('hd-helpdesk');
      customElements.upgrade(portal);
      return portal;
    })();
    loading.catch(error => {
      loading = undefined;
      console.error(error instanceof Error ? error.message : error);
    });
    return loading;
  };
}

/** The `theme` attribute of the elements (docs/theming.md): `light`, `dark` or `auto`. */
function applyTheme(element: HTMLElement, config: EmbedConfig): void {
  element.setAttribute('theme', config.theme);
}

/** The `<hd-helpdesk>` of a configuration, not upgraded yet (its code loads later). */
function createPortal(doc: Document, config: EmbedConfig): HdHelpdesk {
  const portal = doc.createElement('hd-helpdesk');
  portal.setAttribute('preset', config.preset);
  if (config.locale) portal.setAttribute('locale', config.locale);
  if (config.view) portal.setAttribute('view', config.view);
  if (config.syncHash) portal.setAttribute('sync-hash', '');
  // Properties set before the element is upgraded are kept by Lit and applied on upgrade.
  if (config.portal) portal.config = config.portal;
  if (config.messages) portal.messages = config.messages as HdHelpdesk['messages'];
  applyTheme(portal, config);
  return portal;
}

/**
 * An e-mailed link (`#hd-signup=`, `#hd-reset=`) or, with `sync-hash`, any `#hd/...` deep link in the address: the
 * portal opens at it (the portal's router reads it; the loader only recognizes it, and stays small).
 */
function linkedView(config: EmbedConfig, hash: string): string | undefined {
  if (/hd[-/](signup|reset)=/.test(hash)) return hash;
  return config.syncHash && /^#hd(\/|$)/.test(hash) ? hash : undefined;
}

/**
 * Puts the help desk in the page: a launcher (the default), or the portal inline in `config.target`. Only the
 * launcher's code is needed now; the portal's, and a remote backend's adapter, load on intent (inline: at once,
 * since it is on screen). Returns `undefined` (after saying why on the console) when it cannot.
 */
export function mount(config: EmbedConfig, doc: Document = document): Widget | undefined {
  const portal = createPortal(doc, config);
  const load = portalLoader(portal, config);
  const linked = linkedView(config, doc.defaultView?.location.hash ?? '');

  if (config.target) {
    const host = doc.querySelector(config.target);
    if (!host) {
      console.error(`helpdesk-elements: data-target "${config.target}" matches no element of the page.`);
      return undefined;
    }
    if (linked && !config.syncHash) portal.setAttribute('view', linked);
    host.append(portal);
    void load().catch(() => undefined); // on screen: load at once (errors are on the console)
    return {
      async open(view, options) {
        const element = await load();
        await element.open(view, options);
        element.focus();
      },
      close() {},
      async prefill(values) {
        (await load()).prefill(values);
      },
      async identify(token) {
        await (await load()).identify(token);
      },
      setLocale(locale) {
        portal.setAttribute('locale', locale);
      },
      destroy() {
        portal.remove();
      }
    };
  }

  const launcher = doc.createElement('hd-launcher') as HdLauncher;
  launcher.setAttribute('position', config.position);
  if (config.locale) launcher.setAttribute('locale', config.locale);
  if (config.label) launcher.setAttribute('label', config.label);
  if (config.icon) launcher.setAttribute('icon', config.icon);
  if (config.title) launcher.setAttribute('heading', config.title);
  applyTheme(launcher, config);
  launcher.loader = load;
  launcher.append(portal);
  doc.body.append(launcher);
  if (linked) void launcher.show({ view: linked });
  return {
    open: (view, options) => launcher.show({ ...options, ...(view ? { view } : {}) }),
    close: () => launcher.hide(),
    async prefill(values) {
      (await load()).prefill(values);
    },
    async identify(token) {
      await (await load()).identify(token);
    },
    setLocale(locale) {
      launcher.setAttribute('locale', locale);
      portal.setAttribute('locale', locale);
    },
    destroy() {
      launcher.hide();
      launcher.remove();
    }
  };
}
