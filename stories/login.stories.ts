import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { LocalAdapter } from '../src/adapters/local/index.js';
import '../src/components/login/define.js';
import '../src/components/provider/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { HelpDeskError } from '../src/core/errors.js';
import { presets } from '../src/widget/presets/index.js';
import { element, submit, type } from './support/account-story.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Args {
  loginKind: 'email' | 'username';
}

interface Loaded {
  adapter: HelpDeskAdapter;
  token?: string;
}

const customer = presets['category-cards']!.users[0]!;

function login(args: Args, loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang}>
    <hd-provider .adapter=${loaded.adapter}>
      <hd-login login-kind=${args.loginKind} token=${loaded.token ?? ''}></hd-login>
    </hd-provider>
  </div>`;
}

/** Types a login and a password and sends them, as a customer pressing Enter. */
async function signIn(canvasElement: HTMLElement, loginName: string, password: string): Promise<void> {
  const el = await element(canvasElement, 'hd-login');
  await type(el, 'login', loginName);
  await type(el, 'password', password);
  submit(el);
}

/**
 * Sign in with e-mail (seed 000) or user name (seed 001) and password. Links to registration and recovery follow the
 * backend's capabilities. The demo customer is `cliente@example.com` / `Demo-2026!`.
 */
const meta: Meta<Args> = {
  title: 'Accounts/Login',
  component: 'hd-login',
  args: { loginKind: 'email' },
  argTypes: { loginKind: { control: 'inline-radio', options: ['email', 'username'], name: 'login-kind' } },
  loaders: [async () => ({ adapter: await storyAdapter({ signedIn: false }) })],
  render: (args, { loaded }) => login(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** The empty form, with the seed's wording. */
export const Empty: Story = {};

/** Seed 001 signs in with "Usuario" and "Contraseña". */
export const Username: Story = { args: { loginKind: 'username' } };

/** Typed, not sent yet. */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement, 'hd-login');
    await type(el, 'login', customer.email);
    await type(el, 'password', 'Demo-2026!');
  }
};

/** Wrong credentials: one generic message, both fields marked, the password asked for again. */
export const WrongCredentials: Story = {
  play: async ({ canvasElement }) => signIn(canvasElement, 'visitante@example.com', 'no-es-esta')
};

/** The backend locked the login after repeated failures: its wait time, in words. */
export const LockedOut: Story = {
  loaders: [
    async () => ({
      adapter: await storyAdapter({
        signedIn: false,
        faults: {
          fail: {
            signIn: new HelpDeskError('rate-limited', 'Too many failures', {
              retryAfterSeconds: 900,
              reason: 'too-many-failures'
            })
          }
        }
      })
    })
  ],
  play: async ({ canvasElement }) => signIn(canvasElement, customer.email, 'Demo-2026!')
};

/** The backend is down: a localized message, and everything typed stays for another try. */
export const Failing: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ signedIn: false, faults: failing('offline', 'signIn') }) })],
  play: async ({ canvasElement }) => signIn(canvasElement, customer.email, 'Demo-2026!')
};

/** Signing in takes forever: the button says so. */
export const Loading: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ signedIn: false, faults: { hang: ['signIn'] } }) })],
  play: async ({ canvasElement }) => signIn(canvasElement, customer.email, 'Demo-2026!')
};

/** Signed in with the form. */
export const SignedIn: Story = {
  play: async ({ canvasElement }) => signIn(canvasElement, customer.email, 'Demo-2026!')
};

/** The host page passed a token of its own sign-in: no form at all. */
export const HostToken: Story = {
  loaders: [
    async () => {
      const adapter = await storyAdapter({ signedIn: false });
      return { adapter, token: await (adapter as LocalAdapter).support.issueHostToken(customer.email) };
    }
  ]
};

/** A host token the backend refuses: it says so, still without a form. */
export const HostTokenRefused: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ signedIn: false }), token: 'caducado' })]
};

/** English. */
export const English: Story = { render: (args, { loaded }) => login(args, loaded as Loaded, 'en') };

/** Brazilian Portuguese, after wrong credentials. */
export const Portuguese: Story = {
  render: (args, { loaded }) => login(args, loaded as Loaded, 'pt-BR'),
  play: async ({ canvasElement }) => signIn(canvasElement, 'visitante@example.com', 'errada')
};
