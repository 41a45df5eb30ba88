/** How a backend offers an account flow: through the API, on a hosted page of its own, or not at all. */
export type FlowSupport = { mode: 'api' } | { mode: 'hosted'; url: string } | { mode: 'none' };

export interface Capabilities {
  accounts: {
    /** Sign-in with a login and password. */
    passwordSignIn: FlowSupport;
    /** Sign-in with a token the host page already holds. */
    hostToken: boolean;
    signup: FlowSupport;
    passwordReset: FlowSupport;
    changePassword: FlowSupport;
  };
  cases: {
    list: boolean;
    /** `fulltext` searches subject, description and fields; `subject` only subjects. */
    search: 'fulltext' | 'subject' | 'none';
    /** Whether "all cases of my organization" can be listed. */
    organizationScope: boolean;
    reply: boolean;
    close: boolean;
    reopen: boolean;
  };
  entitlements: boolean;
  invoices: boolean;
  articles: boolean;
  /** Whether a customer may ask for a phone call back instead of a ticket. */
  phoneCallBack: boolean;
  /** Whether `subscribe` pushes changes; when false the UI polls. */
  liveUpdates: boolean;
}
