import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/case-form/define.js';
import '../src/components/provider/define.js';
import type { HdCaseForm } from '../src/components/case-form/case-form.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { draftKey, type Draft, type DraftStore } from '../src/core/drafts/draft.js';
import type { Preset } from '../src/core/preset.js';
import { presets } from '../src/widget/presets/index.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Args {
  categoryId: string;
  syncHash: boolean;
}

interface Loaded {
  adapter: HelpDeskAdapter;
  store: DraftStore;
}

/** A subcategory of the seed 002 preset: "Inconveniente Técnico › Lentitud". */
const LENTITUD = 'inconveniente-tecnico-lentitud';

/** Drafts kept in memory, one store per story, so a story never shows what another one typed. */
class MemoryDraftStore implements DraftStore {
  private readonly drafts = new Map<string, Draft>();

  load(key: string): Promise<Draft | undefined> {
    return Promise.resolve(this.drafts.get(key));
  }

  save(key: string, draft: Draft): Promise<void> {
    this.drafts.set(key, draft);
    return Promise.resolve();
  }

  remove(key: string): Promise<void> {
    this.drafts.delete(key);
    return Promise.resolve();
  }
}

function form(args: Args, loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang} style="max-inline-size: 46rem">
    <hd-provider .adapter=${loaded.adapter}>
      <hd-case-form
        category-id=${args.categoryId}
        ?sync-hash=${args.syncHash}
        .draftStore=${loaded.store}
      ></hd-case-form>
    </hd-provider>
  </div>`;
}

/** The form inside the story's canvas, once its first page has loaded. */
async function loadedForm(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const el = canvasElement.querySelector<HdCaseForm>('hd-case-form')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('form')).toBeTruthy(), { timeout: 5000 });
  return el.shadowRoot!;
}

const control = (root: ShadowRoot, id: string) => root.querySelector<HTMLElement>(`#hd-case-form-${id}-control`)!;
const stepOf = (root: ShadowRoot) => root.querySelector<HTMLFormElement>('form')?.dataset['step'] ?? 'done';

/** Presses "Next" and waits for the next page. */
async function next(root: ShadowRoot): Promise<void> {
  const before = stepOf(root);
  await userEvent.click(root.querySelector<HTMLButtonElement>('[part="next"]')!);
  await waitFor(() => expect(stepOf(root)).not.toBe(before), { timeout: 5000 });
}

/** Fills the seed portal's three fields as a customer would. */
async function fill(root: ShadowRoot): Promise<void> {
  await userEvent.selectOptions(control(root, 'plataforma') as HTMLSelectElement, 'web');
  await userEvent.type(control(root, 'titulo'), 'El reporte de ventas no termina de cargar');
  await userEvent.type(
    control(root, 'descripcion'),
    'Desde el lunes el reporte mensual tarda más de un minuto y a veces se corta.'
  );
}

/** A small PDF and a PNG, dropped on the picker as a customer would drag them from the desktop. */
async function dropSampleFiles(root: ShadowRoot): Promise<void> {
  const picker = root.querySelector('hd-attachment-picker')!;
  const zone = picker.shadowRoot!.querySelector<HTMLElement>('[part="dropzone"]')!;
  const png = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
    char => char.charCodeAt(0)
  );
  const dataTransfer = new DataTransfer();
  dataTransfer.items.add(new File(['%PDF-1.7\n%%EOF\n'], 'reporte-ventas.pdf', { type: 'application/pdf' }));
  dataTransfer.items.add(new File([png], 'pantalla-en-blanco.png', { type: 'image/png' }));
  const init = { dataTransfer, bubbles: true, composed: true, cancelable: true };
  zone.dispatchEvent(new DragEvent('dragenter', init));
  zone.dispatchEvent(new DragEvent('dragover', init));
  zone.dispatchEvent(new DragEvent('drop', init));
  await waitFor(() => expect((picker as unknown as { value: unknown[] }).value).toHaveLength(2), { timeout: 5000 });
}

const withStore = async (options: Parameters<typeof storyAdapter>[0] = {}) => ({
  adapter: await storyAdapter(options),
  store: new MemoryDraftStore()
});

