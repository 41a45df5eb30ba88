// The steps of <hd-case-form>: the keyboard-only path, values kept across Back and Next, checks per step, steps a
// form does not need, the review, and the current step in the URL hash.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HdCaseForm } from '../../src/components/case-form/case-form.js';
import type { HdRichText } from '../../src/components/rich-text/rich-text.js';
import { presets } from '../../src/widget/presets/index.js';
import {
  $,
  $$,
  button,
  chooseOption,
  disposeDraftStores,
  dropFiles,
  equipmentPreset,
  fieldSelector,
  focused,
  indicator,
  next,
  nextUntil,
  pdfFile,
  pickerOf,
  pngFile,
  press,
  record,
  renderCaseForm,
  stepOf,
  stopRecording,
  testDraftStore,
  text,
  typeInto,
  until,
  uploaded
} from '../support/case-fixtures.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

const LENTITUD = 'inconveniente-tecnico-lentitud';

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `matches` holds for the focused element (at most `limit` presses). */
async function tabUntil(matches: (active: Element | null) => boolean, what: string, limit = 25): Promise<Element> {
  for (let count = 0; count < limit; count++) {
    if (matches(deepActive())) return deepActive()!;
    await press('Tab');
  }
  if (matches(deepActive())) return deepActive()!;
  throw new Error(`Tab never reached ${what}; focus is on ${deepActive()?.outerHTML.slice(0, 120)}`);
}

const isButton = (label: string) => (active: Element | null) =>
  active instanceof HTMLButtonElement && text(active) === label;

function announcement(el: HdCaseForm): string {
  return text($(el, '.visually-hidden[role="status"]'));
}

