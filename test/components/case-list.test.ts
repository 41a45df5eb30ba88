import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/components/case-list/define.js';
import type { HdCaseList } from '../../src/components/case-list/case-list.js';
import type { LocalAdapter } from '../../src/adapters/local/index.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import { withFaults, type FaultPlan } from '../../src/testing/faults.js';
import {
  $,
  $$,
  button,
  chooseOption,
  focused,
  newcomerPreset,
  press,
  record,
  renderWith,
  stopRecording,
  text,
  typeInto,
  until
} from '../support/case-fixtures.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

const SLOW_REPORTS = 'Los reportes de ventas tardan más de un minuto en cargar';
const TRAINING = 'Capacitación para el equipo nuevo de ventas';
const LINKEDIN_DEMO = 'Solicitud de demostración de los productos LinkedIn';
const SCHEDULED_REPORT = '¿Cómo programo el envío automático de un reporte?';

async function renderList(adapter: HelpDeskAdapter, attributes = html`<hd-case-list></hd-case-list>`, lang = 'es') {
  const el = await renderWith<HdCaseList>(adapter, 'hd-case-list', attributes, lang);
  return el;
}

function rows(el: HdCaseList): HTMLTableRowElement[] {
  return $$<HTMLTableRowElement>(el, 'tbody tr');
}

/** The text of one column (by header label) in every row, top to bottom. */
function column(el: HdCaseList, header: string): string[] {
  const index = $$(el, 'thead th').findIndex(cell => text(cell).replace(/[↑↓↕]/g, '').trim() === header);
  if (index === -1) throw new Error(`no column ${header}`);
  return rows(el).map(row => text(row.cells[index]));
}

async function rowsAre(el: HdCaseList, subjects: string[]): Promise<void> {
  await waitUntil(
    () => JSON.stringify(rows(el).length ? column(el, 'Título de caso') : []) === JSON.stringify(subjects),
    `expected ${subjects.join(' / ')}; shows ${text(el).slice(0, 400)}`,
    { timeout: 5000 }
  );
}

async function caseBySubject(adapter: LocalAdapter, subject: string) {
  const all = await adapter.support.listAllCases();
  return all.find(item => item.subject === subject)!;
}