/**
 * The multi-step form of a category: route (department, attention mode) -> details -> attachments -> review ->
 * done, each page with its heading and the step indicator; values kept across Back and Next, a draft that survives a
 * reload, and one case however often it is sent.
 *
 * Markup: `<hd-case-form category-id="inconveniente-tecnico"></hd-case-form>`.
 */
const meta: Meta<Args> = {
  title: 'Elements/Case form',
  component: 'hd-case-form',
  args: { categoryId: LENTITUD, syncHash: false },
  argTypes: {
    categoryId: { control: 'text', name: 'category-id' },
    syncHash: { control: 'boolean', name: 'sync-hash' }
  },
  loaders: [() => withStore()],
  render: (args, { loaded }) => form(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** The first page of seed 002's "Inconveniente Técnico › Lentitud": its fields, empty. */
export const Empty: Story = {};

/** The same page filled in and ready for "Siguiente". */
export const Filled: Story = {
  name: 'Filled, ready for Next',
  play: async ({ canvasElement }) => fill(await loadedForm(canvasElement))
};

/** "Siguiente" with every field empty: each field says what it needs, and focus is on the first. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part="next"]')!);
    await waitFor(() => expect(root.querySelector('[part="error"]')).toBeTruthy());
  }
};

/** The attachments step: the picker with the form's limits, shown before anything is picked. */
export const AttachmentsStep: Story = {
  name: 'Step: attachments',
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await fill(root);
    await next(root);
  }
};

/** The review: everything as it will be sent (option labels, files with sizes), with "Editar" per step. */
export const ReviewStep: Story = {
  name: 'Step: review',
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await fill(root);
    await next(root);
    await dropSampleFiles(root);
    await next(root);
  }
};

/** Sent: seed 000's summary with the case number and its status, "Ver el caso" and "Crear otro caso". */
export const Done: Story = {
  name: 'Step: done',
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await fill(root);
    await next(root);
    await next(root);
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part="submit"]')!);
    await waitFor(() => expect(root.querySelector('.done')).toBeTruthy(), { timeout: 5000 });
  }
};

/** The route step of seed 004: department and attention mode, with the number and time of a phone call back. */
export const RouteStep: Story = {
  name: 'Step: route, phone call back',
  args: { categoryId: 'casos-de-soporte' },
  loaders: [() => withStore({ preset: presets['cloud-services'] })],
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await userEvent.selectOptions(control(root, '_department') as HTMLSelectElement, 'tecnico');
    await userEvent.click(root.querySelector<HTMLInputElement>('input[type="radio"][value="phone"]')!);
    await waitFor(() => expect(control(root, '_callBackPhone')).toBeTruthy());
  }
};

/**
 * Seed 004's second details page: the subject (with article suggestions as it is typed), comments in rich text and
 * recipients as chips, after the route and the 4-level cascade.
 */
export const RichDetailsStep: Story = {
  name: 'Step: details, rich text and recipients',
  args: { categoryId: 'casos-de-soporte' },
  loaders: [() => withStore({ preset: presets['cloud-services'] })],
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await userEvent.selectOptions(control(root, '_department') as HTMLSelectElement, 'tecnico');
    await next(root);
    const levels = ['computacion-en-la-nube', 'autosky', 'solicitud', 'problemas-de-acceso'];
    for (const [depth, value] of levels.entries()) {
      const id = depth === 0 ? 'servicio' : `servicio-control-${depth}`;
      const select = depth === 0 ? control(root, id) : root.querySelector<HTMLElement>(`#hd-case-form-${id}`)!;
      await waitFor(() => expect(select).toBeTruthy());
      await userEvent.selectOptions(select as HTMLSelectElement, value);
    }
    await next(root);
    await userEvent.type(control(root, 'asunto'), 'Problemas de acceso a Autosky');
  }
};

/**
 * Sending times out: a banner says so and takes focus, and everything typed stays (so does the draft). Pressing
 * "Enviar" again retries with the same idempotency key; here the backend keeps timing out.
 */
export const SubmitFails: Story = {
  name: 'Submit fails',
  loaders: [() => withStore({ faults: failing('timeout', 'createCase') })],
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await fill(root);
    await next(root);
    await next(root);
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part="submit"]')!);
    await waitFor(() => expect(root.querySelector('[part="banner"]')).toBeTruthy());
  }
};

