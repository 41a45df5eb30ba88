import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/invoices/define.js';
import '../src/components/provider/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import type { Preset } from '../src/core/preset.js';
import { companyTickets, supportHours } from '../src/widget/presets/index.js';
import { failing, storyAdapter } from './support/story-adapter.js';

type StatusFilter = 'all' | 'open' | 'overdue' | 'paid';

interface Args {
  statusFilter: StatusFilter;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

/** Renders the invoices inside a provider with the loaded adapter, in one language, at an optional width. */
function invoices(args: Args, loaded: Loaded, lang = 'es', width = '') {
  return html`<div lang=${lang} style=${width ? `max-inline-size: ${width}` : ''}>
    <hd-provider .adapter=${loaded.adapter}>
      <hd-invoices status-filter=${args.statusFilter}></hd-invoices>
    </hd-provider>
  </div>`;
}

/** Seed 003's invoices with a download link each (the preset's own have none). */
const withDownloads: Preset = {
  ...companyTickets,
  id: 'company-tickets-downloads',
  invoices: (companyTickets.invoices ?? []).map(invoice =>
    invoice.status === 'draft'
      ? invoice
      : { ...invoice, downloadUrl: `https://example.com/facturas/${invoice.number}.pdf` }
  )
};

/** Seed 003's module with invoices on but none issued yet: the honest empty state. */
const noInvoices: Preset = { ...companyTickets, id: 'company-tickets-no-invoices', invoices: [] };

/**
 * Seed 003's "Mi empresa > Facturas": the license charges, newest first, with their period, amount, due date, status
 * and a download link. Overdue invoices carry a warning sign and a bold label, not only a color.
 */
const meta: Meta<Args> = {
  title: 'Elements/Invoices',
  component: 'hd-invoices',
  args: { statusFilter: 'all' },
  argTypes: {
    statusFilter: { control: 'inline-radio', options: ['all', 'open', 'overdue', 'paid'], name: 'status-filter' }
  },
  loaders: [async () => ({ adapter: await storyAdapter({ preset: withDownloads }) })],
  render: (args, { loaded }) => invoices(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** Six monthly charges around today: the next one, this month's, an overdue one and three paid. */
export const Filled: Story = {};

/** Only the overdue invoices, through the `status-filter` attribute. */
export const OverdueOnly: Story = { args: { statusFilter: 'overdue' } };

/** The preset's own invoices, which have no download links: the cell says "No disponible". */
export const WithoutDownloads: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ preset: companyTickets }) })]
};

/** Narrower than 40rem: each invoice becomes a card whose cells name their column (a container query). */
export const Narrow: Story = { render: (args, { loaded }) => invoices(args, loaded as Loaded, 'es', '22rem') };

/** English chrome, dates and amounts. */
export const English: Story = { render: (args, { loaded }) => invoices(args, loaded as Loaded, 'en') };

/** The backend never answers the list: the loading state, announced and marked busy. */
export const Loading: Story = {
  loaders: [
    async () => ({ adapter: await storyAdapter({ preset: withDownloads, faults: { hang: ['listInvoices'] } }) })
  ]
};

/** The backend fails: a localized message and a retry button, which gets focus. */
export const ErrorState: Story = {
  name: 'Error',
  loaders: [
    async () => ({ adapter: await storyAdapter({ preset: withDownloads, faults: failing('server', 'listInvoices') }) })
  ]
};

/** Invoices are on, but none was issued yet. */
export const Empty: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ preset: noInvoices }) })]
};

/**
 * Seed 001's backend has no invoices (`capabilities().invoices` is false): the element hides itself and shows
 * nothing, with no error. The dashed frame marks where it sits.
 */
export const HiddenWhenUnsupported: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ preset: supportHours }) })],
  render: (args, { loaded }) =>
    html`<p>The element below is in the page but hidden: this backend has no invoices.</p>
      <div style="border: 2px dashed #8c959f; padding: 0.5rem; min-block-size: 2rem">
        ${invoices(args, loaded as Loaded)}
      </div>`
};
