import { css } from 'lit';

/**
 * What is hd-entitlements' own, over the shared table and states of list.styles.ts (the size container, the stacked
 * cards below 40rem). Component variables are unprefixed and default to the global `--hd-*` tokens (read in
 * base.styles.ts as `--_*`). Logical properties only, so the layout mirrors itself in right-to-left pages.
 */
export const entitlementsStyles = css`
  :host {
    --meter-color: var(--_brand);
  }

  .subtitle {
    margin: 0;
    padding-block-end: 0.5rem;
    font-size: 1.1em;
    font-weight: 700;
    text-align: start;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
  }

  /* A table wider than the element scrolls in a named group that takes focus, so the keyboard can scroll it too. */
  .table-wrap {
    overflow-x: auto;
  }

  thead th {
    vertical-align: bottom;
  }

  tbody th {
    font-weight: 400;
  }

  .sort-button {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    text-align: start;
  }

  .sort-arrow {
    color: var(--_muted);
  }

  th[aria-sort] .sort-arrow {
    color: inherit;
  }

  /* The seed's "campo resaltado en azul": a link-like button, underlined so it is not told by color alone. */
  .open-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--link-color);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .open-button:hover {
    text-decoration-thickness: 2px;
  }

  .detail {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  .detail-header {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
  }

  .back-button::before {
    content: '\\2190';
    margin-inline-end: 0.4em;
  }

  :host(:dir(rtl)) .back-button::before {
    content: '\\2192';
  }

  .detail-context {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .detail-heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .detail-heading:focus {
    outline: none;
  }

  .detail-heading:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.75rem 1.25rem;
    margin: 0;
  }

  .fact dt {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .fact dd {
    margin: 0;
    font-weight: 600;
  }

  .usage {
    display: grid;
    gap: 0.25rem;
    max-inline-size: 32rem;
  }

  .usage-label {
    font-weight: 600;
  }

  .meter {
    appearance: none;
    inline-size: 100%;
    block-size: 1rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    overflow: hidden;
  }

  .meter::-webkit-meter-bar {
    block-size: 1rem;
    border: 0;
    background: var(--_surface-alt);
  }

  .meter::-webkit-meter-optimum-value,
  .meter::-webkit-meter-suboptimum-value,
  .meter::-webkit-meter-even-less-good-value {
    background: var(--meter-color);
  }

  .meter::-moz-meter-bar {
    background: var(--meter-color);
  }

  .usage-text,
  .notice {
    margin: 0;
  }

  .notice {
    color: var(--_muted);
  }
`;
