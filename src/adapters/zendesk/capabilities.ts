import type { Capabilities, FlowSupport } from '../../core/index.js';
import type { ZendeskAdapterOptions } from './options.js';

// What Zendesk offers an end user through its API, and what only its hosted pages do. Sign-in is OAuth: the host
// page gets the token (hosted sign-in page, PKCE) and hands it over; there is no end-user API for signup or
// password reset, but there is one for changing one's own password.

function hosted(url: string | undefined): FlowSupport {
  return url ? { mode: 'hosted', url } : { mode: 'none' };
}

export function zendeskCapabilities(options: ZendeskAdapterOptions): Capabilities {
  const pages = options.hostedPages ?? {};
  const change = options.changePassword ?? (pages.changePassword ? 'hosted' : 'api');
  return {
    accounts: {
      passwordSignIn: hosted(pages.signIn),
      hostToken: true,
      signup: hosted(pages.signup),
      passwordReset: hosted(pages.passwordReset),
      changePassword:
        change === 'api' ? { mode: 'api' } : change === 'hosted' ? hosted(pages.changePassword) : { mode: 'none' }
    },
    cases: {
      list: true,
      search: 'fulltext',
      organizationScope: false,
      reply: true,
      close: options.solveByCustomer === true,
      reopen: false
    },
    entitlements: false,
    invoices: false,
    articles: options.articles !== false,
    phoneCallBack: false,
    liveUpdates: false
  };
}
