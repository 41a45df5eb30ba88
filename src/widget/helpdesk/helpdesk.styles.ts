import { css } from 'lit';

/** Logical properties only, so the portal mirrors itself in right-to-left pages. */
export const helpdeskStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --portal-max-width: 72rem;
    --portal-header-background: var(--_surface-alt);
    --portal-gap: var(--_space);
  }

  .portal {
    display: flex;
    flex-direction: column;
    gap: var(--portal-gap);
    max-inline-size: var(--portal-max-width);
    margin-inline: auto;
    background: var(--_surface);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--portal-gap) / 2) var(--portal-gap);
    padding: calc(var(--portal-gap) / 2) var(--portal-gap);
    background: var(--portal-header-background);
    border-radius: var(--_radius);
  }

  .title {
    font-weight: 700;
    font-size: 1.125em;
  }

  .nav {
    flex: 1 1 auto;
  }

  .nav-list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .nav-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }

  .nav-group__label {
    font-weight: 600;
    color: var(--_muted);
  }

  .nav-group__label::after {
    content: ' ›';
  }

  .nav-item {
    display: inline-block;
    padding: 0.375em 0.75em;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_brand);
    text-decoration: none;
    font: inherit;
    min-block-size: 2.75rem;
    line-height: 2;
  }

  .nav-item:hover {
    text-decoration: underline;
  }

  .nav-item[aria-current='page'] {
    background: var(--_brand);
    color: var(--_brand-text);
  }

  .account-menu {
    margin-inline-start: auto;
  }

  .view {
    display: flex;
    flex-direction: column;
    gap: var(--portal-gap);
    padding-inline: var(--portal-gap);
    padding-block-end: var(--portal-gap);
  }

  .view-heading {
    margin: 0;
    font-size: 1.5em;
  }

  .view-heading:focus {
    outline: none;
  }

  .view-heading:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* The account elements' own headings say what the portal's view heading already says: shown once. */
  hd-login::part(heading),
  hd-register::part(heading),
  hd-password-forgot::part(heading),
  hd-password-reset::part(heading),
  hd-password-change::part(heading) {
    display: none;
  }

  .view-body {
    display: flex;
    flex-direction: column;
    gap: var(--portal-gap);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .toolbar__end {
    margin-inline-start: auto;
  }

  .scope {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }

  .scope button[aria-pressed='true'] {
    background: var(--_brand);
    color: var(--_brand-text);
  }

  a.action {
    display: inline-block;
    padding: 0.5em 1em;
    border: 1px solid var(--_brand);
    border-radius: var(--_radius);
    color: var(--_brand);
    text-decoration: none;
  }

  a.action.primary {
    background: var(--_brand);
    color: var(--_brand-text);
  }

  .recent {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  .recent p {
    margin: 0;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0;
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_brand);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }

  .notice--success {
    border-inline-start-color: var(--_success);
  }

  .notice__dismiss {
    margin-inline-start: auto;
  }

  .loading {
    margin: 0;
    color: var(--_muted);
  }

  .view-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0;
    color: var(--_danger);
  }

  .view-error p {
    margin: 0;
  }

  @container (max-width: 36rem) {
    .header {
      padding-inline: 0.5rem;
    }

    .view {
      padding-inline: 0.5rem;
    }

    .toolbar__end {
      margin-inline-start: 0;
    }
  }
`;
