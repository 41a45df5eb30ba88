import { css } from 'lit';

/** The menu button and its popup, anchored to the button's end edge (right in left-to-right pages). */
export const accountMenuStyles = css`
  :host {
    display: inline-block;
    --menu-background: var(--_surface);
    --menu-border-color: var(--_border);
    --menu-min-width: 14rem;
    --item-background-focus: var(--_surface-alt);
  }

  .base {
    position: relative;
    display: inline-flex;
    flex-direction: column;
    align-items: flex-end;
  }

  .trigger {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    border-color: transparent;
    color: inherit;
    background: transparent;
  }

  .trigger[aria-expanded='true'] {
    background: var(--_surface-alt);
  }

  .icon {
    inline-size: 1.75em;
    block-size: 1.75em;
    padding: 0.2em;
    border-radius: 50%;
    fill: var(--_brand-text);
    background: var(--_brand);
    flex: none;
  }

  .menu {
    position: absolute;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-end: 0;
    z-index: 10;
    display: flex;
    flex-direction: column;
    min-inline-size: var(--menu-min-width);
    padding-block: 0.25rem;
    border: 1px solid var(--menu-border-color);
    border-radius: var(--_radius);
    background: var(--menu-background);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.15);
  }

  .item {
    display: block;
    inline-size: 100%;
    padding: 0.5em 1em;
    border: 0;
    border-radius: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }

  .item:hover,
  .item:focus {
    background: var(--item-background-focus);
  }

  .item:focus-visible {
    outline-offset: -3px;
  }

  .alert {
    margin: 0.5rem 0 0;
    color: var(--_danger);
    font-weight: 600;
  }

  .is-empty {
    display: none;
  }
`;
