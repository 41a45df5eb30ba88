import { css } from 'lit';

export const caseListStyles = css`
  :host {
    display: block;
    --row-border-color: var(--_border);
    --header-background: var(--_surface-alt);
    --cell-padding: 0.5rem 0.75rem;
  }

  .case-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem 1.25rem;
  }

  .toolbar__item {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .toolbar__item--search {
    flex: 1 1 16rem;
  }

  .toolbar label {
    font-weight: 600;
  }

  select,
  input[type='search'] {
    min-block-size: 2.625rem;
    font: inherit;
    color: inherit;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  input[type='search'] {
    inline-size: 100%;
    max-inline-size: 32rem;
  }

  .title {
    margin-block: 0 0.5rem;
    font-size: 1.25em;
    font-weight: 700;
    text-align: start;
  }

  .results {
    overflow-x: auto;
  }

  .table {
    inline-size: 100%;
    border-collapse: collapse;
  }

  .table[aria-busy='true'] tbody {
    opacity: 0.6;
  }

  th,
  td {
    padding: var(--cell-padding);
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--row-border-color);
  }

  thead th {
    background: var(--header-background);
    font-weight: 600;
    white-space: nowrap;
  }

  tbody th {
    font-weight: 400;
  }

  .sort {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
  }

  .sort__arrow {
    color: var(--_muted);
  }

  th[aria-sort] .sort__arrow {
    color: inherit;
  }

  .reference {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_brand);
    text-decoration: underline;
    white-space: nowrap;
  }

  .status {
    display: inline-block;
    padding-block: 0.125em;
    padding-inline: 0.625em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.875em;
    white-space: nowrap;
  }

  .status[data-category='waiting-on-customer'] {
    color: var(--_warning);
    font-weight: 600;
  }

  .status[data-category='resolved'],
  .status[data-category='closed'] {
    color: var(--_success);
  }

  .empty,
  .loading {
    margin: 0;
    color: var(--_muted);
  }

  .error-box {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border: 1px solid var(--_danger);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    color: var(--_danger);
  }

  .error-box__message {
    margin: 0;
    font-weight: 600;
  }

  .load-more {
    align-self: flex-start;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
