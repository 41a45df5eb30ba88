import type { PortalConfig } from '../widget/portal-config.js';

/** The backends a script tag can name: the embedded one, and the adapters of remote ones (loaded on demand). */
export const BACKENDS = ['local', 'rest', 'jira-service-management', 'zendesk'] as const;
export type Backend = (typeof BACKENDS)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export const POSITIONS = ['bottom-end', 'bottom-start'] as const;
export type Position = (typeof POSITIONS)[number];

/**
 * What a vendor says on the script tag (`data-*`) or in a JSON config. Everything is optional: a bare script tag
 * gives a launcher on the embedded backend with the `category-cards` preset.
 */
export interface EmbedConfig {
  /** A built-in preset: `equipment-warranty`, `support-hours`, `category-cards`, `company-tickets`, `cloud-services`. */
  preset: string;
  backend: Backend;
  /** The base URL of the backend (or of the vendor's proxy) for `rest`, `jira-service-management`, `zendesk`. */
  endpoint?: string;
  /** Other options of the remote backend's adapter (JSON config only): `serviceDeskId`, `categories` ... */
  backendOptions?: Record<string, unknown>;
  /** `es`, `en` or `pt-BR`; default the page's `lang`, then the browser. */
  locale?: string;
  /** `light`, `dark`, or `auto` (follow the host's and the system's color scheme). */
  theme: Theme;
  /** Where the launcher floats. */
  position: Position;
  /** A CSS selector: render the portal inline in that element instead of a launcher. */
  target?: string;
  /** The view the portal starts with. */
  view?: string;
  /** Read and write the view in the URL fragment (`#hd/...`). */
  syncHash: boolean;
  /** The launcher's text. */
  label?: string;
  /** The launcher's icon (`help`, `chat`, `mail`, an emoji, `none`). */
  icon?: string;
  /** The launcher panel's title. */
  title?: string;
  /** Navigation, titles and views of the portal (JSON config only). */
  portal?: PortalConfig;
  /** Wording overrides (JSON config only), as `<hd-provider>`'s `messages`. */
  messages?: Record<string, unknown>;
}

export interface ParsedConfig {
  config: EmbedConfig;
  /** Problems found, each a full sentence for the console. The config holds defaults in their place. */
  problems: string[];
}

const DEFAULTS: EmbedConfig = {
  preset: 'category-cards',
  backend: 'local',
  theme: 'auto',
  position: 'bottom-end',
  syncHash: false
};

/** The data attributes read from the script tag, as `dataset` names them. */
const STRING_KEYS = ['preset', 'endpoint', 'locale', 'target', 'view', 'label', 'icon', 'title'] as const;

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  name: string,
  problems: string[]
): T | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`helpdesk-elements: ${name} "${String(value)}" is not one of ${allowed.join(', ')}.`);
  return undefined;
}

function bool(value: unknown): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  return !(text === 'false' || text === '0' || text === 'no' || text === 'off');
}

/** The JSON config: `data-config="#id"` (or `"id"`), else `<script type="application/json" id="helpdesk-config">`. */
function readJson(doc: Document, reference: string | undefined, problems: string[]): Record<string, unknown> {
  const id = reference ? reference.replace(/^#/, '') : 'helpdesk-config';
  const element = doc.getElementById(id);
  if (!element) {
    if (reference) problems.push(`helpdesk-elements: data-config names "${reference}", but no element has that id.`);
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(element.textContent ?? '');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    problems.push(`helpdesk-elements: the JSON config #${id} must be an object.`);
  } catch (error) {
    problems.push(`helpdesk-elements: the JSON config #${id} is not valid JSON (${(error as Error).message}).`);
  }
  return {};
}

/**
 * The configuration of a script tag: its JSON config first, then its `data-*` attributes on top. Never throws:
 * a wrong value is reported in `problems` and the default stands.
 */
export function parseEmbedConfig(script: HTMLElement | null, doc: Document = document): ParsedConfig {
  const problems: string[] = [];
  const data = script?.dataset ?? {};
  const json = readJson(doc, data['config'], problems);
  const raw: Record<string, unknown> = { ...json };
  for (const key of STRING_KEYS) if (data[key] !== undefined) raw[key] = data[key];
  for (const key of ['backend', 'theme', 'position'] as const) if (data[key] !== undefined) raw[key] = data[key];
  if (data['syncHash'] !== undefined) raw['syncHash'] = data['syncHash'];

  const config: EmbedConfig = { ...DEFAULTS };
  for (const key of STRING_KEYS) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() !== '') config[key] = value.trim();
    else if (value !== undefined && typeof value !== 'string') problems.push(`helpdesk-elements: ${key} must be text.`);
  }
  config.backend = oneOf(raw['backend'], BACKENDS, 'backend', problems) ?? DEFAULTS.backend;
  config.theme = oneOf(raw['theme'], THEMES, 'theme', problems) ?? DEFAULTS.theme;
  config.position = oneOf(raw['position'], POSITIONS, 'position', problems) ?? DEFAULTS.position;
  config.syncHash = bool(raw['syncHash']) ?? DEFAULTS.syncHash;
  if (raw['portal'] && typeof raw['portal'] === 'object') config.portal = raw['portal'] as PortalConfig;
  if (raw['backendOptions'] && typeof raw['backendOptions'] === 'object') {
    config.backendOptions = raw['backendOptions'] as Record<string, unknown>;
  }
  if (raw['messages'] && typeof raw['messages'] === 'object') {
    config.messages = raw['messages'] as Record<string, unknown>;
  }
  if (config.backend !== 'local' && !config.endpoint) {
    problems.push(`helpdesk-elements: the "${config.backend}" backend needs data-endpoint (its base URL).`);
  }
  return { config, problems };
}
