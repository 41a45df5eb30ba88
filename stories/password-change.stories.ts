import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/password-change/define.js';
import '../src/components/provider/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { HelpDeskError } from '../src/core/errors.js';
import { presets } from '../src/widget/presets/index.js';
import { element, submit, type } from './support/account-story.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Loaded {
  adapter: HelpDeskAdapter;
}

const customer = presets['category-cards']!.users[0]!;
const STRONG = 'Río-Verde-Montaña-73';

function change(loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang}>
    <hd-provider .adapter=${loaded.adapter}><hd-password-change></hd-password-change></hd-provider>
  </div>`;
}

async function fill(canvasElement: HTMLElement, current: string, next: string, confirm: string, send = true) {
  const el = await element(canvasElement, 'hd-password-change');
  await type(el, 'current', current);
  await type(el, 'new-password', next);
  await type(el, 'confirm', confirm);
  if (send) submit(el);
}

/**
 * The signed-in customer changes the password (seed 001): current, new, confirm, then "Su contraseña se ha cambiado
 * correctamente.". Stories that change it for real use a fresh copy of the demo data each time they load.
 */
const meta: Meta = {
  title: 'Accounts/Password change',
  component: 'hd-password-change',
  loaders: [async () => ({ adapter: await storyAdapter() })],
  render: (_args, { loaded }) => change(loaded as Loaded)
};
export default meta;

type Story = StoryObj;

/** Empty. */
export const Empty: Story = {};

/** Typed, with the strength meter. */
export const Typing: Story = {
  play: ({ canvasElement }) => fill(canvasElement, customer.password, STRONG, STRONG, false)
};

/** The current password is wrong: told at that field. */
export const WrongCurrent: Story = {
  loaders: [
    async () => ({
      adapter: await storyAdapter({
        faults: {
          fail: { changePassword: new HelpDeskError('invalid', 'Wrong', { fieldErrors: { current: 'Wrong' } }) }
        }
      })
    })
  ],
  play: ({ canvasElement }) => fill(canvasElement, 'no-es-esta', STRONG, STRONG)
};

/** The confirmation does not match. */
export const Mismatch: Story = { play: ({ canvasElement }) => fill(canvasElement, customer.password, STRONG, 'otra') };

/** Changed: the seed's message. The backend is wrapped so the demo password stays the same for the other stories. */
export const Done: Story = {
  loaders: [
    async () => {
      const adapter = await storyAdapter();
      return {
        adapter: new Proxy(adapter, {
          get: (target, key) => (key === 'changePassword' ? async () => undefined : Reflect.get(target, key))
        })
      };
    }
  ],
  play: ({ canvasElement }) => fill(canvasElement, customer.password, STRONG, STRONG)
};

/** Signed out: it asks to sign in first. */
export const SignedOut: Story = { loaders: [async () => ({ adapter: await storyAdapter({ signedIn: false }) })] };

/** Changing takes forever. */
export const Loading: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ faults: { hang: ['changePassword'] } }) })],
  play: ({ canvasElement }) => fill(canvasElement, customer.password, STRONG, STRONG)
};

/** The backend fails: a localized message, everything typed kept. */
export const Failing: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ faults: failing('server', 'changePassword') }) })],
  play: ({ canvasElement }) => fill(canvasElement, customer.password, STRONG, STRONG)
};

/** English. */
export const English: Story = { render: (_args, { loaded }) => change(loaded as Loaded, 'en') };

/** Brazilian Portuguese, mismatch. */
export const Portuguese: Story = {
  render: (_args, { loaded }) => change(loaded as Loaded, 'pt-BR'),
  play: ({ canvasElement }) => fill(canvasElement, customer.password, STRONG, 'outra')
};
