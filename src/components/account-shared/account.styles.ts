import { css } from 'lit';

/**
 * The look shared by the account elements (sign in, register, password forms): a narrow card with a heading,
 * stacked fields, one primary button and small links. Component variables are unprefixed and default to the global
 * `--hd-*` tokens (read in base.styles.ts as `--_*`); logical properties only, so right-to-left pages mirror it.
 */
export const accountStyles = css`
  :host {
    display: block;
    --form-max-width: 26rem;
    --form-gap: var(--_space);
    --form-padding: 0;
    --form-background: transparent;
    --control-border-color: var(--_border);
    --control-radius: var(--_radius);
    --control-background: var(--_surface);
    --strength-weak-color: var(--_danger);
    --strength-fair-color: var(--_warning);
    --strength-strong-color: var(--_success);
  }

  .base {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--form-gap);
    max-inline-size: var(--form-max-width);
    padding: var(--form-padding);
    background: var(--form-background);
  }

  .heading {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }

  .heading:focus,
  .message:focus,
  .alert:focus {
    outline: none;
  }

  .heading:focus-visible,
  .message:focus-visible,
  .alert:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .intro {
    margin: 0;
    color: var(--_muted);
  }

  form {
    display: flex;
    flex-direction: column;
    gap: var(--form-gap);
    margin: 0;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .field__label {
    font-weight: 600;
  }

  .field__control {
    font: inherit;
    color: inherit;
    inline-size: 100%;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border: 1px solid var(--control-border-color);
    border-radius: var(--control-radius);
    background: var(--control-background);
  }

  .field__control[readonly] {
    background: var(--_surface-alt);
  }

  .field__control[aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }

  .field__hint {
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

  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  .check input {
    margin: 0;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    accent-color: var(--_brand);
  }

  .strength {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-size: 0.875em;
  }

  .strength__bar {
    display: grid;
    grid-template-columns: repeat(4, 1fr);
    gap: 0.25rem;
  }

  .strength__bar span {
    block-size: 0.375rem;
    border-radius: 0.1875rem;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }

  .strength[data-score='0'] .strength__bar span:nth-child(-n + 1),
  .strength[data-score='1'] .strength__bar span:nth-child(-n + 1) {
    background: var(--strength-weak-color);
    border-color: var(--strength-weak-color);
  }

  .strength[data-score='2'] .strength__bar span:nth-child(-n + 2) {
    background: var(--strength-fair-color);
    border-color: var(--strength-fair-color);
  }

  .strength[data-score='3'] .strength__bar span:nth-child(-n + 3),
  .strength[data-score='4'] .strength__bar span {
    background: var(--strength-strong-color);
    border-color: var(--strength-strong-color);
  }

  .strength__label,
  .strength__feedback {
    margin: 0;
  }

  .strength__label {
    font-weight: 600;
  }

  .strength__feedback {
    color: var(--_muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }

  .links {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    margin: 0;
  }

  .links p {
    margin: 0;
  }

  a,
  button.link {
    color: var(--_brand);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  button.link {
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
    font: inherit;
  }

  .notice {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Live regions with nothing to say: kept in the accessibility tree, out of the layout. */
  .is-empty {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
  }

  .alert {
    margin: 0;
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_danger);
    font-weight: 600;
  }

  .message {
    margin: 0;
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .message--info {
    border-inline-start-color: var(--_brand);
  }

  .loading {
    margin: 0;
    color: var(--_muted);
  }
`;
