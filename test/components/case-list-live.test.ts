// <hd-case-list> and what the backend can do: polling with back-off when it cannot push (paused while the page is
// hidden), changes announced, search switched off, organization lists it cannot give, and the backend's own
// statuses in the filter.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/components/case-list/define.js';
import type { HdCaseList } from '../../src/components/case-list/case-list.js';
import type { LocalAdapter } from '../../src/adapters/local/index.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import {
  $,
  $$,
  cardsPreset,
  chooseOption,
  loneCustomerPreset,
  record,
  renderWith,
  setPageVisibility,
  stopRecording,
  text,
  until,
  withCapabilities
} from '../support/case-fixtures.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

const SLOW_REPORTS = 'Los reportes de ventas tardan más de un minuto en cargar';
const TRAINING = 'Capacitación para el equipo nuevo de ventas';
const LINKEDIN_DEMO = 'Solicitud de demostración de los productos LinkedIn';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

function subjects(el: HdCaseList): string[] {
  return $$<HTMLTableRowElement>(el, 'tbody tr').map(row => text(row.querySelector('[data-column="subject"]')));
}

async function newCase(adapter: HelpDeskAdapter, subject: string): Promise<void> {
  await adapter.createCase(
    {
      categoryId: 'consultas-roles',
      formId: 'ticket',
      subject,
      description: 'Creado en otra pestaña.',
      channel: 'ticket',
      fields: { plataforma: 'web' },
      attachments: []
    },
    { idempotencyKey: crypto.randomUUID() }
  );
}

function announced(el: HdCaseList): string {
  return text($(el, '[role="status"][aria-live="polite"]'));
}

