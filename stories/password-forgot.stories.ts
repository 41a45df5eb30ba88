import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/password-forgot/define.js';
import '../src/components/provider/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { element, submit, type } from './support/account-story.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Loaded {
  adapter: HelpDeskAdapter;
}

function forgot(loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang}>
    <hd-provider .adapter=${loaded.adapter}><hd-password-forgot></hd-password-forgot></hd-provider>
  </div>`;
}

async function send(canvasElement: HTMLElement, email = 'lmelo@inovait.co'): Promise<void> {
  const el = await element(canvasElement, 'hd-password-forgot');
  await type(el, 'email', email);
  submit(el);
}

/** Password recovery, step one (seed 001): the address, "Enviar", then "check your e-mail". */
const meta: Meta = {
  title: 'Accounts/Password forgot',
  component: 'hd-password-forgot',
  loaders: [async () => ({ adapter: await storyAdapter({ signedIn: false }) })],
  render: (_args, { loaded }) => forgot(loaded as Loaded)
};
export default meta;

type Story = StoryObj;

/** Empty. */
export const Empty: Story = {};

/** The address typed. */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement, 'hd-password-forgot');
    await type(el, 'email', 'lmelo@inovait.co');
  }
};

/** Sent: "Consulte su correo electrónico para restablecer la contraseña." (the same for an unknown address). */
export const Sent: Story = { play: ({ canvasElement }) => send(canvasElement) };

/** Not an address: told at the field. */
export const InvalidAddress: Story = { play: ({ canvasElement }) => send(canvasElement, 'lmelo@') };

/** Sending takes forever. */
export const Sending: Story = {
  loaders: [
    async () => ({ adapter: await storyAdapter({ signedIn: false, faults: { hang: ['requestPasswordReset'] } }) })
  ],
  play: ({ canvasElement }) => send(canvasElement)
};

/** The backend fails: a localized message, the address kept. */
export const Failing: Story = {
  loaders: [
    async () => ({
      adapter: await storyAdapter({ signedIn: false, faults: failing('server', 'requestPasswordReset') })
    })
  ],
  play: ({ canvasElement }) => send(canvasElement)
};

/** English. */
export const English: Story = { render: (_args, { loaded }) => forgot(loaded as Loaded, 'en') };

/** Brazilian Portuguese, sent. */
export const Portuguese: Story = {
  render: (_args, { loaded }) => forgot(loaded as Loaded, 'pt-BR'),
  play: ({ canvasElement }) => send(canvasElement)
};
