// Each of the five seed portals' forms, filled and sent end to end as a customer would: typing in the real
// controls, choosing with the keyboard, the lookup dialog, rich text, recipient chips and files dropped or pasted on
// the picker, with an accessibility check on every step.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HdCaseForm } from '../../src/components/case-form/case-form.js';
import type { HdLookup } from '../../src/components/lookup/lookup.js';
import type { HdRecipients } from '../../src/components/recipients/recipients.js';
import type { HdRichText } from '../../src/components/rich-text/rich-text.js';
import type { LocalAdapter } from '../../src/adapters/local/index.js';
import { presets } from '../../src/widget/presets/index.js';
import {
  $,
  button,
  chooseOption,
  disposeDraftStores,
  dropFiles,
  fieldSelector,
  indicator,
  next,
  pasteFiles,
  pdfFile,
  pickerOf,
  pngFile,
  press,
  record,
  renderCaseForm,
  stepOf,
  stopRecording,
  text,
  typeInto,
  until,
  uploaded
} from '../support/case-fixtures.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

async function newestCase(adapter: LocalAdapter) {
  const page = await adapter.listCases({ scope: 'mine', size: 1, sort: { field: 'createdAt', direction: 'desc' } });
  return adapter.getCase(page.items[0]!.id);
}

/** Checks the page with axe, then goes on with "Next". */
async function checkedNext(el: HdCaseForm): Promise<void> {
  await expect(el).to.be.accessible();
  await next(el);
}

/** Sends from the review (checked with axe) and waits for the done view (checked too). */
async function sendFromReview(el: HdCaseForm): Promise<void> {
  expect(stepOf(el)).to.equal('review');
  await expect(el).to.be.accessible();
  button(el, 'Enviar').click();
  await until(el, 'Se creó el caso');
  await expect(el).to.be.accessible();
}

