import { HelpDeskError, type Capabilities } from '../../core/index.js';
import type { Preset } from '../../core/preset.js';

/** The local backend does everything itself, so every flow is in the API and every feature is on. */
const DEFAULTS: Capabilities = {
  accounts: {
    passwordSignIn: { mode: 'api' },
    hostToken: true,
    signup: { mode: 'api' },
    passwordReset: { mode: 'api' },
    changePassword: { mode: 'api' }
  },
  cases: { list: true, search: 'fulltext', organizationScope: true, reply: true, close: true, reopen: true },
  entitlements: true,
  invoices: true,
  articles: true,
  phoneCallBack: true,
  liveUpdates: true
};

/** The defaults with the preset's overrides laid over them, group by group. */
export function resolveCapabilities(preset: Preset): Capabilities {
  const overrides = preset.capabilities ?? {};
  return {
    accounts: { ...DEFAULTS.accounts, ...overrides.accounts },
    cases: { ...DEFAULTS.cases, ...overrides.cases },
    entitlements: overrides.entitlements ?? DEFAULTS.entitlements,
    invoices: overrides.invoices ?? DEFAULTS.invoices,
    articles: overrides.articles ?? DEFAULTS.articles,
    phoneCallBack: overrides.phoneCallBack ?? DEFAULTS.phoneCallBack,
    liveUpdates: overrides.liveUpdates ?? DEFAULTS.liveUpdates
  };
}

/** Throws `unsupported` unless `enabled`: the preset switched this feature off. */
export function requireCapability(enabled: boolean, what: string): void {
  if (!enabled) throw new HelpDeskError('unsupported', `This help desk does not offer ${what}.`);
}
