import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/attachment-picker/define.js';
import '../../src/components/provider/define.js';
import type { HdAttachmentPicker } from '../../src/components/attachment-picker/attachment-picker.js';
import type { HdEvent } from '../../src/components/shared/events.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import type { AttachmentPolicy } from '../../src/core/model/form.js';
import { withFaults, type FaultPlan } from '../../src/testing/faults.js';
import {
  fileWithHead,
  latin1Bytes as ascii,
  MAGIC,
  PNG_1X1,
  SEED_003_ATTACHMENTS as seed003,
  SEED_004_ATTACHMENTS as seed004
} from '../../src/testing/sample-files.js';
import { pasteInto } from '../support/clipboard.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

const MB = 1024 * 1024;

const HEADS = {
  pdf: MAGIC.pdf,
  docx: MAGIC.zip,
  mp4: MAGIC.mp4,
  text: ascii('Fecha;Valor\n2024-01-01;100\n'),
  exe: MAGIC.pe
};

/** A file whose first bytes are `head`, padded with zeros (spaces for text) to `size` bytes. */
function fileOf(name: string, head: readonly number[] | Uint8Array, type = '', size = 0): File {
  return fileWithHead(name, head, { type, size, fill: head === HEADS.text ? ascii(' ') : undefined });
}

const png = (name: string, size = 0) => fileOf(name, PNG_1X1, 'image/png', size);
const pdf = (name: string, size = 0) => fileOf(name, HEADS.pdf, 'application/pdf', size);
const txt = (name: string, size = 0) => fileOf(name, HEADS.text, 'text/plain', size);

interface Mounted {
  picker: HdAttachmentPicker;
  root: ShadowRoot;
  adapter: HelpDeskAdapter;
}

async function mount(
  options: { policy?: AttachmentPolicy; locale?: string; adapter?: HelpDeskAdapter; upload?: 'pick' | 'manual' } = {}
): Promise<Mounted> {
  const adapter = options.adapter ?? (await createTestAdapter());
  const provider = await fixture(
    html`<hd-provider .adapter=${adapter} locale=${options.locale ?? 'es'}>
      <hd-attachment-picker
        .policy=${options.policy ?? seed004}
        upload=${options.upload ?? 'pick'}
      ></hd-attachment-picker>
    </hd-provider>`
  );
  const picker = provider.querySelector('hd-attachment-picker')!;
  await picker.updateComplete;
  return { picker, root: picker.shadowRoot!, adapter };
}

function dataTransferOf(files: readonly File[]): DataTransfer {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data;
}

/** What a real drop does: dragenter, dragover, then drop on the drop zone with the files in its DataTransfer. */
async function drop(picker: HdAttachmentPicker, files: readonly File[]): Promise<void> {
  const zone = picker.shadowRoot!.querySelector<HTMLElement>('[part="dropzone"]')!;
  const dataTransfer = dataTransferOf(files);
  const init = { dataTransfer, bubbles: true, composed: true, cancelable: true };
  zone.dispatchEvent(new DragEvent('dragenter', init));
  zone.dispatchEvent(new DragEvent('dragover', init));
  zone.dispatchEvent(new DragEvent('drop', init));
}

async function settled(picker: HdAttachmentPicker, count: number): Promise<void> {
  await waitUntil(
    () => picker.files.length === count && picker.files.every(file => file.status !== 'uploading'),
    `expected ${count} settled files`,
    { timeout: 5000 }
  );
  await picker.updateComplete;
}

const rows = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[part="file"]')];
const refusedTexts = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part="refused"] li')].map(li => li.textContent!.trim());
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function announced(root: ShadowRoot, words: string): Promise<void> {
  await waitUntil(() => text(root.querySelector('[role="log"]')).includes(words), `announcement "${words}"`);
}

