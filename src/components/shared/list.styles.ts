import { css } from 'lit';

/**
 * The table and states of the elements that show a list (`hd-entitlements`, `hd-invoices`), with the markup of
 * capability-list.ts. Component variables are unprefixed and default to the global `--hd-*` tokens (read in
 * base.styles.ts as `--_*`). Logical properties only, so the layout mirrors itself in right-to-left pages. The base
 * is a size container: below 40rem of the element's own width (not the viewport's) each row of a `.table` becomes a
 * stacked card whose cells name their column (`data-label`).
 */
export const listStyles = css`
  :host {
    display: block;
    --row-border-color: var(--_border);
    --header-background: var(--_surface-alt);
    --cell-padding: 0.5rem 0.75rem;
    --link-color: var(--_brand);
  }

  .base {
    container: hd-list / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  .title {
    margin: 0;
    padding-block-end: 0.5rem;
    font-size: 1.25em;
    font-weight: 700;
    text-align: start;
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
  }

  .cell--number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  time {
    white-space: nowrap;
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

  @container hd-list (max-width: 40rem) {
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

    .table tbody th,
    .table tbody td {
      display: grid;
      grid-template-columns: minmax(8rem, 40%) 1fr;
      gap: 0.75rem;
      border-block-end: 1px solid var(--header-background);
      text-align: start;
    }

    /* Badges, buttons and links keep their own width instead of stretching over the cell. */
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
