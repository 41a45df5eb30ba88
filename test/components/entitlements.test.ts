import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/entitlements/define.js';
import '../../src/components/provider/define.js';
import type { HdEntitlements } from '../../src/components/entitlements/entitlements.js';
import type { HdEvent } from '../../src/components/shared/events.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import { en } from '../../src/core/messages/en.js';
import { es } from '../../src/core/messages/es.js';
import type { Preset } from '../../src/core/preset.js';
import { withFaults, type FaultPlan } from '../../src/testing/faults.js';
import { presets } from '../../src/widget/presets/index.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';
import { beforeContent } from '../support/pseudo-content.js';

/** Seed 001's "Vigencia Soporte" table, word for word. */
const SEED_COLUMNS = [
  'Estado',
  'Cliente Final',
  'Fecha de inicio',
  'Fecha de finalización',
  'Tipo de asignación',
  'Horas Disponibles'
];
const SEED_ROW = ['En espera', 'NOMBRE DEL CLIENTE', '01/02/2020', '01/02/2021', 'Número de horas', '25,00'];

const supportHours = presets['support-hours']!;

/** The seed's preset with the capability on and no hour bags at all: the honest empty state. */
const noBags: Preset = { ...supportHours, id: 'support-hours-no-bags', entitlements: [] };

/** Counts every adapter call by method name, passing each through. */
function counting<T extends HelpDeskAdapter>(adapter: T): { adapter: T; calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const proxy = new Proxy(adapter, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls[String(key)] = (calls[String(key)] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    }
  });
  return { adapter: proxy, calls };
}

