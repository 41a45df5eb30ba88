import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/password-reset/define.js';
import '../src/components/provider/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { HelpDeskError } from '../src/core/errors.js';
import type { FaultPlan } from '../src/testing/faults.js';
import { presets } from '../src/widget/presets/index.js';
import { element, mailedToken, submit, type } from './support/account-story.js';
import { storyAdapter } from './support/story-adapter.js';

interface Loaded {
  adapter: HelpDeskAdapter;
  token?: string;
}

const customer = presets['category-cards']!.users[0]!;

function reset(loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang}>
    <hd-provider .adapter=${loaded.adapter}>
      <hd-password-reset token=${loaded.token ?? ''}></hd-password-reset>
    </hd-provider>
  </div>`;
}

/** A real reset link for the demo customer, read from the demo mailbox. */
async function withLink(faults?: FaultPlan): Promise<Loaded> {
  const plain = await storyAdapter({ signedIn: false });
  const token = await mailedToken(plain, customer.email, 'reset');
  return { adapter: faults ? await storyAdapter({ signedIn: false, faults }) : plain, token };
}

async function fill(canvasElement: HTMLElement, next: string, confirm: string, send = true): Promise<void> {
  const el = await element(canvasElement, 'hd-password-reset');
  await type(el, 'new-password', next);
  await type(el, 'confirm', confirm);
  if (send) submit(el);
}

const STRONG = 'Río-Verde-Montaña-73';

/**
 * Password recovery, step two (seed 001), from the e-mailed link: new password twice, "Restablecer", then "Su
 * contraseña se ha restablecido." and "Iniciar sesión".
 */
const meta: Meta = {
  title: 'Accounts/Password reset',
  component: 'hd-password-reset',
  loaders: [() => withLink()],
  render: (_args, { loaded }) => reset(loaded as Loaded)
};
export default meta;

type Story = StoryObj;

/** Opened from the link, empty. */
export const Empty: Story = {};

/** Typed, with the strength meter. */
export const Typing: Story = { play: ({ canvasElement }) => fill(canvasElement, STRONG, STRONG, false) };

/** The confirmation does not match: told at that field. */
export const Mismatch: Story = { play: ({ canvasElement }) => fill(canvasElement, STRONG, 'Rio-Verde') };

/** Reset: the seed's message and the way to sign in. */
export const Done: Story = { play: ({ canvasElement }) => fill(canvasElement, STRONG, STRONG) };

/** The link expired: it says so, with the form for a new link right there. */
export const ExpiredLink: Story = {
  loaders: [
    () => withLink({ fail: { completePasswordReset: new HelpDeskError('invalid', 'x', { reason: 'expired-link' }) } })
  ],
  play: ({ canvasElement }) => fill(canvasElement, STRONG, STRONG)
};

/** The link was used already. */
export const UsedLink: Story = {
  loaders: [
    () => withLink({ fail: { completePasswordReset: new HelpDeskError('invalid', 'x', { reason: 'used-link' }) } })
  ],
  play: ({ canvasElement }) => fill(canvasElement, STRONG, STRONG)
};

/** Opened without a link. */
export const NoLink: Story = {
  render: (_args, { loaded }) => reset({ adapter: (loaded as Loaded).adapter })
};

/** Resetting takes forever. */
export const Loading: Story = {
  loaders: [() => withLink({ hang: ['completePasswordReset'] })],
  play: ({ canvasElement }) => fill(canvasElement, STRONG, STRONG)
};

/** The backend fails: a localized message, the passwords kept. */
export const Failing: Story = {
  loaders: [() => withLink({ fail: { completePasswordReset: 'offline' } })],
  play: ({ canvasElement }) => fill(canvasElement, STRONG, STRONG)
};

/** English, typed. */
export const English: Story = {
  render: (_args, { loaded }) => reset(loaded as Loaded, 'en'),
  play: ({ canvasElement }) => fill(canvasElement, 'kxmfpqzt', 'kxmfpqzt', false)
};

/** Brazilian Portuguese, reset. */
export const Portuguese: Story = {
  render: (_args, { loaded }) => reset(loaded as Loaded, 'pt-BR'),
  play: ({ canvasElement }) => fill(canvasElement, STRONG, STRONG)
};
