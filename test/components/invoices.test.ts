import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/invoices/define.js';
import '../../src/components/provider/define.js';
import type { HdInvoices } from '../../src/components/invoices/invoices.js';
import type { HdEvent } from '../../src/components/shared/events.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import { en } from '../../src/core/messages/en.js';
import { es } from '../../src/core/messages/es.js';
import type { Invoice } from '../../src/core/model/extras.js';
import type { Preset } from '../../src/core/preset.js';
import { withFaults, type FaultPlan } from '../../src/testing/faults.js';
import { presets } from '../../src/widget/presets/index.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';
import { beforeContent } from '../support/pseudo-content.js';

const companyTickets = presets['company-tickets']!;
const seeded: Invoice[] = companyTickets.invoices ?? [];

/** The preset's invoices, newest first, as the element must show them. */
const newestFirst = [...seeded].sort((a, b) => b.periodStart.localeCompare(a.periodStart));

/** The same invoices with download links (one of them hostile, which must not become a link). */
const withDownloads: Preset = {
  ...companyTickets,
  id: 'company-tickets-downloads',
  invoices: seeded.map((invoice, index) => ({
    ...invoice,
    downloadUrl: index === 0 ? 'javascript:alert(1)' : `https://billing.example.com/${invoice.number}.pdf`
  }))
};

const noInvoices: Preset = { ...companyTickets, id: 'company-tickets-no-invoices', invoices: [] };

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

