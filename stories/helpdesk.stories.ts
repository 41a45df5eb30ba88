import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widget/helpdesk/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { presets } from '../src/widget/presets/index.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Args {
  preset: string;
  view: string;
  locale: string;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

/** The seed preset of a story, on its own local database (signed in as the preset's first customer). */
const signedIn = (presetId: string) => async () => ({ adapter: await storyAdapter({ preset: presets[presetId] }) });

/**
 * The whole portal from one element, `<hd-helpdesk>`: navigation, titles and words of a seed preset (or of a
 * vendor's `PortalConfig`), each view's elements loaded on demand. Every story runs on the embedded backend.
 */
const meta: Meta<Args> = {
  title: 'Widget/Help desk',
  component: 'hd-helpdesk',
  args: { preset: 'category-cards', view: 'home', locale: 'es' },
  argTypes: {
    preset: { control: 'select', options: Object.keys(presets) },
    view: {
      control: 'select',
      options: ['home', 'new-case', 'my-cases', 'entitlements', 'invoices', 'sign-in', 'change-password']
    },
    locale: { control: 'inline-radio', options: ['es', 'en', 'pt-BR'] }
  },
  loaders: [signedIn('category-cards')],
  render: (args, { loaded }) =>
    html`<hd-helpdesk
      .adapter=${(loaded as Loaded).adapter}
      preset=${args.preset}
      view=${args.view}
      locale=${args.locale}
    ></hd-helpdesk>`
};
export default meta;

type Story = StoryObj<Args>;

/** Seed 000: "Centro de ayuda" (Jira Service Management style), "Servicio Técnico" > "Soporte Técnico". */
export const EquipmentWarranty: Story = {
  name: 'Seed 000 · equipment warranty',
  args: { preset: 'equipment-warranty' },
  loaders: [signedIn('equipment-warranty')]
};

/** Seed 001: "Mi Soporte" and "Vigencia de soporte" (Dynamics 365 / Power Pages style). */
export const SupportHours: Story = {
  name: 'Seed 001 · support hours',
  args: { preset: 'support-hours', view: 'my-cases' },
  loaders: [signedIn('support-hours')]
};

/** Seed 002: five category cards with their subcategories, and the recent tickets under them. */
export const CategoryCards: Story = { name: 'Seed 002 · category cards' };

/** Seed 003: "Mi empresa" > "Facturas", "Tickets de mi empresa". */
export const CompanyTickets: Story = {
  name: 'Seed 003 · company tickets',
  args: { preset: 'company-tickets', view: 'my-cases' },
  loaders: [signedIn('company-tickets')]
};

/** Seed 004: "Casos de Soporte" and "Abrir caso". */
export const CloudServices: Story = {
  name: 'Seed 004 · cloud services',
  args: { preset: 'cloud-services', view: 'new-case' },
  loaders: [signedIn('cloud-services')]
};

/** Nobody is signed in: the portal shows sign-in first, and the asked-for view after it. */
export const SignedOut: Story = {
  args: { preset: 'equipment-warranty' },
  loaders: [async () => ({ adapter: await storyAdapter({ preset: presets['equipment-warranty'], signedIn: false }) })]
};

/** The same portal in English: the catalog's words and the preset's navigation in English. */
export const English: Story = {
  args: { preset: 'support-hours', locale: 'en' },
  loaders: [signedIn('support-hours')]
};

/** The backend never says whether someone is signed in: the portal's loading state, announced. */
export const Loading: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ faults: { hang: ['getSession'] } }) })]
};

/** The backend fails: each part of the view says so in the page's language, with a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  loaders: [
    async () => ({
      adapter: await storyAdapter({ faults: failing('server', 'getSession', 'listCategories', 'listCases') })
    })
  ]
};
