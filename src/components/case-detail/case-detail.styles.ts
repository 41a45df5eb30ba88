import { css } from 'lit';

/**
 * Component variables are unprefixed and default to the global `--hd-*` tokens (read in base.styles.ts as `--_*`),
 * so a page themes every element at once and can still adjust this one. Logical properties only, so the layout
 * mirrors itself in right-to-left pages.
 */
export const caseDetailStyles = css`
  :host {
    display: block;
    --detail-gap: var(--_space);
    --message-padding: var(--_space);
    --message-radius: var(--_radius);
    --message-border-color: var(--_border);
    --customer-accent: var(--_brand);
    --agent-accent: var(--_success);
    --system-accent: var(--_muted);
    --original-background: var(--_surface-alt);
    --status-radius: 999px;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--detail-gap);
  }

  .state {
    margin: 0;
    padding-block: var(--message-padding);
  }

  .state--error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--detail-gap) / 2);
  }

  .state--error .error {
    margin: 0;
  }

  /* Header */

  .header {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
  }

  .reference-line {
    margin: 0;
  }

  .reference {
    font-family: var(--_font-family-mono);
    font-size: 0.9em;
    color: var(--_muted);
  }

  .subject {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.3;
  }

  .subject:focus {
    outline: none;
  }

  .subject:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.5em var(--detail-gap);
    margin: 0;
  }

  .fact dt {
    font-size: 0.8em;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }

  .fact dd {
    margin: 0;
  }

  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding-block: 0.1em;
    padding-inline: 0.6em;
    border: 1px solid currentColor;
    border-radius: var(--status-radius);
    font-weight: 600;
    font-size: 0.9em;
    color: var(--_muted);
  }

  .status[data-category='new'],
  .status[data-category='open'] {
    color: var(--_brand);
  }

  .status[data-category='waiting-on-support'] {
    color: var(--_warning);
    border-style: dashed;
  }

  .status[data-category='waiting-on-customer'] {
    color: var(--_success);
    border-width: 2px;
  }

  .status[data-category='resolved'] {
    color: var(--_success);
  }

  .status[data-category='closed'] {
    color: var(--_muted);
    background: var(--_surface-alt);
  }

  .priority[data-priority='urgent'],
  .priority[data-priority='high'] {
    font-weight: 700;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.25em;
  }

  .banner {
    margin: 0;
    padding-block: 0.6em;
    padding-inline: 0.8em;
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--message-radius);
    color: var(--_danger);
  }

  .banner:focus {
    outline: none;
  }

  .banner:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* The original message and the thread */

  .section-title {
    margin: 0;
    font-size: 1.1em;
  }

  .original {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: var(--message-padding);
    border: 1px solid var(--message-border-color);
    border-radius: var(--message-radius);
    background: var(--original-background);
  }

  .original-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em var(--detail-gap);
  }

  .locked {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .lock-icon {
    margin-inline-end: 0.3em;
  }

  .attachments-title {
    margin: 0;
    font-size: 0.95em;
  }

  .thread-section {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75em;
  }

  .thread {
    align-self: stretch;
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }

  .empty {
    margin: 0;
    color: var(--_muted);
  }

  .comment {
    --_accent: var(--system-accent);
    padding: var(--message-padding);
    border: 1px solid var(--message-border-color);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--message-radius);
    background: var(--_surface);
  }

  .comment--customer {
    --_accent: var(--customer-accent);
    margin-inline-start: clamp(0rem, 6%, 3rem);
  }

  .comment--agent {
    --_accent: var(--agent-accent);
    margin-inline-end: clamp(0rem, 6%, 3rem);
  }

  .comment--system {
    border-style: dashed;
    border-inline-start-style: solid;
    background: var(--_surface-alt);
    font-size: 0.95em;
  }

  .comment:focus {
    outline: none;
  }

  .comment:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .comment-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
    margin-block: 0 0.4em;
    margin-inline: 0;
    font-size: 0.9em;
  }

  .author {
    font-weight: 700;
  }

  .role-badge {
    padding-inline: 0.5em;
    border: 1px solid var(--_accent, var(--_border));
    border-radius: var(--status-radius);
    font-size: 0.85em;
    font-weight: 600;
  }

  .comment time,
  .original time {
    color: var(--_muted);
  }

  .body {
    overflow-wrap: anywhere;
  }

  .body--text {
    white-space: pre-wrap;
  }

  .body--html > :first-child {
    margin-block-start: 0;
  }

  .body--html > :last-child {
    margin-block-end: 0;
  }

  .body--html a[href] {
    color: var(--_brand);
  }

  .body--html blockquote {
    margin-inline: 0;
    padding-inline-start: 0.8em;
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
  }

  .body--html pre {
    overflow-x: auto;
  }

  .attachments {
    list-style: none;
    margin-block: 0.5em 0;
    margin-inline: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }

  .attachment {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.4em;
  }

  .attachment-link {
    color: var(--_brand);
    overflow-wrap: anywhere;
  }

  .attachment-meta {
    color: var(--_muted);
    font-size: 0.85em;
  }

  .closed-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--detail-gap);
    padding: var(--message-padding);
    border: 1px solid var(--message-border-color);
    border-radius: var(--message-radius);
    background: var(--_surface-alt);
  }

  .closed-notice:focus {
    outline: none;
  }

  .closed-notice:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .closed-text {
    margin: 0;
    font-weight: 600;
  }

  .load-more[aria-disabled='true'],
  .close-button[aria-disabled='true'],
  .reopen-button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  /* Close confirmation */

  .dialog {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    padding: calc(var(--message-padding) * 1.5);
    border: 1px solid var(--message-border-color);
    border-radius: var(--message-radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .dialog-title {
    margin-block: 0 0.5em;
    font-size: 1.2em;
  }

  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
    margin-block-start: var(--message-padding);
  }
`;
