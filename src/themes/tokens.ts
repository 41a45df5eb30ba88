/**
 * The global design tokens, the one source of their defaults: the elements' shared styles (base.styles.ts), the
 * shipped `themes/light.css` and `themes/dark.css` and the token table of docs/theming.md are made from this list
 * (`node scripts/theming.mjs` writes the last three).
 *
 * How light and dark work, and why this way:
 * - Every element reads each token through a private variable with a default that holds both values:
 *   `--_brand: var(--hd-color-brand, light-dark(#0b5cad, #4493f8))`. `light-dark()` picks its value where it is
 *   used, from that element's `color-scheme`.
 * - `color-scheme` is an inherited CSS property, and inheritance crosses shadow roots and slots. So one declaration
 *   on the page, on any wrapper or on one element switches everything inside it, however deeply nested, with no
 *   script, no `:host-context()` (which Firefox and Safari lack) and no container style queries.
 * - The `theme` attribute on an element sets it: `light`, `dark`, or `auto` (`light dark`: follow the system's
 *   `prefers-color-scheme`). With no attribute an element follows the page: light unless the page declares
 *   `color-scheme: dark` (or `light dark`, then the system decides).
 * - It also darkens what the browser draws itself (scrollbars, date pickers, native select menus).
 * - A token the page sets wins in both modes; a page that wants its own two values writes
 *   `--hd-color-brand: light-dark(#6b21a8, #d8b4fe)`.
 * - Browsers without `light-dark()` (before 2024) get the light values (an `@supports` fallback).
 */
export interface ThemeToken {
  /** The public name a page sets. */
  readonly name: `--hd-${string}`;
  /** The private variable the elements read it through (in their shadow roots). */
  readonly local: `--_${string}`;
  /** The default value in light mode (and the only one for tokens that are not colors). */
  readonly light: string;
  /** The default value in dark mode, for colors. */
  readonly dark?: string;
}

export const THEME_TOKENS: readonly ThemeToken[] = [
  { name: '--hd-color-brand', local: '--_brand', light: '#0b5cad', dark: '#4493f8' },
  { name: '--hd-color-brand-text', local: '--_brand-text', light: '#ffffff', dark: '#0d1117' },
  { name: '--hd-color-text', local: '--_text', light: '#1f2328', dark: '#e6edf3' },
  { name: '--hd-color-text-muted', local: '--_muted', light: '#57606a', dark: '#9198a1' },
  { name: '--hd-color-surface', local: '--_surface', light: '#ffffff', dark: '#0d1117' },
  { name: '--hd-color-surface-alt', local: '--_surface-alt', light: '#f3f5f8', dark: '#161b22' },
  { name: '--hd-color-border', local: '--_border', light: '#8c959f', dark: '#656c76' },
  { name: '--hd-color-danger', local: '--_danger', light: '#b3261e', dark: '#ff7b72' },
  { name: '--hd-color-success', local: '--_success', light: '#1a7f37', dark: '#3fb950' },
  { name: '--hd-color-warning', local: '--_warning', light: '#9a6700', dark: '#d29922' },
  { name: '--hd-color-focus', local: '--_focus', light: '#0b5cad', dark: '#4493f8' },
  { name: '--hd-font-family', local: '--_font-family', light: 'system-ui, sans-serif' },
  { name: '--hd-font-family-mono', local: '--_font-family-mono', light: 'ui-monospace, monospace' },
  { name: '--hd-font-size', local: '--_font-size', light: '1rem' },
  { name: '--hd-radius', local: '--_radius', light: '0.5rem' },
  { name: '--hd-space', local: '--_space', light: '1rem' }
];

/** The values of the `theme` attribute. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The `color-scheme` each `theme` stands for. */
export const COLOR_SCHEMES: Record<Theme, string> = { light: 'light', dark: 'dark', auto: 'light dark' };

const declarations = (both: boolean) =>
  THEME_TOKENS.map(
    ({ name, local, light, dark }) => `${local}:var(${name},${both && dark ? `light-dark(${light},${dark})` : light})`
  ).join(';');

/** `theme="light|dark|auto"` on a host: its `color-scheme`, which everything inside inherits. */
export const colorSchemeCss = THEMES.map(theme => `:host([theme=${theme}]){color-scheme:${COLOR_SCHEMES[theme]}}`).join(
  ''
);

/**
 * The private `--_*` variables on `:host`, each reading its token with both defaults (`light-dark()`), and the light
 * defaults for browsers without `light-dark()`. Plain CSS text, for a constructable stylesheet or Lit's `unsafeCSS`.
 */
export const tokenCss =
  `:host{${declarations(true)}}` + `@supports not (color:light-dark(#000,#fff)){:host{${declarations(false)}}}`;

/**
 * Everything an element's shadow root needs: the tokens, `color-scheme` from `theme`, and the element's own surface
 * when it has a theme of its own (a dark element on a light page must paint its background).
 */
export const themeCss = tokenCss + colorSchemeCss + `:host([theme]){background-color:var(--_surface)}`;
