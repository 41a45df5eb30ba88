import { css } from 'lit';

/** What only the sign-in form adds to the shared account look. */
export const loginStyles = css`
  .base--token {
    gap: 0;
  }
`;
