import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/account-menu/define.js';
import '../src/components/provider/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { until } from './support/account-story.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Args {
  noSignIn: boolean;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

function menu(args: Args, loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang} style="display: flex; justify-content: flex-end; min-height: 12rem; padding: 1rem;">
    <hd-provider .adapter=${loaded.adapter}>
      <hd-account-menu ?no-sign-in=${args.noSignIn}></hd-account-menu>
    </hd-provider>
  </div>`;
}

/** Opens the menu by clicking the silhouette button. */
async function open(canvasElement: HTMLElement): Promise<void> {
  const trigger = () =>
    canvasElement.querySelector('hd-account-menu')?.shadowRoot?.querySelector<HTMLElement>('#trigger');
  await until(() => trigger() != null);
  trigger()?.click();
}

/**
 * The silhouette menu of seed 000, top right: the customer's name, "Creadas por mí", "Cambiar contraseña", "Cerrar
 * sesión". Try it with the keyboard: Enter or the arrows open it, arrows move, Escape closes.
 */
const meta: Meta<Args> = {
  title: 'Accounts/Account menu',
  component: 'hd-account-menu',
  args: { noSignIn: false },
  argTypes: { noSignIn: { control: 'boolean', name: 'no-sign-in' } },
  loaders: [async () => ({ adapter: await storyAdapter() })],
  render: (args, { loaded }) => menu(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** Signed in, closed. */
export const SignedIn: Story = {};

/** Open. */
export const Open: Story = { play: ({ canvasElement }) => open(canvasElement) };

/** Signed out: an "Iniciar sesión" button (or nothing, with `no-sign-in`). */
export const SignedOut: Story = { loaders: [async () => ({ adapter: await storyAdapter({ signedIn: false }) })] };

/** The session is still loading: nothing yet. */
export const Loading: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ faults: { hang: ['getSession'] } }) })]
};

/** Signing out fails: it says so and stays signed in. */
export const SignOutFailing: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ faults: failing('offline', 'signOut') }) })],
  play: async ({ canvasElement }) => {
    await open(canvasElement);
    const signOut = () =>
      canvasElement.querySelector('hd-account-menu')?.shadowRoot?.querySelector<HTMLElement>('[data-item="sign-out"]');
    await until(() => signOut() != null);
    signOut()?.click();
  }
};

/** English, open. */
export const English: Story = {
  render: (args, { loaded }) => menu(args, loaded as Loaded, 'en'),
  play: ({ canvasElement }) => open(canvasElement)
};

/** Brazilian Portuguese, open. */
export const Portuguese: Story = {
  render: (args, { loaded }) => menu(args, loaded as Loaded, 'pt-BR'),
  play: ({ canvasElement }) => open(canvasElement)
};
