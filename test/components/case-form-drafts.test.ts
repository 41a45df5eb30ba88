// Nothing lost, nothing doubled: the case form's draft (values, route choices, files, step) comes back after a
// reload or a new sign-in, can be discarded, survives a failed submit, and keeps the idempotency key so a retry
// after a lost answer, even after a reload, opens one case.
import { expect, waitUntil } from '@open-wc/testing';
import type { HdCaseForm } from '../../src/components/case-form/case-form.js';
import type { LocalAdapter } from '../../src/adapters/local/index.js';
import { draftKey } from '../../src/core/drafts/draft.js';
import type { IndexedDbDraftStore } from '../../src/core/drafts/indexeddb-draft-store.js';
import {
  $,
  button,
  camila,
  cardsPreset,
  chooseOption,
  disposeDraftStores,
  dropFiles,
  equipmentPreset,
  fieldSelector,
  focused,
  found,
  losingAnswers,
  next,
  nextUntil,
  pickerOf,
  pngFile,
  press,
  recordingKeys,
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
const andres = cardsPreset.users[1]!;

function keyFor(userId: string, categoryId = LENTITUD): string {
  return draftKey({ adapter: 'local', userId, subject: `case:${categoryId}` });
}

/** What a reload does to the element: it goes away (saving what is pending) and is built again. */
async function reload(el: HdCaseForm, adapter: LocalAdapter, store: IndexedDbDraftStore, categoryId = LENTITUD) {
  const syncHash = el.syncHash;
  el.parentElement!.parentElement!.remove();
  return renderCaseForm(adapter, { categoryId, store, syncHash });
}

async function fillDetails(el: HdCaseForm, title = 'El tablero no carga'): Promise<void> {
  await chooseOption(el, fieldSelector('plataforma'), 'Web de Clientes');
  await typeInto(el, fieldSelector('titulo'), title);
  await typeInto(el, fieldSelector('descripcion'), 'Queda en blanco desde ayer.');
}

async function caseCount(adapter: LocalAdapter): Promise<number> {
  return (await adapter.listCases({ scope: 'mine', size: 100 })).items.length;
}

describe('<hd-case-form> drafts', () => {
  afterEach(async () => {
    stopRecording();
    await disposeTestAdapters();
    await disposeDraftStores();
  });

  it('brings back values, step and uploaded files after a reload, says so, and forgets the draft once sent', async () => {
    const adapter = await createTestAdapter();
    const store = testDraftStore();
    const el = await renderCaseForm(adapter, { categoryId: LENTITUD, store });
    expect($(el, '[part="draft-notice"]')).to.equal(null);
    await fillDetails(el);
    await next(el);
    const picker = pickerOf(el);
    dropFiles(picker, [pngFile('pantalla-en-blanco.png')]);
    await uploaded(picker, 1);
    await waitUntil(async () => (await store.load(keyFor(camila.id)))?.attachments.length === 1, 'draft saved');

    const again = await reload(el, adapter, store);
    const notice = await found(again, '[part="draft-notice"]');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(text(notice)).to.include('Recuperamos su borrador.');
    expect(text(button(again, 'Descartar borrador'))).to.equal('Descartar borrador');
    expect(stepOf(again)).to.equal('attachments');
    const restoredPicker = pickerOf(again);
    await waitUntil(() => restoredPicker.files.length === 1, 'the uploaded file is shown again');
    expect(restoredPicker.files[0]!.status).to.equal('uploaded');
    expect(restoredPicker.value.map(file => file.name)).to.deep.equal(['pantalla-en-blanco.png']);
    await expect(again).to.be.accessible();

    button(again, 'Atrás').click();
    await waitUntil(() => stepOf(again) === 'details');
    expect($<HTMLSelectElement>(again, fieldSelector('plataforma'))!.value).to.equal('web-clientes');
    expect($<HTMLInputElement>(again, fieldSelector('titulo'))!.value).to.equal('El tablero no carga');
    expect($<HTMLTextAreaElement>(again, fieldSelector('descripcion'))!.value).to.equal('Queda en blanco desde ayer.');

    await nextUntil(again, 'review');
    button(again, 'Enviar').click();
    await until(again, 'Se creó el caso');
    const [created] = (
      await adapter.listCases({ scope: 'mine', size: 1, sort: { field: 'createdAt', direction: 'desc' } })
    ).items;
    expect(created!.attachments.map(file => file.name)).to.deep.equal(['pantalla-en-blanco.png']);
    expect(await store.load(keyFor(camila.id))).to.equal(undefined);
    expect($(again, '[part="draft-notice"]')).to.equal(null);
  });

  it('keeps route choices in the draft', async () => {
    const adapter = await createTestAdapter({ preset: equipmentPreset });
    const store = testDraftStore();
    const el = await renderCaseForm(adapter, { categoryId: 'equipos', store });
    await chooseOption(el, fieldSelector('@department'), 'Cuentas y facturación');
    $<HTMLInputElement>(el, fieldSelector('@channel'))!.focus();
    await press('ArrowDown');
    await typeInto(el, fieldSelector('@callBackPhone'), '+57 604 555 0199');
    await next(el);
    await chooseOption(el, fieldSelector('@priority'), 'Baja');

    const again = await reload(el, adapter, store, 'equipos');
    expect(stepOf(again)).to.equal('details');
    expect($<HTMLSelectElement>(again, fieldSelector('@priority'))!.value).to.equal('low');
    button(again, 'Atrás').click();
    await waitUntil(() => stepOf(again) === 'route');
    expect($<HTMLSelectElement>(again, fieldSelector('@department'))!.value).to.equal('cuentas');
    expect($<HTMLInputElement>(again, fieldSelector('@callBackPhone'))!.value).to.equal('+57 604 555 0199');
  });

  it('discards the draft after a confirmation, and keeps it when the customer changes their mind', async () => {
    const adapter = await createTestAdapter();
    const store = testDraftStore();
    const el = await renderCaseForm(adapter, { categoryId: LENTITUD, store });
    await fillDetails(el, 'Un borrador que sobra');
    await next(el);
    const again = await reload(el, adapter, store);
    await found(again, '[part="draft-notice"]');

    button(again, 'Descartar borrador').click();
    await until(again, '¿Descartar el borrador? Se borrará todo lo que escribió en este formulario.');
    await waitUntil(() => text(focused(again)) === 'Conservarlo', 'focus on the safe choice');
    await expect(again).to.be.accessible();
    button(again, 'Conservarlo').click();
    await waitUntil(() => text(focused(again)) === 'Descartar borrador', 'focus back on the discard button');
    expect(await store.load(keyFor(camila.id))).not.to.equal(undefined);

    button(again, 'Descartar borrador').click();
    await until(again, '¿Descartar el borrador?');
    button(again, 'Sí, descartar').click();
    await until(again, 'Se descartó el borrador.');
    await waitUntil(() => $(again, '[part="draft-notice"]') === null);
    expect(stepOf(again)).to.equal('details');
    expect($<HTMLInputElement>(again, fieldSelector('titulo'))!.value).to.equal('');
    expect($<HTMLSelectElement>(again, fieldSelector('plataforma'))!.value).to.equal('');
    await waitUntil(() => focused(again) === $(again, '.step-title'));
    expect(await store.load(keyFor(camila.id))).to.equal(undefined);

    const third = await reload(again, adapter, store);
    expect($(third, '[part="draft-notice"]')).to.equal(null);
  });

  it('keeps the draft through a failed submit, and a retry after a lost answer opens one case, reload or not', async () => {
    const base = await createTestAdapter();
    const { adapter: losing, lose } = losingAnswers(base);
    const recorded = recordingKeys(losing);
    const store = testDraftStore();
    const el = await renderCaseForm(recorded.adapter, { categoryId: LENTITUD, store });
    await fillDetails(el, 'Caso que no se duplica');
    await nextUntil(el, 'review');
    button(el, 'Enviar').click();
    await until(el, 'La mesa de ayuda tardó demasiado en responder.');
    // The backend did create it; the answer was lost. The draft is still there, with its key.
    expect(await caseCount(base)).to.equal(4);
    const saved = await store.load(keyFor(camila.id));
    expect(saved?.values['titulo']).to.equal('Caso que no se duplica');
    expect(saved?.idempotencyKey).to.equal(recorded.keys[0]);

    // Retry on the same page: same key, still one case (the answer is lost again).
    button(el, 'Enviar').click();
    await waitUntil(() => recorded.keys.length === 2);
    await until(el, 'La mesa de ayuda tardó demasiado en responder.');
    expect(await caseCount(base)).to.equal(4);

    // Reload, and send again: the draft brings the key back, and the backend answers with the same case.
    lose.answer = false;
    const again = await reload(el, recorded.adapter, store);
    expect(stepOf(again)).to.equal('review');
    button(again, 'Enviar').click();
    await until(again, 'Se creó el caso');
    expect(new Set(recorded.keys).size).to.equal(1);
    expect(recorded.keys).to.have.length(3);
    expect(await caseCount(base)).to.equal(4);
    const [created] = (
      await base.listCases({ scope: 'mine', size: 1, sort: { field: 'createdAt', direction: 'desc' } })
    ).items;
    expect(created!.subject).to.equal('Caso que no se duplica');
    expect(text(again)).to.include(`Se creó el caso ${created!.reference}.`);
    expect(await store.load(keyFor(camila.id))).to.equal(undefined);
  });

  it('comes back after signing in again, and never shows one customer’s draft to another', async () => {
    const adapter = await createTestAdapter();
    const store = testDraftStore();
    const el = await renderCaseForm(adapter, { categoryId: LENTITUD, store });
    await fillDetails(el, 'Lo que escribió Camila');

    // Another customer signs in on the same page: an empty form of their own.
    await adapter.signOut();
    await adapter.signIn({ kind: 'password', login: andres.email, password: andres.password });
    await waitUntil(() => $<HTMLInputElement>(el, fieldSelector('titulo'))?.value === '', 'an empty form');
    expect($(el, '[part="draft-notice"]')).to.equal(null);
    await typeInto(el, fieldSelector('titulo'), 'Lo de Andrés');

    // Camila signs in again: her draft comes back.
    await adapter.signOut();
    await adapter.signIn({ kind: 'password', login: camila.email, password: camila.password });
    await waitUntil(
      () => $<HTMLInputElement>(el, fieldSelector('titulo'))?.value === 'Lo que escribió Camila',
      'Camila’s draft'
    );
    await found(el, '[part="draft-notice"]');
    expect((await store.load(keyFor(andres.id)))?.values['titulo']).to.equal('Lo de Andrés');

    // And after a reload with her session, too.
    const again = await reload(el, adapter, store);
    expect($<HTMLInputElement>(again, fieldSelector('titulo'))!.value).to.equal('Lo que escribió Camila');
  });
});
