import { css } from 'lit';

/** What only password recovery adds to the shared account look. */
export const passwordForgotStyles = css`
  :host([no-heading]) .base {
    max-inline-size: none;
  }
`;