async function mount(adapter: HelpDeskAdapter, lang = 'es'): Promise<HdInvoices> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <hd-provider .adapter=${adapter}><hd-invoices></hd-invoices></hd-provider>
    </div>`
  );
  const el = wrapper.querySelector('hd-invoices')!;
  await waitUntil(() => settled(el), 'the invoices never left the loading state', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

function settled(el: HdInvoices): boolean {
  return el.hidden || el.shadowRoot!.querySelector('[part~="row"], [part~="error"], [part~="empty"]') !== null;
}

function $(el: HdInvoices, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(el: HdInvoices, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

function text(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach(hidden => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/** Intl separates currency codes with no-break spaces; `text()` reads every space as a plain one. */
function spaced(value: string): string {
  return value.replace(/\s+/g, ' ');
}

function rows(el: HdInvoices): HTMLElement[] {
  return $$(el, 'tbody tr');
}

function focused(el: HdInvoices): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

function liveRegion(el: HdInvoices): string {
  return $(el, '[role="status"]')!.textContent!.trim();
}

function dayMonthYear(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(iso)
  );
}

async function choose(el: HdInvoices, filter: string): Promise<void> {
  const select = $(el, '[part~="status-filter"]') as HTMLSelectElement;
  select.focus();
  select.value = filter;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<hd-invoices>', () => {
  afterEach(async () => {
    await disposeTestAdapters();
  });

  it('passes the accessibility audit with its invoices listed', async () => {
    const el = await mount(await createTestAdapter({ preset: withDownloads }));
    await expect(el).to.be.accessible();
  });

  it('lists seed 003’s license charges newest first, with period, amount, due date and status', async () => {
    const el = await mount(await createTestAdapter({ preset: companyTickets }));
    expect(text($(el, 'caption')!)).to.equal('Facturas');
    expect($$(el, 'thead th').map(text)).to.deep.equal([
      es['invoices.column.number'],
      es['invoices.column.period'],
      es['invoices.column.amount'],
      es['invoices.column.dueDate'],
      es['invoices.column.status'],
      es['invoices.column.download']
    ]);
    expect(rows(el).map(tr => text(tr.querySelector('[part~="number"]')!))).to.deep.equal(
      newestFirst.map(invoice => invoice.number)
    );
    const first = newestFirst[1]!; // this month's, open
    const cells = [...rows(el)[1]!.children].map(text);
    expect(cells[0]).to.equal(first.number);
    expect(cells[1]).to.equal(`${dayMonthYear(first.periodStart, 'es')} – ${dayMonthYear(first.periodEnd, 'es')}`);
    expect(cells[1]).to.match(/^01\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}$/);
    expect(cells[3]).to.equal(dayMonthYear(first.dueDate, 'es'));
    expect(cells[4]).to.equal(es['invoices.status.open']);
    // The preset gives no download links: the cell says so instead of an empty link.
    expect(cells[5]).to.equal(es['invoices.noDownload']);
    await waitUntil(
      () => liveRegion(el) === es['invoices.count'].replace('{count}', String(seeded.length)),
      'the count was not announced'
    );
  });

  it('formats amounts in the invoice’s currency for the page’s language', async () => {
    const el = await mount(await createTestAdapter({ preset: companyTickets }));
    const amounts = $$(el, '[part~="amount"]').map(text);
    expect(amounts).to.deep.equal(
      newestFirst.map(invoice =>
        spaced(new Intl.NumberFormat('es', { style: 'currency', currency: invoice.currency }).format(invoice.amount))
      )
    );
    expect(amounts[0]).to.contain('389.900');
    expect(amounts[0]).to.contain('COP');
  });

  it('marks overdue invoices with a sign and words, not only color', async () => {
    const el = await mount(await createTestAdapter({ preset: companyTickets }));
    const overdue = rows(el).filter(tr => tr.dataset['status'] === 'overdue');
    expect(overdue).to.have.length(1);
    const badge = overdue[0]!.querySelector<HTMLElement>('[part~="badge"]')!;
    expect(text(badge)).to.equal('Vencida');
    expect(badge.querySelector('[aria-hidden="true"]')!.textContent).to.equal('⚠');
    expect(overdue[0]!.classList.contains('row--overdue')).to.equal(true);
    expect(getComputedStyle(badge).fontWeight).to.equal('700');
    const paid = rows(el).find(tr => tr.dataset['status'] === 'paid')!;
    expect(text(paid.querySelector('[part~="badge"]')!)).to.equal(es['invoices.status.paid']);
    expect(getComputedStyle(paid.querySelector('[part~="badge"]')!).fontWeight).not.to.equal('700');
  });

  it('names each download link after its invoice and never links a script URL', async () => {
    const el = await mount(await createTestAdapter({ preset: withDownloads }));
    const links = $$(el, 'a[part~="download"]') as HTMLAnchorElement[];
    expect(links).to.have.length(seeded.length - 1);
    const hostile = seeded[0]!;
    const safe = newestFirst.filter(invoice => invoice.id !== hostile.id);
    expect(links.map(link => link.getAttribute('aria-label'))).to.deep.equal(
      safe.map(invoice => `Descargar factura ${invoice.number}`)
    );
    expect(links.map(link => link.href)).to.deep.equal(
      safe.map(invoice => `https://billing.example.com/${invoice.number}.pdf`)
    );
    expect(text(links[0]!)).to.equal(es['invoices.download']);
    const hostileRow = rows(el).find(tr => text(tr.querySelector('[part~="number"]')!) === hostile.number)!;
    expect(hostileRow.querySelector('a')).to.equal(null);
    // The links are reachable by keyboard, after the filter.
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('status-filter');
    await sendKeys({ press: 'Tab' });
    // The table's scroll area, a group named after its caption, so the keyboard can scroll a table wider than the
    // element (a region would repeat the portal's own landmark for the view, which has the same name).
    expect(focused(el)?.getAttribute('role')).to.equal('group');
    expect(focused(el)?.getAttribute('aria-labelledby')).to.equal('caption');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(links[0]);
  });

  it('filters by status and says how many invoices are shown', async () => {
    const el = await mount(await createTestAdapter({ preset: companyTickets }));
    const statuses = () => rows(el).map(tr => tr.dataset['status']);
    await choose(el, 'overdue');
    expect(statuses()).to.deep.equal(['overdue']);
    expect(el.statusFilter).to.equal('overdue');
    await waitUntil(() => liveRegion(el) === es['invoices.countOne'], 'the filtered count was not announced');
    await choose(el, 'paid');
    expect(statuses()).to.deep.equal(['paid', 'paid', 'paid']);
    await choose(el, 'open');
    expect(statuses()).to.deep.equal(['draft', 'open']);
    await choose(el, 'all');
    expect(rows(el)).to.have.length(seeded.length);
    await expect(el).to.be.accessible();
  });

  it('takes the filter from the status-filter attribute, and says when nothing matches', async () => {
    const adapter = await createTestAdapter({ preset: companyTickets });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <hd-provider .adapter=${adapter}><hd-invoices status-filter="overdue"></hd-invoices></hd-provider>
      </div>`
    );
    const el = wrapper.querySelector('hd-invoices')!;
    await waitUntil(() => settled(el));
    expect(rows(el).map(tr => tr.dataset['status'])).to.deep.equal(['overdue']);
    expect(($(el, '[part~="status-filter"]') as HTMLSelectElement).value).to.equal('overdue');
  });

  it('hides itself with no error and never asks for invoices when the backend has none', async () => {
    // Seed 001's portal has hour bags but no invoices.
    const { adapter, calls } = counting(await createTestAdapter({ preset: presets['support-hours']! }));
    const errors: Event[] = [];
    const onError = (event: Event) => errors.push(event);
    document.addEventListener('hd-error', onError);
    try {
      const el = await mount(adapter);
      expect(el.hidden).to.equal(true);
      expect(getComputedStyle(el).display).to.equal('none');
      expect(el.shadowRoot!.textContent!.trim()).to.equal('');
      expect(calls['capabilities']).to.equal(1);
      expect(calls['listInvoices'] ?? 0).to.equal(0);
      await new Promise(resolve => requestAnimationFrame(resolve));
      expect(errors).to.have.length(0);
    } finally {
      document.removeEventListener('hd-error', onError);
    }
  });

  it('passes the accessibility audit when empty, and says there are no invoices', async () => {
    const el = await mount(await createTestAdapter({ preset: noInvoices }));
    expect(el.hidden).to.equal(false);
    expect($(el, '[part~="empty"]')!.textContent!.trim()).to.equal(es['invoices.empty']);
    await expect(el).to.be.accessible();
  });

  describe('with a failing backend', () => {
    it('passes the accessibility audit in the error state', async () => {
      const adapter = await createTestAdapter({ preset: companyTickets });
      const el = await mount(withFaults(adapter, { fail: { listInvoices: 'server' } }));
      expect($(el, '[part~="retry-button"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the localized error, focuses Retry, and loads once the backend is back', async () => {
      const plan: FaultPlan = { fail: { listInvoices: 'timeout' } };
      const faulty = withFaults(await createTestAdapter({ preset: companyTickets }), plan);
      const errors: HdEvent<'hd-error'>[] = [];
      const onError = (event: HdEvent<'hd-error'>) => errors.push(event);
      document.addEventListener('hd-error', onError);
      try {
        const el = await mount(faulty);
        expect($(el, '[part~="error"] .error')!.textContent!.trim()).to.equal(es['error.timeout']);
        const retry = $(el, '[part~="retry-button"]')!;
        await waitUntil(() => focused(el) === retry, 'Retry did not get focus');
        expect(errors.map(event => event.detail.code)).to.deep.equal(['timeout']);
        delete plan.fail;
        await sendKeys({ press: 'Space' });
        await waitUntil(() => rows(el).length === seeded.length, 'the invoices did not load after Retry');
        await waitUntil(() => focused(el)?.getAttribute('part') === 'status-filter', 'focus was lost after Retry');
      } finally {
        document.removeEventListener('hd-error', onError);
      }
    });
  });

  it('turns the table into stacked cards, each cell naming its column, when the element is narrow', async () => {
    const adapter = await createTestAdapter({ preset: companyTickets });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es" style="inline-size: 20rem">
        <hd-provider .adapter=${adapter}><hd-invoices></hd-invoices></hd-provider>
      </div>`
    );
    const el = wrapper.querySelector('hd-invoices')!;
    await waitUntil(() => settled(el));
    const due = rows(el)[0]!.children[3]!;
    expect(getComputedStyle(rows(el)[0]!).display).to.equal('block');
    expect(beforeContent(due)).to.equal(`"${es['invoices.column.dueDate']}"`);
    await expect(el).to.be.accessible();
  });

  it('speaks English and formats dates and amounts the English way', async () => {
    const el = await mount(await createTestAdapter({ preset: companyTickets }), 'en');
    expect(text($(el, 'caption')!)).to.equal(en['invoices.title']);
    const open = newestFirst[1]!;
    const cells = [...rows(el)[1]!.children].map(text);
    expect(cells[1]).to.equal(`${dayMonthYear(open.periodStart, 'en')} – ${dayMonthYear(open.periodEnd, 'en')}`);
    expect(cells[2]).to.equal(
      spaced(new Intl.NumberFormat('en', { style: 'currency', currency: 'COP' }).format(open.amount))
    );
    expect(cells[2]).to.contain('389,900');
    expect(cells[4]).to.equal(en['invoices.status.open']);
    const overdue = rows(el).find(tr => tr.dataset['status'] === 'overdue')!;
    expect(text(overdue.querySelector('[part~="badge"]')!)).to.equal('Overdue');
  });
});
