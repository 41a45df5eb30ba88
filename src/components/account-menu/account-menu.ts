import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SessionController } from '../../controllers/session-controller.js';
import { HdAccountElement } from '../account-shared/account-element.js';
import { baseStyles } from '../shared/base.styles.js';
import type { HdView } from '../shared/events.js';
import { accountMenuStyles } from './account-menu.styles.js';

interface MenuItem {
  id: string;
  label: string;
  /** A hosted page to go to; otherwise choosing the item runs `choose`. */
  href?: string;
  choose?: () => void;
}

/**
 * The silhouette button with the signed-in customer's name (seed 000: "la silueta ubicada en la parte superior
 * derecha"), opening a menu: "Creadas por mí", "Cambiar contraseña" and "Cerrar sesión". Signed out, it shows an
 * "Iniciar sesión" button instead, or nothing with `no-sign-in`.
 *
 * It is a real menu button: Enter, Space or the arrow keys open it, arrows move, Home and End jump, a letter moves
 * to the next item starting with it, Escape closes it and gives focus back to the button, Tab leaves it.
 *
 * @tag hd-account-menu
 * @summary The signed-in customer's menu: my cases, change password, sign out.
 *
 * @fires hd-navigate - "Creadas por mí" (`{ view: 'my-cases' }`), "Cambiar contraseña" (`{ view: 'change-password' }`) or "Iniciar sesión" (`{ view: 'sign-in' }`) was chosen.
 * @fires hd-signed-out - The customer signed out from the menu.
 * @fires hd-error - Signing out failed; the message is already shown. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of the button and the menu.
 * @csspart button - The menu button.
 * @csspart icon - The silhouette.
 * @csspart name - The signed-in customer's name in the button.
 * @csspart menu - The menu.
 * @csspart item - One item of the menu.
 * @csspart sign-in - The "Iniciar sesión" button shown when signed out.
 * @csspart alert - A problem signing out.
 *
 * @cssprop [--menu-background=var(--hd-color-surface)] - Background of the menu.
 * @cssprop [--menu-border-color=var(--hd-color-border)] - Border of the menu.
 * @cssprop [--menu-min-width=14rem] - Narrowest the menu gets.
 * @cssprop [--item-background-focus=var(--hd-color-surface-alt)] - Background of the focused item.
 */
export class HdAccountMenu extends HdAccountElement {
  static override styles = [baseStyles, accountMenuStyles];

  private readonly session = new SessionController(this, this.configuration);
  /** Letters typed quickly in the menu, for type-ahead. */
  private typed = '';
  private typedAt = 0;

  @state() private open = false;

