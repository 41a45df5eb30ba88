// <hd-case-list> with thousands of cases: virtualized rows, paging as the customer scrolls, keyboard access to every
// row, search over the big set, and the card layout on narrow screens. Real local adapter with 2,000 generated cases.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/components/case-list/define.js';
import type { HdCaseList } from '../../src/components/case-list/case-list.js';
import type { LocalAdapter } from '../../src/adapters/local/index.js';
import type { Case } from '../../src/core/model/case.js';
import { $, $$, camila, focused, press, renderWith, text, typeInto, until } from '../support/case-fixtures.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

const BULK = 2000;
/** Camila's three sample cases plus the generated ones. */
const ALL = BULK + 3;

async function bigAdapter(): Promise<LocalAdapter> {
  const adapter = await createTestAdapter();
  await adapter.support.seedBulkCases(BULK, { requesterEmail: camila.email });
  return adapter;
}

function bodyRows(el: HdCaseList): HTMLTableRowElement[] {
  return $$<HTMLTableRowElement>(el, 'tbody tr');
}

/** 1-based position of a row in the whole list (the header row is 1). */
function rowIndex(row: Element): number {
  return Number(row.getAttribute('aria-rowindex'));
}

const frame = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)));

/** Every case of the list in the adapter's order (newest first), page by page. */
async function expectedOrder(adapter: LocalAdapter, search?: string): Promise<Case[]> {
  const all: Case[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.listCases({ scope: 'mine', size: 100, cursor, ...(search ? { search } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** Scrolls to the end of the list, again and again as a person would, until the element shows `needle`. */
async function scrollToEndUntil(el: HdCaseList, needle: string): Promise<void> {
  for (let tries = 0; tries < 50 && !text(el).includes(needle); tries++) {
    const table = $(el, 'table')!;
    window.scrollTo(0, window.scrollY + table.getBoundingClientRect().bottom - window.innerHeight + 10);
    await frame();
    await frame();
  }
  await until(el, needle);
}

describe('<hd-case-list> with thousands of cases', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    await disposeTestAdapters();
  });

  it('renders only a window of rows once past the threshold, and pages in bigger pages on scroll', async () => {
    const adapter = await bigAdapter();
    const el = await renderWith<HdCaseList>(
      adapter,
      'hd-case-list',
      html`<hd-case-list page-size="100"></hd-case-list>`
    );
    await until(el, `Se muestran 100 de ${ALL} casos`);
    // At the threshold: plain rows, all of them.
    expect(bodyRows(el)).to.have.length(100);
    expect($(el, 'table')!.getAttribute('aria-rowcount')).to.equal(String(ALL + 1));

    await scrollToEndUntil(el, `Se muestran 200 de ${ALL} casos`);
    await waitUntil(() => $(el, 'tbody.rows--virtual tr') !== null, 'the virtualizer took over', { timeout: 5000 });
    const rendered = bodyRows(el).length;
    expect(rendered).to.be.greaterThan(0);
    expect(rendered).to.be.lessThan(120);
    // Every row says where it is in the whole list.
    for (const row of bodyRows(el)) expect(rowIndex(row)).to.be.within(2, 201);
  });

  it('scrolling through shows every loaded case once, in order, with no duplicates across pages', async () => {
    const adapter = await bigAdapter();
    const expected = (await expectedOrder(adapter)).slice(0, 300).map(item => item.id);
    const el = await renderWith<HdCaseList>(
      adapter,
      'hd-case-list',
      html`<hd-case-list page-size="100"></hd-case-list>`
    );
    await until(el, `Se muestran 100 de ${ALL} casos`);
    await scrollToEndUntil(el, `Se muestran 200 de ${ALL} casos`);
    await waitUntil(() => $(el, 'tbody.rows--virtual tr') !== null, 'virtualized', { timeout: 5000 });
    await scrollToEndUntil(el, `Se muestran 300 de ${ALL} casos`);

    // Back to the top once the virtualizer has settled the new rows (it keeps the rows in view where they were).
    await frame();
    await frame();
    window.scrollTo(0, 0);
    await waitUntil(() => bodyRows(el).some(row => rowIndex(row) === 2), 'back at the top', { timeout: 5000 });
    const seen = new Map<number, string>();
    for (let guard = 0; guard < 200 && seen.size < 300; guard++) {
      await frame();
      for (const row of bodyRows(el)) {
        const at = rowIndex(row) - 2;
        // Reaching the end may load a fourth page: only the first 300 are compared.
        if (at >= 300) continue;
        const id = row.dataset['caseId']!;
        if (seen.has(at)) expect(seen.get(at)).to.equal(id);
        seen.set(at, id);
      }
      window.scrollBy(0, window.innerHeight * 0.8);
    }
    const ids = [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
    expect(ids).to.have.length(300);
    expect(new Set(ids).size).to.equal(300);
    expect(ids).to.deep.equal(expected);
  });

  it('loads nothing on scroll with scroll-page-size="0" ("Ver más" only)', async () => {
    const adapter = await bigAdapter();
    const el = await renderWith<HdCaseList>(
      adapter,
      'hd-case-list',
      html`<hd-case-list page-size="100" scroll-page-size="0"></hd-case-list>`
    );
    await until(el, `Se muestran 100 de ${ALL} casos`);
    for (let i = 0; i < 3; i++) {
      const table = $(el, 'table')!;
      window.scrollTo(0, window.scrollY + table.getBoundingClientRect().bottom - window.innerHeight + 10);
      await frame();
      await frame();
    }
    expect(text(el)).to.include(`Se muestran 100 de ${ALL} casos`);
    expect(bodyRows(el)).to.have.length(100);
    expect($(el, '[part="load-more"]')).to.not.equal(null);
  });

  it('reaches every row with the keyboard: End, arrows, and on past the last loaded case', async () => {
    const adapter = await bigAdapter();
    const expected = await expectedOrder(adapter);
    const el = await renderWith<HdCaseList>(
      adapter,
      'hd-case-list',
      html`<hd-case-list page-size="100" virtualize-threshold="50"></hd-case-list>`
    );
    await until(el, `Se muestran 100 de ${ALL} casos`);
    await waitUntil(() => $(el, 'tbody.rows--virtual tr') !== null, 'virtualized', { timeout: 5000 });
    expect(bodyRows(el).length).to.be.lessThan(100);

    bodyRows(el)[0]!.querySelector('button')!.focus();
    await press('End');
    await waitUntil(() => text(focused(el)) === expected[99]!.reference, 'focus on the 100th case', { timeout: 5000 });
    // The first rows left the DOM: the window moved with the focus.
    expect(bodyRows(el).some(row => rowIndex(row) === 2)).to.equal(false);

    await press('ArrowUp');
    await waitUntil(() => text(focused(el)) === expected[98]!.reference, 'focus on the 99th case');
    await press('ArrowDown');
    await waitUntil(() => text(focused(el)) === expected[99]!.reference, 'back on the 100th case');
    // Past the last loaded case the next page comes in and focus goes on.
    await press('ArrowDown');
    await waitUntil(() => text(focused(el)) === expected[100]!.reference, 'focus on the 101st case', { timeout: 5000 });
    await until(el, `Se muestran 200 de ${ALL} casos`);

    await press('Home');
    await waitUntil(() => text(focused(el)) === expected[0]!.reference, 'back on the first case', { timeout: 5000 });
  });

  it('searches the whole set through the adapter and shows the matches', async () => {
    const adapter = await bigAdapter();
    const matches = await expectedOrder(adapter, 'falla');
    expect(matches.length).to.be.greaterThan(100);
    const el = await renderWith<HdCaseList>(
      adapter,
      'hd-case-list',
      html`<hd-case-list page-size="100"></hd-case-list>`
    );
    await until(el, `Se muestran 100 de ${ALL} casos`);
    await typeInto(el, 'input[type="search"]', 'falla');
    await until(el, `Se muestran 100 de ${matches.length} casos`);
    const ids = bodyRows(el).map(row => row.dataset['caseId']);
    expect(ids).to.deep.equal(matches.slice(0, 100).map(item => item.id));
    for (const row of bodyRows(el)) expect(text(row).toLowerCase()).to.include('falla');
  });

  it('is accessible when virtualized', async () => {
    const adapter = await bigAdapter();
    const el = await renderWith<HdCaseList>(
      adapter,
      'hd-case-list',
      html`<hd-case-list page-size="100" virtualize-threshold="50"></hd-case-list>`
    );
    await waitUntil(() => $(el, 'tbody.rows--virtual tr') !== null, 'virtualized', { timeout: 5000 });
    await frame();
    expect($(el, 'table')!.getAttribute('role')).to.equal('table');
    expect(bodyRows(el)[0]!.getAttribute('role')).to.equal('row');
    await expect(el).to.be.accessible();
  });

  describe('on a narrow screen', () => {
    function layoutOf(row: HTMLTableRowElement): 'card' | 'table' {
      const reference = row.querySelector('[data-column="reference"]')!.getBoundingClientRect();
      const subject = row.querySelector('[data-column="subject"]')!.getBoundingClientRect();
      return subject.top >= reference.bottom - 1 ? 'card' : 'table';
    }

    it('shows each case as a card: reference and date, then subject, then status', async () => {
      const adapter = await createTestAdapter();
      const wide = await renderWith<HdCaseList>(adapter, 'hd-case-list', html`<hd-case-list></hd-case-list>`);
      await waitUntil(() => bodyRows(wide).length === 3);
      expect(layoutOf(bodyRows(wide)[0]!)).to.equal('table');

      const el = await renderWith<HdCaseList>(
        adapter,
        'hd-case-list',
        html`<div style="inline-size: 20rem"><hd-case-list></hd-case-list></div>`
      );
      await waitUntil(() => bodyRows(el).length === 3);
      const card = bodyRows(el)[0]!;
      expect(layoutOf(card)).to.equal('card');
      const cell = (column: string) => card.querySelector(`[data-column="${column}"]`)!.getBoundingClientRect();
      // Reference and date share the first line; subject, then status below, each across the card.
      expect(Math.abs(cell('createdAt').top - cell('reference').top)).to.be.lessThan(4);
      expect(cell('status').top).to.be.at.least(cell('subject').bottom - 1);
      expect(cell('subject').width).to.be.greaterThan(card.getBoundingClientRect().width * 0.8);
      expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
      // The column headers stay, as sort buttons.
      expect($$(el, 'thead button.sort')).to.have.length(5);
      await expect(el).to.be.accessible();
    });

    it('virtualizes cards too, and stays accessible', async () => {
      const adapter = await bigAdapter();
      const el = await renderWith<HdCaseList>(
        adapter,
        'hd-case-list',
        html`<div style="inline-size: 20rem">
          <hd-case-list page-size="100" virtualize-threshold="50"></hd-case-list>
        </div>`
      );
      await waitUntil(() => $(el, 'tbody.rows--virtual tr') !== null, 'virtualized', { timeout: 5000 });
      await frame();
      const rows = bodyRows(el);
      expect(rows.length).to.be.lessThan(100);
      expect(layoutOf(rows[0]!)).to.equal('card');
      // Cards do not overlap: each starts below the one before.
      for (let i = 1; i < Math.min(rows.length, 8); i++) {
        expect(rows[i]!.getBoundingClientRect().top).to.be.at.least(rows[i - 1]!.getBoundingClientRect().bottom - 1);
      }
      await expect(el).to.be.accessible();
    });
  });
});
