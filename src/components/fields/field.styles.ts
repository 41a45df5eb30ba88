import { css } from 'lit';

/** Styles of the fields drawn by the modules of this folder, shared by every element that shows fields. */
export const fieldStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .field__label {
    font-weight: 600;
    padding: 0;
  }

  .field__optional {
    font-weight: 400;
    color: var(--_muted);
  }

  .field__control {
    font: inherit;
    color: inherit;
    inline-size: 100%;
    max-inline-size: var(--control-max-width, 40rem);
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border: 1px solid var(--control-border-color, var(--_border));
    border-radius: var(--control-radius, var(--_radius));
    background: var(--control-background, var(--_surface));
  }

  .field__control--multiline {
    resize: vertical;
    min-block-size: 6rem;
  }

  .field__control[aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }

  .field__group {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }

  .field__choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }

  .field__choice input {
    margin: 0;
    margin-block-start: 0.25em;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    accent-color: var(--_brand);
  }

  .field--checkbox .field__label {
    font-weight: 400;
  }

  .field__level {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .field__help {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .field__error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 600;
  }
`;
