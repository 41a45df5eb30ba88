import { css } from 'lit';

/** What only the password reset adds to the shared account look. */
export const passwordResetStyles = css`
  hd-password-forgot {
    --form-max-width: none;
  }
`;
