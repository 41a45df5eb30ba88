import { provide } from '@lit/context';
import { html, LitElement, css, unsafeCSS, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { HelpDeskAdapter } from '../../core/adapter.js';
import type { PasswordPolicy } from '../../core/password-policy.js';
import type { LocaleCode } from '../../core/preset.js';
import { helpDeskContext, type HelpDeskConfig, type MessageOverrides } from '../../controllers/config.js';
import { colorSchemeCss } from '../../themes/tokens.js';

/**
 * Gives every help-desk element inside it the same backend adapter, locale and wording. It renders nothing of its
 * own: its children show as if it were not there.
 *
 * @tag hd-provider
 * @summary Provides the adapter and configuration to the elements inside it.
 * @slot - The help-desk elements (and anything else) that use this configuration.
 * @attr {'light' | 'dark' | 'auto'} theme - The color scheme of every element inside; `auto` follows the system.
 */
export class HdProvider extends LitElement {
  // `theme="light|dark|auto"` here sets the color scheme of every element inside (docs/theming.md).
  static override styles = [
    unsafeCSS(colorSchemeCss),
    css`
      :host {
        display: contents;
      }
    `
  ];

  @provide({ context: helpDeskContext })
  @state()
  protected config: HelpDeskConfig | undefined;

  /** The backend every element inside talks to. */
  @property({ attribute: false }) adapter: HelpDeskAdapter | undefined;

  /** Forces a locale (`es`, `en`, `pt-BR`); by default the page's `lang` or the browser decides. */
  @property({ reflect: true }) locale: LocaleCode | undefined;

  /** Wording overrides, for all locales or per locale: `{ 'caseForm.title': 'Open a ticket' }`. */
  @property({ attribute: false }) messages: HelpDeskConfig['messages'] | MessageOverrides | undefined;

  /** Rules for new passwords (`{ minLength: 12, minScore: 3 }`) in every account element inside. */
  @property({ attribute: false }) passwordPolicy: Partial<PasswordPolicy> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') || changed.has('locale') || changed.has('messages') || changed.has('passwordPolicy')) {
      this.config = this.adapter
        ? {
            adapter: this.adapter,
            ...(this.locale ? { locale: this.locale } : {}),
            ...(this.messages ? { messages: this.messages } : {}),
            ...(this.passwordPolicy ? { passwordPolicy: this.passwordPolicy } : {})
          }
        : undefined;
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
