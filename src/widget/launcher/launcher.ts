import type { HdHelpdesk } from '../helpdesk/helpdesk.js';
import { launcherCss } from './launcher.styles.js';
import { launcherStrings, type LauncherStrings } from './strings.js';

/** What `show()` opens: a view of the portal, optionally with a category or a case. */
export interface LauncherOpenOptions {
  view?: string;
  categoryId?: string;
  caseId?: string;
  scope?: 'mine' | 'organization';
}

type LoadState = 'idle' | 'loading' | 'loaded' | 'error';

/** Built-in icons, as SVG path data on a 24×24 grid. */
const ICONS: Record<string, string[]> = {
  help: ['M22 12a10 10 0 1 1-20 0 10 10 0 0 1 20 0z', 'M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3', 'M12 17h.01'],
  chat: ['M21 12a8 8 0 0 1-11.6 7.1L4 21l1.9-5.4A8 8 0 1 1 21 12z'],
  mail: ['M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z', 'm3 7 9 6 9-6']
};

/** The portal module, fetched with dynamic import() on the first sign of intent. */
const defaultLoader = () => import('../portal.js');

let sheet: CSSStyleSheet | undefined;

/** One constructable stylesheet for every launcher (a strict CSP allows it; a `<style>` element it would not). */
function styleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(launcherCss);
  }
  return sheet;
}

/** Builds an element with attributes and children (no `innerHTML`: Trusted Types pages forbid it). */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Reflected string attributes, by property name. */
const STRING_ATTRIBUTES = {
  position: 'position',
  label: 'label',
  icon: 'icon',
  heading: 'heading',
  closeLabel: 'close-label',
  preset: 'preset',
  locale: 'locale',
  view: 'view'
} as const;

/** Reflected boolean attributes, by property name. */
const BOOLEAN_ATTRIBUTES = { open: 'open', iconOnly: 'icon-only', syncHash: 'sync-hash' } as const;

/**
 * A floating help button that opens the whole help desk in a modal panel. Nothing but this button loads with the
 * page: the portal's code is fetched on the first sign of intent (the pointer over the button, focus on it, a tap)
 * and shown on click. The panel is a native modal `<dialog>` (focus moves in and stays in, Escape closes it, focus
 * returns to the button); on phones it is a full-screen sheet clear of the safe areas.
 *
 * The launcher is a plain custom element, not a Lit one: with the page it costs a couple of KB, and Lit comes with
 * the portal. The portal is its `<hd-helpdesk>` child: put one inside to configure it yourself, or let the launcher
 * create it from its `preset`, `locale`, `view` and `sync-hash` attributes.
 *
 * @tag hd-launcher
 * @summary A floating button that loads and opens the help desk on demand.
 *
 * @slot - The `<hd-helpdesk>` to show in the panel (created when absent).
 *
 * @fires hd-open - The panel opened.
 * @fires hd-close - The panel closed.
 *
 * @attr {'bottom-end' | 'bottom-start'} position - Where the button floats (logical: they swap in right-to-left pages). Default `bottom-end`.
 * @attr label - The button's text and accessible name; default "Ayuda" / "Help" / "Ajuda".
 * @attr icon - A built-in icon (`help`, `chat`, `mail`), any short text or emoji, or `none`. Default `help`.
 * @attr {boolean} icon-only - Shows only the icon; the label stays as the button's accessible name.
 * @attr heading - The panel's title; default "Centro de ayuda".
 * @attr close-label - The accessible name of the close button; default "Cerrar la ayuda".
 * @attr {boolean} open - Whether the panel is open; set or remove it to open or close the panel.
 * @attr preset - Passed to the `<hd-helpdesk>` the launcher creates.
 * @attr locale - Passed to the `<hd-helpdesk>` the launcher creates; also picks the launcher's own words.
 * @attr view - The view the created `<hd-helpdesk>` starts with.
 * @attr {boolean} sync-hash - Passed to the `<hd-helpdesk>` the launcher creates.
 * @attr {'light' | 'dark' | 'auto'} theme - The color scheme of the button and the panel (docs/theming.md); without it, the page's. The script tag sets it on the portal too.
 *
 * @csspart button - The floating button.
 * @csspart icon - The button's icon.
 * @csspart label - The button's text.
 * @csspart panel - The `<dialog>` panel.
 * @csspart panel-header - The panel's header with its title and close button.
 * @csspart panel-title - The panel's title.
 * @csspart close-button - The button that closes the panel.
 * @csspart panel-body - The scrolling area around the portal.
 * @csspart status - "Cargando la ayuda…" and the load error.
 *
 * @cssprop [--launcher-offset=1.25rem] - Distance from the viewport's edges (safe-area insets are added).
 * @cssprop [--launcher-size=3.5rem] - Height of the button.
 * @cssprop [--launcher-z-index=2147483000] - Stacking order of the button.
 * @cssprop [--launcher-background=var(--hd-color-brand)] - Background of the button.
 * @cssprop [--launcher-color=var(--hd-color-brand-text)] - Text and icon color of the button.
 * @cssprop [--panel-width=44rem] - Width of the panel (phones: the whole screen).
 * @cssprop [--panel-height=46rem] - Height of the panel.
 * @cssprop [--panel-background=var(--hd-color-surface)] - Background of the panel.
 */