/** A draft came back (after a reload or a new sign-in): the notice, the step and the uploaded file are restored. */
export const DraftRestored: Story = {
  name: 'Draft restored',
  loaders: [
    async () => {
      const preset = presets['category-cards']!;
      const adapter = await storyAdapter({ preset });
      const store = new MemoryDraftStore();
      const file = await adapter.uploadAttachment(
        new File(['%PDF-1.7\n%%EOF\n'], 'reporte-lento.pdf', { type: 'application/pdf' })
      );
      await store.save(draftKey({ adapter: adapter.name, userId: preset.users[0]!.id, subject: `case:${LENTITUD}` }), {
        values: {
          plataforma: 'web',
          titulo: 'El reporte de ventas no termina de cargar',
          descripcion: 'Desde el lunes tarda más de un minuto.'
        },
        attachments: [file],
        step: 'attachments',
        idempotencyKey: crypto.randomUUID(),
        updatedAt: new Date().toISOString()
      });
      return { adapter, store };
    }
  ]
};

/** "Plataforma Inaccesible", the emergency card: a warning, the highest priority, and `hd-emergency` once sent. */
export const Emergency: Story = { args: { categoryId: 'plataforma-inaccesible' } };

/** The backend never answers: the loading state, announced and marked busy. */
export const Loading: Story = {
  loaders: [() => withStore({ faults: { hang: ['getForm'] } })]
};

/** The form cannot be loaded: a localized message and a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  loaders: [() => withStore({ faults: failing('server', 'getForm') })]
};

/** No `category-id` yet: the form asks for a category first. */
export const NoCategory: Story = { name: 'No category', args: { categoryId: '' } };

/** English chrome (steps, buttons, messages, "(optional)"); field labels stay as the backend gives them. */
export const English: Story = { render: (args, { loaded }) => form(args, loaded as Loaded, 'en') };

/** Brazilian Portuguese chrome, on the review page. */
export const Portuguese: Story = {
  render: (args, { loaded }) => form(args, loaded as Loaded, 'pt-BR'),
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await fill(root);
    await next(root);
    await next(root);
  }
};

function presetStory(preset: Preset, categoryId: string, description: string): Story {
  return {
    args: { categoryId },
    loaders: [() => withStore({ preset })],
    parameters: { docs: { description: { story: description } } }
  };
}

/** Seed 000: "Soporte Técnico" under "Servicio Técnico", with NIT, brand, model, serial and images or videos. */
export const EquipmentWarranty: Story = {
  ...presetStory(
    presets['equipment-warranty']!,
    'soporte-tecnico',
    'Seed 000: the warranty incident form; then attachments by drag and drop, paste or browse.'
  ),
  name: 'Preset: equipment warranty (seed 000)'
};

/** Seed 001: "Abrir un caso nuevo" with the Asociado lookup dialog; no attachments step. */
export const SupportHours: Story = {
  ...presetStory(
    presets['support-hours']!,
    'soporte-tecnico',
    'Seed 001: Título, Cliente, Asociado (lookup dialog), Contacto and Descripción; no attachments step.'
  ),
  name: 'Preset: support hours (seed 001)'
};

/** Seed 002: a subcategory of the five cards, with platform, title, description and attachments. */
export const CategoryCards: Story = {
  ...presetStory(
    presets['category-cards']!,
    'solicitudes-capacitacion',
    'Seed 002: "Solicitudes › Capacitación"; the card sets the priority.'
  ),
  name: 'Preset: category cards (seed 002)'
};

/** Seed 003: Asunto, Aplicación -> Módulo, Departamento, Prioridad, Descripción; 3 images and 1 document. */
export const CompanyTickets: Story = {
  ...presetStory(
    presets['company-tickets']!,
    'tickets-mi-empresa',
    'Seed 003: the module follows the application; the customer picks the priority.'
  ),
  name: 'Preset: company tickets (seed 003)'
};

/** Seed 004: department and attention mode, the 4-level cascade, rich text comments, recipients, 5 files. */
export const CloudServices: Story = {
  ...presetStory(
    presets['cloud-services']!,
    'casos-de-soporte',
    'Seed 004: route, Servicio › Tema › Ítem › Categoría, subject with article suggestions, rich text, recipients.'
  ),
  name: 'Preset: cloud services (seed 004)'
};
