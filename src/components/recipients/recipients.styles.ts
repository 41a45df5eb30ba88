import { css } from 'lit';

export const recipientsStyles = css`
  :host {
    --chip-background: var(--_surface-alt);
    --chip-radius: 999px;
  }

  .recipients__box {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    padding-block: 0.25rem;
    padding-inline: 0.375rem;
    min-block-size: 2.75rem;
  }

  .recipients__box:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .recipients__chips {
    display: contents;
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .recipients__chip {
    display: inline-flex;
    align-items: center;
    gap: 0.125rem;
    max-inline-size: 100%;
    padding-inline-start: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--chip-radius);
    background: var(--chip-background);
  }

  .recipients__address {
    overflow-wrap: anywhere;
  }

  .recipients__remove {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 2rem;
    min-block-size: 2rem;
    padding: 0;
    border: 0;
    border-radius: var(--chip-radius);
    background: transparent;
    color: inherit;
  }

  .recipients__remove:hover {
    color: var(--_danger);
  }

  .recipients__remove svg {
    inline-size: 1rem;
    block-size: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }

  .recipients__input {
    flex: 1 1 10rem;
    min-inline-size: 8rem;
    padding-block: 0.375em;
    padding-inline: 0.375em;
    border: 0;
    font: inherit;
    color: inherit;
    background: transparent;
  }

  .recipients__input:focus-visible {
    outline: none;
  }

  .recipients__message {
    margin: 0;
    font-size: 0.875em;
  }
`;