export class HdLauncher extends HTMLElement {
  static get observedAttributes(): string[] {
    return [...Object.values(STRING_ATTRIBUTES), ...Object.values(BOOLEAN_ATTRIBUTES)];
  }

  declare position: 'bottom-end' | 'bottom-start' | undefined;
  declare label: string | undefined;
  declare icon: string | undefined;
  declare heading: string | undefined;
  declare closeLabel: string | undefined;
  declare preset: string | undefined;
  declare locale: string | undefined;
  declare view: string | undefined;
  declare open: boolean;
  declare iconOnly: boolean;
  declare syncHash: boolean;

  /** Loads the portal's code; by default a dynamic import of the portal chunk. */
  loader: () => Promise<unknown> = defaultLoader;

  private loading: Promise<void> | undefined;
  private loadState: LoadState = 'idle';
  private readonly button: HTMLButtonElement;
  private readonly iconBox: HTMLSpanElement;
  private readonly labelBox: HTMLSpanElement;
  private readonly panel: HTMLDialogElement;
  private readonly titleBox: HTMLHeadingElement;
  private readonly closeButton: HTMLButtonElement;
  private readonly status: HTMLParagraphElement;
  private readonly statusText: HTMLSpanElement;
  private readonly retry: HTMLButtonElement;

  constructor() {
    super();
    // A property set before the element was defined shadows the accessor: take it over.
    for (const name of [...Object.keys(STRING_ATTRIBUTES), ...Object.keys(BOOLEAN_ATTRIBUTES), 'loader']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as unknown as Record<string, unknown>)[name];
        delete (this as unknown as Record<string, unknown>)[name];
        (this as unknown as Record<string, unknown>)[name] = value;
      }
    }
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
    const intent = () => void this.prefetch().catch(() => undefined);

    this.iconBox = h('span', { part: 'icon', class: 'icon', 'aria-hidden': 'true' });
    this.labelBox = h('span', { part: 'label' });
    this.button = h(
      'button',
      { type: 'button', part: 'button', class: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' },
      this.iconBox,
      this.labelBox
    );
    this.button.addEventListener('click', () => (this.panel.open ? this.hide() : void this.show()));
    for (const type of ['pointerenter', 'pointerdown', 'focus']) this.button.addEventListener(type, intent);

    this.titleBox = h('h2', { part: 'panel-title', class: 'panel-title', id: 'panel-title' });
    this.closeButton = h(
      'button',
      { type: 'button', part: 'close-button', class: 'close' },
      h('span', { 'aria-hidden': 'true' }, '×')
    );
    this.closeButton.addEventListener('click', () => this.hide());
    this.statusText = h('span');
    this.retry = h('button', { type: 'button', class: 'retry' });
    this.retry.addEventListener('click', () => void this.show());
    this.status = h('p', { part: 'status', class: 'status' }, this.statusText, ' ', this.retry);
    this.panel = h(
      'dialog',
      { part: 'panel', class: 'panel', 'aria-labelledby': 'panel-title' },
      h('div', { part: 'panel-header', class: 'panel-header' }, this.titleBox, this.closeButton),
      h('div', { part: 'panel-body', class: 'panel-body' }, this.status, h('slot'))
    );
    // Escape (or anything else the browser closes a dialog for); hide() reports its own closing at once.
    this.panel.addEventListener('close', () => {
      if (!this.panel.open && this.open) this.afterClose();
    });
    this.panel.addEventListener('click', event => this.onPanelClick(event));
    root.append(this.button, this.panel);
    this.render();
  }

  connectedCallback(): void {
    this.render();
    if (this.open && !this.panel.open) void this.show();
  }

  attributeChangedCallback(name: string): void {
    if (name === 'open' && this.isConnected) {
      if (this.open && !this.panel.open) void this.show();
      else if (!this.open && this.panel.open) this.hide();
    }
    this.render();
  }

  /** Whether the portal's code has been loaded. */
  get portalLoaded(): boolean {
    return this.loadState === 'loaded';
  }

  /** The `<hd-helpdesk>` inside, once there is one. */
  get portal(): HdHelpdesk | null {
    return this.querySelector('hd-helpdesk');
  }

  private get strings(): LauncherStrings {
    const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
    return launcherStrings([this.locale, this.closest('[lang]')?.getAttribute('lang'), ...languages]);
  }

  /** Fetches the portal's code (once). Called on the first hover, focus or tap; `show()` calls it too. */
  prefetch(): Promise<void> {
    this.loading ??= (async () => {
      this.setLoadState('loading');
      try {
        await this.loader();
        await customElements.whenDefined('hd-helpdesk');
        this.setLoadState('loaded');
      } catch (error) {
        this.loading = undefined;
        this.setLoadState('error');
        throw error;
      }
    })();
    return this.loading;
  }

  /** Opens the panel (loading the portal if needed), optionally at a view. Resolves once the portal is shown. */
  async show(options: LauncherOpenOptions = {}): Promise<void> {
    if (!this.panel.open) {
      this.panel.showModal();
      this.open = true;
      this.dispatchEvent(new CustomEvent('hd-open', { bubbles: true, composed: true, detail: {} }));
    }
    try {
      await this.prefetch();
    } catch {
      this.retry.focus();
      return;
    }
    const portal = this.ensurePortal();
    customElements.upgrade(portal);
    const { view, ...rest } = options;
    if (view) await portal.open(view, rest);
    await portal.updateComplete;
    if (this.panel.open) portal.focus();
  }

  /** Closes the panel; focus goes back to the button. */
  hide(): void {
    if (!this.panel.open) {
      this.open = false;
      return;
    }
    this.panel.close();
    this.afterClose();
  }

  /** The `<hd-helpdesk>` child, created from the launcher's attributes when there is none. */
  private ensurePortal(): HdHelpdesk {
    let portal = this.portal;
    if (!portal) {
      portal = document.createElement('hd-helpdesk');
      const copy = { preset: this.preset, locale: this.locale, view: this.view };
      for (const [name, value] of Object.entries(copy)) if (value) portal.setAttribute(name, value);
      if (this.syncHash) portal.setAttribute('sync-hash', '');
      this.append(portal);
    }
    return portal;
  }

  private setLoadState(state: LoadState): void {
    this.loadState = state;
    this.render();
  }

  private afterClose(): void {
    this.open = false;
    this.button.focus();
    this.dispatchEvent(new CustomEvent('hd-close', { bubbles: true, composed: true, detail: {} }));
  }

  /** A click on the backdrop (on the dialog itself, outside its box) closes the panel. */
  private onPanelClick(event: MouseEvent): void {
    if (event.target !== this.panel) return;
    const box = this.panel.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) this.hide();
  }

  private renderIcon(): void {
    const icon = this.icon ?? 'help';
    const paths = ICONS[icon];
    if (icon === 'none') {
      this.iconBox.replaceChildren();
    } else if (paths) {
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.setAttribute('viewBox', '0 0 24 24');
      for (const d of paths) {
        const path = document.createElementNS(ns, 'path');
        path.setAttribute('d', d);
        svg.append(path);
      }
      this.iconBox.replaceChildren(svg);
    } else {
      this.iconBox.replaceChildren(icon);
    }
    this.iconBox.hidden = icon === 'none';
  }

  /** Brings the shadow DOM up to date with the attributes and the load state. */
  private render(): void {
    if (!this.button) return; // attributeChangedCallback may run before the constructor has built the DOM
    const strings = this.strings;
    this.renderIcon();
    this.labelBox.textContent = this.label || strings.open;
    this.labelBox.className = this.iconOnly ? 'visually-hidden' : 'label';
    this.button.setAttribute('aria-expanded', String(this.panel.open));
    this.titleBox.textContent = this.heading || strings.title;
    this.closeButton.setAttribute('aria-label', this.closeLabel || strings.close);
    const state = this.loadState;
    this.status.hidden = state !== 'loading' && state !== 'error';
    this.status.setAttribute('role', state === 'error' ? 'alert' : 'status');
    this.status.classList.toggle('status--error', state === 'error');
    this.statusText.textContent = state === 'error' ? strings.failed : strings.loading;
    this.retry.textContent = strings.retry;
    this.retry.hidden = state !== 'error';
  }
}

for (const [property, attribute] of Object.entries(STRING_ATTRIBUTES)) {
  Object.defineProperty(HdLauncher.prototype, property, {
    get(this: HTMLElement) {
      return this.getAttribute(attribute) ?? undefined;
    },
    set(this: HTMLElement, value: unknown) {
      if (value === undefined || value === null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    },
    configurable: true
  });
}

for (const [property, attribute] of Object.entries(BOOLEAN_ATTRIBUTES)) {
  Object.defineProperty(HdLauncher.prototype, property, {
    get(this: HTMLElement) {
      return this.hasAttribute(attribute);
    },
    set(this: HTMLElement, value: unknown) {
      this.toggleAttribute(attribute, Boolean(value));
    },
    configurable: true
  });
}