describe('<hd-case-form> with each seed preset', () => {
  afterEach(async () => {
    stopRecording();
    await disposeTestAdapters();
    await disposeDraftStores();
  });

  it('seed 000 (equipment warranty): the incident form with a valid NIT and a dropped photo', async () => {
    const adapter = await createTestAdapter({ preset: presets['equipment-warranty'] });
    const el = await renderCaseForm(adapter, { categoryId: 'soporte-tecnico' });
    expect(indicator(el).names).to.deep.equal(['Detalles', 'Adjuntos', 'Revisión', 'Listo']);
    expect(text($(el, '.case-form__path'))).to.equal('Servicio Técnico › Soporte Técnico');
    expect(text(el.shadowRoot!.querySelector(`label[for="${$(el, fieldSelector('contacto'))!.id}"]`))).to.equal(
      'Contacto (opcional)'
    );

    await typeInto(el, fieldSelector('empresa'), 'Logística del Caribe S.A.S.');
    await typeInto(el, fieldSelector('nit'), '800197268-5');
    await typeInto(el, fieldSelector('direccion'), 'Cra. 52 # 14-30, Medellín');
    await typeInto(el, fieldSelector('telefono'), '(574) 444 1234');
    await typeInto(el, fieldSelector('asunto'), 'El escáner no enciende');
    await chooseOption(el, fieldSelector('marca'), 'ZEBRA');
    await typeInto(el, fieldSelector('modelo'), 'DS2208');
    await typeInto(el, fieldSelector('serial'), 'S19283746');
    await next(el);
    await until(el, 'NIT no es válido');
    expect(stepOf(el)).to.equal('details');
    const nit = $<HTMLInputElement>(el, fieldSelector('nit'))!;
    await waitUntil(() => el.shadowRoot!.activeElement === nit, 'focus on the NIT');
    await press('Backspace');
    await sendKeys({ type: '4' });
    await checkedNext(el);

    expect(stepOf(el)).to.equal('attachments');
    const picker = pickerOf(el);
    dropFiles(picker, [pngFile('etiqueta-serial.png')]);
    await uploaded(picker, 1);
    await checkedNext(el);

    const review = text($(el, '[part="review"]'));
    expect(review).to.include('NIT 800197268-4').and.to.include('Marca ZEBRA').and.to.include('etiqueta-serial.png');
    expect(review).to.include('Contacto Sin completar');
    await sendFromReview(el);

    const created = await newestCase(adapter);
    expect(text(el)).to.include(`Se creó el caso ${created.reference}.`);
    expect(created.reference).to.match(/^AS-/);
    expect(text(el)).to.include('Estado: Abierta');
    expect(text($(el, '.done__summary'))).to.include(`Número de caso ${created.reference}`);
    expect(created.subject).to.equal('El escáner no enciende');
    expect(created.fields).to.deep.include({ nit: '800197268-4', marca: 'zebra', serial: 'S19283746' });
    expect(created.fields).not.to.have.property('contacto');
    expect(created.attachments.map(file => file.name)).to.deep.equal(['etiqueta-serial.png']);
  });

  it('seed 001 (support hours): "Abrir un caso nuevo" with the Asociado chosen in the lookup dialog', async () => {
    const adapter = await createTestAdapter({ preset: presets['support-hours'] });
    const el = await renderCaseForm(adapter, { categoryId: 'soporte-tecnico' });
    // No route questions and no files: details, review, done.
    expect(indicator(el).names).to.deep.equal(['Información general', 'Revisión', 'Listo']);
    await typeInto(el, fieldSelector('titulo'), 'Arreglo al reporte Equipos sin Endpoint');
    await chooseOption(el, fieldSelector('cliente'), 'INOVAIT SAS');
    await chooseOption(el, fieldSelector('contacto'), 'Paola Méndez');

    const lookup = $<HdLookup>(el, 'hd-lookup')!;
    await lookup.updateComplete;
    const lookupRoot = lookup.shadowRoot!;
    lookupRoot.querySelector<HTMLButtonElement>('[part~="search-button"]')!.click();
    await waitUntil(() => lookupRoot.querySelector('dialog')!.open, 'the dialog opens');
    await sendKeys({ type: 'asociado' });
    await waitUntil(
      () =>
        lookupRoot.querySelectorAll('tbody tr').length === 1 &&
        !text(lookupRoot.querySelector('[part~="status"]')).includes('…'),
      'one row found'
    );
    await press('ArrowDown');
    await press('Space');
    await press('Enter');
    await waitUntil(() => !lookupRoot.querySelector('dialog')!.open, 'the dialog closes');
    await waitUntil(() => lookup.value === 'nombre-asociado');
    await typeInto(el, fieldSelector('descripcion'), 'El reporte no muestra los equipos sin agente.');
    await checkedNext(el);

    const review = text($(el, '[part="review"]'));
    expect(review).to.include('Asociado Nombre ASociado').and.to.include('Cliente INOVAIT SAS');
    expect(review).to.include('Contacto Paola Méndez');
    await sendFromReview(el);

    const created = await newestCase(adapter);
    expect(created.reference).to.match(/^CAS-/);
    expect(text(el)).to.include('Estado: En Revisión');
    expect(created.fields).to.deep.include({
      cliente: 'inovait-sas',
      asociado: 'nombre-asociado',
      contacto: 'paola-mendez'
    });
    expect(created.description).to.equal('El reporte no muestra los equipos sin agente.');
  });

  it('seed 002 (category cards): a subcategory’s form with a pasted screenshot', async () => {
    const adapter = await createTestAdapter({ preset: presets['category-cards'] });
    const el = await renderCaseForm(adapter, { categoryId: 'solicitudes-capacitacion' });
    expect(indicator(el).names).to.deep.equal(['Detalles', 'Adjuntos', 'Revisión', 'Listo']);
    await chooseOption(el, fieldSelector('plataforma'), 'Web de Clientes');
    await typeInto(el, fieldSelector('titulo'), 'Capacitación para usuarios nuevos');
    await typeInto(el, fieldSelector('descripcion'), 'Necesitamos una sesión para cinco personas.');
    await checkedNext(el);
    const picker = pickerOf(el);
    pasteFiles(picker, [pngFile('image.png')]);
    await uploaded(picker, 1);
    await checkedNext(el);
    expect(text($(el, '[part="review"]'))).to.match(/image-\d{8}-\d{6}\.png/);
    await sendFromReview(el);
    const created = await newestCase(adapter);
    expect(created.priority).to.equal('normal');
    expect(created.attachments).to.have.length(1);
    expect(created.categoryPath.map(item => item.name)).to.deep.equal(['Solicitudes', 'Capacitación']);
  });

  it('seed 003 (company tickets): Aplicación -> Módulo, department, priority, three images and a document', async () => {
    const adapter = await createTestAdapter({ preset: presets['company-tickets'] });
    const el = await renderCaseForm(adapter, { categoryId: 'tickets-mi-empresa' });
    await typeInto(el, fieldSelector('asunto'), 'Cambio de número de celular para mi empresa');
    await chooseOption(el, fieldSelector('aplicacion'), 'Administrativo');
    await chooseOption(el, fieldSelector('modulo'), 'Administrativo');
    await chooseOption(el, fieldSelector('departamento'), 'Soporte Técnico');
    expect($<HTMLSelectElement>(el, fieldSelector('@priority'))!.value).to.equal('normal');
    await chooseOption(el, fieldSelector('@priority'), 'Urgente');
    await typeInto(el, fieldSelector('descripcion'), 'El número cambió a 300 555 0101.');
    await checkedNext(el);

    const picker = pickerOf(el);
    dropFiles(picker, [pngFile('uno.png'), pngFile('dos.png'), pngFile('tres.png'), pdfFile('camara.pdf')]);
    await uploaded(picker, 4);
    await checkedNext(el);
    const review = text($(el, '[part="review"]'));
    expect(review).to.include('Aplicación Administrativo').and.to.include('Prioridad Urgente');
    expect(review).to.include('Departamento Soporte Técnico').and.to.include('camara.pdf');
    await sendFromReview(el);

    const created = await newestCase(adapter);
    expect(created.priority).to.equal('urgent');
    expect(created.fields).to.deep.include({ aplicacion: 'administrativo', modulo: 'administrativo' });
    expect(created.attachments.map(file => file.name)).to.have.members([
      'uno.png',
      'dos.png',
      'tres.png',
      'camara.pdf'
    ]);
  });

  it('seed 004 (cloud services): department, phone call back, 4-level cascade, rich text, recipients, a file', async () => {
    const adapter = await createTestAdapter({ preset: presets['cloud-services'] });
    const steps = record('hd-step-change');
    const el = await renderCaseForm(adapter, { categoryId: 'casos-de-soporte' });
    expect(indicator(el).names).to.deep.equal([
      'Ruta',
      'Completa los campos de acuerdo a tu necesidad',
      'Detalla la solicitud',
      'Adjuntos',
      'Revisión',
      'Listo'
    ]);

    // Route: department and attention mode, with the number to call back.
    await chooseOption(el, fieldSelector('@department'), 'Técnico');
    const ticket = $<HTMLInputElement>(el, fieldSelector('@channel'))!;
    ticket.focus();
    await press('ArrowDown');
    await typeInto(el, fieldSelector('@callBackPhone'), '+55 11 5555 0101');
    await typeInto(el, fieldSelector('@callBackTime'), 'Tardes');
    await checkedNext(el);

    // The cascade: one select per level, each named by its level.
    expect(stepOf(el)).to.equal('details-clasificacion');
    await chooseOption(el, fieldSelector('servicio'), 'Computación en la Nube');
    await chooseOption(el, `${fieldSelector('servicio').replace('-control', '-control-1')}`, 'Autosky');
    await chooseOption(el, `${fieldSelector('servicio').replace('-control', '-control-2')}`, 'Solicitud');
    await chooseOption(el, `${fieldSelector('servicio').replace('-control', '-control-3')}`, 'Problemas de acceso');
    const levelLabels = [...el.shadowRoot!.querySelectorAll('[data-field="servicio"] .field__sublabel')].map(label =>
      text(label)
    );
    expect(levelLabels).to.deep.equal(['Servicio', 'Tema', 'Ítem', 'Categoría']);
    await checkedNext(el);

    // Subject (with article suggestions), comments in rich text, recipients as chips.
    expect(stepOf(el)).to.equal('details-detalle');
    await typeInto(el, fieldSelector('asunto'), 'No puedo entrar a Autosky');
    expect($(el, 'hd-article-suggestions')!.getAttribute('query')).to.equal('No puedo entrar a Autosky');
    const rich = $<HdRichText>(el, 'hd-rich-text')!;
    await rich.editorReady;
    rich.focus();
    await sendKeys({ type: 'Desde hoy el acceso ' });
    await press('Control+b');
    await sendKeys({ type: 'falla siempre' });
    await press('Control+b');
    await sendKeys({ type: '.' });
    const recipients = $<HdRecipients>(el, 'hd-recipients')!;
    recipients.focus();
    await sendKeys({ type: 'ana.perez@example.com' });
    await press('Enter');
    await waitUntil(() => recipients.value.length === 1, 'one chip');
    await checkedNext(el);

    const picker = pickerOf(el);
    dropFiles(picker, [pdfFile('captura-error.pdf')]);
    await uploaded(picker, 1);
    await checkedNext(el);

    const review = text($(el, '[part="review"]'));
    expect(review).to.include('Servicio Computación en la Nube › Autosky › Solicitud › Problemas de acceso');
    expect(review).to.include('Departamento Técnico').and.to.include('Forma de atención Llamada telefónica');
    expect(review).to.include('Número de teléfono +55 11 5555 0101');
    expect(review).to.include('Desde hoy el acceso falla siempre.').and.to.include('ana.perez@example.com');
    expect(review).to.include('captura-error.pdf');
    await sendFromReview(el);

    const created = await newestCase(adapter);
    expect(created.department).to.equal('tecnico');
    expect(created.channel).to.equal('phone');
    expect(created.callBack).to.deep.equal({ phone: '+55 11 5555 0101', preferredTime: 'Tardes' });
    expect(created.fields['servicio']).to.deep.equal([
      'computacion-en-la-nube',
      'autosky',
      'solicitud',
      'problemas-de-acceso'
    ]);
    expect(created.descriptionFormat).to.equal('html');
    expect(created.description).to.include('<strong>falla siempre</strong>');
    expect(created.recipients).to.deep.equal(['ana.perez@example.com']);
    expect(created.attachments.map(file => file.name)).to.deep.equal(['captura-error.pdf']);
    expect(steps.map(event => event.detail.step)).to.deep.equal([
      'details-clasificacion',
      'details-detalle',
      'attachments',
      'review',
      'done'
    ]);
    expect(steps.at(-1)!.detail).to.deep.equal({ step: 'done', index: 5, total: 6 });
  });
});
