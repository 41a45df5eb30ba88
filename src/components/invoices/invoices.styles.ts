import { css } from 'lit';

/**
 * What is hd-invoices' own, over the shared table and states of list.styles.ts (the size container, the stacked
 * cards below 40rem). Component variables are unprefixed and default to the global `--hd-*` tokens (read in
 * base.styles.ts as `--_*`). Logical properties only, so the layout mirrors itself in right-to-left pages.
 */
export const invoicesStyles = css`
  :host {
    --overdue-color: var(--_danger);
    --paid-color: var(--_success);
    --open-color: var(--_warning);
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

  /* A table wider than the element scrolls in a named group that takes focus, so the keyboard can scroll it too. */
  .table-scroll {
    overflow-x: auto;
  }

  thead th {
    white-space: nowrap;
  }

  tbody th {
    font-weight: 600;
  }

  .cell--number {
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

  /* The stacked cards (list.styles.ts): an overdue card gets a thick border instead of the row marker. */
  @container hd-list (max-width: 40rem) {
    .table tbody tr.row--overdue {
      border-color: var(--overdue-color);
      border-inline-start-width: 4px;
    }

    .row--overdue > :first-child,
    :host(:dir(rtl)) .row--overdue > :first-child {
      box-shadow: none;
    }
  }
`;
