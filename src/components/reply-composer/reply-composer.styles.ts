import { css } from 'lit';

/**
 * Component variables are unprefixed and default to the global `--hd-*` tokens (read in base.styles.ts as `--_*`).
 * Logical properties only, so the layout mirrors itself in right-to-left pages.
 */
export const replyComposerStyles = css`
  :host {
    display: block;
    --composer-background: var(--_surface);
    --composer-border-color: var(--_border);
    --composer-padding: var(--_space);
    --composer-radius: var(--_radius);
    --textarea-min-height: 8rem;
    --banner-color: var(--_danger);
  }

  .base {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
  }

  .reply-button::before {
    content: '+';
    margin-inline-end: 0.4em;
    font-weight: 700;
  }

  .composer {
    align-self: stretch;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    padding: var(--composer-padding);
    border: 1px solid var(--composer-border-color);
    border-radius: var(--composer-radius);
    background: var(--composer-background);
  }

  .title {
    margin: 0;
    font-size: 1.1em;
  }

  .label {
    font-weight: 600;
  }

  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    inline-size: 100%;
    min-block-size: var(--textarea-min-height);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    resize: vertical;
  }

  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }

  .problem {
    margin: 0;
  }

  .problem::before {
    content: '⚠ ';
  }

  .restored {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    color: var(--_muted);
  }

  .restored button {
    padding-block: 0.2em;
    padding-inline: 0.6em;
  }

  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    padding-block: 0.6em;
    padding-inline: 0.8em;
    border: 1px solid var(--banner-color);
    border-inline-start-width: 4px;
    border-radius: var(--composer-radius);
    color: var(--banner-color);
    background: color-mix(in srgb, var(--banner-color) 6%, var(--_surface));
  }

  .banner:focus {
    outline: none;
  }

  .banner:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .banner-text {
    flex: 1 1 16rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: flex-end;
  }

  .add-button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
`;
