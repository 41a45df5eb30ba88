import { css } from 'lit';

/**
 * Component variables are unprefixed and default to the global `--hd-*` tokens (read in base.styles.ts as `--_*`),
 * so a page themes every element at once and can still adjust this one. Logical properties only, so the layout
 * mirrors itself in right-to-left pages.
 */
export const categoryCardsStyles = css`
  :host {
    display: block;
    --card-min-width: 14rem;
    --card-gap: var(--_space);
    --card-padding: var(--_space);
    --card-background: var(--_surface);
    --card-background-hover: var(--_surface-alt);
    --card-border-color: var(--_border);
    --card-radius: var(--_radius);
    --card-title-color: var(--_text);
    --card-hint-color: var(--_brand);
    --card-description-color: var(--_muted);
    --card-icon-size: 2rem;
    --emergency-color: var(--_danger);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--card-gap);
  }

  .level-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--card-gap) / 2);
  }

  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .back-button::before {
    content: '\\2190';
    margin-inline-end: 0.4em;
  }

  :host(:dir(rtl)) .back-button::before {
    content: '\\2192';
  }

  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--card-min-width)), 1fr));
    gap: var(--card-gap);
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.3em;
    padding: var(--card-padding);
    border: 1px solid var(--card-border-color);
    border-radius: var(--card-radius);
    background: var(--card-background);
  }

  .card:hover {
    background: var(--card-background-hover);
  }

  .card:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .card--emergency {
    border-color: var(--emergency-color);
    border-inline-start-width: 4px;
  }

  .card-button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: transparent;
    color: inherit;
    text-align: start;
  }

  /* Stretches the button over the whole card: a click anywhere on it chooses the card. */
  .card-button::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--card-radius);
  }

  .card-button:focus-visible {
    outline: none;
  }

  .card-icon {
    font-size: var(--card-icon-size);
    line-height: 1;
    margin-block-end: 0.25em;
  }

  .card-title {
    color: var(--card-title-color);
    font-weight: 700;
    font-size: 1.1em;
  }

  .card-hint {
    color: var(--card-hint-color);
    font-weight: 600;
    font-size: 0.9em;
  }

  .card-description {
    color: var(--card-description-color);
    font-size: 0.9em;
  }

  .emergency-badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    margin-block-start: 0.25em;
    padding-block: 0.1em;
    padding-inline: 0.5em;
    border-radius: var(--card-radius);
    border: 1px solid var(--emergency-color);
    color: var(--emergency-color);
    font-weight: 700;
    font-size: 0.85em;
  }

  .subcategories {
    margin-block: 0.25em 0;
    margin-inline: 0;
    padding-inline-start: 1.2em;
    color: var(--card-description-color);
    font-size: 0.9em;
  }

  .level--nested .card-title {
    font-size: 1em;
  }

  .state {
    margin: 0;
    padding-block: var(--card-padding);
  }

  .state--error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--card-gap) / 2);
  }

  .dialog {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    padding: calc(var(--card-padding) * 1.5);
    border: 1px solid var(--emergency-color);
    border-radius: var(--card-radius);
    background: var(--card-background);
    color: var(--card-title-color);
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .dialog-title {
    margin-block: 0 0.5em;
    font-size: 1.2em;
    color: var(--emergency-color);
  }

  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
    margin-block-start: var(--card-padding);
  }

  .dialog-confirm {
    background: var(--emergency-color);
    border-color: var(--emergency-color);
    color: var(--_brand-text);
  }
`;
