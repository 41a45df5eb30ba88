import { css, unsafeCSS, type CSSResult } from 'lit';
import { themeCss } from '../../themes/tokens.js';

/** The tokens and the `theme` attribute (src/themes/tokens.ts). */
export const themeStyles: CSSResult = unsafeCSS(themeCss);

/** The rest of the shared styles (a literal of its own, so the bundle's CSS minifier can take it). */
const sharedStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    /* Inherited text properties a page may set on an ancestor (a centered, spaced or upper-case container) stop
       at the element: only tokens and parts style what is inside. */
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    border: 1px solid var(--_brand);
    background: var(--_surface);
    color: var(--_brand);
  }

  button.primary {
    background: var(--_brand);
    color: var(--_brand-text);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .error {
    color: var(--_danger);
  }
`;

/**
 * Shared by every element. Global design tokens (`--hd-*`) are read here into private `--_*` variables whose
 * defaults hold a light and a dark value (src/themes/tokens.ts), so an element works with no theme at all, a host
 * page themes everything by setting the tokens once, and `theme="light|dark|auto"` on an element, or
 * `color-scheme` on the page or on any wrapper, switches the defaults (docs/theming.md).
 */
export const baseStyles = [themeStyles, sharedStyles];
