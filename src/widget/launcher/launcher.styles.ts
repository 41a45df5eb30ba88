/**
 * Self-contained, as plain text (no Lit `css`, no shared base styles: the launcher loads with the host page and
 * must stay tiny); adopted as a constructable stylesheet, which a strict CSP allows. Logical properties and
 * safe-area insets, so the button clears a phone's rounded corners and home indicator and mirrors itself in
 * right-to-left pages.
 */
export const launcherCss = /* css */ `
  :host {
    --launcher-offset: 1.25rem;
    --launcher-size: 3.5rem;
    --launcher-z-index: 2147483000;
    --launcher-background: var(--hd-color-brand, light-dark(#0b5cad, #4493f8));
    --launcher-color: var(--hd-color-brand-text, light-dark(#ffffff, #0d1117));
    --panel-width: 44rem;
    --panel-height: 46rem;
    --panel-background: var(--hd-color-surface, light-dark(#ffffff, #0d1117));
    --_text: var(--hd-color-text, light-dark(#1f2328, #e6edf3));
    --_border: var(--hd-color-border, light-dark(#8c959f, #656c76));
    --_surface-alt: var(--hd-color-surface-alt, light-dark(#f3f5f8, #161b22));
    --_safe-inline-end: env(safe-area-inset-right, 0px);
    --_safe-inline-start: env(safe-area-inset-left, 0px);
    position: fixed;
    z-index: var(--launcher-z-index);
    inset-block-end: calc(var(--launcher-offset) + env(safe-area-inset-bottom, 0px));
    inset-inline-end: calc(var(--launcher-offset) + var(--_safe-inline-end));
    font-family: var(--hd-font-family, system-ui, sans-serif);
    font-size: var(--hd-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    box-sizing: border-box;
  }

  /* The theme attribute (docs/theming.md): the panel, and the portal in it, follow its color scheme. */
  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  /* Browsers without light-dark(): the light values. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --launcher-background: var(--hd-color-brand, #0b5cad);
      --launcher-color: var(--hd-color-brand-text, #ffffff);
      --panel-background: var(--hd-color-surface, #ffffff);
      --_text: var(--hd-color-text, #1f2328);
      --_border: var(--hd-color-border, #8c959f);
      --_surface-alt: var(--hd-color-surface-alt, #f3f5f8);
    }
  }

  :host(:dir(rtl)) {
    --_safe-inline-end: env(safe-area-inset-left, 0px);
    --_safe-inline-start: env(safe-area-inset-right, 0px);
  }

  :host([position='bottom-start']) {
    inset-inline-end: auto;
    inset-inline-start: calc(var(--launcher-offset) + var(--_safe-inline-start));
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

  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: var(--launcher-size);
    min-inline-size: var(--launcher-size);
    padding-block: 0;
    padding-inline: 1rem 1.25rem;
    border: 0;
    border-radius: calc(var(--launcher-size) / 2);
    background: var(--launcher-background);
    color: var(--launcher-color);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  }

  :host([icon-only]) .button {
    justify-content: center;
    padding-inline: 0;
  }

  .button:focus-visible,
  .close:focus-visible,
  .retry:focus-visible {
    outline: 3px solid var(--hd-color-focus, #0b5cad);
    outline-offset: 3px;
  }

  .icon {
    display: inline-flex;
    font-size: 1.5em;
    line-height: 1;
  }

  .icon svg {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .panel {
    position: fixed;
    margin: 0;
    padding: 0;
    inset: auto;
    inset-block-end: calc(var(--launcher-offset) * 2 + var(--launcher-size) + env(safe-area-inset-bottom, 0px));
    inset-inline-end: calc(var(--launcher-offset) + var(--_safe-inline-end));
    inline-size: min(var(--panel-width), calc(100vw - 2 * var(--launcher-offset)));
    block-size: min(var(--panel-height), calc(100dvh - 3 * var(--launcher-offset) - var(--launcher-size)));
    max-inline-size: none;
    max-block-size: none;
    border: 1px solid var(--_border);
    border-radius: var(--hd-radius, 0.5rem);
    background: var(--panel-background);
    color: inherit;
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.3);
    overflow: hidden;
  }

  .panel[open] {
    display: flex;
    flex-direction: column;
  }

  :host([position='bottom-start']) .panel {
    inset-inline-end: auto;
    inset-inline-start: calc(var(--launcher-offset) + var(--_safe-inline-start));
  }

  .panel::backdrop {
    background: rgb(0 0 0 / 0.35);
  }

  .panel-header {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding-block: 0.5rem;
    padding-inline: 1rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    background: var(--_surface-alt);
  }

  .panel-title {
    flex: 1 1 auto;
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }

  .close,
  .retry {
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    border: 1px solid transparent;
    border-radius: var(--hd-radius, 0.5rem);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .close {
    font-size: 1.5em;
    line-height: 1;
  }

  .retry {
    border-color: currentColor;
    padding-inline: 1em;
  }

  .panel-body {
    flex: 1 1 auto;
    overflow: auto;
    overscroll-behavior: contain;
    padding-block: 0.5rem;
  }

  .status {
    margin: 1rem;
  }

  .status--error {
    color: var(--hd-color-danger, #b3261e);
  }

  /* Phones: the panel is a full-screen sheet that keeps clear of notches and the home indicator. */
  @media (max-width: 40rem) {
    .panel {
      inset: 0;
      inline-size: 100vw;
      block-size: 100dvh;
      border: 0;
      border-radius: 0;
      padding-block: env(safe-area-inset-top, 0px) env(safe-area-inset-bottom, 0px);
      padding-inline: env(safe-area-inset-left, 0px) env(safe-area-inset-right, 0px);
    }

    :host([position='bottom-start']) .panel {
      inset: 0;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: transform 0.15s ease;
    }

    .button:hover {
      transform: scale(1.04);
    }
  }
`;
