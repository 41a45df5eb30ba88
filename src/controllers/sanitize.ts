import type { Config, DOMPurify } from 'dompurify';
import type { TrustedHTML, TrustedTypePolicy, TrustedTypesWindow } from 'trusted-types/lib/index.js';
import type { SanitizePolicyName } from '../core/sanitize-policy.js';

// This module is small on purpose: it may sit in the main bundle (the case thread imports it), while DOMPurify and
// the rules load with dynamic import() the first time anything is sanitized, then stay cached.

export type { SanitizePolicyName } from '../core/sanitize-policy.js';
export type { TrustedHTML } from 'trusted-types/lib/index.js';

type Rules = typeof import('../core/sanitize-policy.js');

interface Engine {
  purify: DOMPurify;
  rules: Rules;
  /** Our own Trusted Types policy, handed to DOMPurify, when the browser has Trusted Types. */
  policy: TrustedTypePolicy | undefined;
}

/** Name of the Trusted Types policy the sanitizer creates; allow it in the CSP `trusted-types` directive. */
export const TRUSTED_TYPES_POLICY_NAME = 'helpdesk-elements';

let loading: Promise<Engine> | undefined;
let engine: Engine | undefined;
/** Which policy the running `sanitize` call applies, read by the shared hooks (DOMPurify hooks are per instance). */
let activePolicy: SanitizePolicyName | 'paste' | undefined;

function createPolicy(): TrustedTypePolicy | undefined {
  const factory = (globalThis as unknown as Partial<TrustedTypesWindow>).trustedTypes;
  if (!factory) return undefined;
  try {
    // Only DOMPurify ever calls it, with markup it is about to sanitize or has just sanitized.
    return factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
      createHTML: (html: string) => html,
      createScriptURL: (url: string) => url
    }) as TrustedTypePolicy;
  } catch {
    // The CSP does not allow our name (or the library was loaded twice): DOMPurify falls back to its own `dompurify`.
    return undefined;
  }
}

function createEngine(factory: DOMPurify, rules: Rules): Engine {
  // An instance of our own, so our hooks never touch a host page's DOMPurify calls.
  const purify = factory(window);
  purify.addHook('afterSanitizeAttributes', node => {
    if (activePolicy !== 'agent-reply' || node.nodeName !== 'A') return;
    const element = node as Element;
    const href = element.getAttribute('href');
    const safe = href === null ? undefined : rules.safeLinkUrl(href);
    if (safe) {
      element.setAttribute('href', safe);
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener noreferrer');
    } else {
      element.removeAttribute('href');
    }
  });
  return { purify, rules, policy: createPolicy() };
}

/**
 * Loads DOMPurify and the rules (once; later calls return the same promise). Call it before the synchronous
 * helpers below. A failed load (a network error fetching the chunk) is forgotten, so the next call tries again.
 */
export function loadSanitizer(): Promise<void> {
  loading ??= Promise.all([import('dompurify'), import('../core/sanitize-policy.js')]).then(
    ([module, rules]) => (engine = createEngine(module.default, rules)),
    (error: unknown) => {
      loading = undefined;
      throw error;
    }
  );
  return loading.then(() => undefined);
}

/** Whether `loadSanitizer()` has finished, so the synchronous helpers can be used. */
export function sanitizerReady(): boolean {
  return engine !== undefined;
}

function requireEngine(): Engine {
  if (!engine) throw new Error('The sanitizer is not loaded yet: await loadSanitizer() first.');
  return engine;
}

function configFor(current: Engine, policy: SanitizePolicyName | 'paste'): Config {
  const rules = current.rules.SANITIZE_RULES[policy];
  return {
    ALLOWED_TAGS: [...rules.tags],
    ALLOWED_ATTR: [...rules.attributes],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    // Absolute http, https and mailto only; the hook above checks again with the URL parser.
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    ...(current.policy ? { TRUSTED_TYPES_POLICY: current.policy } : {})
  };
}

