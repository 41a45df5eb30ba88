import { css } from 'lit';

/** What only the password change adds to the shared account look. */
export const passwordChangeStyles = css`
  .actions:empty {
    display: none;
  }
`;
