import { css } from 'lit';

/**
 * Component variables are unprefixed and default to the global `--hd-*` tokens (read in base.styles.ts as `--_*`).
 * Logical properties only, so the layout mirrors itself in right-to-left pages.
 */
export const attachmentPickerStyles = css`
  :host {
    display: block;
    --dropzone-background: var(--_surface-alt);
    --dropzone-background-active: color-mix(in srgb, var(--_brand) 12%, var(--_surface));
    --dropzone-border-color: var(--_border);
    --dropzone-border-color-active: var(--_brand);
    --dropzone-padding: calc(var(--_space) * 1.25);
    --dropzone-radius: var(--_radius);
    --file-gap: calc(var(--_space) / 2);
    --file-background: var(--_surface);
    --file-border-color: var(--_border);
    --preview-size: 3rem;
    --progress-color: var(--_brand);
    --refused-color: var(--_danger);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }

  .label {
    font-weight: 600;
  }

  .limits {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .dropzone {
    display: flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    min-block-size: 5rem;
    padding: var(--dropzone-padding);
    border: 2px dashed var(--dropzone-border-color);
    border-radius: var(--dropzone-radius);
    background: var(--dropzone-background);
    transition:
      background-color 120ms ease,
      border-color 120ms ease;
  }

  .dropzone--active {
    border-style: solid;
    border-color: var(--dropzone-border-color-active);
    background: var(--dropzone-background-active);
  }

  .dropzone--disabled {
    opacity: 0.6;
  }

  .prompt,
  .drop-here {
    margin: 0;
  }

  .drop-here,
  .dropzone--active .prompt {
    display: none;
  }

  .dropzone--active .drop-here {
    display: block;
    font-weight: 600;
  }

  /* Children would fire their own dragenter / dragleave and make the zone flicker. */
  .dropzone--active * {
    pointer-events: none;
  }

  .browse-button {
    padding: 0;
    border: none;
    background: none;
    color: var(--_brand);
    text-decoration: underline;
    border-radius: 0.125rem;
  }

  .file-list,
  .refused {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--file-gap);
  }

  .file {
    display: grid;
    grid-template-columns: var(--preview-size) minmax(0, 1fr) auto;
    grid-template-areas:
      'preview name actions'
      'preview meta actions'
      'preview progress actions';
    column-gap: calc(var(--_space) * 0.75);
    align-items: center;
    padding: calc(var(--_space) / 2);
    border: 1px solid var(--file-border-color);
    border-radius: var(--_radius);
    background: var(--file-background);
  }

  .file--failed {
    border-color: var(--refused-color);
  }

  .preview,
  .icon {
    grid-area: preview;
    inline-size: var(--preview-size);
    block-size: var(--preview-size);
    border-radius: calc(var(--_radius) / 2);
  }

  .preview {
    object-fit: cover;
    background: var(--_surface-alt);
  }

  .icon {
    display: grid;
    place-items: center;
    font-size: calc(var(--preview-size) / 4.5);
    font-weight: 700;
    letter-spacing: 0.02em;
    color: var(--_muted);
    background: var(--_surface-alt);
    border: 1px solid var(--file-border-color);
  }

  .name {
    grid-area: name;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
  }

  .meta {
    grid-area: meta;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .file--failed .meta {
    color: var(--refused-color);
  }

  .progress {
    grid-area: progress;
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: var(--progress-color);
  }

  .actions {
    grid-area: actions;
    display: flex;
    gap: calc(var(--_space) / 4);
    flex-wrap: wrap;
    justify-content: flex-end;
  }

  .actions button {
    padding: 0.25em 0.75em;
  }

  .refused li {
    color: var(--refused-color);
    padding-inline-start: 1.25em;
    text-indent: -1.25em;
  }

  .refused li::before {
    content: '\\26A0\\FE0E';
    display: inline-block;
    inline-size: 1.25em;
    text-indent: 0;
  }
`;