const START_TAG = /<[a-zA-Z][^>]*>/g;
const HANDLER_ATTRIBUTE = /\s(?:on[a-z]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const HANDLER_OR_STYLE_ATTRIBUTE = /\s(?:on[a-z]+|style)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/**
 * Drops event-handler (and, but for paste, `style`) attributes from the markup text before DOMPurify parses it.
 * This is not the security boundary (DOMPurify is): under a strict Content-Security-Policy Chromium reports a
 * violation for every inline handler or style it merely parses, even in an inert document, and a host page's CSP
 * report log must stay clean. Paste keeps `style` so the editor can read bold pasted from office suites.
 */
function withoutInlineAttributes(html: string, policy: SanitizePolicyName | 'paste'): string {
  const attributes = policy === 'paste' ? HANDLER_ATTRIBUTE : HANDLER_OR_STYLE_ATTRIBUTE;
  return html.replace(START_TAG, tag => tag.replace(attributes, ''));
}

function withPolicy<T>(policy: SanitizePolicyName | 'paste', run: () => T): T {
  activePolicy = policy;
  try {
    return run();
  } finally {
    activePolicy = undefined;
  }
}

/**
 * Sanitized markup as a detached fragment (in an inert document: nothing in it loads or runs). `paste` keeps
 * structure and `style` so that the rich-text editor can read formatting before rebuilding clean nodes.
 * Synchronous: needs `loadSanitizer()` first.
 */
export function sanitizeToFragment(html: string, policy: SanitizePolicyName | 'paste'): DocumentFragment {
  const current = requireEngine();
  return withPolicy(policy, () =>
    current.purify.sanitize(withoutInlineAttributes(html, policy), {
      ...configFor(current, policy),
      RETURN_DOM_FRAGMENT: true
    })
  );
}

/** How `rich-text` output is written: `inline` leaves a single paragraph's content unwrapped (for insertion). */
export interface SanitizeOptions {
  inline?: boolean;
}

/**
 * The synchronous form of `sanitizeHtml`, once `loadSanitizer()` has resolved. `rich-text` output is rebuilt from
 * scratch (only `<p>`, `<br>`, `<strong>`, `<em>`, `<u>`, no attributes).
 */
export function sanitizeHtmlSync(
  html: string,
  policy: SanitizePolicyName = 'agent-reply',
  { inline = false }: SanitizeOptions = {}
): string {
  const current = requireEngine();
  if (policy === 'rich-text') {
    const fragment = sanitizeToFragment(html, 'rich-text');
    const blocks = current.rules.normalizeRichText(fragment, { collapseWhitespace: true });
    return inline && blocks.length === 1
      ? current.rules.serializeInline(blocks[0]!)
      : current.rules.serializeBlocks(blocks);
  }
  return withPolicy(policy, () =>
    current.purify.sanitize(withoutInlineAttributes(html, policy), configFor(current, policy))
  );
}

/**
 * Makes HTML safe to show. `agent-reply` (the default) keeps paragraphs, line breaks, bold, italic, underline,
 * strike-through, lists, block quotes, code, headings, rules and links (absolute http, https and mailto only, opened
 * in a new tab with `rel="noopener noreferrer"`). `rich-text` keeps only what the customer's editor makes:
 * `<p>`, `<br>`, `<strong>`, `<em>`, `<u>`. Neither keeps any `style`, event handler, image, frame, form, SVG,
 * MathML or `data:` / `javascript:` URL.
 *
 * DOMPurify is loaded with dynamic import() on the first call and cached.
 */
export async function sanitizeHtml(html: string, policy: SanitizePolicyName = 'agent-reply'): Promise<string> {
  await loadSanitizer();
  return sanitizeHtmlSync(html, policy);
}

/**
 * Sanitizes and returns a `TrustedHTML` when the browser has Trusted Types (a plain string otherwise), for DOM sinks
 * that require one under `require-trusted-types-for 'script'` (`innerHTML`, `execCommand('insertHTML')`).
 * Synchronous: needs `loadSanitizer()` first. Lit's `unsafeHTML` takes strings only and creates its own `lit-html`
 * policy, so with Lit render `unsafeHTML(await sanitizeHtml(html))` instead.
 */
export function toTrustedHtml(
  html: string,
  policy: SanitizePolicyName = 'agent-reply',
  options: SanitizeOptions = {}
): TrustedHTML | string {
  const current = requireEngine();
  const clean = sanitizeHtmlSync(html, policy, options);
  if (!current.policy && !(globalThis as unknown as Partial<TrustedTypesWindow>).trustedTypes) return clean;
  // Sanitizing twice is cheap and lets DOMPurify wrap the result with whichever policy it holds.
  return withPolicy(policy, () =>
    current.purify.sanitize(clean, {
      ...configFor(current, policy === 'rich-text' ? 'rich-text' : policy),
      RETURN_TRUSTED_TYPE: true
    })
  );
}
