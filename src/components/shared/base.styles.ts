import { css } from 'lit';

/**
 * Shared by every element. Global design tokens (`--hd-*`) are read here with fallbacks, so an element works with
 * no theme at all and a host page themes everything by setting the tokens once.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--hd-font-family, system-ui, sans-serif);
    font-size: var(--hd-font-size, 1rem);
    line-height: 1.5;
    color: var(--hd-color-text, #1f2328);
    --_brand: var(--hd-color-brand, #0b5cad);
    --_brand-text: var(--hd-color-brand-text, #ffffff);
    --_surface: var(--hd-color-surface, #ffffff);
    --_surface-alt: var(--hd-color-surface-alt, #f3f5f8);
    --_border: var(--hd-color-border, #8c959f);
    --_muted: var(--hd-color-text-muted, #57606a);
    --_danger: var(--hd-color-danger, #b3261e);
    --_success: var(--hd-color-success, #1a7f37);
    --_warning: var(--hd-color-warning, #9a6700);
    --_radius: var(--hd-radius, 0.5rem);
    --_space: var(--hd-space, 1rem);
    --_focus: var(--hd-color-focus, #0b5cad);
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
