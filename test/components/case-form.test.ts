import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/components/case-form/define.js';
import '../../src/components/case-list/define.js';
import type { HdCaseForm } from '../../src/components/case-form/case-form.js';
import type { HdCaseList } from '../../src/components/case-list/case-list.js';
import type { LocalAdapter } from '../../src/adapters/local/index.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import { HelpDeskError } from '../../src/core/errors.js';
import { withFaults, type FaultPlan } from '../../src/testing/faults.js';
import {
  $,
  $$,
  button,
  chooseOption,
  disposeDraftStores,
  equipmentPreset,
  fieldSelector,
  focused,
  found,
  next,
  nextUntil,
  press,
  record,
  recordingKeys,
  renderCaseForm,
  renderWith,
  sendCase,
  stepOf,
  stopRecording,
  testDraftStore,
  text,
  typeInto,
  until
} from '../support/case-fixtures.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

const CATEGORY = 'inconveniente-tecnico-lentitud';
const PLATFORM = fieldSelector('plataforma');
const TITLE = fieldSelector('titulo');
const DESCRIPTION = fieldSelector('descripcion');

function renderForm(adapter: HelpDeskAdapter, categoryId = CATEGORY, lang = 'es') {
  return renderCaseForm(adapter, { categoryId, lang });
}

async function fillValid(el: HdCaseForm, title = 'El tablero no carga los reportes'): Promise<void> {
  await chooseOption(el, PLATFORM, 'Plataforma web');
  await typeInto(el, TITLE, title);
  await typeInto(el, DESCRIPTION, 'Desde esta mañana el tablero queda en blanco.');
}

async function myCases(adapter: LocalAdapter) {
  return (await adapter.listCases({ scope: 'mine', size: 100 })).items;
}

function errorOf(el: HdCaseForm, controlSelector: string): string {
  const control = $(el, controlSelector)!;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map(id => text(el.shadowRoot!.getElementById(id))).join(' | ');
}

