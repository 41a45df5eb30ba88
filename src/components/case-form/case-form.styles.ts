import { css } from 'lit';

export const caseFormStyles = css`
  :host {
    display: block;
    --field-gap: 1.25rem;
  }

  .case-form__header {
    margin-block-end: var(--field-gap);
  }

  .case-form__path {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .case-form__title,
  .done__title {
    margin-block: 0.25rem 0;
    font-size: 1.375em;
    line-height: 1.3;
  }

  .case-form__description {
    margin-block: 0.5rem 0;
    color: var(--_muted);
  }

  .case-form__form {
    display: flex;
    flex-direction: column;
    gap: var(--field-gap);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block-start: 0.5rem;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  .banner {
    margin-block-end: var(--field-gap);
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border: 1px solid var(--_danger);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_danger);
    font-weight: 600;
  }

  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75rem;
    padding-block: var(--_space);
  }

  .state__message {
    margin: 0;
  }

  .done {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_success);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .done__title:focus {
    outline: none;
  }

  .done__title:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .done__status {
    margin: 0;
    font-weight: 600;
  }
`;