  /** Shows nothing while signed out, instead of an "Iniciar sesión" button. */
  @property({ type: Boolean, reflect: true, attribute: 'no-sign-in' }) noSignIn = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.onDocumentClick, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.onDocumentClick, true);
  }

  private readonly onDocumentClick = (event: MouseEvent): void => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private get items(): MenuItem[] {
    const t = this.localize.t.bind(this.localize);
    const items: MenuItem[] = [];
    if (this.capabilities?.cases.list) {
      items.push({ id: 'my-cases', label: t('account.myCases'), choose: () => this.go('my-cases') });
    }
    const change = this.flow('changePassword');
    if (change?.mode === 'api') {
      items.push({
        id: 'change-password',
        label: t('account.changePassword'),
        choose: () => this.go('change-password')
      });
    } else if (change?.mode === 'hosted') {
      items.push({ id: 'change-password', label: t('account.changePassword'), href: change.url });
    }
    items.push({ id: 'sign-out', label: t('account.signOut'), choose: () => void this.signOut() });
    return items;
  }

  private menuItems(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  private trigger(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#trigger');
  }

  private async openMenu(focus: 'first' | 'last'): Promise<void> {
    this.open = true;
    await this.updateComplete;
    const items = this.menuItems();
    (focus === 'first' ? items[0] : items.at(-1))?.focus();
  }

  private close(returnFocus: boolean): void {
    this.open = false;
    if (returnFocus) this.trigger()?.focus();
  }

  private go(view: HdView): void {
    this.close(true);
    this.navigate(view);
  }

  private async signOut(): Promise<void> {
    this.close(true);
    const result = await this.run(signal => this.session.signOut({ signal }));
    if (!result.ok) {
      this.showFormError(this.describeError(result.error), result.error);
      return;
    }
    this.emit('hd-signed-out', {});
    if (!this.noSignIn) this.focusSoon('sign-in');
  }

  private onTriggerClick(): void {
    if (this.open) this.close(true);
    else void this.openMenu('first');
  }

  private onTriggerKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    const items = this.menuItems();
    const current = items.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLElement);
    const focusAt = (index: number) => items[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        focusAt(current - 1);
        break;
      case 'Home':
      case 'PageUp':
        focusAt(0);
        break;
      case 'End':
      case 'PageDown':
        focusAt(items.length - 1);
        break;
      case 'Escape':
        this.close(true);
        break;
      case 'Tab':
        // Focus leaves for the next thing on the page; the menu closes behind it.
        this.open = false;
        return;
      case ' ':
        // Buttons activate on Space by themselves; a link item needs a hand.
        if (items[current]?.tagName === 'A') items[current]!.click();
        else return;
        break;
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          this.typeAhead(event.key, items, current);
          break;
        }
        return;
    }
    event.preventDefault();
  }

  /** Moves to the next item whose label starts with the letters typed in the last half second. */
  private typeAhead(key: string, items: HTMLElement[], current: number): void {
    const now = Date.now();
    this.typed = now - this.typedAt < 500 ? this.typed + key.toLowerCase() : key.toLowerCase();
    this.typedAt = now;
    const label = (item: HTMLElement) => (item.textContent ?? '').trim().toLowerCase();
    const start = this.typed.length > 1 ? current : current + 1;
    for (let step = 0; step < items.length; step += 1) {
      const item = items[(start + step) % items.length]!;
      if (label(item).startsWith(this.typed)) {
        item.focus();
        return;
      }
    }
  }

  private onMenuFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (this.open && (!next || !this.renderRoot.contains(next))) this.open = false;
  }

  private renderItem(item: MenuItem): TemplateResult {
    if (item.href) {
      return html`<a role="menuitem" part="item" class="item" tabindex="-1" href=${item.href} data-item=${item.id}
        >${item.label}</a
      >`;
    }
    return html`<button
      role="menuitem"
      part="item"
      class="item"
      type="button"
      tabindex="-1"
      data-item=${item.id}
      @click=${item.choose}
    >
      ${item.label}
    </button>`;
  }

  private renderSignedOut(): TemplateResult | typeof nothing {
    if (this.noSignIn) return nothing;
    const flow = this.flow('passwordSignIn');
    if (!flow || flow.mode === 'none') return nothing;
    const label = this.localize.t('account.signIn');
    return flow.mode === 'hosted'
      ? html`<a part="sign-in" id="sign-in" class="sign-in" href=${flow.url}>${label}</a>`
      : html`<button part="sign-in" id="sign-in" class="sign-in" type="button" @click=${() => this.navigate('sign-in')}>
          ${label}
        </button>`;
  }

  protected override render() {
    const signedIn = this.session.status === 'signed-in';
    if (!signedIn) {
      if (!this.capabilities || this.session.status === 'loading') return nothing;
      return html`<div class="base" part="base">
        ${this.renderSignedOut()} ${this.formError ? this.renderAlert() : nothing}
      </div>`;
    }
    const name = this.session.session?.user.name ?? '';
    return html`<div class="base" part="base">
      <button
        id="trigger"
        class="trigger"
        part="button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        @click=${this.onTriggerClick}
        @keydown=${this.onTriggerKeydown}
      >
        <svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="8" r="4"></circle>
          <path d="M4 21c0-4.4 3.6-7.5 8-7.5s8 3.1 8 7.5z"></path>
        </svg>
        <span class="name" part="name">${name}</span>
      </button>
      <div
        id="menu"
        class="menu"
        part="menu"
        role="menu"
        aria-labelledby="trigger"
        ?hidden=${!this.open}
        @keydown=${this.onMenuKeydown}
        @focusout=${this.onMenuFocusOut}
      >
        ${this.items.map(item => this.renderItem(item))}
      </div>
      ${this.formError ? this.renderAlert() : nothing}
    </div>`;
  }
}
