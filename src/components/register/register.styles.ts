import { css } from 'lit';

/** What only the registration adds to the shared account look. */
export const registerStyles = css`
  .notice a {
    color: var(--_brand);
  }
`;
