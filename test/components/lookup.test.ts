import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/lookup/define.js';
import '../../src/components/provider/define.js';
import type { HdLookup, LookupColumn } from '../../src/components/lookup/lookup.js';
import type { HdEvent } from '../../src/components/shared/events.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import { es } from '../../src/core/messages/es.js';
import type { FieldOption } from '../../src/core/model/form.js';
import { withFaults, type FaultPlan } from '../../src/testing/faults.js';
import { presets } from '../../src/widget/presets/index.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

const preset = presets['support-hours'];
const form = preset.forms.find(candidate => candidate.id === 'caso-nuevo')!;
const field = form.fields.find(candidate => candidate.id === 'asociado')!;
const COLUMNS: LookupColumn[] = field.lookupColumns!;

interface MountOptions {
  lang?: string;
  required?: boolean;
  value?: string;
  options?: FieldOption[];
}

async function mount(adapter: HelpDeskAdapter, options: MountOptions = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'es'}>
      <hd-provider .adapter=${adapter}>
        <form>
          <hd-lookup
            name="asociado"
            label=${field.label}
            help=${field.help ?? ''}
            form-id=${form.id}
            field-id=${field.id}
            value=${options.value ?? ''}
            ?required=${options.required ?? false}
            .columns=${COLUMNS}
            .options=${options.options}
          ></hd-lookup>
          <button>Enviar</button>
        </form>
      </hd-provider>
    </div>`
  );
  const el = wrapper.querySelector('hd-lookup')!;
  await el.updateComplete;
  return { el, form: wrapper.querySelector('form')! };
}

const root = (el: HdLookup) => el.shadowRoot!;
const part = <T extends HTMLElement = HTMLElement>(el: HdLookup, name: string) =>
  root(el).querySelector<T>(`[part~="${name}"]`);
const dialog = (el: HdLookup) => root(el).querySelector('dialog')!;
const rows = (el: HdLookup) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
const rowTexts = (el: HdLookup) => rows(el).map(row => [...row.cells].slice(1).map(cell => cell.textContent!.trim()));
const statusText = (el: HdLookup) => part(el, 'status')!.textContent!.trim();
const display = (el: HdLookup) => part<HTMLInputElement>(el, 'control')!;

async function openDialog(el: HdLookup): Promise<void> {
  part<HTMLButtonElement>(el, 'search-button')!.click();
  await waitUntil(() => dialog(el).open, 'the dialog did not open');
}

async function waitForRows(el: HdLookup, count?: number): Promise<void> {
  await waitUntil(
    () =>
      el.shadowRoot!.querySelector('[part~="status"]') &&
      statusText(el) !== '' &&
      !statusText(el).includes('…') &&
      (count === undefined || rows(el).length === count),
    `expected ${count ?? 'some'} rows, status: ${el.shadowRoot!.querySelector('[part~="status"]')?.textContent}`,
    { timeout: 4000 }
  );
}

function activeInside(el: HdLookup): Element | null {
  return root(el).activeElement;
}

describe('<hd-lookup>', () => {
  afterEach(disposeTestAdapters);

  it('is accessible empty and with a value', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    await expect(el).to.be.accessible();
    el.value = 'nombre-asociado';
    await waitUntil(() => display(el).value === 'Nombre ASociado', 'the label of the value was not resolved');
    await expect(el).to.be.accessible();
  });

  it('shows the label, help and accessible names of its buttons in Spanish', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    expect(part(el, 'form-control-label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Asociado (opcional)');
    expect(display(el).getAttribute('aria-describedby')).to.equal('help');
    expect(part(el, 'search-button')!.getAttribute('aria-label')).to.equal('Buscar registros: Asociado');
    expect(part(el, 'clear-button')!.hidden).to.equal(true);
  });

  it('opens a modal "Buscar registros" dialog with the seed\'s columns and rows, and is accessible open', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    await openDialog(el);
    expect(part(el, 'dialog-title')!.textContent!.trim()).to.equal('Buscar registros');
    expect(root(el).querySelector('label[for="search"]')!.textContent!.trim()).to.equal('Búsqueda');
    expect(activeInside(el)?.id).to.equal('search');
    await waitForRows(el, 3);
    const headers = [...root(el).querySelectorAll('thead th')].slice(1).map(th => th.textContent!.trim());
    expect(headers).to.deep.equal(COLUMNS.map(column => column.label));
    expect(rowTexts(el)[0]).to.deep.equal(['Nombre ASociado', '', '+57161', '86001', 'Sonia', '']);
    expect(statusText(el)).to.equal('Se encontraron 3 registros.');
    await expect(el).to.be.accessible();
  });

  it('searches as the user types (debounced) and selects with the keyboard', async () => {
    const adapter = await createTestAdapter({ preset });
    let calls = 0;
    const counting = new Proxy(adapter, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key === 'getFieldOptions') {
          return (...args: Parameters<HelpDeskAdapter['getFieldOptions']>) => {
            calls += 1;
            return target.getFieldOptions(...args);
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      }
    });
    const { el, form: formElement } = await mount(counting);
    await openDialog(el);
    await waitForRows(el, 3);
    const before = calls;
    await sendKeys({ type: 'asociado' });
    await waitForRows(el, 1);
    expect(calls - before, 'one search for the whole word').to.equal(1);
    expect(rowTexts(el)[0]![0]).to.equal('Nombre ASociado');

    const changes: Event[] = [];
    el.addEventListener('change', event => changes.push(event));
    await sendKeys({ press: 'ArrowDown' });
    expect(activeInside(el)?.id).to.equal('row-0-radio');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(part<HTMLButtonElement>(el, 'select-button')!.disabled).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog(el).open, 'the dialog did not close');
    await waitUntil(() => activeInside(el) === part(el, 'search-button'), 'focus did not return to the search button');

    expect(el.value).to.equal('nombre-asociado');
    expect(display(el).value).to.equal('Nombre ASociado');
    expect(el.selectedOption?.details?.numeroCuenta).to.equal('86001');
    expect(changes).to.have.length(1);
    expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
    expect(new FormData(formElement).get('asociado')).to.equal('nombre-asociado');
  });

  it('moves between rows with the arrow keys and confirms with "Seleccionar"', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    await openDialog(el);
    await waitForRows(el, 3);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeInside(el)?.id).to.equal('row-1-radio');
    expect(rows(el)[1]!.classList.contains('lookup__row--chosen')).to.equal(true);
    part<HTMLButtonElement>(el, 'select-button')!.click();
    await waitUntil(() => !dialog(el).open);
    expect(el.value).to.equal('ferreteria-oriente');
    expect(display(el).value).to.equal('Ferretería Oriente S.A.S.');
  });

  it('clears the value with "Quitar valor" and focus stays in the control', async () => {
    const { el, form: formElement } = await mount(await createTestAdapter({ preset }), { value: 'nombre-asociado' });
    await waitUntil(() => display(el).value === 'Nombre ASociado');
    const clear = part<HTMLButtonElement>(el, 'clear-button')!;
    expect(clear.hidden).to.equal(false);
    expect(clear.getAttribute('aria-label')).to.equal('Quitar valor');
    clear.focus();
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Enter' });
    await changed;
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(display(el).value).to.equal('');
    expect(activeInside(el)).to.equal(display(el));
    expect(new FormData(formElement).get('asociado')).to.equal(null);
  });

  it('"Quitar valor" inside the dialog clears too', async () => {
    const { el } = await mount(await createTestAdapter({ preset }), { value: 'nombre-asociado' });
    await openDialog(el);
    await waitForRows(el, 3);
    const inDialog = part<HTMLButtonElement>(el, 'dialog-clear-button')!;
    expect(inDialog.textContent!.trim()).to.equal('Quitar valor');
    inDialog.click();
    await waitUntil(() => !dialog(el).open);
    expect(el.value).to.equal('');
  });

  it('Escape closes without changing the value and returns focus to what opened it', async () => {
    const { el } = await mount(await createTestAdapter({ preset }), { value: 'clinica-santa-ana' });
    await waitUntil(() => display(el).value === 'Clínica Santa Ana');
    let changes = 0;
    el.addEventListener('change', () => (changes += 1));
    display(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open);
    await waitForRows(el, 3);
    expect(
      (root(el).querySelector('#row-2-radio') as HTMLInputElement).checked,
      'the current value is chosen'
    ).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open);
    await waitUntil(() => activeInside(el) === display(el), 'focus did not return to the display');
    expect(el.value).to.equal('clinica-santa-ana');
    expect(changes).to.equal(0);
  });

  it('"Cancelar" closes too', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    await openDialog(el);
    await waitForRows(el);
    part<HTMLButtonElement>(el, 'cancel-button')!.click();
    await waitUntil(() => !dialog(el).open);
    expect(el.value).to.equal('');
  });

  it('says when no record matches', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    await openDialog(el);
    await waitForRows(el, 3);
    await sendKeys({ type: 'zzzz' });
    await waitForRows(el, 0);
    expect(statusText(el)).to.equal('Ningún registro coincide con «zzzz».');
  });

  it('shows a failing search with a retry, inside the dialog, and emits hd-error', async () => {
    const plan: FaultPlan = { fail: { getFieldOptions: 'server' } };
    const { el } = await mount(withFaults(await createTestAdapter({ preset }), plan));
    const errorEvent = oneEvent(el, 'hd-error') as Promise<HdEvent<'hd-error'>>;
    await openDialog(el);
    expect((await errorEvent).detail.code).to.equal('server');
    await waitUntil(() => part(el, 'retry-button') !== null, 'no retry button');
    expect(statusText(el)).to.equal(es['error.server']);
    await expect(el).to.be.accessible();
    delete plan.fail!.getFieldOptions;
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await waitForRows(el, 3);
    expect(part(el, 'retry-button')).to.equal(null);
  });

  it('shows the loading state while the backend is slow', async () => {
    const { el } = await mount(withFaults(await createTestAdapter({ preset }), { hang: ['getFieldOptions'] }));
    await openDialog(el);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Buscando…');
    expect(part(el, 'table')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('searches static options without the adapter', async () => {
    const adapter = withFaults(await createTestAdapter({ preset }), { fail: { getFieldOptions: 'server' } });
    const options: FieldOption[] = [
      { value: 'a', label: 'Alpha Corp', details: { ciudad: 'Cali' } },
      { value: 'b', label: 'Beta Ltda', details: { ciudad: 'Bogotá' } }
    ];
    const { el } = await mount(adapter, { options });
    await openDialog(el);
    await waitForRows(el, 2);
    await sendKeys({ type: 'bogota' });
    await waitForRows(el, 1);
    expect(rowTexts(el)[0]![0]).to.equal('Beta Ltda');
  });

  it('is a form control: required blocks submission until a record is chosen; reset restores the attribute', async () => {
    const { el, form: formElement } = await mount(await createTestAdapter({ preset }), { required: true });
    let submitted = 0;
    formElement.addEventListener('submit', event => {
      event.preventDefault();
      submitted += 1;
    });
    expect(formElement.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Complete Asociado.');
    expect(formElement.reportValidity()).to.equal(false);
    formElement.requestSubmit();
    expect(submitted).to.equal(0);

    await openDialog(el);
    await waitForRows(el, 3);
    rows(el)[0]!.cells[1]!.click();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog(el).open);
    expect(formElement.checkValidity()).to.equal(true);
    formElement.requestSubmit();
    expect(submitted).to.equal(1);

    formElement.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
  });

  it("shows the host form's error with aria-invalid and aria-describedby", async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    el.error = 'Elija un asociado.';
    await el.updateComplete;
    expect(display(el).getAttribute('aria-invalid')).to.equal('true');
    expect(display(el).getAttribute('aria-describedby')).to.equal('help error');
    expect(part(el, 'form-control-error')!.textContent!.trim()).to.equal('Elija un asociado.');
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const { el } = await mount(await createTestAdapter({ preset }), { lang: 'en' });
    expect(part(el, 'search-button')!.getAttribute('aria-label')).to.equal('Search records: Asociado');
    await openDialog(el);
    await waitForRows(el, 3);
    expect(part(el, 'dialog-title')!.textContent!.trim()).to.equal('Search records');
    expect(statusText(el)).to.equal('3 records found.');
    expect(part(el, 'select-button')!.textContent!.trim()).to.equal('Select');
    expect(part(el, 'cancel-button')!.textContent!.trim()).to.equal('Cancel');
  });

  it('does nothing while disabled', async () => {
    const { el, form: formElement } = await mount(await createTestAdapter({ preset }), { value: 'nombre-asociado' });
    el.disabled = true;
    await el.updateComplete;
    expect(part<HTMLButtonElement>(el, 'search-button')!.disabled).to.equal(true);
    expect(new FormData(formElement).get('asociado')).to.equal(null);
    await el.showDialog();
    expect(dialog(el).open).to.equal(false);
  });

  it('focus() moves focus to the display', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    el.focus();
    expect(activeInside(el)).to.equal(display(el));
  });
});
