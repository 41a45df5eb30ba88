import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/attachment-picker/define.js';
import '../src/components/provider/define.js';
import type { HdAttachmentPicker } from '../src/components/attachment-picker/attachment-picker.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import type { AttachmentPolicy } from '../src/core/model/form.js';
import {
  CSV_SAMPLE,
  fileWithHead,
  MAGIC,
  SEED_003_ATTACHMENTS as seed003,
  SEED_004_ATTACHMENTS as seed004
} from '../src/testing/sample-files.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Args {
  label: string;
  upload: 'pick' | 'manual';
  disabled: boolean;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

const MB = 1024 * 1024;

const pdf = (name: string, size?: number) => fileWithHead(name, MAGIC.pdf, { type: 'application/pdf', size });
const docx = (name: string) =>
  fileWithHead(name, MAGIC.zip, {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    size: 2048
  });
const mp4 = (name: string) => fileWithHead(name, MAGIC.mp4, { type: 'video/mp4', size: 4096 });
const csv = (name: string) => new File([CSV_SAMPLE], name, { type: 'text/csv' });
/** The first bytes of a Windows program. */
const program = (name: string, type: string) => fileWithHead(name, MAGIC.pe, { type });

/** A real PNG screenshot-like image drawn on a canvas, so previews show something. */
async function screenshot(name: string, color: string, caption: string): Promise<File> {
  const canvas = new OffscreenCanvas(320, 200);
  const context = canvas.getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, 320, 200);
  context.fillStyle = '#ffffff';
  context.font = 'bold 28px system-ui, sans-serif';
  context.fillText(caption, 24, 110);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new File([blob], name, { type: 'image/png' });
}

/** Renders the picker inside a provider with the loaded adapter, in one language. */
function picker(args: Args, loaded: Loaded, policy: AttachmentPolicy = seed004, lang = 'es') {
  return html`<div lang=${lang} style="max-inline-size: 40rem">
    <hd-provider .adapter=${loaded.adapter}>
      <hd-attachment-picker
        .policy=${policy}
        label=${args.label || nothing}
        upload=${args.upload}
        ?disabled=${args.disabled}
      ></hd-attachment-picker>
    </hd-provider>
  </div>`;
}

/** Drops files on the picker's drop zone, as a customer's drag and drop does. */
async function dropFiles(canvasElement: HTMLElement, files: File[]): Promise<void> {
  const element = canvasElement.querySelector<HdAttachmentPicker>('hd-attachment-picker')!;
  await element.updateComplete;
  const zone = element.shadowRoot!.querySelector<HTMLElement>('[part="dropzone"]')!;
  const dataTransfer = new DataTransfer();
  for (const file of files) dataTransfer.items.add(file);
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
}

/**
 * Drag and drop, paste and browse, with the limits shown before anything is picked. Files upload at once through the
 * local backend; stories that show files drop them in a play function, the way a customer does.
 *
 * Markup: `<hd-attachment-picker label="Archivo adjunto"></hd-attachment-picker>`.
 */
const meta: Meta<Args> = {
  title: 'Elements/Attachment picker',
  component: 'hd-attachment-picker',
  args: { label: '', upload: 'pick', disabled: false },
  argTypes: {
    label: { control: 'text' },
    upload: { control: 'inline-radio', options: ['pick', 'manual'] },
    disabled: { control: 'boolean' }
  },
  loaders: [async () => ({ adapter: await storyAdapter() })],
  render: (args, { loaded }) => picker(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** Seed 004's limits, shown before anything is picked: up to 5 files of 10 MB each, from its accept list. */
export const Empty: Story = {};

/** Seed 003: three images with preview and one document, the per-kind caps in the limits line. */
export const Seed003: Story = {
  name: 'Seed 003 (3 images + 1 document)',
  render: (args, { loaded }) => picker(args, loaded as Loaded, seed003),
  play: async ({ canvasElement }) => {
    await dropFiles(canvasElement, [
      await screenshot('pantalla-inicio.png', '#0b5cad', 'Inicio'),
      await screenshot('error-modulo.png', '#b3261e', 'Error 500'),
      await screenshot('configuracion.png', '#1a7f37', 'Configuración'),
      docx('cambio-celular.docx')
    ]);
  }
};

/** Five files of seed 004's types, dropped and uploaded. */
export const WithFiles: Story = {
  play: async ({ canvasElement }) => {
    await dropFiles(canvasElement, [
      pdf('factura-0012.pdf', 180_000),
      await screenshot('captura.png', '#6e40c9', 'Captura'),
      docx('informe.docx'),
      mp4('grabacion.mp4'),
      csv('consumo.csv')
    ]);
  }
};

/**
 * Refused files, each with the rule it broke, while the good one stays: a program by type, a program renamed
 * `.pdf` by content, and a file over 10 MB.
 */
export const RefusedFiles: Story = {
  play: async ({ canvasElement }) => {
    await dropFiles(canvasElement, [
      program('setup.exe', 'application/x-msdownload'),
      program('invoice.pdf', 'application/pdf'),
      pdf('escaneo-grande.pdf', 10 * MB + 1),
      pdf('factura.pdf')
    ]);
  }
};

/** The backend never answers: uploads stay in progress, with a cancel button. */
export const Uploading: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ faults: { hang: ['uploadAttachment'] } }) })],
  play: async ({ canvasElement }) => {
    await dropFiles(canvasElement, [pdf('factura.pdf'), await screenshot('captura.png', '#0b5cad', 'Captura')]);
  }
};

/** The backend fails every upload: each file says so and offers to try again. */
export const UploadFailing: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ faults: failing('server', 'uploadAttachment') }) })],
  play: async ({ canvasElement }) => {
    await dropFiles(canvasElement, [pdf('factura.pdf')]);
  }
};

/** English words, with seed 004's limits and two files. */
export const English: Story = {
  render: (args, { loaded }) => picker(args, loaded as Loaded, seed004, 'en'),
  play: async ({ canvasElement }) => {
    await dropFiles(canvasElement, [pdf('invoice.pdf'), program('report.pdf', 'application/pdf')]);
  }
};

/** Brazilian Portuguese words. */
export const Portuguese: Story = {
  render: (args, { loaded }) => picker(args, loaded as Loaded, seed004, 'pt-BR')
};
