import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldProblem } from '../core/form-rules.js';
import { isHelpDeskError } from '../core/errors.js';
import { whenIdle } from '../core/idle.js';
import { catalogs, formatMessage, loadOnDemandMessages, resolveLocale } from '../core/messages/catalogs.js';
import type { MessageKey } from '../core/messages/en.js';
import type { LocaleCode } from '../core/preset.js';
import type { ConfigController } from './config-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

/** One observer for the whole page: every localized element re-renders when `<html lang>` changes. */
const localizedHosts = new Set<Host>();
let documentLangObserver: MutationObserver | undefined;

function watchDocumentLang(): void {
  if (documentLangObserver || typeof MutationObserver === 'undefined') return;
  documentLangObserver = new MutationObserver(() => localizedHosts.forEach(host => host.requestUpdate()));
  documentLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * The nearest `lang` attribute above an element, crossing shadow roots: an element rendered inside another
 * element's shadow root (a picker inside the case form) follows the page's language too.
 */
function closestLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** Formatters by locale and options: making one costs far more than using it (a list formats dates by the row). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat`. */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions = DATE_TIME) {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * Makes the page's first date formatter while the browser is idle. A page's first `Intl` formatter starts the
 * browser's ICU library, about 15-20 ms on a slow machine; paid in idle time, it is not paid in the first frame of a
 * list of dates.
 */
export function prepareDateFormat(): void {
  if (typeof document === 'undefined') return;
  whenIdle(() => void dateFormat(document.documentElement.lang || undefined).format(0), 1000);
}

/**
 * Gives an element its strings, dates and numbers in the right language. The locale comes from, in order: the
 * configuration, the nearest `lang` attribute (the element's own or an ancestor's), the browser.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: Host;
  private readonly configController: ConfigController;

  constructor(host: Host, configController: ConfigController) {
    this.host = host;
    this.configController = configController;
    host.addController(this);
  }

  hostConnected(): void {
    localizedHosts.add(this.host);
    watchDocumentLang();
  }

  hostDisconnected(): void {
    localizedHosts.delete(this.host);
  }

  get locale(): LocaleCode {
    const configured = this.configController.config?.locale;
    if (configured) return configured;
    const lang = closestLang(this.host);
    return resolveLocale([lang, ...(typeof navigator === 'undefined' ? [] : navigator.languages)]);
  }

  /** A message by key, with the vendor's overrides applied and `{placeholders}` filled. */
  t(key: MessageKey, params?: Record<string, string | number>): string {
    const locale = this.locale;
    const overrides = this.configController.config?.messages;
    const perLocale =
      overrides && locale in overrides ? (overrides as Record<string, Record<string, string>>)[locale] : undefined;
    const flat = overrides as Record<string, string> | undefined;
    const template =
      perLocale?.[key] ?? (typeof flat?.[key] === 'string' ? flat[key] : undefined) ?? catalogs[locale][key];
    if (template === undefined) {
      // Only in the script-tag bundle, when a page's on-demand messages could not be fetched with its code (the
      // portal asks for them together): the key stands in, never an empty label or validity message, and they are
      // asked for again; when they come every element renders again.
      void loadOnDemandMessages().catch(() => undefined);
      return key;
    }
    return formatMessage(template, params);
  }

  /** The sentence for a field problem, naming the field. */
  fieldProblem(problem: FieldProblem, label: string): string {
    if (problem.rule === 'pattern' && problem.message) return problem.message;
    return this.t(`field.${problem.rule}`, { label, limit: problem.limit ?? '' });
  }

  /** The sentence for anything an adapter threw. */
  error(error: unknown): string {
    if (isHelpDeskError(error)) {
      if (error.reason === 'no-adapter') return this.t('error.no-adapter');
      return this.t(`error.${error.code}`, { seconds: error.retryAfterSeconds ?? 60 });
    }
    return this.t('error.server');
  }

  /** A date (ISO 8601) as the customer reads it: medium date and short time unless `options` say otherwise. */
  date(iso: string, options?: Intl.DateTimeFormatOptions): string {
    return this.dateFormat(options).format(new Date(iso));
  }

  /** The (cached) formatter `date` uses, for formatting many dates at once. */
  dateFormat(options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return dateFormat(this.locale, options);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }

  /** File sizes as people read them ("10 MB" for 10 × 1024 × 1024 bytes, as upload limits are usually meant). */
  bytes(size: number): string {
    const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
    let value = size;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit += 1;
    }
    // 'short' spells bytes as "15 byte" in English; 'narrow' gives "15B".
    const unitDisplay = unit === 0 ? 'narrow' : 'short';
    return this.number(value, { style: 'unit', unit: units[unit], unitDisplay, maximumFractionDigits: 1 });
  }
}