async function mount(adapter: HelpDeskAdapter, lang = 'es'): Promise<HdEntitlements> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <hd-provider .adapter=${adapter}><hd-entitlements></hd-entitlements></hd-provider>
    </div>`
  );
  const el = wrapper.querySelector('hd-entitlements')!;
  await waitUntil(() => settled(el), 'the hour bags never left the loading state', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

function settled(el: HdEntitlements): boolean {
  return el.hidden || el.shadowRoot!.querySelector('[part~="row"], [part~="error"], [part~="empty"]') !== null;
}

function $(el: HdEntitlements, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(el: HdEntitlements, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** What a sighted user reads in a node: its text without the screen-reader-only additions. */
function visibleText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden, [aria-hidden="true"]').forEach(hidden => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

function row(el: HdEntitlements, id: string): HTMLElement {
  return $(el, `tr[data-entitlement-id="${id}"]`)!;
}

function rowTexts(el: HdEntitlements, id: string): string[] {
  return [...row(el, id).children].map(visibleText);
}

function openButton(el: HdEntitlements, id: string): HTMLButtonElement {
  return row(el, id).querySelector<HTMLButtonElement>('[part~="open-button"]')!;
}

function focused(el: HdEntitlements): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

function liveRegion(el: HdEntitlements): string {
  return $(el, '[role="status"]')!.textContent!.trim();
}

async function press(key: string, el: HdEntitlements): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Tabs from the top of the page until the wanted element inside the shadow root has focus. */
async function tabTo(el: HdEntitlements, target: HTMLElement): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  for (let step = 0; step < 30 && focused(el) !== target; step += 1) await sendKeys({ press: 'Tab' });
  expect(focused(el), 'Tab never reached the element').to.equal(target);
}

describe('<hd-entitlements>', () => {
  afterEach(async () => {
    await disposeTestAdapters();
  });

  it('passes the accessibility audit with its hour bags listed', async () => {
    const el = await mount(await createTestAdapter({ preset: supportHours }));
    await expect(el).to.be.accessible();
  });

  it('renders seed 001’s table word for word: caption, columns and row', async () => {
    const el = await mount(await createTestAdapter({ preset: supportHours }));
    expect(visibleText($(el, 'caption')!)).to.equal('Vigencia Soporte');
    expect($$(el, 'thead th').map(visibleText)).to.deep.equal(SEED_COLUMNS);
    expect(rowTexts(el, 'bolsa-2020')).to.deep.equal(SEED_ROW);
    // The seed's "campo resaltado en azul": the status is a button, and its name says what it opens.
    const button = openButton(el, 'bolsa-2020');
    expect(button.textContent).to.contain('En espera');
    expect(button.textContent).to.contain(
      es['entitlements.openDetail'].replace('{name}', 'Vigencia Soporte 2020-2021')
    );
    expect(row(el, 'bolsa-2020').querySelector('time')!.getAttribute('datetime')).to.equal('2020-02-01');
    expect($$(el, 'tbody tr')).to.have.length(3);
    await waitUntil(() => liveRegion(el) === es['entitlements.count'].replace('{count}', '3'), 'count not announced');
  });

  it('opens a bag’s detail by keyboard, shows its consumption, and “Volver” returns focus to its row', async () => {
    const el = await mount(await createTestAdapter({ preset: supportHours }));
    const opened: HdEvent<'hd-entitlement-open'>[] = [];
    el.addEventListener('hd-entitlement-open', event => opened.push(event));

    await tabTo(el, openButton(el, 'bolsa-hidrocarburos'));
    await press('Enter', el);
    await waitUntil(() => $(el, '[part~="detail"]'), 'the detail did not open');
    expect(opened).to.have.length(1);
    expect(opened[0]!.detail.entitlement.id).to.equal('bolsa-hidrocarburos');
    expect(el.selectedId).to.equal('bolsa-hidrocarburos');

    const heading = $(el, '[part~="heading"]')!;
    expect(heading.textContent!.trim()).to.equal('Bolsa de horas Hidrocarburos del Llano');
    await waitUntil(() => focused(el) === heading, 'focus did not move to the detail heading');

    const facts = $$(el, '[part~="summary"] .fact').map(fact => [
      fact.querySelector('dt')!.textContent!.trim(),
      visibleText(fact.querySelector('dd')!)
    ]);
    expect(facts).to.deep.include.members([
      ['Estado', 'Activo'],
      ['Cliente Final', 'Hidrocarburos del Llano S.A.S.'],
      ['Tipo de asignación', 'Número de horas'],
      [es['entitlements.detail.total'], '40,00 horas'],
      [es['entitlements.detail.used'], '8,50 horas'],
      [es['entitlements.detail.remaining'], '31,50 horas']
    ]);

    // The meter has an accessible name and the used hours as its value.
    const meter = $(el, 'meter') as HTMLMeterElement;
    expect(meter.labels[0]!.textContent!.trim()).to.equal(es['entitlements.detail.usage']);
    expect(meter.value).to.equal(8.5);
    expect(meter.max).to.equal(40);

    // The consumption rows, case by case (newest first).
    const consumption = $(el, '[part~="consumption"]')!;
    const rows = [...consumption.querySelectorAll('tbody tr')].map(tr => [...tr.children].map(visibleText));
    expect(rows).to.have.length(3);
    expect(rows[0]!.slice(1)).to.deep.equal([
      '2,00',
      'CAS-01203-P5N8D2',
      'Capacitación de la consola de administración'
    ]);
    expect(rows.map(cells => cells[2])).to.deep.equal(['CAS-01203-P5N8D2', 'CAS-01195-T3K9W1', 'CAS-01188-H7Q2M4']);
    expect(rows[0]![0]).to.match(/^\d{2}\/\d{2}\/\d{4}$/);

    // Volver, by keyboard: Shift+Tab from the heading reaches it, Space presses it.
    await press('Shift+Tab', el);
    expect(focused(el)?.getAttribute('part')).to.equal('back-button');
    expect(focused(el)!.textContent!.trim()).to.equal('Volver');
    await press('Space', el);
    await waitUntil(() => focused(el) === openButton(el, 'bolsa-hidrocarburos'), 'focus did not return to the row');
    expect($(el, '[part~="detail"]')).to.equal(null);
    expect(el.selectedId).to.equal('');
  });

  it('passes the accessibility audit in the detail view, and says when the backend gives no consumption', async () => {
    const el = await mount(await createTestAdapter({ preset: supportHours }));
    openButton(el, 'bolsa-2020').click();
    await waitUntil(() => $(el, '[part~="detail"]'));
    expect($(el, '[part~="consumption"]')).to.equal(null);
    expect($(el, '[part~="notice"]')!.textContent!.trim()).to.equal(es['entitlements.consumption.unavailable']);
    await expect(el).to.be.accessible();
    // Escape goes back too.
    await press('Escape', el);
    await waitUntil(() => focused(el) === openButton(el, 'bolsa-2020'), 'Escape did not return to the row');
  });

  it('opens a bag directly from the selected-id attribute', async () => {
    const adapter = await createTestAdapter({ preset: supportHours });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <hd-provider .adapter=${adapter}
          ><hd-entitlements selected-id="bolsa-transportes"></hd-entitlements
        ></hd-provider>
      </div>`
    );
    const el = wrapper.querySelector('hd-entitlements')!;
    await waitUntil(() => $(el, '[part~="detail"]'), 'the detail did not open');
    expect($(el, '[part~="heading"]')!.textContent!.trim()).to.equal('Bolsa de horas Transportes Sabana');
    expect($$(el, '[part~="consumption"] tbody tr')).to.have.length(2);
  });

  it('lets the page show its own detail view by cancelling hd-entitlement-open', async () => {
    const el = await mount(await createTestAdapter({ preset: supportHours }));
    el.addEventListener('hd-entitlement-open', event => event.preventDefault());
    openButton(el, 'bolsa-2020').click();
    await el.updateComplete;
    expect($(el, '[part~="detail"]')).to.equal(null);
    expect(el.selectedId).to.equal('');
  });

  it('sorts by a column header, telling the direction with aria-sort', async () => {
    const el = await mount(await createTestAdapter({ preset: supportHours }));
    const headers = $$(el, 'thead th');
    expect(headers[0]!.getAttribute('aria-sort')).to.equal('ascending');
    expect($$(el, 'tbody tr').map(tr => tr.dataset['entitlementId'])).to.deep.equal([
      'bolsa-hidrocarburos', // Activo
      'bolsa-2020', // En espera
      'bolsa-transportes' // Vencido
    ]);
    const remaining = headers[5]!.querySelector('button')!;
    remaining.click();
    await el.updateComplete;
    expect(headers[5]!.getAttribute('aria-sort')).to.equal('ascending');
    expect(headers[0]!.hasAttribute('aria-sort')).to.equal(false);
    expect($$(el, 'tbody tr').map(tr => visibleText(tr.lastElementChild!))).to.deep.equal(['1,50', '25,00', '31,50']);
    remaining.click();
    await el.updateComplete;
    expect(headers[5]!.getAttribute('aria-sort')).to.equal('descending');
    expect($$(el, 'tbody tr').map(tr => visibleText(tr.lastElementChild!))).to.deep.equal(['31,50', '25,00', '1,50']);
    await waitUntil(
      () => liveRegion(el) === es['entitlements.sortedDescending'].replace('{column}', 'Horas Disponibles'),
      'the sort was not announced'
    );
  });

  it('hides itself with no error and never asks for hour bags when the backend has none', async () => {
    const { adapter, calls } = counting(await createTestAdapter({ preset: presets['category-cards']! }));
    const errors: Event[] = [];
    document.addEventListener('hd-error', onError);
    function onError(event: Event) {
      errors.push(event);
    }
    try {
      const el = await mount(adapter);
      expect(el.hidden).to.equal(true);
      expect(el.hasAttribute('hidden')).to.equal(true);
      expect(getComputedStyle(el).display).to.equal('none');
      expect(el.shadowRoot!.textContent!.trim()).to.equal('');
      expect(calls['capabilities']).to.equal(1);
      expect(calls['listEntitlements'] ?? 0).to.equal(0);
      await new Promise(resolve => requestAnimationFrame(resolve));
      expect(errors).to.have.length(0);
      expect($(el, '[role="status"]')).to.equal(null);
    } finally {
      document.removeEventListener('hd-error', onError);
    }
  });

  it('passes the accessibility audit when empty, and says there are no hour bags', async () => {
    const el = await mount(await createTestAdapter({ preset: noBags }));
    expect(el.hidden).to.equal(false);
    expect($(el, '[part~="empty"]')!.textContent!.trim()).to.equal(es['entitlements.empty']);
    expect($(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  describe('with a failing backend', () => {
    it('passes the accessibility audit in the error state', async () => {
      const adapter = await createTestAdapter({ preset: supportHours });
      const el = await mount(withFaults(adapter, { fail: { listEntitlements: 'server' } }));
      expect($(el, '[part~="retry-button"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the localized error, focuses Retry, and loads once the backend is back', async () => {
      const plan: FaultPlan = { fail: { listEntitlements: 'server' } };
      const faulty = withFaults(await createTestAdapter({ preset: supportHours }), plan);
      const errors: HdEvent<'hd-error'>[] = [];
      const onError = (event: HdEvent<'hd-error'>) => errors.push(event);
      document.addEventListener('hd-error', onError);
      try {
        const el = await mount(faulty);
        expect(el.hidden).to.equal(false);
        expect($(el, '[part~="error"] .error')!.textContent!.trim()).to.equal(es['error.server']);
        const retry = $(el, '[part~="retry-button"]')!;
        expect(retry.textContent!.trim()).to.equal(es['common.retry']);
        await waitUntil(() => focused(el) === retry, 'Retry did not get focus');
        await waitUntil(() => liveRegion(el) === es['error.server'], 'the error was not announced');
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.code).to.equal('server');

        delete plan.fail;
        await press('Enter', el);
        await waitUntil(() => $$(el, 'tbody tr').length === 3, 'the hour bags did not load after Retry');
        await waitUntil(() => focused(el)?.getAttribute('part') === 'open-button', 'focus did not land on a row');
      } finally {
        document.removeEventListener('hd-error', onError);
      }
    });
  });

  it('shows a busy loading state while the backend is slow', async () => {
    const adapter = withFaults(await createTestAdapter({ preset: supportHours }), { hang: ['listEntitlements'] });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <hd-provider .adapter=${adapter}><hd-entitlements></hd-entitlements></hd-provider>
      </div>`
    );
    const el = wrapper.querySelector('hd-entitlements')!;
    await waitUntil(() => liveRegion(el) === es['common.loading'], 'loading was not announced');
    const base = $(el, '[part~="base"]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(base.textContent!.trim()).to.equal(es['common.loading']);
    await expect(el).to.be.accessible();
  });

  it('turns the table into stacked cards, each cell naming its column, when the element is narrow', async () => {
    const adapter = await createTestAdapter({ preset: supportHours });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es" style="inline-size: 20rem">
        <hd-provider .adapter=${adapter}><hd-entitlements></hd-entitlements></hd-provider>
      </div>`
    );
    const el = wrapper.querySelector('hd-entitlements')!;
    await waitUntil(() => settled(el));
    const customer = row(el, 'bolsa-2020').children[1]!;
    expect(getComputedStyle($(el, 'tbody tr')!).display).to.equal('block');
    expect(beforeContent(customer)).to.equal('"Cliente Final"');
    await expect(el).to.be.accessible();
    // Wide again: a real table, with no labels inside the cells.
    wrapper.style.inlineSize = '60rem';
    await waitUntil(() => getComputedStyle($(el, 'tbody tr')!).display === 'table-row', 'the table did not come back');
    expect(beforeContent(customer)).to.equal('none');
  });

  it('speaks English and formats dates and hours the English way', async () => {
    const el = await mount(await createTestAdapter({ preset: supportHours }), 'en');
    expect(visibleText($(el, 'caption')!)).to.equal(en['entitlements.title']);
    expect($$(el, 'thead th').map(visibleText)).to.deep.equal([
      en['entitlements.column.status'],
      en['entitlements.column.customer'],
      en['entitlements.column.start'],
      en['entitlements.column.end'],
      en['entitlements.column.allocationType'],
      en['entitlements.column.remaining']
    ]);
    // The backend's own words (status, customer, allocation label) stay as given; dates and numbers follow English.
    expect(rowTexts(el, 'bolsa-2020')).to.deep.equal([
      'En espera',
      'NOMBRE DEL CLIENTE',
      '02/01/2020',
      '02/01/2021',
      'Número de horas',
      '25.00'
    ]);
    openButton(el, 'bolsa-hidrocarburos').click();
    await waitUntil(() => $(el, '[part~="back-button"]'));
    expect($(el, '[part~="back-button"]')!.textContent!.trim()).to.equal(en['entitlements.back']);
    expect($(el, '.usage-text')!.textContent!.trim()).to.equal('8.50 of 40.00 hours used (21%)');
  });
});
