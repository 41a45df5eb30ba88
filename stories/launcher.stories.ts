import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widget/launcher/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { storyAdapter } from './support/story-adapter.js';

interface Args {
  position: 'bottom-end' | 'bottom-start';
  label: string;
  icon: string;
  iconOnly: boolean;
  open: boolean;
  /** How the portal's code is fetched (default: the real dynamic import). */
  loader?: () => Promise<unknown>;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

/**
 * `<hd-launcher>`: the floating help button. Only the button loads with the page; the portal's code is fetched on
 * the first hover, focus or tap, and opens in a modal panel (a full-screen sheet on phones).
 */
const meta: Meta<Args> = {
  title: 'Widget/Launcher',
  component: 'hd-launcher',
  args: { position: 'bottom-end', label: '', icon: 'help', iconOnly: false, open: false },
  argTypes: {
    position: { control: 'inline-radio', options: ['bottom-end', 'bottom-start'] },
    label: { control: 'text' },
    icon: { control: 'select', options: ['help', 'chat', 'mail', '💬', 'none'] },
    iconOnly: { control: 'boolean', name: 'icon-only' },
    open: { control: 'boolean' }
  },
  parameters: { layout: 'fullscreen' },
  loaders: [async () => ({ adapter: await storyAdapter() })],
  render: (args, { loaded }) =>
    html`<div lang="es" style="min-height: 24rem; padding: 1rem">
      <p>Una página cualquiera: el botón flota en la esquina.</p>
      <hd-launcher
        position=${args.position}
        label=${args.label}
        icon=${args.icon}
        ?icon-only=${args.iconOnly}
        ?open=${args.open}
        .loader=${args.loader ?? (() => import('../src/widget/portal.js'))}
      >
        <hd-helpdesk preset="category-cards" .adapter=${(loaded as Loaded).adapter}></hd-helpdesk>
      </hd-launcher>
    </div>`
};
export default meta;

type Story = StoryObj<Args>;

/** Closed: the button alone, at the bottom end (the right in left-to-right pages). */
export const Closed: Story = {};

/** Open: the portal in its modal panel. */
export const Open: Story = { args: { open: true } };

/** At the bottom start (the left in left-to-right pages), with a chat icon and a label of the vendor's. */
export const BottomStart: Story = { args: { position: 'bottom-start', icon: 'chat', label: 'Soporte' } };

/** Only the icon shows; "Ayuda" stays as the button's accessible name. */
export const IconOnly: Story = { args: { iconOnly: true } };

/** Open while the portal's code is on its way (a slow network): the panel says so. */
export const Loading: Story = { args: { open: true, loader: () => new Promise(() => undefined) } };

/** Open, but the portal's code could not be fetched: the panel says so, with a button that tries again. */
export const ErrorState: Story = {
  name: 'Error',
  args: { open: true, loader: () => Promise.reject(new Error('offline')) }
};
