import { css } from 'lit';

export const lookupStyles = css`
  :host {
    --dialog-width: 56rem;
    --row-selected-background: var(--_surface-alt);
  }

  .lookup__field {
    display: flex;
    align-items: stretch;
    gap: 0.25rem;
    max-inline-size: var(--control-max-width, 40rem);
  }

  .lookup__display {
    flex: 1 1 auto;
    min-inline-size: 0;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    background: var(--control-background, var(--_surface-alt));
  }

  .lookup__dialog {
    inline-size: min(var(--dialog-width), calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }

  .lookup__dialog[open] {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  .lookup__dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .lookup__dialog-title {
    margin: 0;
    font-size: 1.25em;
  }

  .lookup__search {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .lookup__search-label {
    font-weight: 600;
  }

  .lookup__search-input {
    padding-block: 0.5em;
    padding-inline: 0.75em;
  }

  .lookup__status {
    margin: 0;
    min-block-size: 1.5em;
    color: var(--_muted);
  }

  .lookup__retry {
    align-self: flex-start;
  }

  .lookup__table-wrap {
    overflow: auto;
    min-block-size: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .lookup__table {
    inline-size: 100%;
    border-collapse: collapse;
  }

  .lookup__table th,
  .lookup__table td {
    padding-block: 0.5em;
    padding-inline: 0.75em;
    text-align: start;
    border-block-end: 1px solid var(--_border);
    white-space: nowrap;
  }

  .lookup__table thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_surface-alt);
  }

  .lookup__table tbody th {
    font-weight: 400;
  }

  .lookup__row {
    cursor: pointer;
  }

  .lookup__row--chosen {
    background: var(--row-selected-background);
  }

  .lookup__pick {
    inline-size: 2.5rem;
  }

  .lookup__pick input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_brand);
  }

  .lookup__actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
  }
`;
