import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widget/helpdesk/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { presets } from '../src/widget/presets/index.js';
import { storyAdapter } from './support/story-adapter.js';

interface Args {
  preset: string;
  view: string;
  theme: 'light' | 'dark' | 'auto';
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

/** The seed preset of a story, on its own local database, signed in as the preset's first customer. */
const signedIn = (presetId: string) => async () => ({ adapter: await storyAdapter({ preset: presets[presetId] }) });

/** The page behind the portal: light or dark, so each mode is seen on a page of its own kind. */
const PAGE = { light: '#f6f8fa', dark: '#010409', auto: 'Canvas' } as const;

function portal(args: Args, loaded: Loaded, options: { dir?: string; style?: string } = {}) {
  return html`<div
    lang="es"
    dir=${options.dir ?? 'ltr'}
    style="padding: 1rem; color-scheme: ${args.theme === 'auto' ? 'light dark' : args.theme}; background: ${
      PAGE[args.theme]
    }; ${options.style ?? ''}"
  >
    <hd-helpdesk .adapter=${loaded.adapter} preset=${args.preset} view=${args.view} theme=${args.theme}></hd-helpdesk>
  </div>`;
}

/**
 * Light, dark and follow-the-system (`theme="light|dark|auto"`) for each seed preset's portal, right to left, and
 * a brand of one's own through the `--hd-*` tokens. Every element inside the portal (cards, lists, forms, the
 * account menu) follows the portal's `theme`: `color-scheme` inherits through shadow roots (docs/theming.md).
 */
const meta: Meta<Args> = {
  title: 'Theming',
  component: 'hd-helpdesk',
  args: { preset: 'category-cards', view: 'home', theme: 'light' },
  argTypes: {
    preset: { control: 'select', options: Object.keys(presets) },
    view: { control: 'select', options: ['home', 'new-case', 'my-cases', 'entitlements', 'invoices'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] }
  },
  loaders: [signedIn('category-cards')],
  render: (args, { loaded }) => portal(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** One story per preset and mode; the view is the one that shows the preset best. */
function presetStory(preset: string, view: string, theme: 'light' | 'dark', name: string): Story {
  return { name: `${name} · ${theme}`, args: { preset, view, theme }, loaders: [signedIn(preset)] };
}

/** Seed 000, "Servicio Técnico": the request types. */
export const EquipmentWarrantyLight = presetStory('equipment-warranty', 'home', 'light', 'Seed 000');
/** Seed 000 in dark. */
export const EquipmentWarrantyDark = presetStory('equipment-warranty', 'home', 'dark', 'Seed 000');
/** Seed 001, "Vigencia de soporte": the hour bags table. */
export const SupportHoursLight = presetStory('support-hours', 'entitlements', 'light', 'Seed 001');
/** Seed 001 in dark. */
export const SupportHoursDark = presetStory('support-hours', 'entitlements', 'dark', 'Seed 001');
/** Seed 002: the five category cards (the emergency card's accent) and the recent tickets. */
export const CategoryCardsLight = presetStory('category-cards', 'home', 'light', 'Seed 002');
/** Seed 002 in dark. */
export const CategoryCardsDark = presetStory('category-cards', 'home', 'dark', 'Seed 002');
/** Seed 003, "Tickets de mi empresa": the list with its states. */
export const CompanyTicketsLight = presetStory('company-tickets', 'my-cases', 'light', 'Seed 003');
/** Seed 003 in dark. */
export const CompanyTicketsDark = presetStory('company-tickets', 'my-cases', 'dark', 'Seed 003');
/** Seed 004, "Abrir caso": the routing form with its cascading selects. */
export const CloudServicesLight = presetStory('cloud-services', 'new-case', 'light', 'Seed 004');
/** Seed 004 in dark. */
export const CloudServicesDark = presetStory('cloud-services', 'new-case', 'dark', 'Seed 004');

/** `theme="auto"`: the system's `prefers-color-scheme` decides (switch the OS or the browser's emulation). */
export const Auto: Story = { name: 'Auto (follows the system)', args: { theme: 'auto' } };

/** `dir="rtl"` on a wrapper: the layout mirrors (logical properties), the navigation and cards start on the right. */
export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args, { loaded }) => portal(args, loaded as Loaded, { dir: 'rtl' })
};

/** A brand of one's own, one value per mode with `light-dark()`, denser spacing and square corners. */
export const CustomTokens: Story = {
  name: 'Custom tokens',
  args: { theme: 'dark' },
  render: (args, { loaded }) =>
    portal(args, loaded as Loaded, {
      style: `--hd-color-brand: light-dark(#6b21a8, #d8b4fe); --hd-color-brand-text: light-dark(#ffffff, #1e1b4b);
        --hd-color-focus: light-dark(#6b21a8, #d8b4fe); --hd-radius: 0.125rem; --hd-space: 0.75rem;`
    })
};
