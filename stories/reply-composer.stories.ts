import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/provider/define.js';
import '../src/components/reply-composer/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import type { AttachmentPolicy } from '../src/core/model/form.js';
import type { FaultPlan } from '../src/testing/faults.js';
import { presets } from '../src/widget/presets/index.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Args {
  open: boolean;
}

interface Loaded {
  adapter: HelpDeskAdapter;
  caseId: string;
  policy: AttachmentPolicy | null;
}

const companyTickets = presets['company-tickets']!;

/** Seed 003's ticket form limits: three images and one document. */
const ticketPolicy = companyTickets.forms[0]?.attachments ?? null;

async function load(faults?: FaultPlan): Promise<Loaded> {
  const adapter = await storyAdapter({ preset: companyTickets, ...(faults ? { faults } : {}) });
  const page = await adapter.listCases({ scope: 'mine', size: 1 });
  return { adapter, caseId: page.items[0]?.id ?? '', policy: ticketPolicy };
}

function composer(args: Args, loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang}>
    <hd-provider .adapter=${loaded.adapter}>
      <hd-reply-composer case-id=${loaded.caseId} .policy=${loaded.policy} ?open=${args.open}></hd-reply-composer>
    </hd-provider>
  </div>`;
}

/**
 * Seed 003's "Nueva respuesta": the reply box with images and documents, "Agregar" to send and "Salir" to leave. An
 * unsent reply is kept as a draft; sending twice adds one reply.
 */
const meta: Meta<Args> = {
  title: 'Elements/Reply composer',
  component: 'hd-reply-composer',
  args: { open: true },
  argTypes: { open: { control: 'boolean' } },
  loaders: [async () => load()],
  render: (args, { loaded }) => composer(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** Open, empty, with the seed's attachment limits. */
export const Open: Story = {};

/** Closed: only the "Nueva respuesta" button. */
export const Closed: Story = { args: { open: false } };

/** Sending fails: the text stays and a retry sends once. Type a reply and press "Agregar" to see it. */
export const SendFails: Story = { loaders: [async () => load(failing('offline', 'addComment'))] };

/** English. */
export const English: Story = { render: (args, { loaded }) => composer(args, loaded as Loaded, 'en') };
