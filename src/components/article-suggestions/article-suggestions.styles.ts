import { css } from 'lit';

export const articleSuggestionsStyles = css`
  :host {
    display: block;
    --articles-background: var(--_surface-alt);
    --articles-border-color: var(--_border);
    --articles-link-color: var(--_brand);
  }

  .articles {
    padding-block: 0.75rem;
    padding-inline: var(--_space);
    border: 1px solid var(--articles-border-color);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--articles-background);
  }

  .articles__title {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }

  .articles__list {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .articles__link {
    color: var(--articles-link-color);
    font-weight: 600;
  }

  .articles__excerpt {
    margin: 0.125rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
