import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { HelpDeskAdapter } from '../../core/adapter.js';
import { HelpDeskError } from '../../core/errors.js';
import type { Category } from '../../core/model/catalog.js';
import { baseStyles } from '../shared/base.styles.js';
import { focusIsInside, focusIsNowhere } from '../shared/focus.js';
import { HdElement } from '../shared/hd-element.js';
import { categoryCardsStyles } from './category-cards.styles.js';

type LoadStatus = 'idle' | 'loading' | 'error' | 'ready';

/** Where focus goes once the next render is on screen. */
type PendingFocus = { kind: 'heading' } | { kind: 'card'; index: number } | { kind: 'retry' } | undefined;

function hasChildren(category: Category): boolean {
  return (category.children?.length ?? 0) > 0;
}

/**
 * The help desk's front door: one card per category of the backend (icon, title, a short hint and a description),
 * then their subcategories, at any depth. Choosing a leaf fires `hd-category-select`; an emergency card first asks
 * for confirmation in a modal dialog and then also fires `hd-emergency`.
 *
 * The cards form one keyboard group with a single tab stop: arrow keys (mirrored in right-to-left pages), Home and
 * End move between them; Enter or Space choose. Loading, errors and level changes are announced politely.
 *
 * @tag hd-category-cards
 * @summary Category cards with subcategories, an "Otros" in every card and confirmed emergency cards.
 *
 * @fires hd-category-select - A leaf category was chosen (after confirmation for emergencies). Detail: `{ category, path }`, the path from the top card down to the chosen category.
 * @fires hd-emergency - An emergency category was confirmed. Detail: `{ category }`.
 * @fires hd-error - Loading the categories failed; the message is already shown. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The heading of a subcategory level (the path of the chosen cards).
 * @csspart back-button - The button that goes back up one level.
 * @csspart card - The frame of one card (its button and, with `show-subcategories`, its subcategory list).
 * @csspart card-button - The button inside a card that chooses it.
 * @csspart card-icon - The card's icon (an emoji or short text).
 * @csspart card-title - The card's title.
 * @csspart card-hint - The short line that helps pick the card, such as "¿Algo falló?".
 * @csspart card-description - The card's longer description.
 * @csspart emergency-badge - The warning shown on emergency cards.
 * @csspart subcategories - The list of a card's subcategories, shown with `show-subcategories`.
 * @csspart dialog - The confirmation dialog of emergency cards.
 * @csspart retry-button - The button that loads the categories again after an error.
 *
 * @cssprop [--card-min-width=14rem] - Narrowest a card gets before the grid drops a column.
 * @cssprop [--card-gap=var(--hd-space)] - Space between cards.
 * @cssprop [--card-padding=var(--hd-space)] - Space inside a card.
 * @cssprop [--card-background=var(--hd-color-surface)] - Card background.
 * @cssprop [--card-background-hover=var(--hd-color-surface-alt)] - Card background under the pointer.
 * @cssprop [--card-border-color=var(--hd-color-border)] - Card border.
 * @cssprop [--card-radius=var(--hd-radius)] - Card corner radius.
 * @cssprop [--card-title-color=var(--hd-color-text)] - Title color.
 * @cssprop [--card-hint-color=var(--hd-color-brand)] - Hint color.
 * @cssprop [--card-description-color=var(--hd-color-text-muted)] - Description and subcategory list color.
 * @cssprop [--card-icon-size=2rem] - Size of the card icon.
 * @cssprop [--emergency-color=var(--hd-color-danger)] - Border, badge and dialog accent of emergency cards.
 */
export class HdCategoryCards extends HdElement {
  static override styles = [baseStyles, categoryCardsStyles];

  private loadController: AbortController | undefined;
  /** The adapter the current (or last) load used, so a new adapter from the provider triggers a reload. */
  private loadedFrom: HelpDeskAdapter | undefined;
  /** The tree the current path belongs to, so a new tree starts again at the top. */
  private pathTree: readonly Category[] | undefined;
  /** Index of the opened card at each level, so Back returns focus to it. */
  private openedIndexes: number[] = [];
  private pendingFocus: PendingFocus;
  /** The card whose choice opened the emergency dialog, to give focus back to. */
  private emergencyTrigger: HTMLElement | undefined;

