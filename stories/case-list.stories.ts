import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/case-list/define.js';
import '../src/components/provider/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import type { Preset } from '../src/core/preset.js';
import { categoryCards } from '../src/widget/presets/index.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Args {
  scope: 'mine' | 'organization';
  columns: string;
  pageSize: number;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

function list(args: Args, loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang}>
    <hd-provider .adapter=${loaded.adapter}>
      <hd-case-list scope=${args.scope} columns=${args.columns} page-size=${args.pageSize}></hd-case-list>
    </hd-provider>
  </div>`;
}

/**
 * The seed 002 portal with one more customer of the same company, Valeria, who has not opened a case yet: her
 * "Creadas por mí" is honestly empty while her company's list is not.
 */
const newcomer: Preset = {
  ...categoryCards,
  id: 'category-cards-newcomer',
  users: [
    {
      id: 'user-valeria',
      name: 'Valeria Ortiz',
      email: 'nueva@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-andina'
    },
    ...categoryCards.users
  ]
};

/**
 * The customer's cases ("Creadas por mí") from the local backend: status filter, search, sortable columns, "Ver
 * más" paging, and live updates when a case changes.
 */
const meta: Meta<Args> = {
  title: 'Elements/Case list',
  component: 'hd-case-list',
  args: { scope: 'mine', columns: 'reference,subject,status,priority,createdAt', pageSize: 20 },
  argTypes: {
    scope: { control: 'inline-radio', options: ['mine', 'organization'] },
    columns: { control: 'text' },
    pageSize: { control: { type: 'number', min: 1, max: 100 }, name: 'page-size' }
  },
  loaders: [async () => ({ adapter: await storyAdapter() })],
  render: (args, { loaded }) => list(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** Camila's three sample cases, newest first. */
export const Filled: Story = {};

/** Seed 001's "Mis casos abiertos" table: número, título, cliente, prioridad, razón para el estado, fecha. */
export const Seed001Columns: Story = {
  name: 'Seed 001 columns',
  args: { columns: 'reference,subject,organization,priority,status,createdAt' }
};

/** Two cases per page: "Ver más" brings the rest. */
export const Paged: Story = { args: { pageSize: 2 } };

/** A signed-in customer who has not opened any case yet. */
export const Empty: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ preset: newcomer }) })]
};

/** The backend never answers: the loading state, announced and marked busy. */
export const Loading: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ faults: { hang: ['listCases'] } }) })]
};

/** The backend fails: a localized message and a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  loaders: [async () => ({ adapter: await storyAdapter({ faults: failing('server', 'listCases') }) })]
};

/** Seed 003's "Tickets de mi empresa": every case of the customer's organization. */
export const OrganizationScope: Story = {
  name: 'Organization scope',
  args: { scope: 'organization', columns: 'reference,subject,organization,status,priority,updatedAt' }
};

/** English chrome; statuses and subjects stay as the backend gives them. */
export const English: Story = { render: (args, { loaded }) => list(args, loaded as Loaded, 'en') };