describe('<hd-attachment-picker>', () => {
  afterEach(async () => {
    await disposeTestAdapters();
  });

  it('is accessible when empty, and shows the label and the limits before anything is picked', async () => {
    const { root } = await mount();
    await expect(root.host).to.be.accessible();
    expect(text(root.querySelector('[part="label"]'))).to.equal('Archivo adjunto (opcional)');
    expect(text(root.querySelector('.prompt'))).to.equal(
      'Arrastre y suelte archivos, pegue capturas de pantalla, o navegar'
    );
    const limits = root.querySelector<HTMLElement>('[part="limits"]')!;
    expect(text(limits)).to.equal(
      'Hasta 5 archivos de 10 MB cada uno: imágenes, PDF, CSV, TXT, Excel, Word, ZIP, RAR, PFX, MP4, MKV, AVI, MOV y WEBM.'
    );
    expect(limits.checkVisibility()).to.equal(true);
    expect(root.querySelector('[part="file-list"]')).to.equal(null);
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.accept).to.equal(seed004.accept.join(','));
    expect(input.multiple).to.equal(true);
  });

  it('uploads several dropped files, with progress to 100 % and their references as its value', async () => {
    const { picker, root } = await mount();
    const zone = root.querySelector<HTMLElement>('[part="dropzone"]')!;
    const files = [
      pdf('factura.pdf'),
      png('captura.png'),
      fileOf('informe.docx', HEADS.docx),
      fileOf('video.mp4', HEADS.mp4, 'video/mp4'),
      fileOf('datos.csv', HEADS.text, 'text/csv')
    ];

    const dataTransfer = dataTransferOf(files);
    zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    await picker.updateComplete;
    expect(zone.classList.contains('dropzone--active')).to.equal(true, 'drag state shown');
    expect(picker.matches(':state(dragging)')).to.equal(true);

    const changes: HdEvent<'hd-attachments-change'>['detail'][] = [];
    picker.addEventListener('hd-attachments-change', event => changes.push(event.detail));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    await settled(picker, 5);

    expect(zone.classList.contains('dropzone--active')).to.equal(false);
    expect(picker.files.map(file => file.status)).to.deep.equal(Array(5).fill('uploaded'));
    expect(picker.value.map(reference => reference.name)).to.deep.equal(files.map(file => file.name));
    expect(picker.value.every(reference => reference.id.length > 0)).to.equal(true);
    expect(picker.pending).to.equal(false);
    for (const progress of root.querySelectorAll('progress')) {
      expect(progress.value).to.equal(progress.max);
      expect(progress.getAttribute('aria-label')).to.match(/^Subida de /);
    }
    expect(changes.at(-1)).to.deep.equal({ references: picker.value, pending: false });
    expect(text(rows(root)[0]!))
      .to.contain('factura.pdf')
      .and.to.contain('Documento')
      .and.to.contain('Subido');
    await announced(root, 'Se subió');
    await expect(picker).to.be.accessible();
  });

  it('takes a pasted screenshot on the focused drop zone, with a preview', async () => {
    const { picker, root } = await mount();
    const zone = root.querySelector<HTMLElement>('[part="dropzone"]')!;
    zone.focus();
    const clipboardData = dataTransferOf([png('image.png')]);
    const focused = root.activeElement!;
    expect(focused).to.equal(zone);
    pasteInto(focused, clipboardData);
    await settled(picker, 1);
    expect(picker.files[0]!.name).to.match(/^image-\d{8}-\d{6}\.png$/);
    expect(picker.files[0]!.kind).to.equal('image');
    expect(picker.value).to.have.length(1);
    const preview = root.querySelector<HTMLImageElement>('[part="preview"]')!;
    expect(preview.src).to.match(/^blob:/);
    await waitUntil(() => preview.complete && preview.naturalWidth === 1, 'the preview loads');
  });

  it('takes files chosen with the browse button and the native file input', async () => {
    const { picker, root } = await mount();
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    let opened = false;
    input.addEventListener('click', event => {
      opened = true;
      event.preventDefault(); // no real dialog in a test
    });
    root.querySelector<HTMLButtonElement>('[part="browse-button"]')!.click();
    expect(opened).to.equal(true);

    input.files = dataTransferOf([pdf('contrato.pdf'), txt('notas.txt')]).files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(picker, 2);
    expect(picker.value.map(reference => reference.name)).to.deep.equal(['contrato.pdf', 'notas.txt']);
  });

  it('refuses the sixth file and keeps the first five', async () => {
    const { picker, root } = await mount();
    const files = Array.from({ length: 6 }, (_, i) => txt(`nota-${i + 1}.txt`));
    await drop(picker, files);
    // Announced with the drop; the log keeps only the last few, and the five uploads' own announcements follow.
    await announced(root, 'nota-6.txt no se adjuntó');
    await settled(picker, 5);
    expect(picker.files.map(file => file.name)).to.deep.equal(files.slice(0, 5).map(file => file.name));
    expect(picker.refused.map(refusal => [refusal.file.name, refusal.rule])).to.deep.equal([['nota-6.txt', 'count']]);
    expect(refusedTexts(root)).to.deep.equal(['nota-6.txt no se adjuntó: se permiten como máximo 5 archivos.']);
    await expect(picker).to.be.accessible();
  });

  it('refuses a file one byte over the size per file, and what passes the total size', async () => {
    const { picker, root } = await mount({ policy: { ...seed004, maxTotalBytes: 12 * MB } });
    expect(text(root.querySelector('[part="limits"]'))).to.match(
      /^Hasta 5 archivos de 10 MB cada uno \(12 MB en total\):/
    );
    const tooBig = pdf('grande.pdf', 10 * MB + 1);
    const eightMb = pdf('ocho.pdf', 8 * MB);
    const fiveMb = pdf('cinco.pdf', 5 * MB);
    await drop(picker, [tooBig, eightMb, fiveMb]);
    await settled(picker, 1);
    expect(picker.files.map(file => file.name)).to.deep.equal(['ocho.pdf']);
    expect(refusedTexts(root)).to.deep.equal([
      'grande.pdf no se adjuntó: pesa más de 10 MB, el máximo por archivo.',
      'cinco.pdf no se adjuntó: los archivos sumarían más de 12 MB.'
    ]);
  });

  it('applies per-kind caps (seed 003: three images and one document)', async () => {
    const { picker, root } = await mount({ policy: seed003 });
    expect(text(root.querySelector('[part="limits"]'))).to.equal(
      'Hasta 4 archivos de 5 MB cada uno: imágenes, PDF, Word, Excel y TXT. Como máximo 3 imágenes y 1 documento.'
    );
    await drop(picker, [
      png('foto-1.png'),
      png('foto-2.png'),
      png('foto-3.png'),
      png('foto-4.png'),
      pdf('contrato.pdf')
    ]);
    await settled(picker, 4);
    expect(picker.files.map(file => file.name)).to.deep.equal([
      'foto-1.png',
      'foto-2.png',
      'foto-3.png',
      'contrato.pdf'
    ]);
    expect(root.querySelectorAll('[part="preview"]')).to.have.length(3);
    expect(refusedTexts(root)).to.deep.equal(['foto-4.png no se adjuntó: se permiten como máximo 3 imágenes.']);
  });

  it('refuses by type and by content: a program renamed invoice.pdf is refused, a real PDF is not', async () => {
    const { picker, root } = await mount();
    await drop(picker, [
      fileOf('setup.exe', HEADS.exe, 'application/x-msdownload'),
      fileOf('invoice.pdf', HEADS.exe, 'application/pdf'),
      pdf('factura.pdf')
    ]);
    await settled(picker, 1);
    expect(picker.files.map(file => file.name)).to.deep.equal(['factura.pdf']);
    expect(picker.refused.map(refusal => [refusal.file.name, refusal.rule])).to.deep.equal([
      ['setup.exe', 'type'],
      ['invoice.pdf', 'content']
    ]);
    expect(refusedTexts(root)).to.deep.equal([
      'setup.exe no se adjuntó: ese tipo de archivo no está permitido.',
      'invoice.pdf no se adjuntó: es un programa ejecutable.'
    ]);
    await expect(picker).to.be.accessible();
  });

  it('removes files with the keyboard, moving focus to the next row, then to the browse button', async () => {
    const { picker, root } = await mount();
    await drop(picker, [png('a.png'), pdf('b.pdf'), txt('c.txt')]);
    await settled(picker, 3);
    const revoked: string[] = [];
    const original = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      original.call(URL, url);
    };
    try {
      const preview = root.querySelector<HTMLImageElement>('[part="preview"]')!.src;
      // Tab from the drop zone to the browse button, then on to the first row's remove button.
      root.querySelector<HTMLElement>('[part="dropzone"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.getAttribute('part')).to.equal('browse-button');
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.getAttribute('aria-label')).to.equal('Quitar a.png');

      await sendKeys({ press: 'Enter' });
      await picker.updateComplete;
      expect(picker.files.map(file => file.name)).to.deep.equal(['b.pdf', 'c.txt']);
      expect(revoked).to.deep.equal([preview], 'the preview URL is revoked');
      expect(root.activeElement?.getAttribute('aria-label')).to.equal('Quitar b.pdf');
      await announced(root, 'Se quitó a.png.');

      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.getAttribute('aria-label')).to.equal('Quitar c.txt');
      await sendKeys({ press: 'Space' });
      await picker.updateComplete;
      expect(picker.files.map(file => file.name)).to.deep.equal(['b.pdf']);
      expect(root.activeElement?.getAttribute('part')).to.equal('browse-button');
    } finally {
      URL.revokeObjectURL = original;
    }
  });

  it('revokes preview URLs when it leaves the page', async () => {
    const { picker, root } = await mount();
    await drop(picker, [png('a.png')]);
    await settled(picker, 1);
    const url = root.querySelector<HTMLImageElement>('[part="preview"]')!.src;
    const revoked: string[] = [];
    const original = URL.revokeObjectURL;
    URL.revokeObjectURL = (value: string) => revoked.push(value);
    try {
      picker.remove();
    } finally {
      URL.revokeObjectURL = original;
    }
    expect(revoked).to.deep.equal([url]);
  });

  it('cancels an upload in flight: the file is gone and nothing is pending', async () => {
    const adapter = withFaults(await createTestAdapter(), { hang: ['uploadAttachment'] });
    const { picker, root } = await mount({ adapter });
    await drop(picker, [pdf('lento.pdf')]);
    await waitUntil(() => picker.files[0]?.status === 'uploading');
    await picker.updateComplete;
    expect(picker.pending).to.equal(true);
    const cancel = root.querySelector<HTMLButtonElement>('[part="cancel-button"]')!;
    expect(cancel.getAttribute('aria-label')).to.equal('Cancelar la subida de lento.pdf');
    cancel.focus();
    const change = oneEvent(picker, 'hd-attachments-change');
    await sendKeys({ press: 'Enter' });
    expect((await change).detail).to.deep.equal({ references: [], pending: false });
    await picker.updateComplete;
    expect(picker.files).to.deep.equal([]);
    expect(picker.pending).to.equal(false);
    expect(rows(root)).to.have.length(0);
    expect(root.activeElement?.getAttribute('part')).to.equal('browse-button');
    await announced(root, 'Se canceló la subida de lento.pdf.');
  });

  it('shows a failed upload with retry, and the retry uploads it', async () => {
    const plan: FaultPlan = { fail: { uploadAttachment: 'server' } };
    const adapter = withFaults(await createTestAdapter(), plan);
    const { picker, root } = await mount({ adapter });
    const errors: string[] = [];
    picker.addEventListener('hd-error', event => errors.push(event.detail.code));
    await drop(picker, [pdf('factura.pdf')]);
    await settled(picker, 1);
    expect(picker.files[0]!.status).to.equal('failed');
    expect(errors).to.deep.equal(['server']);
    expect(text(rows(root)[0]!)).to.contain('No se pudo subir');
    await announced(root, 'No se pudo subir factura.pdf.');
    await expect(picker).to.be.accessible();

    delete plan.fail!.uploadAttachment; // the backend is back
    const retry = root.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    expect(retry.getAttribute('aria-label')).to.equal('Reintentar la subida de factura.pdf');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => picker.files[0]?.status === 'uploaded', 'the retry uploads it');
    expect(picker.value.map(reference => reference.name)).to.deep.equal(['factura.pdf']);
    await picker.updateComplete;
    expect(root.querySelector('[part="retry-button"]')).to.equal(null);
    expect(root.activeElement?.getAttribute('part')).to.equal('remove-button');
  });

  it('takes a drop anywhere on the element, and nothing while disabled', async () => {
    const { picker, root } = await mount();
    await drop(picker, [pdf('uno.pdf')]);
    await settled(picker, 1);
    const list = root.querySelector<HTMLElement>('[part="file-list"]')!;
    const dataTransfer = dataTransferOf([pdf('dos.pdf')]);
    const dropped = new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true });
    list.dispatchEvent(dropped);
    expect(dropped.defaultPrevented).to.equal(true, 'the browser does not open the file');
    await settled(picker, 2);

    picker.disabled = true;
    await picker.updateComplete;
    expect(root.querySelector<HTMLButtonElement>('[part="browse-button"]')!.disabled).to.equal(true);
    await drop(picker, [pdf('tres.pdf')]);
    const zone = root.querySelector<HTMLElement>('[part="dropzone"]')!;
    pasteInto(zone, dataTransferOf([png('image.png')]));
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(picker.files.map(file => file.name)).to.deep.equal(['uno.pdf', 'dos.pdf']);
  });

  it('speaks English', async () => {
    const { picker, root } = await mount({ locale: 'en' });
    expect(text(root.querySelector('[part="label"]'))).to.equal('Attachment (optional)');
    expect(text(root.querySelector('.prompt'))).to.equal('Drag and drop files, paste screenshots, or browse');
    expect(text(root.querySelector('[part="limits"]'))).to.equal(
      'Up to 5 files of 10 MB each: images, PDF, CSV, TXT, Excel, Word, ZIP, RAR, PFX, MP4, MKV, AVI, MOV, and WEBM.'
    );
    await drop(picker, [fileOf('invoice.pdf', HEADS.exe, 'application/pdf'), pdf('real.pdf')]);
    await settled(picker, 1);
    expect(refusedTexts(root)).to.deep.equal(['invoice.pdf was not attached: it is a program.']);
    expect(text(rows(root)[0]!)).to.contain('Uploaded');
    expect(root.querySelector('[part="remove-button"]')!.getAttribute('aria-label')).to.equal('Remove real.pdf');
  });

  it('works in a form: submits the references, and is invalid while uploading or when a file is required', async () => {
    const adapter = await createTestAdapter();
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <hd-provider .adapter=${adapter} locale="es">
          <hd-attachment-picker name="adjuntos" .policy=${{ ...seed004, required: true }}></hd-attachment-picker>
        </hd-provider>
      </form>`
    );
    const picker = form.querySelector('hd-attachment-picker')!;
    await picker.updateComplete;
    expect(text(picker.shadowRoot!.querySelector('[part="label"]'))).to.equal('Archivo adjunto');
    expect(form.checkValidity()).to.equal(false);
    expect(picker.validationMessage).to.equal('Adjunte al menos un archivo.');

    await drop(picker, [pdf('factura.pdf'), txt('notas.txt')]);
    await settled(picker, 2);
    await picker.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).getAll('adjuntos')).to.deep.equal(picker.value.map(reference => reference.id));

    form.reset();
    await picker.updateComplete;
    expect(picker.files).to.deep.equal([]);
    expect(form.checkValidity()).to.equal(false);
  });

  it('is invalid while an upload is in flight', async () => {
    const adapter = withFaults(await createTestAdapter(), { hang: ['uploadAttachment'] });
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <hd-provider .adapter=${adapter} locale="es">
          <hd-attachment-picker name="adjuntos" .policy=${seed004}></hd-attachment-picker>
        </hd-provider>
      </form>`
    );
    const picker = form.querySelector('hd-attachment-picker')!;
    await drop(picker, [pdf('lento.pdf')]);
    await waitUntil(() => picker.pending);
    await picker.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(picker.validationMessage).to.equal('Espere a que terminen de subirse los archivos.');
    picker.value = []; // restoring no uploaded file keeps the one in flight
    expect(picker.files.map(file => file.status)).to.deep.equal(['uploading']);
    picker.clear();
    await picker.updateComplete;
    expect(form.checkValidity()).to.equal(true);
  });

  it('holds the files with upload="manual" until uploadAll(), and shows a restored value', async () => {
    const { picker, adapter } = await mount({ upload: 'manual' });
    await drop(picker, [pdf('factura.pdf')]);
    await waitUntil(() => picker.files.length === 1);
    expect(picker.files[0]!.status).to.equal('held');
    expect(picker.value).to.deep.equal([]);
    const references = await picker.uploadAll();
    expect(references.map(reference => reference.name)).to.deep.equal(['factura.pdf']);
    // Binding the value back (as a host does from hd-attachments-change) changes nothing.
    const ids = picker.files.map(file => file.id);
    const bound = picker.value;
    picker.value = bound;
    expect(picker.files.map(file => file.id)).to.deep.equal(ids);

    // A draft restored after a reload: the references come back as uploaded files.
    const { picker: restored, root } = await mount({ adapter });
    restored.value = references;
    await restored.updateComplete;
    expect(restored.files.map(file => [file.name, file.status])).to.deep.equal([['factura.pdf', 'uploaded']]);
    expect(rows(root)).to.have.length(1);
  });
});
