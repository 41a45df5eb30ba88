import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/case-detail/define.js';
import '../src/components/provider/define.js';
import type { HdCaseDetail } from '../src/components/case-detail/case-detail.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import type { Preset } from '../src/core/preset.js';
import type { FaultPlan } from '../src/testing/faults.js';
import { presets } from '../src/widget/presets/index.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Args {
  order: 'newest-first' | 'oldest-first';
  pageSize: number;
}

interface Loaded {
  adapter: HelpDeskAdapter;
  caseId: string;
}

/** Seed 003, "Tickets de mi empresa", signed in as Gabriela Pérez of Panadería La Espiga. */
const companyTickets = presets['company-tickets']!;

/** Her ticket waiting for support: an agent's question and her answer. */
const WAITING = 'El recibo de nómina no muestra las horas extra';
/** A closed ticket of her company (opened by Luis). */
const CLOSED = 'Duda con el cargo de la licencia de este mes';

/**
 * Seed 003 with an agent reply in hostile HTML (an image with `onerror`, a script, a `javascript:` link) on the
 * first ticket: its own database, so the other stories keep the seed's thread.
 */
const hostilePreset: Preset = {
  ...companyTickets,
  id: 'company-tickets-hostile',
  cases: (companyTickets.cases ?? []).map((sample, index) =>
    index === 0
      ? {
          ...sample,
          comments: [
            ...(sample.comments ?? []),
            {
              role: 'agent',
              authorName: 'Soporte Técnico',
              bodyFormat: 'html',
              body:
                '<img src=x onerror="alert(1)"><script>alert(2)</script>' +
                '<p>Revisamos el cambio: <strong>ya quedó aplicado</strong>.</p>' +
                '<p><a href="javascript:alert(3)">Enlace peligroso</a> · <a href="https://example.com/ayuda">Guía de ayuda</a></p>' +
                '<ul><li>Número nuevo: 300 555 1234</li><li>Vigente desde hoy</li></ul>',
              minutesAfter: 90
            }
          ]
        }
      : sample
  )
};

interface LoadOptions {
  preset?: Preset;
  subject?: string;
  faults?: FaultPlan;
  caseId?: string;
}

/** The story's adapter and the id of one of the seed's tickets (by subject; the first one otherwise). */
async function load(options: LoadOptions = {}): Promise<Loaded> {
  const adapter = await storyAdapter({
    preset: options.preset ?? companyTickets,
    ...(options.faults ? { faults: options.faults } : {})
  });
  if (options.caseId) return { adapter, caseId: options.caseId };
  const page = await adapter.listCases({ scope: 'organization', size: 50 });
  const match = page.items.find(item => item.subject === options.subject) ?? page.items.at(-1);
  return { adapter, caseId: match?.id ?? '' };
}

function detail(args: Args, loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang} style="max-inline-size: 52rem">
    <hd-provider .adapter=${loaded.adapter}>
      <hd-case-detail case-id=${loaded.caseId} order=${args.order} page-size=${args.pageSize}></hd-case-detail>
    </hd-provider>
  </div>`;
}

/** The element inside the story's canvas, once the case has loaded. */
async function loadedDetail(canvasElement: HTMLElement): Promise<HdCaseDetail> {
  const el = canvasElement.querySelector<HdCaseDetail>('hd-case-detail')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('[part~="header"]')).toBeTruthy(), { timeout: 5000 });
  return el;
}

/**
 * One ticket as the customer follows it: the header (reference, status, priority, category, dates, requester), the
 * locked original message, the thread of customer and support messages, and "Nueva respuesta". Replies and status
 * changes from the support side appear live.
 */
const meta: Meta<Args> = {
  title: 'Elements/Case detail',
  component: 'hd-case-detail',
  args: { order: 'newest-first', pageSize: 20 },
  argTypes: {
    order: { control: 'inline-radio', options: ['newest-first', 'oldest-first'] },
    pageSize: { control: { type: 'number', min: 1, max: 100 }, name: 'page-size' }
  },
  loaders: [async () => load({ subject: WAITING })],
  render: (args, { loaded }) => detail(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** Seed 003: the newest message first, the original message locked on top. */
export const Conversation: Story = {};

/** The same thread read from the start, with `order="oldest-first"`; the composer goes after it. */
export const OldestFirst: Story = { name: 'Oldest first', args: { order: 'oldest-first' } };

/** One message per page: "Ver mensajes anteriores" brings the next one. */
export const Paged: Story = { args: { pageSize: 1 } };

/** "Nueva respuesta" pressed: the text box, the attachment picker with the seed's limits, "Agregar" and "Salir". */
export const ComposerOpen: Story = {
  name: 'Composer open',
  play: async ({ canvasElement }) => {
    const el = await loadedDetail(canvasElement);
    const composer = el.shadowRoot!.querySelector('hd-reply-composer')!;
    await waitFor(() => expect(composer.shadowRoot?.querySelector('[part~="reply-button"]')).toBeTruthy());
    composer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reply-button"]')?.click();
    await waitFor(() => expect(composer.open).toBe(true));
  }
};

/** A closed ticket: no composer, "Este caso está cerrado" and "Reabrir". */
export const ClosedCase: Story = {
  name: 'Closed case',
  loaders: [async () => load({ subject: CLOSED })]
};

/**
 * An agent reply in hostile HTML, shown sanitized: the paragraphs, bold text, list and safe link stay; the image,
 * the script and the `javascript:` link do not.
 */
export const HostileAgentHtml: Story = {
  name: 'Hostile agent HTML (sanitized)',
  loaders: [async () => load({ preset: hostilePreset, subject: companyTickets.cases?.[0]?.subject })]
};

/** The backend never answers: the loading state, announced and marked busy. */
export const Loading: Story = {
  loaders: [async () => load({ subject: WAITING, faults: { hang: ['getCase'] } })]
};

/** The backend fails: a localized message and a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  loaders: [async () => load({ subject: WAITING, faults: failing('server', 'getCase') })]
};

/** An id that names no case the customer may see. */
export const NotFound: Story = {
  name: 'Not found',
  loaders: [async () => load({ caseId: 'no-such-case' })]
};

/** English chrome (labels, roles, buttons); the ticket's own words stay as the backend gives them. */
export const English: Story = { render: (args, { loaded }) => detail(args, loaded as Loaded, 'en') };

/** Brazilian Portuguese chrome. */
export const Portuguese: Story = { render: (args, { loaded }) => detail(args, loaded as Loaded, 'pt-BR') };
