import { css } from 'lit';

/**
 * One layout for small and virtualized lists: the table keeps its elements (and explicit ARIA roles, since their
 * CSS display changes), and every row is a grid on the shared `--_columns` track list, so a row positioned on its
 * own by the virtualizer still lines up with the headers. Below 42rem of the element's own width (a container
 * query, so it follows the space the host page gives it, not the window) every row becomes a card.
 */
export const caseListStyles = css`
  :host {
    display: block;
    container: hd-case-list / inline-size;
    --row-border-color: var(--_border);
    --header-background: var(--_surface-alt);
    --cell-padding: 0.5rem 0.75rem;
    --sticky-top: 0px;
  }

  .case-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
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

  input[type='search']:disabled {
    cursor: not-allowed;
    background: var(--_surface-alt);
  }

  .hint {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .title {
    margin-block: 0 0.5rem;
    font-size: 1.25em;
    font-weight: 700;
    text-align: start;
  }

  /* No overflow here: the virtualizer scrolls with the page (or the host's scroller), not inside the list. */
  .table {
    display: block;
    inline-size: 100%;
  }

  .table caption {
    display: block;
  }

  .head,
  .rows {
    display: block;
  }

  .head {
    position: sticky;
    inset-block-start: var(--sticky-top);
    z-index: 1;
    background: var(--header-background);
  }

  tr {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: start;
    border-block-end: 1px solid var(--row-border-color);
  }

  /* Rows the virtualizer positions (absolutely) still span the table. */
  .rows--virtual > tr {
    inline-size: 100%;
  }

  /* A row brought into view by the keyboard is not hidden under the sticky headers. */
  .rows > tr {
    scroll-margin-block: calc(var(--sticky-top) + 3.5rem) 1rem;
  }

  /* Rows being replaced by a load that takes long. */
  .table[data-stale='true'] .rows {
    opacity: 0.6;
  }

  th,
  td {
    display: block;
    min-inline-size: 0;
    padding: var(--cell-padding);
    text-align: start;
    overflow-wrap: anywhere;
  }

  thead th {
    font-weight: 600;
    overflow-wrap: normal;
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
    text-align: start;
  }

  .sort__arrow {
    color: var(--_muted);
  }

  th[aria-sort] .sort__arrow {
    color: inherit;
  }

  .open {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_brand);
    text-align: start;
    text-decoration: underline;
    overflow-wrap: anywhere;
  }

  .status {
    display: inline-block;
    padding-block: 0.125em;
    padding-inline: 0.5em;
    /* A status breaks between its words only ("Respondido" whole, not "Respondid / o"). */
    overflow-wrap: normal;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.875em;
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

  /* Narrow: a card per case (reference and date, subject, status, the rest labelled); headers become sort chips. */
  @container hd-case-list (max-width: 42rem) {
    .head {
      position: static;
      background: none;
    }

    .head > tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      padding-block-end: 0.5rem;
    }

    .head th {
      padding-block: 0.125rem;
      padding-inline: 0.625rem;
      border: 1px solid var(--row-border-color);
      border-radius: 999px;
      background: var(--header-background);
      font-size: 0.875em;
    }

    .head > tr,
    .rows > tr {
      border-block-end: 0;
    }

    .rows > tr {
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0.25rem 0.75rem;
      margin-block-end: 0.5rem;
      padding: 0.75rem;
      border: 1px solid var(--row-border-color);
      border-radius: var(--_radius);
      background: var(--_surface);
    }

    .rows .cell {
      grid-column: 1 / -1;
      order: 5;
      padding: 0;
      border: 0;
    }

    .rows .cell[data-column='reference'] {
      grid-column: 1;
      order: 1;
      font-weight: 600;
    }

    .rows .cell[data-column='createdAt'],
    .rows .cell[data-column='updatedAt'] {
      grid-column: 2;
      order: 2;
      text-align: end;
      color: var(--_muted);
      font-size: 0.875em;
    }

    .rows .cell[data-column='subject'] {
      order: 3;
      font-weight: 600;
    }

    .rows .cell[data-column='status'] {
      order: 4;
    }

    .rows .cell[data-column='priority'],
    .rows .cell[data-column='organization'] {
      color: var(--_muted);
      font-size: 0.875em;
    }

    /* The header's words before the value, shown but not read twice (the cell already has its column header). */
    .rows .cell[data-column='priority']::before,
    .rows .cell[data-column='organization']::before {
      content: attr(data-label) ': ' / '';
    }
  }
`;