describe('<hd-case-list>', () => {
  afterEach(async () => {
    stopRecording();
    await disposeTestAdapters();
  });

  it('is accessible', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(adapter);
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    await expect(el).to.be.accessible();
  });

  it('shows the customer’s sample cases, newest first, with status, priority and date', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(adapter);
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    expect(text($(el, 'caption'))).to.equal('Creadas por mí');
    expect($$(el, 'thead th').map(cell => text(cell).replace(/[↑↓↕]/g, '').trim())).to.deep.equal([
      'Número de caso',
      'Título de caso',
      'Razón para el estado',
      'Prioridad',
      'Fecha de creación'
    ]);
    expect(column(el, 'Razón para el estado')).to.deep.equal(['Nuevo', 'Esperando su respuesta', 'Respondido']);
    expect(column(el, 'Prioridad')).to.deep.equal(['Baja', 'Alta', 'Normal']);
    for (const reference of column(el, 'Número de caso')) expect(reference).to.match(/^CAS-/);
    const created = (await adapter.listCases({ scope: 'mine' })).items[0]!.createdAt;
    expect(column(el, 'Fecha de creación')[0]).to.equal(
      new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(created))
    );
    expect(text(el)).to.include('3 casos');
  });

  it('shows the columns asked for, such as seed 001’s table', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(
      adapter,
      html`<hd-case-list columns="reference, subject,organization,priority,status,createdAt,bogus"></hd-case-list>`
    );
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    expect($$(el, 'thead th').map(cell => text(cell).replace(/[↑↓↕]/g, '').trim())).to.deep.equal([
      'Número de caso',
      'Título de caso',
      'Cliente',
      'Prioridad',
      'Razón para el estado',
      'Fecha de creación'
    ]);
    expect(column(el, 'Cliente')).to.deep.equal(Array(3).fill('Comercializadora Andina S.A.S.'));
  });

  it('narrows to the cases whose words match the search', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(adapter);
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    const search = await typeInto(el, 'input[type="search"]', 'capacitacion');
    expect(search.getAttribute('aria-controls')).to.equal('results');
    await rowsAre(el, [TRAINING]);
    await until(el, '1 caso');

    await typeInto(el, 'input[type="search"]', ' xyzzy');
    await until(el, 'Ningún caso coincide con la búsqueda.');
    expect($(el, 'table')).to.equal(null);
  });

  it('filters by status group', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(adapter);
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    await chooseOption(el, '[part="status-filter"]', 'Esperando mi respuesta');
    await rowsAre(el, [SLOW_REPORTS]);
    await chooseOption(el, '[part="status-filter"]', 'Cerrados');
    await until(el, 'Ningún caso coincide con la búsqueda.');
    await chooseOption(el, '[part="status-filter"]', 'Abiertos');
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
  });

  it('sorts by a column, toggling aria-sort and the order', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(adapter);
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    const headers = () => $$(el, 'thead th');
    expect(headers()[4]!.getAttribute('aria-sort')).to.equal('descending');
    expect(headers()[1]!.hasAttribute('aria-sort')).to.equal(false);

    const subject = $<HTMLButtonElement>(el, 'button[data-column="subject"]')!;
    subject.focus();
    await press('Enter');
    await rowsAre(el, [TRAINING, SLOW_REPORTS, LINKEDIN_DEMO]);
    expect(headers()[1]!.getAttribute('aria-sort')).to.equal('ascending');
    expect(headers()[4]!.hasAttribute('aria-sort')).to.equal(false);
    expect(focused(el)).to.equal(subject);

    await press('Enter');
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    expect(headers()[1]!.getAttribute('aria-sort')).to.equal('descending');

    $<HTMLButtonElement>(el, 'button[data-column="priority"]')!.click();
    await rowsAre(el, [SLOW_REPORTS, TRAINING, LINKEDIN_DEMO]);
    expect(headers()[3]!.getAttribute('aria-sort')).to.equal('descending');
  });

  it('pages with "Ver más", appending the rest with no duplicates', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(adapter, html`<hd-case-list page-size="2"></hd-case-list>`);
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS]);
    await until(el, 'Se muestran 2 de 3 casos');
    const more = button(el, 'Ver más');
    more.focus();
    await press('Enter');
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    const ids = rows(el).map(row => row.dataset['caseId']);
    expect(new Set(ids).size).to.equal(3);
    expect($(el, '[part="load-more"]')).to.equal(null);
    // The button is gone: focus goes to the first case it brought.
    await waitUntil(() => focused(el) === rows(el)[2]!.querySelector('button'), 'focus on the new row');
    await until(el, '3 casos');
  });

  /** A case created elsewhere (another tab, another element): the list should show it without a reload. */
  const createAuditorCase = (adapter: Awaited<ReturnType<typeof createTestAdapter>>) =>
    adapter.createCase(
      {
        categoryId: 'consultas-roles',
        formId: 'ticket',
        subject: 'Permisos del rol de auditor',
        description: '¿Qué puede ver un auditor?',
        channel: 'ticket',
        fields: { plataforma: 'web' },
        attachments: []
      },
      { idempotencyKey: crypto.randomUUID() }
    );

  it('shows a case created elsewhere without a reload', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(adapter);
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    await createAuditorCase(adapter);
    await rowsAre(el, ['Permisos del rol de auditor', LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
  });

  it('keeps focus on its case when a new case arrives above it', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(adapter);
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    const slowReports = rows(el)[1]!.querySelector('button')!;
    slowReports.focus();
    await createAuditorCase(adapter);
    await rowsAre(el, ['Permisos del rol de auditor', LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    // The row moved down with its case, focus in it: Enter still opens the case the customer was on.
    expect(focused(el)).to.equal(slowReports);
    expect(slowReports.closest('tr')).to.equal(rows(el)[2]);
  });

  it('shows a search’s cases in the rows already drawn, without drawing them again', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(adapter);
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    const [firstRow] = rows(el);
    await typeInto(el, 'input[type="search"]', 'capacitacion');
    await rowsAre(el, [TRAINING]);
    expect(rows(el)[0]).to.equal(firstRow);
    expect(firstRow!.dataset['caseId']).to.equal((await caseBySubject(adapter, TRAINING)).id);
  });

  it('shows the new status live when an agent replies', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(adapter);
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    expect(column(el, 'Razón para el estado')[2]).to.equal('Respondido');
    const training = await caseBySubject(adapter, TRAINING);
    await adapter.support.reply(training.id, { body: 'Confirmado para el jueves a las 10:00.' });
    await waitUntil(() => column(el, 'Razón para el estado')[2] === 'Esperando su respuesta', 'status updated live');
  });

  it('opens a case from its reference', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(adapter);
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    const opened = record('hd-case-open');
    const demo = await caseBySubject(adapter, LINKEDIN_DEMO);
    const reference = rows(el)[0]!.querySelector('button')!;
    expect(text(reference)).to.equal(demo.reference);
    reference.focus();
    await press('Enter');
    expect(opened.map(event => event.detail)).to.deep.equal([{ caseId: demo.id, reference: demo.reference }]);
  });

  it('shows a failing backend with a retry that works', async () => {
    const adapter = await createTestAdapter();
    const plan: FaultPlan = { fail: { listCases: 'server' } };
    const errors = record('hd-error');
    const el = await renderList(withFaults(adapter, plan));
    await until(el, 'Algo falló de nuestro lado.');
    const box = $(el, '[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(errors.map(event => event.detail.code)).to.deep.equal(['server']);
    await expect(el).to.be.accessible();

    // Pressed and failing again: the retry button keeps focus.
    const retry = button(el, 'Intentar de nuevo');
    retry.focus();
    await press('Enter');
    await waitUntil(() => errors.length === 2);
    await waitUntil(() => focused(el) === $(el, '.error__retry'), 'focus on retry');

    delete plan.fail!.listCases;
    await press('Enter');
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    expect($(el, '[part="error"]')).to.equal(null);
  });

  it('says it is loading while the backend has not answered', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(withFaults(adapter, { hang: ['listCases'] }));
    await until(el, 'Cargando…');
    expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
  });

  it('says there are no cases yet for a customer who has opened none', async () => {
    const adapter = await createTestAdapter({ preset: newcomerPreset });
    const el = await renderList(adapter);
    await until(el, 'Aún no hay casos.');
    expect(text($(el, '[part="empty"]'))).to.equal('Aún no hay casos.');
    expect($(el, '[part="load-more"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists the organization’s cases with scope="organization"', async () => {
    const adapter = await createTestAdapter({ preset: newcomerPreset });
    const el = await renderList(adapter, html`<hd-case-list scope="organization"></hd-case-list>`);
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING, SCHEDULED_REPORT]);
    expect(text($(el, 'caption'))).to.equal('Tickets de mi empresa');
  });

  it('speaks English under lang="en"', async () => {
    const adapter = await createTestAdapter();
    const el = await renderList(adapter, html`<hd-case-list></hd-case-list>`, 'en');
    await waitUntil(() => rows(el).length === 3);
    expect(text($(el, 'caption'))).to.equal('My cases');
    expect(text(el)).to.include('Case number');
    expect(text(el)).to.include('Waiting on me');
    expect(text(el)).to.include('3 cases');
    expect(text(rows(el)[1])).to.include('High');
  });

  it('reloads the current view on refresh() when the backend cannot push changes', async () => {
    const adapter = await createTestAdapter();
    const silent = new Proxy(adapter, {
      get(target, key, receiver) {
        if (key === 'subscribe') return () => () => undefined;
        return Reflect.get(target, key, receiver) as unknown;
      }
    });
    const el = await renderList(silent, html`<hd-case-list page-size="2"></hd-case-list>`);
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS]);
    button(el, 'Ver más').click();
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    const training = await caseBySubject(adapter, TRAINING);
    await adapter.support.reply(training.id, { body: 'Confirmado.' });
    await new Promise(resolve => setTimeout(resolve, 400));
    expect(column(el, 'Razón para el estado')[2]).to.equal('Respondido');
    await el.refresh();
    // Everything shown stays shown: the refresh reloads as many cases as were on screen.
    await rowsAre(el, [LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);
    expect(column(el, 'Razón para el estado')[2]).to.equal('Esperando su respuesta');
  });

  it('stops listening when removed from the page', async () => {
    const adapter = await createTestAdapter();
    let calls = 0;
    const counting = new Proxy(adapter, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (key !== 'listCases' || typeof value !== 'function') return value;
        return (...args: Parameters<HelpDeskAdapter['listCases']>) => {
          calls += 1;
          return (value as HelpDeskAdapter['listCases']).apply(target, args);
        };
      }
    });
    const el = await renderList(counting);
    await waitUntil(() => rows(el).length === 3);
    const before = calls;
    el.remove();
    const training = await caseBySubject(adapter, TRAINING);
    await adapter.support.reply(training.id, { body: 'Hola.' });
    await new Promise(resolve => setTimeout(resolve, 500));
    expect(calls).to.equal(before);
  });
});
