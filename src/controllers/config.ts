import { createContext } from '@lit/context';
import type { HelpDeskAdapter } from '../core/adapter.js';
import type { MessageKey } from '../core/messages/en.js';
import type { PasswordPolicy } from '../core/password-policy.js';
import type { LocaleCode } from '../core/preset.js';

/** Words a vendor wants said differently ("ticket" instead of "caso"), for every locale or for one. */
export type MessageOverrides = Partial<Record<MessageKey, string>>;

/** What `<hd-provider>` (or `configure()`) gives every element inside it. */
export interface HelpDeskConfig {
  adapter: HelpDeskAdapter;
  /** Forces a locale; otherwise the element's or page's `lang`, then the browser's, decide. */
  locale?: LocaleCode;
  messages?: MessageOverrides | Partial<Record<LocaleCode, MessageOverrides>>;
  /** Rules for new passwords in every account element inside; an element's own attributes win. */
  passwordPolicy?: Partial<PasswordPolicy>;
}

/**
 * The context key is a string, not a Symbol, on purpose: two copies of the library on one page (a vendor's widget
 * and an app's own elements) can then still find each other's provider.
 */
export const helpDeskContext = createContext<HelpDeskConfig | undefined>('helpdesk-elements:config');

let pageDefault: HelpDeskConfig | undefined;
const pageDefaultChanges = new EventTarget();

/** Sets the configuration used by elements that have no `<hd-provider>` around them. */
export function configure(config: HelpDeskConfig | undefined): void {
  pageDefault = config;
  pageDefaultChanges.dispatchEvent(new Event('change'));
}

export function pageDefaultConfig(): HelpDeskConfig | undefined {
  return pageDefault;
}

export function onPageDefaultChange(listener: () => void): () => void {
  pageDefaultChanges.addEventListener('change', listener);
  return () => pageDefaultChanges.removeEventListener('change', listener);
}
