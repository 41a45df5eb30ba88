import { css } from 'lit';

export const caseFormStyles = css`
  :host {
    display: block;
    --field-gap: 1.25rem;
    --step-color: var(--_muted);
    --step-active-color: var(--_brand);
    --emergency-color: var(--_danger);
  }

  .case-form {
    display: flex;
    flex-direction: column;
    gap: var(--field-gap);
  }

  .case-form__path {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .case-form__title {
    margin-block: 0.25rem 0;
    font-size: 1.375em;
    line-height: 1.3;
  }

  .case-form__description {
    margin-block: 0.5rem 0;
    color: var(--_muted);
  }

  /* Step indicator */

  .steps__list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }

  .steps__item {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    color: var(--step-color);
    font-size: 0.9375em;
  }

  .steps__number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
    font-size: 0.875em;
  }

  .steps__item--done,
  .steps__item--current {
    color: var(--step-active-color);
  }

  .steps__item--current {
    font-weight: 700;
  }

  .steps__item--current .steps__number {
    background: var(--step-active-color);
    border-color: var(--step-active-color);
    color: var(--_brand-text);
  }

  .step-title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .step-title:focus {
    outline: none;
  }

  .step-title:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
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

  .banner,
  .emergency,
  .draft-notice {
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border: 1px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .banner {
    border-color: var(--_danger);
    color: var(--_danger);
    font-weight: 600;
  }

  .emergency {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    border-color: var(--emergency-color);
  }

  .emergency__title {
    color: var(--emergency-color);
  }

  .draft-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    border-color: var(--_brand);
    background: var(--_surface-alt);
  }

  .draft-notice__text {
    margin: 0;
  }

  .draft-notice__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  /* The suggestions take no room (not even a gap) while they have nothing to show. */
  .suggestions {
    display: contents;
  }

  .attachments {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  /* Review */

  .review {
    display: flex;
    flex-direction: column;
    gap: var(--field-gap);
  }

  .review__intro {
    margin: 0;
    color: var(--_muted);
  }

  .review__section {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }

  .review__header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }

  .review__title {
    margin: 0;
    font-size: 1em;
  }

  .review__edit {
    padding-block: 0.25em;
    padding-inline: 0.75em;
  }

  .review__list {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.375rem 1rem;
    margin: 0;
  }

  .review__row {
    display: contents;
  }

  .review__row dt {
    font-weight: 600;
  }

  .review__row dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .review__value--empty {
    color: var(--_muted);
    font-style: italic;
  }

  .review__files {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .review__file-size {
    color: var(--_muted);
    margin-inline-start: 0.25rem;
  }

  /* States */

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

  .done__title {
    font-size: 1.25em;
  }

  .done__status {
    margin: 0;
    font-weight: 600;
  }

  .done__summary {
    margin-block: 0.25rem;
  }

  @media (max-width: 32rem) {
    .review__list {
      grid-template-columns: 1fr;
    }

    .review__row dd {
      margin-block-end: 0.375rem;
    }
  }
`;