describe('<hd-case-form>', () => {
  afterEach(async () => {
    stopRecording();
    await disposeTestAdapters();
    await disposeDraftStores();
  });

  it('is accessible, filled and with errors', async () => {
    const adapter = await createTestAdapter();
    const el = await renderForm(adapter);
    await expect(el).to.be.accessible();

    button(el, 'Siguiente').click();
    await until(el, 'Complete Título.');
    await expect(el).to.be.accessible();

    await fillValid(el);
    await expect(el).to.be.accessible();

    await next(el);
    expect(stepOf(el)).to.equal('attachments');
    await expect(el).to.be.accessible();
    await next(el);
    expect(stepOf(el)).to.equal('review');
    await expect(el).to.be.accessible();

    button(el, 'Enviar').click();
    await until(el, 'Se creó el caso');
    await expect(el).to.be.accessible();
  });

  it('renders the category path, labels, help, and the right control for each kind', async () => {
    const adapter = await createTestAdapter();
    const el = await renderForm(adapter);
    expect(text($(el, '.case-form__path'))).to.equal('Inconveniente Técnico › Lentitud');
    expect(text($(el, 'h2'))).to.equal('Detallar la solicitud');
    const title = $<HTMLInputElement>(el, TITLE)!;
    expect(title.type).to.equal('text');
    expect(title.required).to.equal(true);
    expect(title.maxLength).to.equal(200);
    expect(text(el.shadowRoot!.querySelector(`label[for="${title.id}"]`))).to.equal('Título');
    const description = $<HTMLTextAreaElement>(el, DESCRIPTION)!;
    expect(description.localName).to.equal('textarea');
    expect(errorOf(el, DESCRIPTION)).to.equal('Redacta una descripción amplia.');
    const platform = $<HTMLSelectElement>(el, PLATFORM)!;
    expect([...platform.options].map(option => text(option))).to.deep.equal([
      'Elija…',
      'Plataforma web',
      'Web de Clientes',
      'App móvil',
      'API e integraciones',
      'Otra'
    ]);
    expect($$(el, '[part~="field"]')).to.have.length(3);
  });

  it('refuses an empty step with Spanish messages next to each field and focus on the first', async () => {
    const adapter = await createTestAdapter();
    const el = await renderForm(adapter);
    button(el, 'Siguiente').click();
    await until(el, 'Hay 3 problemas en el formulario.');
    expect(errorOf(el, PLATFORM)).to.equal('Complete Plataforma.');
    expect(errorOf(el, TITLE)).to.equal('Complete Título.');
    expect(errorOf(el, DESCRIPTION)).to.equal('Redacta una descripción amplia. | Complete Descripción.');
    for (const selector of [PLATFORM, TITLE, DESCRIPTION]) {
      expect($(el, selector)!.getAttribute('aria-invalid')).to.equal('true');
    }
    expect(focused(el)).to.equal($(el, PLATFORM));
    expect(stepOf(el)).to.equal('details');
    expect((await myCases(adapter)).length).to.equal(3);

    // Fixing a field clears its message as soon as the value is right; the others stay.
    await chooseOption(el, PLATFORM, 'App móvil');
    await waitUntil(() => $(el, PLATFORM)!.getAttribute('aria-invalid') === 'false');
    expect(errorOf(el, TITLE)).to.equal('Complete Título.');
  });

  it('checks a field when focus leaves it, once the customer has changed it', async () => {
    const adapter = await createTestAdapter();
    const el = await renderForm(adapter);
    const title = await typeInto(el, TITLE, 'x');
    await press('Backspace');
    await press('Tab');
    await until(el, 'Complete Título.');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    // A field only visited stays quiet.
    expect($(el, DESCRIPTION)!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('creates the case and shows its reference and status, then opens it or starts another', async () => {
    const adapter = await createTestAdapter();
    const el = await renderForm(adapter);
    const created = record('hd-case-created');
    const opened = record('hd-case-open');
    const emergencies = record('hd-emergency');
    await fillValid(el);
    await sendCase(el);
    await until(el, 'Se creó el caso');

    const cases = await myCases(adapter);
    expect(cases).to.have.length(4);
    const mine = cases.find(item => item.subject === 'El tablero no carga los reportes')!;
    expect(mine.fields['plataforma']).to.equal('web');
    expect(mine.description).to.equal('Desde esta mañana el tablero queda en blanco.');
    expect(mine.categoryPath.map(item => item.id)).to.deep.equal(['inconveniente-tecnico', CATEGORY]);
    expect(mine.priority).to.equal('high');
    expect(text(el)).to.include(`Se creó el caso ${mine.reference}.`);
    expect(text(el)).to.include('Estado: Nuevo');
    expect(focused(el)).to.equal($(el, '.done__title'));
    expect(created).to.have.length(1);
    expect(created[0]!.detail.case.id).to.equal(mine.id);
    expect(emergencies).to.have.length(0);

    button(el, 'Ver el caso').click();
    expect(opened.map(event => event.detail)).to.deep.equal([{ caseId: mine.id, reference: mine.reference }]);

    button(el, 'Crear otro caso').click();
    const platform = await found<HTMLSelectElement>(el, PLATFORM);
    await waitUntil(() => focused(el) === platform);
    expect(platform.value).to.equal('');
    expect($<HTMLInputElement>(el, TITLE)!.value).to.equal('');
    await fillValid(el, 'Otro caso distinto');
    await sendCase(el);
    await until(el, 'Se creó el caso');
    expect(await myCases(adapter)).to.have.length(5);
  });

  it('creates one case when the button is clicked twice', async () => {
    const adapter = await createTestAdapter();
    const el = await renderForm(adapter);
    await fillValid(el);
    await nextUntil(el, 'review');
    const send = button(el, 'Enviar');
    send.click();
    send.click();
    await until(el, 'Se creó el caso');
    expect(await myCases(adapter)).to.have.length(4);
  });

  it('marks the button busy while sending', async () => {
    const adapter = await createTestAdapter();
    const el = await renderForm(withFaults(adapter, { delayMs: 300 }));
    await fillValid(el);
    await nextUntil(el, 'review');
    const send = button(el, 'Enviar');
    send.focus();
    await press('Enter');
    await until(el, 'Enviando…');
    expect(send.getAttribute('aria-busy')).to.equal('true');
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    expect(focused(el)).to.equal(send);
    await press('Enter');
    await until(el, 'Se creó el caso');
    expect(await myCases(adapter)).to.have.length(4);
  });

  for (const code of ['timeout', 'server'] as const) {
    it(`keeps everything typed after a ${code}, and the retry creates one case with the same key`, async () => {
      const adapter = await createTestAdapter();
      const plan: FaultPlan = { fail: { createCase: code } };
      const recorded = recordingKeys(withFaults(adapter, plan));
      const el = await renderForm(recorded.adapter);
      const errors = record('hd-error');
      await fillValid(el);
      await sendCase(el);
      const banner = await found(el, '[part="banner"]');
      expect(banner.getAttribute('role')).to.equal('alert');
      expect(text(banner)).to.equal(
        code === 'timeout'
          ? 'La mesa de ayuda tardó demasiado en responder. No se perdió nada de lo que escribió; intente de nuevo.'
          : 'Algo falló de nuestro lado. No se perdió nada de lo que escribió; intente de nuevo.'
      );
      await waitUntil(() => focused(el) === banner, 'focus on the banner');
      expect(errors.map(event => event.detail.code)).to.deep.equal([code]);
      // The review still shows every value, and the fields behind "Editar" still hold them.
      expect(stepOf(el)).to.equal('review');
      expect(text($(el, '[part="review"]')))
        .to.include('Plataforma web')
        .and.to.include('El tablero no carga');
      $$<HTMLButtonElement>(el, '[part="edit"]')[0]!.click();
      await waitUntil(() => stepOf(el) === 'details');
      expect($<HTMLSelectElement>(el, PLATFORM)!.value).to.equal('web');
      expect($<HTMLInputElement>(el, TITLE)!.value).to.equal('El tablero no carga los reportes');
      expect($<HTMLTextAreaElement>(el, DESCRIPTION)!.value).to.equal('Desde esta mañana el tablero queda en blanco.');
      await nextUntil(el, 'review');

      button(el, 'Enviar').click();
      await waitUntil(() => recorded.keys.length === 2);
      delete plan.fail!.createCase;
      button(el, 'Enviar').click();
      await until(el, 'Se creó el caso');
      expect(recorded.keys).to.have.length(3);
      expect(new Set(recorded.keys).size).to.equal(1);
      expect(await myCases(adapter)).to.have.length(4);
    });
  }

  it('puts the backend’s field errors on their fields', async () => {
    const adapter = await createTestAdapter();
    const refusal = new HelpDeskError('invalid', 'Rejected.', {
      fieldErrors: { titulo: 'Ya existe un caso con ese título.' }
    });
    const el = await renderForm(withFaults(adapter, { fail: { createCase: refusal } }));
    await fillValid(el);
    await sendCase(el);
    await until(el, 'Ya existe un caso con ese título.');
    // The field is on the details step: the form goes back there.
    expect(stepOf(el)).to.equal('details');
    expect(errorOf(el, TITLE)).to.equal('Ya existe un caso con ese título.');
    expect($(el, TITLE)!.getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => focused(el) === $(el, TITLE), 'focus on the title');
    expect($(el, '[part="banner"]')).to.equal(null);
    expect(text(el)).to.include('Hay 1 problema en el formulario.');
  });

  it('speaks English under lang="en"', async () => {
    const adapter = await createTestAdapter();
    const el = await renderForm(adapter, CATEGORY, 'en');
    button(el, 'Next').click();
    await until(el, 'There are 3 problems in the form.');
    expect(errorOf(el, TITLE)).to.equal('Fill in Título.');
    await fillValid(el);
    await nextUntil(el, 'review');
    expect(button(el, 'Back').type).to.equal('button');
    button(el, 'Send').click();
    await until(el, /Case CAS-[\w-]+ was created\./);
    expect(text(el)).to.include('Status: Nuevo');
    expect(button(el, 'View the case').type).to.equal('button');
    expect(button(el, 'Create another case').type).to.equal('button');
  });

  it('shows fields only while their condition holds, and sends only visible ones', async () => {
    const adapter = await createTestAdapter({ preset: equipmentPreset });
    const el = await renderForm(adapter, 'equipos');
    await next(el);
    expect(stepOf(el)).to.equal('details');
    const serial = fieldSelector('serial');
    expect($(el, serial)).to.equal(null);
    await chooseOption(el, fieldSelector('tipo'), 'Hardware');
    await found(el, serial);
    await typeInto(el, fieldSelector('asunto'), 'La impresora no enciende');
    button(el, 'Siguiente').click();
    await until(el, 'Complete Serial.');
    await waitUntil(() => focused(el) === $(el, serial));
    await typeInto(el, serial, 'SN-4411');

    // Switching to software hides the serial: it is neither checked nor sent (and comes back if hardware returns).
    await chooseOption(el, fieldSelector('tipo'), 'Software');
    await waitUntil(() => $(el, serial) === null);
    await chooseOption(el, fieldSelector('tipo'), 'Hardware');
    expect((await found<HTMLInputElement>(el, serial)).value).to.equal('SN-4411');
    await chooseOption(el, fieldSelector('tipo'), 'Software');
    await sendCase(el);
    await until(el, 'Se creó el caso');
    const [created] = await myCases(adapter);
    expect(created!.subject).to.equal('La impresora no enciende');
    expect(created!.fields['tipo']).to.equal('software');
    expect(created!.fields).not.to.have.property('serial');
  });

  it('offers a dependent select the options of the parent’s value, and clears a choice that is gone', async () => {
    const adapter = await createTestAdapter({ preset: equipmentPreset });
    const el = await renderForm(adapter, 'equipos');
    await next(el);
    const module = fieldSelector('modulo');
    const options = () => [...$<HTMLSelectElement>(el, module)!.options].map(option => text(option));
    expect(options()).to.deep.equal(['Elija…']);
    await chooseOption(el, fieldSelector('aplicacion'), 'Administrativo');
    await waitUntil(() => options().length === 3);
    expect(options()).to.deep.equal(['Elija…', 'Compras', 'Inventario']);
    await chooseOption(el, module, 'Inventario');
    await chooseOption(el, fieldSelector('aplicacion'), 'Nómina');
    await waitUntil(() => options().includes('Liquidación'));
    expect($<HTMLSelectElement>(el, module)!.value).to.equal('');
  });

  it('asks for a department, a priority and, for a phone call back, the number', async () => {
    const adapter = await createTestAdapter({ preset: equipmentPreset });
    const el = await renderForm(adapter, 'equipos');
    // The route comes first; the category's department and default priority come preselected.
    expect(stepOf(el)).to.equal('route');
    expect($<HTMLSelectElement>(el, fieldSelector('@department'))!.value).to.equal('tecnico');
    const phone = fieldSelector('@callBackPhone');
    expect($(el, phone)).to.equal(null);

    const ticket = $<HTMLInputElement>(el, fieldSelector('@channel'))!;
    expect(ticket.checked).to.equal(true);
    ticket.focus();
    await press('ArrowDown');
    await found(el, phone);
    expect(text($(el, 'fieldset legend'))).to.equal('Forma de atención');

    await chooseOption(el, fieldSelector('@department'), 'Cuentas y facturación');
    button(el, 'Siguiente').click();
    await until(el, 'Complete Número de teléfono.');
    await waitUntil(() => focused(el) === $(el, phone));
    await typeInto(el, phone, '+57 601 555 0101');
    await typeInto(el, fieldSelector('@callBackTime'), 'Mañanas');
    await next(el);
    expect(stepOf(el)).to.equal('details');
    expect($<HTMLSelectElement>(el, fieldSelector('@priority'))!.value).to.equal('high');
    await chooseOption(el, fieldSelector('tipo'), 'Software');
    await typeInto(el, fieldSelector('asunto'), 'Necesito ayuda con Nómina');
    await chooseOption(el, fieldSelector('@priority'), 'Urgente');
    await sendCase(el);
    await until(el, 'Se creó el caso');
    const [created] = await myCases(adapter);
    expect(created!.channel).to.equal('phone');
    expect(created!.callBack).to.deep.equal({ phone: '+57 601 555 0101', preferredTime: 'Mañanas' });
    expect(created!.priority).to.equal('urgent');
    expect(created!.department).to.equal('cuentas');
  });

  it('checks e-mail and NIT fields with the core rules', async () => {
    const adapter = await createTestAdapter({ preset: equipmentPreset });
    const el = await renderForm(adapter, 'equipos');
    await next(el);
    expect($<HTMLInputElement>(el, fieldSelector('correo'))!.type).to.equal('email');
    expect($<HTMLInputElement>(el, fieldSelector('correo'))!.autocomplete).to.equal('email');
    await typeInto(el, fieldSelector('correo'), 'no-es-correo');
    await typeInto(el, fieldSelector('nit'), '900.123.456-1');
    button(el, 'Siguiente').click();
    await until(el, 'Escriba un correo electrónico válido en Correo de contacto.');
    expect(errorOf(el, fieldSelector('nit'))).to.equal('NIT no es válido: revise el dígito de verificación.');
  });

  it('raises hd-emergency for an emergency category', async () => {
    const adapter = await createTestAdapter();
    const el = await renderForm(adapter, 'plataforma-inaccesible');
    const emergencies = record('hd-emergency');
    const warning = $(el, '[part="emergency"]')!;
    expect(text(warning)).to.include('Solo emergencias');
    expect(text(warning)).to.include('Plataforma Inaccesible es para emergencias');
    await fillValid(el, 'La plataforma no carga');
    await sendCase(el);
    await until(el, 'Se creó el caso');
    // Fired once the case exists and its draft is gone, which may be a moment after the confirmation shows.
    await waitUntil(() => emergencies.length > 0, 'hd-emergency');
    expect(emergencies).to.have.length(1);
    expect(emergencies[0]!.detail.category.id).to.equal('plataforma-inaccesible');
    expect(emergencies[0]!.detail.case?.priority).to.equal('urgent');
  });

  it('shows loading, then a failed load with a retry that works', async () => {
    const adapter = await createTestAdapter();
    const plan: FaultPlan = { fail: { getForm: 'server' } };
    const errors = record('hd-error');
    const el = await renderWith<HdCaseForm>(
      withFaults(adapter, plan),
      'hd-case-form',
      html`<hd-case-form category-id=${CATEGORY} .draftStore=${testDraftStore()}></hd-case-form>`
    );
    await until(el, 'Algo falló de nuestro lado.');
    expect(errors.map(event => event.detail.code)).to.deep.equal(['server']);
    await expect(el).to.be.accessible();
    delete plan.fail!.getForm;
    const retry = button(el, 'Intentar de nuevo');
    retry.focus();
    await press('Enter');
    await found(el, 'form');
    await waitUntil(() => focused(el) === $(el, PLATFORM), 'focus on the first field');
  });

  it('says it is loading while the backend has not answered', async () => {
    const adapter = await createTestAdapter();
    const el = await renderWith<HdCaseForm>(
      withFaults(adapter, { hang: ['getForm'] }),
      'hd-case-form',
      html`<hd-case-form category-id=${CATEGORY} .draftStore=${testDraftStore()}></hd-case-form>`
    );
    await until(el, 'Cargando…');
    expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
  });

  it('asks for a category when it has none, and loads when it gets one', async () => {
    const adapter = await createTestAdapter();
    const el = await renderWith<HdCaseForm>(
      adapter,
      'hd-case-form',
      html`<hd-case-form .draftStore=${testDraftStore()}></hd-case-form>`
    );
    expect(text(el)).to.equal('Primero elija una categoría.');
    el.setAttribute('category-id', 'consultas-reportes');
    await found(el, 'form');
    expect(text($(el, '.case-form__path'))).to.equal('Consultas › Reportes');
  });

  it('sends a case that then shows up live in a list beside it', async () => {
    const adapter = await createTestAdapter();
    const wrapper = await renderWith<HTMLDivElement>(
      adapter,
      'div.side-by-side',
      html`<div class="side-by-side">
        <hd-case-form category-id=${CATEGORY} .draftStore=${testDraftStore()}></hd-case-form>
        <hd-case-list></hd-case-list>
      </div>`
    );
    const form = wrapper.querySelector('hd-case-form')!;
    const list = wrapper.querySelector<HdCaseList>('hd-case-list')!;
    await found(form, 'form');
    await waitUntil(() => $$(list, 'tbody tr').length === 3, 'the list shows the three sample cases');
    await fillValid(form, 'Caso nuevo desde el formulario');
    await sendCase(form);
    await until(form, 'Se creó el caso');
    await waitUntil(() => $$(list, 'tbody tr').length === 4, 'the list shows the new case');
    expect(text($$(list, 'tbody tr')[0])).to.include('Caso nuevo desde el formulario');
    expect(text($$(list, 'tbody tr')[0])).to.include('Nuevo');
  });
});
