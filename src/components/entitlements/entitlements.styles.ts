import { css } from 'lit';

/**
 * Component variables are unprefixed and default to the global `--hd-*` tokens (read in base.styles.ts as `--_*`).
 * Logical properties only, so the layout mirrors itself in right-to-left pages. The base is a size container: below
 * 40rem of the element's own width (not the viewport's) each row becomes a stacked card whose cells name their column.
 */
export const entitlementsStyles = css`
  :host {
    display: block;
    --link-color: var(--_brand);
    --row-border-color: var(--_border);
    --header-background: var(--_surface-alt);
    --cell-padding: 0.5rem 0.75rem;
    --meter-color: var(--_brand);
  }

  .base {
    container: hd-entitlements / inline-size;
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

  .table-wrap {
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
    vertical-align: bottom;
  }

  time {
    white-space: nowrap;
  }

  tbody th {
    font-weight: 400;
  }

  .cell--number {
    text-align: end;
    font-variant-numeric: tabular-nums;
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

  @container hd-entitlements (max-width: 40rem) {
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
