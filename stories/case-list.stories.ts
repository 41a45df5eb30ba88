import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/case-list/define.js';
import '../src/components/provider/define.js';
import type { LocalAdapter } from '../src/adapters/local/index.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import type { Capabilities } from '../src/core/capabilities.js';
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

/** The seed 002 portal under a database of its own, where the 10,000-case story seeds its generated cases. */
const bulk: Preset = { ...categoryCards, id: 'category-cards-10k' };

/** Camila's cases plus 10,000 generated ones, seeded once per page load (about a second). */
async function tenThousand(): Promise<HelpDeskAdapter> {
  const adapter = (await storyAdapter({ preset: bulk })) as LocalAdapter;
  const { total } = await adapter.listCases({ scope: 'mine', size: 1 });
  if ((total ?? 0) < 10_000) {
    await adapter.support.seedBulkCases(10_000, { requesterEmail: bulk.users[0]!.email });
  }
  return adapter;
}

/** The local adapter answering `capabilities()` as a more limited backend would. */
function limited(adapter: HelpDeskAdapter, patch: { cases?: Partial<Capabilities['cases']>; liveUpdates?: boolean }) {
  return new Proxy(adapter, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key === 'subscribe' && patch.liveUpdates === false) return () => () => undefined;
      if (key !== 'capabilities' || typeof value !== 'function') return value;
      return async () => {
        const capabilities = await target.capabilities();
        return {
          ...capabilities,
          cases: { ...capabilities.cases, ...patch.cases },
          liveUpdates: patch.liveUpdates ?? capabilities.liveUpdates
        };
      };
    }
  });
}

/** A case "created in another tab", for the live and polling stories. */
async function createElsewhere(adapter: HelpDeskAdapter): Promise<void> {
  await adapter.createCase(
    {
      categoryId: 'consultas-roles',
      formId: 'ticket',
      subject: `Caso creado en otra pestaña (${new Date().toLocaleTimeString()})`,
      description: 'Creado desde la historia.',
      channel: 'ticket',
      fields: { plataforma: 'web' },
      attachments: []
    },
    { idempotencyKey: crypto.randomUUID() }
  );
}

/**
 * The customer's cases ("Creadas por mí") from the local backend: status filter, search, sortable columns, "Ver
 * más" and scroll paging, virtualized rows past a hundred, cards on narrow screens, and live updates (pushed, or
 * polled with back-off).
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

/**
 * 10,000 generated cases (seeded in the loader): pages of 20, then 100 more each time the list is scrolled near its
 * end; past 100 rows only the rows near the viewport are in the DOM (the virtualizer loads on demand).
 */
export const TenThousandCases: Story = {
  name: '10,000 cases',
  args: { columns: 'reference,subject,organization,priority,status,createdAt' },
  loaders: [async () => ({ adapter: await tenThousand() })]
};

/** The element given 24rem: each case is a card (reference and date, subject, status); headers sort as chips. */
export const NarrowCards: Story = {
  name: 'Narrow (cards)',
  render: (args, { loaded }) => html`<div style="max-inline-size: 24rem">${list(args, loaded as Loaded)}</div>`
};

/** Cards for 10,000 cases: virtualized the same way. */
export const NarrowTenThousand: Story = {
  name: 'Narrow, 10,000 cases',
  loaders: [async () => ({ adapter: await tenThousand() })],
  render: (args, { loaded }) => html`<div style="max-inline-size: 24rem">${list(args, loaded as Loaded)}</div>`
};

/** The backend's own statuses after the groups, in a second option group of the filter. */
export const BackendStatuses: Story = {
  name: 'Backend statuses filter',
  render: (args, { loaded }) =>
    html`<div lang="es">
      <hd-provider .adapter=${(loaded as Loaded).adapter}>
        <hd-case-list
          columns=${args.columns}
          page-size=${args.pageSize}
          .statuses=${categoryCards.statuses}
        ></hd-case-list>
      </hd-provider>
    </div>`
};

/** Seed 001's "Mis casos abiertos": starts on the "Abiertos" group. */
export const OpenOnly: Story = {
  name: 'Open cases only',
  args: { columns: 'reference,subject,organization,priority,status,createdAt' },
  render: (args, { loaded }) =>
    html`<div lang="es">
      <hd-provider .adapter=${(loaded as Loaded).adapter}>
        <hd-case-list status-filter="open" columns=${args.columns}></hd-case-list>
      </hd-provider>
    </div>`
};

/**
 * A backend that cannot push changes: the list polls, every 5 s here (15 s by default), doubling the wait while
 * nothing changes; it stops while the tab is hidden. The button creates a case as another tab would; the next poll
 * shows it and announces "1 caso nuevo".
 */
export const Polling: Story = {
  name: 'Polling backend',
  loaders: [async () => ({ adapter: limited(await storyAdapter(), { liveUpdates: false }) })],
  render: (args, { loaded }) => {
    const adapter = (loaded as Loaded).adapter;
    return html`<div lang="es">
      <p>
        <button type="button" @click=${() => void createElsewhere(adapter)}>Crear un caso en otra pestaña</button>
      </p>
      <hd-provider .adapter=${adapter}>
        <hd-case-list columns=${args.columns} poll-interval="5000" poll-max-interval="20000"></hd-case-list>
      </hd-provider>
    </div>`;
  }
};

/** A backend without search: the box is disabled and says why. */
export const NoSearch: Story = {
  name: 'Backend without search',
  loaders: [async () => ({ adapter: limited(await storyAdapter(), { cases: { search: 'none' } }) })]
};

/** "Tickets de mi empresa" on a backend that cannot list an organization's cases: a note instead of the list. */
export const OrganizationUnavailable: Story = {
  name: 'Organization scope unavailable',
  args: { scope: 'organization' },
  loaders: [async () => ({ adapter: limited(await storyAdapter(), { cases: { organizationScope: false } }) })]
};
