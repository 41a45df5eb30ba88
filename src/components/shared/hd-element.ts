import { LitElement, type CSSResultGroup } from 'lit';
import { ConfigController } from '../../controllers/config-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { HdEventDetails, HdEventName } from './events.js';
import { baseStyles } from './base.styles.js';

/**
 * The base of every element: its configuration (adapter, locale, wording) from the nearest `<hd-provider>` or the
 * page default, localized strings, shared styles, and typed events.
 */
export class HdElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  protected readonly configuration = new ConfigController(this);
  protected readonly localize = new LocalizeController(this, this.configuration);

  /** Fires an `hd-*` event that bubbles and crosses shadow roots. Returns false when a listener cancelled it. */
  protected emit<K extends HdEventName>(name: K, detail: HdEventDetails[K], options: { cancelable?: boolean } = {}) {
    const event = new CustomEvent(name, {
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
      detail
    });
    return this.dispatchEvent(event);
  }
}