describe('<hd-case-list> and the backend’s capabilities', () => {
  let local: LocalAdapter;

  beforeEach(async () => {
    local = await createTestAdapter();
  });

  afterEach(async () => {
    stopRecording();
    setPageVisibility('visible');
    await disposeTestAdapters();
  });

  it('announces a case created elsewhere when the backend pushes changes', async () => {
    const el = await renderWith<HdCaseList>(local, 'hd-case-list', html`<hd-case-list></hd-case-list>`);
    await waitUntil(() => subjects(el).length === 3);
    await newCase(local, 'Permisos del rol de auditor');
    await waitUntil(() => subjects(el)[0] === 'Permisos del rol de auditor', 'the new case shows');
    await waitUntil(() => announced(el) === '1 caso nuevo', `announced: ${announced(el)}`);
  });

  describe('when the backend cannot push changes', () => {
    it('polls: a new case shows up after the poll interval, announced, without subscribing', async () => {
      const { adapter, calls } = withCapabilities(local, { liveUpdates: false });
      const el = await renderWith<HdCaseList>(
        adapter,
        'hd-case-list',
        html`<hd-case-list poll-interval="100"></hd-case-list>`
      );
      await waitUntil(() => subjects(el).length === 3);
      await newCase(local, 'Permisos del rol de auditor');
      await waitUntil(() => subjects(el)[0] === 'Permisos del rol de auditor', 'the poll brought the case', {
        timeout: 3000
      });
      await waitUntil(() => announced(el) === '1 caso nuevo', `announced: ${announced(el)}`);
      expect(calls['subscribe'] ?? 0).to.equal(0);

      await local.support.reply((await local.support.listAllCases()).find(c => c.subject === TRAINING)!.id, {
        body: 'Confirmado.'
      });
      await waitUntil(() => announced(el) === '1 caso actualizado', `announced: ${announced(el)}`, { timeout: 3000 });
    });

    it('backs off while nothing changes, and polls at the base rate again after user activity', async () => {
      const { adapter, calls } = withCapabilities(local, { liveUpdates: false });
      const el = await renderWith<HdCaseList>(
        adapter,
        'hd-case-list',
        html`<hd-case-list poll-interval="100" poll-max-interval="3200"></hd-case-list>`
      );
      await waitUntil(() => subjects(el).length === 3);
      const start = calls['listCases']!;
      // Waits of 100, 200, 400, 800 ms: four polls in about 1.5 s, where a fixed rate would have made fifteen.
      await waitUntil(() => calls['listCases']! - start >= 4, 'four polls', { timeout: 6000 });
      const backedOff = calls['listCases']!;
      await sleep(300);
      expect(calls['listCases']).to.equal(backedOff, 'the wait is now 1600 ms');

      // Without the reset the next poll would come about 1.3 s from now; with it, after the 100 ms base wait.
      // The 800 ms line leaves room on both sides for a loaded machine.
      const activity = performance.now();
      $(el, 'input[type="search"]')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await waitUntil(() => calls['listCases']! > backedOff, 'polled again', { timeout: 3000 });
      expect(performance.now() - activity).to.be.lessThan(800);
    });

    it('stops while the page is hidden and catches up as soon as it shows again', async () => {
      const { adapter, calls } = withCapabilities(local, { liveUpdates: false });
      const el = await renderWith<HdCaseList>(
        adapter,
        'hd-case-list',
        html`<hd-case-list poll-interval="50" poll-max-interval="50"></hd-case-list>`
      );
      await waitUntil(() => subjects(el).length === 3);
      await waitUntil(() => (calls['listCases'] ?? 0) >= 3, 'polling');

      setPageVisibility('hidden');
      await sleep(60); // a poll already on its way may finish
      const whileHidden = calls['listCases'];
      await newCase(local, 'Permisos del rol de auditor');
      await sleep(400);
      expect(calls['listCases']).to.equal(whileHidden);
      expect(subjects(el)).to.deep.equal([LINKEDIN_DEMO, SLOW_REPORTS, TRAINING]);

      setPageVisibility('visible');
      await waitUntil(() => subjects(el)[0] === 'Permisos del rol de auditor', 'caught up', { timeout: 3000 });
    });

    it('catches up at once on visibility, without waiting for a long interval', async () => {
      const { adapter } = withCapabilities(local, { liveUpdates: false });
      const el = await renderWith<HdCaseList>(
        adapter,
        'hd-case-list',
        html`<hd-case-list poll-interval="60000"></hd-case-list>`
      );
      await waitUntil(() => subjects(el).length === 3);
      setPageVisibility('hidden');
      await newCase(local, 'Permisos del rol de auditor');
      const shown = performance.now();
      setPageVisibility('visible');
      await waitUntil(() => subjects(el)[0] === 'Permisos del rol de auditor', 'caught up', { timeout: 3000 });
      expect(performance.now() - shown).to.be.lessThan(2000);
    });

    it('stops polling when removed from the page', async () => {
      const { adapter, calls } = withCapabilities(local, { liveUpdates: false });
      const el = await renderWith<HdCaseList>(
        adapter,
        'hd-case-list',
        html`<hd-case-list poll-interval="50" poll-max-interval="50"></hd-case-list>`
      );
      await waitUntil(() => (calls['listCases'] ?? 0) >= 2);
      el.remove();
      await sleep(60);
      const after = calls['listCases'];
      await sleep(300);
      expect(calls['listCases']).to.equal(after);
    });
  });

  it('disables search, and says why, when the backend cannot search', async () => {
    const { adapter, calls } = withCapabilities(local, { cases: { search: 'none' } });
    const el = await renderWith<HdCaseList>(adapter, 'hd-case-list', html`<hd-case-list></hd-case-list>`);
    await waitUntil(() => subjects(el).length === 3);
    await waitUntil(() => $<HTMLInputElement>(el, 'input[type="search"]')?.disabled === true, 'search disabled');
    const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
    const hint = $(el, `#${search.getAttribute('aria-describedby')}`)!;
    expect(text(hint)).to.equal('Esta mesa de ayuda no permite buscar casos.');
    expect(calls['listCases']).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('says the backend searches titles only', async () => {
    const { adapter } = withCapabilities(local, { cases: { search: 'subject' } });
    const el = await renderWith<HdCaseList>(adapter, 'hd-case-list', html`<hd-case-list></hd-case-list>`);
    await until(el, 'Busca solo en el título de los casos.');
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.disabled).to.equal(false);
  });

  it('says so instead of listing when the backend has no organization-wide lists', async () => {
    const { adapter } = withCapabilities(local, { cases: { organizationScope: false } });
    const errors = record('hd-error');
    const el = await renderWith<HdCaseList>(
      adapter,
      'hd-case-list',
      html`<hd-case-list scope="organization"></hd-case-list>`
    );
    await until(el, 'Esta mesa de ayuda no permite ver los casos de su empresa.');
    expect($(el, '[part="unavailable"]')).to.not.equal(null);
    expect($(el, 'table')).to.equal(null);
    expect($(el, '[part="toolbar"]')).to.equal(null);
    expect(errors).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('explains an organization list for a customer of no organization, with nothing to retry', async () => {
    const lone = await createTestAdapter({ preset: loneCustomerPreset });
    const el = await renderWith<HdCaseList>(
      lone,
      'hd-case-list',
      html`<hd-case-list scope="organization"></hd-case-list>`
    );
    await until(el, 'Su cuenta no pertenece a ninguna empresa');
    expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect($(el, '.error__retry')).to.equal(null);
  });

  it('offers the backend’s own statuses after the groups', async () => {
    const el = await renderWith<HdCaseList>(
      local,
      'hd-case-list',
      html`<hd-case-list .statuses=${cardsPreset.statuses}></hd-case-list>`
    );
    await waitUntil(() => subjects(el).length === 3);
    const groups = $$<HTMLOptGroupElement>(el, 'optgroup');
    expect(groups.map(group => group.label)).to.deep.equal(['Grupos', 'Estados']);
    expect([...groups[1]!.querySelectorAll('option')].map(option => text(option))).to.deep.equal(
      cardsPreset.statuses.map(status => status.label)
    );
    await chooseOption(el, '[part="status-filter"]', 'Respondido');
    await waitUntil(() => JSON.stringify(subjects(el)) === JSON.stringify([TRAINING]), 'only Respondido');
    await chooseOption(el, '[part="status-filter"]', 'Esperando mi respuesta');
    await waitUntil(() => JSON.stringify(subjects(el)) === JSON.stringify([SLOW_REPORTS]), 'the group again');
    await expect(el).to.be.accessible();
  });

  it('starts from the filter given by status-filter (seed 001’s "Mis casos abiertos")', async () => {
    const el = await renderWith<HdCaseList>(
      local,
      'hd-case-list',
      html`<hd-case-list status-filter="waiting"></hd-case-list>`
    );
    await waitUntil(() => JSON.stringify(subjects(el)) === JSON.stringify([SLOW_REPORTS]), 'waiting on me only');
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('waiting');
    el.statusFilter = 'all';
    await waitUntil(() => subjects(el).length === 3, 'all again');
  });

  it('applies a backend status filter once the statuses arrive, after the attribute', async () => {
    const el = await renderWith<HdCaseList>(
      local,
      'hd-case-list',
      html`<hd-case-list status-filter="status:respondido"></hd-case-list>`
    );
    // Unknown status for now: everything.
    await waitUntil(() => subjects(el).length === 3);
    el.statuses = cardsPreset.statuses;
    await waitUntil(() => JSON.stringify(subjects(el)) === JSON.stringify([TRAINING]), 'only Respondido');
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('status:respondido');
  });
});
