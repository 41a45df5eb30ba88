import { css } from 'lit';

/**
 * Component variables are unprefixed and default to the global `--hd-*` tokens (read in base.styles.ts as `--_*`).
 * Logical properties only, so the layout mirrors itself in right-to-left pages. The base is a size container: below
 * 40rem of the element's own width (not the viewport's) each row becomes a stacked card whose cells name their column.
 */
export const invoicesStyles = css`
  :host {
    display: block;
    --row-border-color: var(--_border);
    --header-background: var(--_surface-alt);
    --cell-padding: 0.5rem 0.75rem;
    --link-color: var(--_brand);
    --overdue-color: var(--_danger);
    --paid-color: var(--_success);
    --open-color: var(--_warning);
  }

  .base {
    container: hd-invoices / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }

  .toolbar label {
    font-weight: 600;
  }

  select {
    font: inherit;
    color: inherit;
    padding-block: 0.4em;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .title {
    margin: 0;
    padding-block-end: 0.5rem;
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
    font-weight: 600;
  }

  .cell--number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  time {
    white-space: nowrap;
  }

  /* Overdue rows get a thick marker on their first cell, besides the badge's sign and words. */
  .row--overdue > :first-child {
    box-shadow: inset 4px 0 0 var(--overdue-color);
  }

  :host(:dir(rtl)) .row--overdue > :first-child {
    box-shadow: inset -4px 0 0 var(--overdue-color);
  }

  .due--overdue {
    color: var(--overdue-color);
    font-weight: 700;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding-block: 0.1em;
    padding-inline: 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    white-space: nowrap;
    color: var(--_muted);
  }

  .badge[data-status='open'] {
    color: var(--open-color);
  }

  .badge[data-status='paid'] {
    color: var(--paid-color);
  }

  .badge[data-status='overdue'] {
    color: var(--overdue-color);
    border-width: 2px;
    font-weight: 700;
  }

  .badge[data-status='void'] {
    text-decoration: line-through;
  }

  .download {
    color: var(--link-color);
    text-underline-offset: 0.15em;
  }

  .no-download {
    color: var(--_muted);
  }

  .state {
    margin: 0;
  }

  .state--empty,
  .state--loading {
    color: var(--_muted);
  }

  .state--error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border: 1px solid var(--_danger);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
  }

  .state--error .error {
    margin: 0;
    font-weight: 600;
  }

  @container hd-invoices (max-width: 40rem) {
    .table,
    .table thead,
    .table tbody,
    .table tr,
    .table th,
    .table td {
      display: block;
    }

    /* The column names move into each cell (below), so the header row is only kept for assistive technology. */
    .table thead tr {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .table tbody tr {
      margin-block-end: 0.75rem;
      border: 1px solid var(--row-border-color);
      border-radius: var(--_radius);
      background: var(--_surface);
    }

    .table tbody tr.row--overdue {
      border-color: var(--overdue-color);
      border-inline-start-width: 4px;
    }

    .row--overdue > :first-child,
    :host(:dir(rtl)) .row--overdue > :first-child {
      box-shadow: none;
    }

    .table tbody th,
    .table tbody td {
      display: grid;
      grid-template-columns: minmax(8rem, 40%) 1fr;
      gap: 0.75rem;
      border-block-end: 1px solid var(--header-background);
      text-align: start;
    }

    /* Badges and links keep their own width instead of stretching over the cell. */
    .table tbody th > *,
    .table tbody td > * {
      justify-self: start;
    }

    .table tbody tr > :last-child {
      border-block-end: 0;
    }

    .table tbody th::before,
    .table tbody td::before {
      content: attr(data-label);
      color: var(--_muted);
      font-weight: 600;
    }
  }
`;