  @query('.dialog') private dialog!: HTMLDialogElement | null;

  @state() private status: LoadStatus = 'idle';
  @state() private loaded: Category[] | undefined;
  @state() private loadError: unknown;
  @state() private path: Category[] = [];
  @state() private activeIndex = 0;
  @state() private pendingEmergency: Category | undefined;
  @state() private announcement = '';

  /** The category tree to show instead of loading it from the adapter (`listCategories()`). */
  @property({ attribute: false }) categories: Category[] | undefined;

  /** Lists each card's subcategories under it, as in a printed guide, besides opening them on choice. */
  @property({ type: Boolean, reflect: true, attribute: 'show-subcategories' }) showSubcategories = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a load was cut short: the next update loads again.
    if (this.status === 'idle') this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.status === 'loading') {
      this.loadController?.abort();
      this.loadController = undefined;
      this.loadedFrom = undefined;
      this.status = 'idle';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.categories === undefined) {
      const adapter = this.configuration.config?.adapter;
      if (adapter && adapter !== this.loadedFrom) {
        if (!this.isConnected) return;
        this.load(adapter);
      } else if (!adapter && this.status !== 'error') {
        this.loadController?.abort();
        this.loadedFrom = undefined;
        this.status = 'error';
        this.loadError = new HelpDeskError('unsupported', 'No help desk adapter is configured.', {
          reason: 'no-adapter'
        });
      }
    } else if (changed.has('categories')) {
      this.loadController?.abort();
      this.loadedFrom = undefined;
      this.status = 'ready';
    }
    const tree = this.tree;
    if (tree !== this.pathTree) {
      this.pathTree = tree;
      this.path = [];
      this.openedIndexes = [];
      this.activeIndex = 0;
    }
  }

  protected override updated(): void {
    const pending = this.pendingFocus;
    if (!pending) return;
    this.pendingFocus = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (pending.kind === 'heading') root.querySelector<HTMLElement>('.heading')?.focus();
    else if (pending.kind === 'retry') root.querySelector<HTMLElement>('.retry-button')?.focus();
    else this.cardButtons()[pending.index]?.focus();
  }

  private get tree(): readonly Category[] | undefined {
    return this.categories ?? this.loaded;
  }

  /** The categories of the level on screen: the top cards, or the children of the last opened one. */
  private get items(): readonly Category[] {
    const last = this.path.at(-1);
    return last ? (last.children ?? []) : (this.tree ?? []);
  }

  private load(adapter: HelpDeskAdapter): void {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this.loadedFrom = adapter;
    // A retry removes the focused button while loading: remember to put focus back in here afterwards.
    const focusWasInside = focusIsInside(this);
    this.status = 'loading';
    this.loadError = undefined;
    this.announce(this.localize.t('common.loading'));
    adapter.listCategories({ signal: controller.signal }).then(
      tree => {
        if (controller.signal.aborted) return;
        this.loaded = tree;
        this.status = 'ready';
        this.announce(
          tree.length
            ? this.localize.t('categories.loaded', { count: tree.length })
            : this.localize.t('categories.empty')
        );
        if ((focusWasInside || focusIsInside(this)) && tree.length) this.pendingFocus = { kind: 'card', index: 0 };
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.loadError = error;
        this.status = 'error';
        const message = this.localize.error(error);
        this.announce(message);
        // Focus goes to the retry button when it was in here (a retry) or nowhere in particular (first load); it is
        // never taken from something else the user is working in.
        if (focusWasInside || focusIsInside(this) || focusIsNowhere()) this.pendingFocus = { kind: 'retry' };
        this.emit('hd-error', { code: error instanceof HelpDeskError ? error.code : 'server', message });
      }
    );
  }

  private announce(message: string): void {
    // Clearing first makes a screen reader read the same sentence again when it repeats.
    this.announcement = '';
    requestAnimationFrame(() => {
      this.announcement = message;
    });
  }

  private cardButtons(): HTMLElement[] {
    return [...(this.renderRoot as ShadowRoot).querySelectorAll<HTMLElement>('.card-button')];
  }

  private retry(): void {
    const adapter = this.configuration.config?.adapter;
    if (adapter) this.load(adapter);
    else this.requestUpdate();
  }

  private choose(category: Category, index: number, trigger: HTMLElement): void {
    this.activeIndex = index;
    if (category.emergency && !this.path.some(ancestor => ancestor.emergency)) {
      this.emergencyTrigger = trigger;
      this.pendingEmergency = category;
      void this.updateComplete.then(() => {
        if (!this.dialog || this.dialog.open) return;
        this.dialog.showModal();
        // The safe choice gets focus first: an emergency is raised only on purpose.
        this.dialog.querySelector<HTMLElement>('.dialog-cancel')?.focus();
      });
      return;
    }
    this.proceed(category, index);
  }

  /** Opens a card's subcategories, or reports a leaf as chosen. */
  private proceed(category: Category, index: number): void {
    if (hasChildren(category)) {
      this.openedIndexes = [...this.openedIndexes, index];
      this.path = [...this.path, category];
      this.activeIndex = 0;
      this.pendingFocus = { kind: 'heading' };
      this.announce(this.localize.t('categories.subcategories', { name: this.pathLabel(this.path) }));
      return;
    }
    this.emit('hd-category-select', { category, path: [...this.path, category] });
  }

  private back(): void {
    if (!this.path.length) return;
    const index = this.openedIndexes.at(-1) ?? 0;
    this.path = this.path.slice(0, -1);
    this.openedIndexes = this.openedIndexes.slice(0, -1);
    this.activeIndex = index;
    this.pendingFocus = { kind: 'card', index };
    const last = this.path.at(-1);
    this.announce(
      last
        ? this.localize.t('categories.subcategories', { name: this.pathLabel(this.path) })
        : this.localize.t('categories.label')
    );
  }

  private pathLabel(path: readonly Category[]): string {
    return path.map(category => category.name).join(' › ');
  }

  private confirmEmergency(): void {
    const category = this.pendingEmergency;
    const index = this.activeIndex;
    // Cleared before closing, so the dialog's `close` event does not take this for a cancel.
    this.pendingEmergency = undefined;
    this.emergencyTrigger = undefined;
    this.dialog?.close();
    if (!category) return;
    this.emit('hd-emergency', { category });
    this.proceed(category, index);
  }

  private cancelEmergency(): void {
    this.dialog?.close();
  }

  /** The dialog closed: by Escape or Cancel when an emergency is still pending. Focus goes back to its card. */
  private onDialogClose(): void {
    if (!this.pendingEmergency) return;
    this.pendingEmergency = undefined;
    const trigger = this.emergencyTrigger;
    this.emergencyTrigger = undefined;
    trigger?.focus();
  }

  private onCardKeydown(event: KeyboardEvent, index: number): void {
    const count = this.items.length;
    if (!count) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const columns = this.columnCount();
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = rtl ? index - 1 : index + 1;
        break;
      case 'ArrowLeft':
        next = rtl ? index + 1 : index - 1;
        break;
      case 'ArrowDown':
        next =
          index + columns < count
            ? index + columns
            : this.rowOf(count - 1, columns) > this.rowOf(index, columns)
              ? count - 1
              : index;
        break;
      case 'ArrowUp':
        next = index - columns >= 0 ? index - columns : index;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Backspace':
        if (this.path.length) {
          event.preventDefault();
          this.back();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    next = Math.min(count - 1, Math.max(0, next));
    this.activeIndex = next;
    this.cardButtons()[next]?.focus();
  }

  /** How many cards the grid shows per row right now (it reflows with the available width). */
  private columnCount(): number {
    const cards = [...(this.renderRoot as ShadowRoot).querySelectorAll<HTMLElement>('.card')];
    const first = cards[0];
    if (!first) return 1;
    const top = first.offsetTop;
    const columns = cards.filter(card => card.offsetTop === top).length;
    return Math.max(1, columns);
  }

  private rowOf(index: number, columns: number): number {
    return Math.floor(index / columns);
  }

  private onCardFocus(index: number): void {
    this.activeIndex = index;
  }

  private renderCard(category: Category, index: number, activeIndex: number): TemplateResult {
    const id = `card-${index}`;
    const children = category.children ?? [];
    const describedBy = [
      category.hint ? `${id}-hint` : '',
      category.description ? `${id}-description` : '',
      category.emergency ? `${id}-emergency` : ''
    ]
      .filter(Boolean)
      .join(' ');
    // Only the icon and the title are inside the button, so its accessible name is the title; the rest describes
    // it. The button's ::after stretches over the whole card, so a click anywhere on the card chooses it.
    return html`
      <li part="card" class="card ${category.emergency ? 'card--emergency' : ''}">
        <button
          type="button"
          part="card-button"
          class="card-button"
          tabindex=${index === activeIndex ? 0 : -1}
          aria-describedby=${describedBy || nothing}
          aria-haspopup=${category.emergency ? 'dialog' : nothing}
          data-category-id=${category.id}
          @click=${(event: Event) => this.choose(category, index, event.currentTarget as HTMLElement)}
          @keydown=${(event: KeyboardEvent) => this.onCardKeydown(event, index)}
          @focus=${() => this.onCardFocus(index)}
        >
          ${category.icon ? html`<span part="card-icon" class="card-icon" aria-hidden="true">${category.icon}</span>` : nothing}
          <span part="card-title" class="card-title">${category.name}</span>
        </button>
        ${category.hint ? html`<div part="card-hint" class="card-hint" id="${id}-hint">${category.hint}</div>` : nothing}
        ${
          category.description
            ? html`<div part="card-description" class="card-description" id="${id}-description">
                ${category.description}
              </div>`
            : nothing
        }
        ${
          category.emergency
            ? html`<div part="emergency-badge" class="emergency-badge" id="${id}-emergency">
                <span aria-hidden="true">⚠</span>${this.localize.t('categories.emergency')}
              </div>`
            : nothing
        }
        ${
          this.showSubcategories && children.length
            ? html`<ul
                part="subcategories"
                class="subcategories"
                aria-label=${this.localize.t('categories.subcategories', { name: category.name })}
              >
                ${children.map(child => html`<li>${child.name}</li>`)}
              </ul>`
            : nothing
        }
      </li>
    `;
  }

  private renderLevel(): TemplateResult {
    const items = this.items;
    const activeIndex = Math.min(this.activeIndex, Math.max(0, items.length - 1));
    const nested = this.path.length > 0;
    const label = nested
      ? this.localize.t('categories.subcategories', { name: this.pathLabel(this.path) })
      : this.localize.t('categories.label');
    return html`
      ${
        nested
          ? html`<div class="level-header">
              <button type="button" part="back-button" class="back-button" @click=${this.back}>
                ${this.localize.t('common.back')}
              </button>
              <h2 part="heading" class="heading" tabindex="-1">${this.pathLabel(this.path)}</h2>
            </div>`
          : nothing
      }
      ${
        items.length
          ? html`<ul class="cards ${nested ? 'level--nested' : ''}" aria-label=${label}>
              ${items.map((category, index) => this.renderCard(category, index, activeIndex))}
            </ul>`
          : html`<p class="state state--empty">${this.localize.t('categories.empty')}</p>`
      }
    `;
  }

  private renderBody(): TemplateResult {
    switch (this.status) {
      case 'error':
        return html`<div class="state state--error">
          <p class="error">${this.localize.error(this.loadError)}</p>
          <button type="button" part="retry-button" class="retry-button primary" @click=${this.retry}>
            ${this.localize.t('common.retry')}
          </button>
        </div>`;
      case 'ready':
        return this.renderLevel();
      default:
        return html`<p class="state state--loading">${this.localize.t('common.loading')}</p>`;
    }
  }

  protected override render() {
    const emergency = this.pendingEmergency;
    return html`
      <div part="base" class="base" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>${this.renderBody()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <dialog
        part="dialog"
        class="dialog"
        aria-labelledby="dialog-title"
        aria-describedby="dialog-text"
        @close=${this.onDialogClose}
      >
        ${
          emergency
            ? html`<h2 class="dialog-title" id="dialog-title"><span aria-hidden="true">⚠</span> ${emergency.name}</h2>
                <p id="dialog-text">${this.localize.t('categories.emergencyConfirm')}</p>
                <div class="dialog-actions">
                  <button type="button" class="dialog-cancel" @click=${this.cancelEmergency}>
                    ${this.localize.t('common.cancel')}
                  </button>
                  <button type="button" class="dialog-confirm" @click=${this.confirmEmergency}>
                    ${this.localize.t('categories.emergencyYes')}
                  </button>
                </div>`
            : nothing
        }
      </dialog>
    `;
  }
}
