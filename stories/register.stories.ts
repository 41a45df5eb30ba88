import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/provider/define.js';
import '../src/components/register/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { HelpDeskError } from '../src/core/errors.js';
import { element, mailedToken, newAddress, submit, type } from './support/account-story.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Args {
  privacyUrl: string;
}

interface Loaded {
  adapter: HelpDeskAdapter;
  token?: string;
  email?: string;
}

function register(args: Args, loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang}>
    <hd-provider .adapter=${loaded.adapter}>
      <hd-register privacy-url=${args.privacyUrl} token=${loaded.token ?? ''} email=${loaded.email ?? ''}></hd-register>
    </hd-provider>
  </div>`;
}

/** A real sign-up link for a new address, read from the demo mailbox. */
async function withLink(options: Parameters<typeof storyAdapter>[0] = {}): Promise<Loaded> {
  const plain = await storyAdapter({ signedIn: false });
  const email = newAddress();
  const token = await mailedToken(plain, email, 'signup');
  const adapter = options.faults ? await storyAdapter({ signedIn: false, ...options }) : plain;
  return { adapter, token, email };
}

async function requestLink(canvasElement: HTMLElement, email: string): Promise<void> {
  const el = await element(canvasElement, 'hd-register');
  await type(el, 'email', email);
  submit(el);
}

async function fillDetails(canvasElement: HTMLElement, name: string, password: string, send = false): Promise<void> {
  const el = await element(canvasElement, 'hd-register');
  await type(el, 'name', name);
  await type(el, 'new-password', password);
  if (send) submit(el);
}

/**
 * Registration by e-mail link (seed 000): the address and "Enviar enlace", "check your inbox", then, from the link,
 * full name and password with the strength meter and the privacy notice.
 */
const meta: Meta<Args> = {
  title: 'Accounts/Register',
  component: 'hd-register',
  args: { privacyUrl: 'https://example.com/privacidad' },
  argTypes: { privacyUrl: { control: 'text', name: 'privacy-url' } },
  loaders: [async () => ({ adapter: await storyAdapter({ signedIn: false }) })],
  render: (args, { loaded }) => register(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** Step one, empty. */
export const Empty: Story = {};

/** Step one with the address typed. */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement, 'hd-register');
    await type(el, 'email', 'usuariodeprueba@gmail.com');
  }
};

/** "Enviar enlace" sent: the neutral "check your inbox" answer (the same for an address that has an account). */
export const LinkSent: Story = {
  play: async ({ canvasElement }) => requestLink(canvasElement, 'usuariodeprueba@gmail.com')
};

/** Sending the link takes forever. */
export const Sending: Story = {
  loaders: [
    async () => ({ adapter: await storyAdapter({ signedIn: false, faults: { hang: ['requestSignupLink'] } }) })
  ],
  play: async ({ canvasElement }) => requestLink(canvasElement, 'usuariodeprueba@gmail.com')
};

/** The backend fails: a localized message, the address kept. */
export const SendFailing: Story = {
  loaders: [
    async () => ({ adapter: await storyAdapter({ signedIn: false, faults: failing('server', 'requestSignupLink') }) })
  ],
  play: async ({ canvasElement }) => requestLink(canvasElement, 'usuariodeprueba@gmail.com')
};

/** Step two, opened from the link: the address, name, password and the privacy notice. */
export const FromLink: Story = { loaders: [() => withLink()] };

/** Step two being typed: the meter says "Muy fuerte", as in the seed. */
export const Typing: Story = {
  loaders: [() => withLink()],
  play: async ({ canvasElement }) => fillDetails(canvasElement, 'Usuario De Prueba', 'Caballo-Azul-Pradera-42')
};

/** A password below the policy, refused at its field with the reason. */
export const WeakPassword: Story = {
  loaders: [() => withLink()],
  play: async ({ canvasElement }) => fillDetails(canvasElement, 'Usuario De Prueba', 'usuario2024', true)
};

/** The link expired: it says so and offers a new one. */
export const ExpiredLink: Story = {
  loaders: [
    () =>
      withLink({
        faults: { fail: { completeSignup: new HelpDeskError('invalid', 'expired', { reason: 'expired-link' }) } }
      })
  ],
  play: async ({ canvasElement }) => fillDetails(canvasElement, 'Usuario De Prueba', 'Caballo-Azul-Pradera-42', true)
};

/** Creating the account takes forever. */
export const Creating: Story = {
  loaders: [() => withLink({ faults: { hang: ['completeSignup'] } })],
  play: async ({ canvasElement }) => fillDetails(canvasElement, 'Usuario De Prueba', 'Caballo-Azul-Pradera-42', true)
};

/** Done: the account exists and the customer is signed in. */
export const Done: Story = {
  loaders: [() => withLink()],
  play: async ({ canvasElement }) => fillDetails(canvasElement, 'Usuario De Prueba', 'Caballo-Azul-Pradera-42', true)
};

/** English, step two typed. */
export const English: Story = {
  loaders: [() => withLink()],
  render: (args, { loaded }) => register(args, loaded as Loaded, 'en'),
  play: async ({ canvasElement }) => fillDetails(canvasElement, 'Test User', 'kxmfpqzt')
};

/** Brazilian Portuguese, step two typed. */
export const Portuguese: Story = {
  loaders: [() => withLink()],
  render: (args, { loaded }) => register(args, loaded as Loaded, 'pt-BR'),
  play: async ({ canvasElement }) => fillDetails(canvasElement, 'Usuário de Teste', 'Caballo-Azul-Pradera-42')
};
