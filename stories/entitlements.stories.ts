import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/entitlements/define.js';
import '../src/components/provider/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import type { Preset } from '../src/core/preset.js';
import { categoryCards, supportHours } from '../src/widget/presets/index.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Args {
  selectedId: string;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

/** Renders the hour bags inside a provider with the loaded adapter, in one language, at an optional width. */
function bags(args: Args, loaded: Loaded, lang = 'es', width = '') {
  return html`<div lang=${lang} style=${width ? `max-inline-size: ${width}` : ''}>
    <hd-provider .adapter=${loaded.adapter}>
      <hd-entitlements selected-id=${args.selectedId}></hd-entitlements>
    </hd-provider>
  </div>`;
}

/** Seed 001's portal with its hour bags capability on but no bags yet: the honest empty state. */
const noBags: Preset = { ...supportHours, id: 'support-hours-no-bags', entitlements: [] };

/**
 * Seed 001's "Vigencia Soporte" from the local backend: the seed's own row ("En espera", "NOMBRE DEL CLIENTE",
 * 01/02/2020 - 01/02/2021, "Número de horas", 25,00) and two more bags with their consumption. The blue status of a
 * row opens its detail.
 */
const meta: Meta<Args> = {
  title: 'Elements/Entitlements',
  component: 'hd-entitlements',
  args: { selectedId: '' },
  argTypes: { selectedId: { control: 'text', name: 'selected-id' } },
  loaders: [async () => ({ adapter: await storyAdapter({ preset: supportHours }) })],
  render: (args, { loaded }) => bags(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** The seed's table, in Spanish, sorted by status as the seed shows it ("Estado ↑"). */
export const Filled: Story = {};

/** One bag's detail: period, total, used and available hours with a meter, and its consumption case by case. */
export const DetailOpen: Story = { args: { selectedId: 'bolsa-hidrocarburos' } };

/** The seed's own bag, whose backend gives no consumption detail: the detail says so. */
export const DetailWithoutConsumption: Story = { args: { selectedId: 'bolsa-2020' } };

/** Narrower than 40rem: each row becomes a card whose cells name their column (a container query). */
export const Narrow: Story = { render: (args, { loaded }) => bags(args, loaded as Loaded, 'es', '22rem') };

/** English chrome, dates and numbers; the backend's own words (statuses, customers) stay as given. */
export const English: Story = { render: (args, { loaded }) => bags(args, loaded as Loaded, 'en') };

/** The backend never answers the list: the loading state, announced and marked busy. */
export const Loading: Story = {
  loaders: [
    async () => ({ adapter: await storyAdapter({ preset: supportHours, faults: { hang: ['listEntitlements'] } }) })
  ]
};

/** The backend fails: a localized message and a retry button, which gets focus. */
export const ErrorState: Story = {
  name: 'Error',
  loaders: [
    async () => ({
      adapter: await storyAdapter({ preset: supportHours, faults: failing('server', 'listEntitlements') })
    })
  ]
};

/** The backend has hour bags but this customer has none. */
export const Empty: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ preset: noBags }) })]
};

/**
 * Seed 002's backend has no hour bags (`capabilities().entitlements` is false): the element hides itself and shows
 * nothing, with no error. The dashed frame marks where it sits.
 */
export const HiddenWhenUnsupported: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ preset: categoryCards }) })],
  render: (args, { loaded }) =>
    html`<p>The element below is in the page but hidden: this backend has no hour bags.</p>
      <div style="border: 2px dashed #8c959f; padding: 0.5rem; min-block-size: 2rem">
        ${bags(args, loaded as Loaded)}
      </div>`
};