function clearHash(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

describe('<hd-case-form> steps', () => {
  afterEach(async () => {
    stopRecording();
    clearHash();
    await disposeTestAdapters();
    await disposeDraftStores();
  });

  it('goes from the first field to the done view with the keyboard alone', async () => {
    const adapter = await createTestAdapter();
    const changes = record('hd-step-change');
    const el = await renderCaseForm(adapter, { categoryId: LENTITUD });
    expect(indicator(el)).to.deep.equal({ names: ['Detalles', 'Adjuntos', 'Revisión', 'Listo'], current: 'Detalles' });
    expect($(el, 'ol[part="steps"] [aria-current="step"]')).not.to.equal(null);

    (document.activeElement as HTMLElement | null)?.blur();
    const platform = await tabUntil(active => active?.id === 'hd-case-form-plataforma-control', 'Plataforma');
    await press('ArrowDown');
    expect((platform as HTMLSelectElement).value).to.equal('web');
    await press('Tab');
    await sendKeys({ type: 'Los reportes tardan minutos' });
    await press('Tab');
    await sendKeys({ type: 'Cualquier reporte mensual tarda más de dos minutos.' });
    await tabUntil(isButton('Siguiente'), 'Siguiente');
    await press('Enter');

    await waitUntil(() => stepOf(el) === 'attachments', 'attachments step');
    await waitUntil(() => focused(el) === $(el, '.step-title'), 'focus on the step heading');
    expect(text($(el, '.step-title'))).to.equal('Adjuntos');
    expect(indicator(el).current).to.equal('Adjuntos');
    await waitUntil(() => announcement(el) === 'Paso 2 de 4: Adjuntos', `announced: ${announcement(el)}`);
    await tabUntil(isButton('Siguiente'), 'Siguiente');
    await press('Space');

    await waitUntil(() => stepOf(el) === 'review', 'review step');
    await waitUntil(() => focused(el) === $(el, '.step-title'));
    await waitUntil(() => announcement(el) === 'Paso 3 de 4: Revisión');
    // "Editar" goes back to its step with the keyboard too, and every value is still there.
    await tabUntil(isButton('Editar'), 'Editar');
    await press('Enter');
    await waitUntil(() => stepOf(el) === 'details');
    expect($<HTMLInputElement>(el, fieldSelector('titulo'))!.value).to.equal('Los reportes tardan minutos');
    await tabUntil(isButton('Siguiente'), 'Siguiente');
    await press('Enter');
    await waitUntil(() => stepOf(el) === 'attachments');
    await tabUntil(isButton('Siguiente'), 'Siguiente');
    await press('Enter');
    await waitUntil(() => stepOf(el) === 'review');
    await tabUntil(isButton('Enviar'), 'Enviar');
    await press('Enter');

    await until(el, 'Se creó el caso');
    await waitUntil(() => focused(el) === $(el, '.done__title'));
    expect(indicator(el).current).to.equal('Listo');
    expect(changes.map(event => event.detail)).to.deep.equal([
      { step: 'attachments', index: 1, total: 4 },
      { step: 'review', index: 2, total: 4 },
      { step: 'details', index: 0, total: 4 },
      { step: 'attachments', index: 1, total: 4 },
      { step: 'review', index: 2, total: 4 },
      { step: 'done', index: 3, total: 4 }
    ]);
    const [created] = (
      await adapter.listCases({ scope: 'mine', size: 1, sort: { field: 'createdAt', direction: 'desc' } })
    ).items;
    expect(created!.subject).to.equal('Los reportes tardan minutos');
  });

  it('keeps every value, route choice and file across Back and Next', async () => {
    const adapter = await createTestAdapter({ preset: presets['cloud-services'] });
    const el = await renderCaseForm(adapter, { categoryId: 'casos-de-soporte' });
    await chooseOption(el, fieldSelector('@department'), 'Contas e faturamento');
    $<HTMLInputElement>(el, fieldSelector('@channel'))!.focus();
    await press('ArrowDown');
    await typeInto(el, fieldSelector('@callBackPhone'), '+55 11 4000 1234');
    await next(el);
    await chooseOption(el, fieldSelector('servicio'), 'Cuentas');
    await chooseOption(el, '#hd-case-form-servicio-control-1', 'Contrato');
    await chooseOption(el, '#hd-case-form-servicio-control-2', 'Solicitud');
    await chooseOption(el, '#hd-case-form-servicio-control-3', 'Renovación');
    await next(el);
    await typeInto(el, fieldSelector('asunto'), 'Renovación del contrato');
    const rich = $<HdRichText>(el, 'hd-rich-text')!;
    await rich.editorReady;
    rich.focus();
    await sendKeys({ type: 'Queremos renovar por un año.' });
    await next(el);
    const picker = pickerOf(el);
    dropFiles(picker, [pdfFile('contrato.pdf')]);
    await uploaded(picker, 1);

    // All the way back to the route, then forward again: nothing was lost on the way.
    button(el, 'Atrás').click();
    await waitUntil(() => stepOf(el) === 'details-detalle');
    expect($<HTMLInputElement>(el, fieldSelector('asunto'))!.value).to.equal('Renovación del contrato');
    expect($<HdRichText>(el, 'hd-rich-text')!.value).to.equal('<p>Queremos renovar por un año.</p>');
    button(el, 'Atrás').click();
    await waitUntil(() => stepOf(el) === 'details-clasificacion');
    expect($<HTMLSelectElement>(el, fieldSelector('servicio'))!.value).to.equal('cuentas');
    expect($<HTMLSelectElement>(el, '#hd-case-form-servicio-control-1')!.value).to.equal('contrato');
    expect($<HTMLSelectElement>(el, '#hd-case-form-servicio-control-3')!.value).to.equal('renovacion');
    button(el, 'Atrás').click();
    await waitUntil(() => stepOf(el) === 'route');
    expect($<HTMLSelectElement>(el, fieldSelector('@department'))!.value).to.equal('contas-e-faturamento');
    expect($$<HTMLInputElement>(el, 'input[type="radio"]').find(radio => radio.checked)?.value).to.equal('phone');
    expect($<HTMLInputElement>(el, fieldSelector('@callBackPhone'))!.value).to.equal('+55 11 4000 1234');
    await next(el);
    await next(el);
    expect(stepOf(el)).to.equal('details-detalle');
    expect($<HTMLInputElement>(el, fieldSelector('asunto'))!.value).to.equal('Renovación del contrato');
    await next(el);
    expect(pickerOf(el)).to.equal(picker);
    expect(picker.value.map(file => file.name)).to.deep.equal(['contrato.pdf']);
  });

  it('checks only the current step’s fields on Next, and moves focus to the first one to fix', async () => {
    const adapter = await createTestAdapter({ preset: equipmentPreset });
    const el = await renderCaseForm(adapter, { categoryId: 'equipos' });
    $<HTMLInputElement>(el, fieldSelector('@channel'))!.focus();
    await press('ArrowDown');
    button(el, 'Siguiente').click();
    await until(el, 'Hay 1 problema en el formulario.');
    expect(stepOf(el)).to.equal('route');
    const phone = $(el, fieldSelector('@callBackPhone'))!;
    await waitUntil(() => focused(el) === phone, 'focus on the phone number');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    // Nothing on the details page was checked yet.
    expect(text(el)).not.to.include('Complete Asunto.');

    await typeInto(el, fieldSelector('@callBackPhone'), '601 555 0101');
    await next(el);
    expect(stepOf(el)).to.equal('details');
    button(el, 'Siguiente').click();
    await until(el, 'Hay 2 problemas en el formulario.');
    expect(text(el)).to.include('Complete Tipo de falla.').and.to.include('Complete Asunto.');
    await waitUntil(() => focused(el) === $(el, fieldSelector('tipo')), 'focus on the first field of the page');
  });

  it('skips the steps a form does not need', async () => {
    const cases: [string, string, string, string[]][] = [
      ['support-hours', 'soporte-tecnico', 'details', ['details', 'review', 'done']],
      ['category-cards', LENTITUD, 'details', ['details', 'attachments', 'review', 'done']],
      ['equipment-warranty', 'soporte-tecnico', 'details', ['details', 'attachments', 'review', 'done']],
      ['company-tickets', 'tickets-mi-empresa', 'details', ['details', 'attachments', 'review', 'done']],
      [
        'cloud-services',
        'casos-de-soporte',
        'route',
        ['route', 'details-clasificacion', 'details-detalle', 'attachments', 'review', 'done']
      ]
    ];
    for (const [presetId, categoryId, first, expected] of cases) {
      const adapter = await createTestAdapter({ preset: presets[presetId]! });
      const el = await renderCaseForm(adapter, { categoryId });
      expect(stepOf(el), presetId).to.equal(first);
      expect(indicator(el).names.length, presetId).to.equal(expected.length);
      el.parentElement!.parentElement!.remove();
    }
    // Support hours: after its single details page comes the review, no attachments step.
    const adapter = await createTestAdapter({ preset: presets['support-hours'] });
    const el = await renderCaseForm(adapter, { categoryId: 'soporte-tecnico' });
    expect($(el, 'hd-attachment-picker')).to.equal(null);
    await typeInto(el, fieldSelector('titulo'), 'Sin adjuntos');
    await chooseOption(el, fieldSelector('cliente'), 'INOVAIT SAS');
    await chooseOption(el, fieldSelector('contacto'), 'Carlos Pardo');
    await next(el);
    expect(stepOf(el)).to.equal('review');
  });

  it('reviews option labels, not raw values, and the files with their sizes; "Editar" goes back', async () => {
    const adapter = await createTestAdapter();
    const el = await renderCaseForm(adapter, { categoryId: LENTITUD });
    await chooseOption(el, fieldSelector('plataforma'), 'API e integraciones');
    await typeInto(el, fieldSelector('titulo'), 'La API responde 500');
    await typeInto(el, fieldSelector('descripcion'), 'Línea uno.\nLínea dos.');
    await next(el);
    const picker = pickerOf(el);
    dropFiles(picker, [pdfFile('traza.pdf'), pngFile('pantalla.png')]);
    await uploaded(picker, 2);
    await next(el);

    const review = $(el, '[part="review"]')!;
    const rows = [...review.querySelectorAll('.review__row')].map(row => [
      text(row.querySelector('dt')),
      text(row.querySelector('dd'))
    ]);
    expect(rows).to.deep.include(['Plataforma', 'API e integraciones']);
    expect(rows).to.deep.include(['Título', 'La API responde 500']);
    expect(rows).to.deep.include(['Categoría', 'Inconveniente Técnico › Lentitud']);
    expect(rows).to.deep.include(['Prioridad', 'Alta']);
    expect(text(review)).not.to.include('api');
    const files = [...review.querySelectorAll('.review__file')].map(item => text(item));
    expect(files).to.have.length(2);
    expect(files[0]).to.match(/^traza\.pdf \(\d+ ?B\)$/);
    expect(files[1]).to.match(/^pantalla\.png \(\d+ ?B\)$/);

    const edits = $$<HTMLButtonElement>(el, '[part="edit"]');
    expect(edits.map(edit => text(edit))).to.deep.equal(['Editar', 'Editar']);
    // Each "Editar" is described by its section's title, so a screen reader says which one it is.
    expect(text(el.shadowRoot!.getElementById(edits[1]!.getAttribute('aria-describedby')!))).to.equal('Adjuntos');
    edits[1]!.click();
    await waitUntil(() => stepOf(el) === 'attachments');
    await waitUntil(() => focused(el) === $(el, '.step-title'));
    expect(picker.value).to.have.length(2);
  });

  it('with sync-hash, keeps the step in the URL hash; back and forward move steps; a reload returns to it', async () => {
    const adapter = await createTestAdapter();
    const store = testDraftStore();
    const el = await renderCaseForm(adapter, { categoryId: LENTITUD, syncHash: true, store });
    expect(location.hash).to.equal('#hd-step=details');
    await chooseOption(el, fieldSelector('plataforma'), 'App móvil');
    await typeInto(el, fieldSelector('titulo'), 'La app se cierra');
    await typeInto(el, fieldSelector('descripcion'), 'Al abrir la lista de casos.');
    const before = history.length;
    await next(el);
    expect(location.hash).to.equal('#hd-step=attachments');
    await next(el);
    expect(location.hash).to.equal('#hd-step=review');
    expect(history.length).to.equal(before + 2);

    history.back();
    await waitUntil(() => stepOf(el) === 'attachments', 'back to the attachments step');
    history.back();
    await waitUntil(() => stepOf(el) === 'details', 'back to the details step');
    expect($<HTMLInputElement>(el, fieldSelector('titulo'))!.value).to.equal('La app se cierra');
    history.forward();
    await waitUntil(() => stepOf(el) === 'attachments', 'forward to the attachments step');
    expect(location.hash).to.equal('#hd-step=attachments');

    // A reload: the element is built again on the same page, and comes back to the step with the draft.
    el.parentElement!.parentElement!.remove();
    const again = await renderCaseForm(adapter, { categoryId: LENTITUD, syncHash: true, store });
    expect(stepOf(again)).to.equal('attachments');
    button(again, 'Atrás').click();
    await waitUntil(() => stepOf(again) === 'details');
    expect($<HTMLInputElement>(again, fieldSelector('titulo'))!.value).to.equal('La app se cierra');
    expect(location.hash).to.equal('#hd-step=details');

    // Other parameters in the hash are the host's: they stay.
    history.replaceState(history.state, '', '#tab=soporte&hd-step=details');
    await next(again);
    expect(location.hash).to.equal('#tab=soporte&hd-step=attachments');
  });

  it('never touches the hash without sync-hash', async () => {
    history.replaceState(history.state, '', '#hd-step=review');
    const adapter = await createTestAdapter();
    const before = history.length;
    const el = await renderCaseForm(adapter, { categoryId: LENTITUD });
    // The hash names a step, but this form does not follow the hash.
    expect(stepOf(el)).to.equal('details');
    await chooseOption(el, fieldSelector('plataforma'), 'App móvil');
    await typeInto(el, fieldSelector('titulo'), 'Sin hash');
    await typeInto(el, fieldSelector('descripcion'), 'Nada en la URL.');
    await nextUntil(el, 'review');
    button(el, 'Atrás').click();
    await waitUntil(() => stepOf(el) === 'attachments');
    expect(location.hash).to.equal('#hd-step=review');
    expect(history.length).to.equal(before);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    expect(stepOf(el)).to.equal('attachments');
  });

  it('is accessible on each step of a form with every kind of page', async () => {
    const adapter = await createTestAdapter({ preset: equipmentPreset });
    const el = await renderCaseForm(adapter, { categoryId: 'equipos' });
    await expect(el).to.be.accessible();
    button(el, 'Siguiente').click();
    await waitUntil(() => stepOf(el) === 'details');
    await expect(el).to.be.accessible();
    button(el, 'Siguiente').click();
    await until(el, 'Complete Tipo de falla.');
    await expect(el).to.be.accessible();
    await chooseOption(el, fieldSelector('tipo'), 'Software');
    await typeInto(el, fieldSelector('asunto'), 'Ayuda');
    await next(el);
    await expect(el).to.be.accessible();
  });
});
