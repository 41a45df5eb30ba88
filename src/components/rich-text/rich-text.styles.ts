import { css } from 'lit';

export const richTextStyles = css`
  :host {
    --editor-min-height: 8rem;
    --editor-max-height: 24rem;
  }

  .rich-text__toolbar {
    display: flex;
    gap: 0.25rem;
    max-inline-size: var(--control-max-width, 40rem);
  }

  .rich-text__format {
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    padding: 0.25rem;
    border-color: var(--_border);
    color: inherit;
    font-size: 1.05em;
    line-height: 1;
  }

  .rich-text__format[aria-pressed='true'] {
    background: var(--_brand);
    border-color: var(--_brand);
    color: var(--_brand-text);
  }

  .rich-text__editor {
    position: relative;
    min-block-size: var(--editor-min-height);
    max-block-size: var(--editor-max-height);
    overflow: auto;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    overflow-wrap: anywhere;
    cursor: text;
  }

  .rich-text__editor p {
    margin-block: 0 0.5em;
  }

  .rich-text__editor--empty::before {
    content: attr(data-placeholder);
    position: absolute;
    inset-inline-start: 0.75em;
    inset-block-start: 0.5em;
    color: var(--_muted);
    pointer-events: none;
  }

  .rich-text__editor[contenteditable='false'] {
    cursor: not-allowed;
    opacity: 0.7;
  }

  .rich-text__editor--loading,
  .rich-text__editor--failed {
    cursor: default;
    background: var(--_surface-alt);
  }

  .rich-text__loading {
    color: var(--_muted);
  }

  .rich-text__counter {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
    text-align: end;
    max-inline-size: var(--control-max-width, 40rem);
  }
`;
