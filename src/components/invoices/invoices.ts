import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CapabilityListController } from '../../controllers/capability-list-controller.js';
import type { Invoice } from '../../core/model/extras.js';
import { renderCapabilityList } from '../shared/capability-list.js';
import { HdElement } from '../shared/hd-element.js';
import { listStyles } from '../shared/list.styles.js';
import { invoicesStyles } from './invoices.styles.js';

/** The status filter's choices. `open` is everything not paid yet and not overdue (issued, or the next charge). */
export type InvoiceStatusFilter = 'all' | 'open' | 'overdue' | 'paid';

const FILTERS: Record<InvoiceStatusFilter, readonly Invoice['status'][] | undefined> = {
  all: undefined,
  open: ['open', 'draft'],
  overdue: ['overdue'],
  paid: ['paid']
};

/** Shown before the status label, so a status is never told by color alone. */
const STATUS_ICONS: Record<Invoice['status'], string> = {
  draft: '◷',
  open: '○',
  paid: '✓',
  overdue: '⚠',
  void: '⊘'
};

/** Where focus goes once the next render is on screen. */
type PendingFocus = 'retry' | 'filter';

/** Calendar dates (`2026-01-31`) are days, not instants: format them in UTC so no time zone moves them a day. */
const CALENDAR_DATE: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC'
};

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'blob:']);

/** The URL as given when it is a web address (absolute or relative); `undefined` for `javascript:` and the like. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return SAFE_PROTOCOLS.has(new URL(url, document.baseURI).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Newest first: by the start of the period, then by issue time, then by number. */
function newestFirst(a: Invoice, b: Invoice): number {
  return (
    b.periodStart.localeCompare(a.periodStart) ||
    (b.issuedAt ?? '').localeCompare(a.issuedAt ?? '') ||
    b.number.localeCompare(a.number, undefined, { numeric: true })
  );
}

function isFilter(value: string): value is InvoiceStatusFilter {
  return value in FILTERS;
}

/**
 * The license charges of the customer's company (seed 003's "Facturas"): number, period, amount in the invoice's
 * currency, due date, status and a download link, newest first, with a status filter. Overdue invoices carry a
 * warning sign, a bold label and a marked row, so they stand out without relying on color.
 *
 * The element asks the adapter's `capabilities()` first: when the backend has no invoices it hides itself (the
 * `hidden` attribute) and shows nothing, with no error. Loading, errors and the number of invoices shown are
 * announced politely; after an error focus goes to the retry button. Below about 40rem of its own width (a container
 * query) the table turns into stacked cards, each cell labelled by its column.
 *
 * @tag hd-invoices
 * @summary The company's license invoices, with status, amounts, due dates and downloads.
 *
 * @fires hd-error - Loading failed; the message is already shown. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart toolbar - The row with the status filter.
 * @csspart status-filter - The status filter `<select>`.
 * @csspart table - The invoices `<table>`.
 * @csspart caption - The table's caption ("Facturas").
 * @csspart header - A column header cell.
 * @csspart row - One invoice's row (`data-status` holds its status).
 * @csspart cell - A cell of a row.
 * @csspart number - An invoice's number.
 * @csspart amount - An invoice's amount.
 * @csspart badge - The status badge (`data-status` holds the status).
 * @csspart download - The download link of an invoice.
 * @csspart empty - The message shown when there are no invoices, or none with the chosen status.
 * @csspart error - The message and retry button shown when loading fails.
 * @csspart retry-button - The button that loads again after an error.
 *
 * @cssprop [--row-border-color=var(--hd-color-border)] - Line between rows, and the border of stacked cards.
 * @cssprop [--header-background=var(--hd-color-surface-alt)] - Background of the column headers.
 * @cssprop [--cell-padding=0.5rem 0.75rem] - Padding of every cell.
 * @cssprop [--link-color=var(--hd-color-brand)] - Color of the download links.
 * @cssprop [--overdue-color=var(--hd-color-danger)] - Badge, text and row marker of overdue invoices.
 * @cssprop [--paid-color=var(--hd-color-success)] - Badge of paid invoices.
 * @cssprop [--open-color=var(--hd-color-warning)] - Badge of unpaid invoices.
 */
export class HdInvoices extends HdElement {
  static override styles = [HdElement.styles, listStyles, invoicesStyles];

  /** The invoices, newest first, unless the backend has none (a new session may see others, or none). */
  private readonly list: CapabilityListController<Invoice> = new CapabilityListController(this, {
    configuration: this.configuration,
    localize: this.localize,
    capability: 'invoices',
    list: (adapter, signal) => adapter.listInvoices({ signal }),
    arrange: items => [...items].sort(newestFirst),
    readyText: () => this.countText(this.visible().length),
    onReady: focus => {
      if (focus) this.pendingFocus = 'filter';
    },
    onError: (detail, focus) => {
      if (focus) this.pendingFocus = 'retry';
      this.emit('hd-error', detail);
    }
  });
  private pendingFocus: PendingFocus | undefined;

  /** Which invoices to show: `all`, `open` (not paid yet, not overdue), `overdue` or `paid`. Follows the user's choice. */
  @property({ attribute: 'status-filter' }) statusFilter: InvoiceStatusFilter = 'all';

  protected override updated(): void {
    const pending = this.pendingFocus;
    if (!pending) return;
    this.pendingFocus = undefined;
    const selector = pending === 'retry' ? '.retry-button' : '.status-filter';
    (this.renderRoot as ShadowRoot).querySelector<HTMLElement>(selector)?.focus();
  }

  private get filter(): InvoiceStatusFilter {
    return isFilter(this.statusFilter) ? this.statusFilter : 'all';
  }

  private visible(): Invoice[] {
    const statuses = FILTERS[this.filter];
    return statuses ? this.list.items.filter(item => statuses.includes(item.status)) : this.list.items;
  }

  private countText(count: number): string {
    if (count === 0) return this.localize.t(this.list.items.length ? 'invoices.noMatch' : 'invoices.empty');
    return count === 1
      ? this.localize.t('invoices.countOne')
      : this.localize.t('invoices.count', { count: this.localize.number(count) });
  }

  private onFilterChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.statusFilter = isFilter(value) ? value : 'all';
    this.list.announce(this.countText(this.visible().length));
  }

  private date(iso: string): string {
    return this.localize.date(iso, CALENDAR_DATE);
  }

  private money(item: Invoice): string {
    try {
      return this.localize.number(item.amount, { style: 'currency', currency: item.currency });
    } catch {
      // An ISO code the browser does not know: the plain number and the code.
      return `${this.localize.number(item.amount, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${item.currency}`;
    }
  }

  private renderRow(item: Invoice, labels: Record<string, string>): TemplateResult {
    const url = safeUrl(item.downloadUrl);
    const overdue = item.status === 'overdue';
    return html`<tr part="row" class="row ${overdue ? 'row--overdue' : ''}" data-status=${item.status}>
      <th scope="row" part="cell" class="cell" data-label=${labels['number']}>
        <span part="number" class="number">${item.number}</span>
      </th>
      <td part="cell" class="cell" data-label=${labels['period']}>
        <span class="period"
          ><time datetime=${item.periodStart}>${this.date(item.periodStart)}</time> –
          <time datetime=${item.periodEnd}>${this.date(item.periodEnd)}</time></span
        >
      </td>
      <td part="cell" class="cell cell--number" data-label=${labels['amount']}>
        <span part="amount" class="amount">${this.money(item)}</span>
      </td>
      <td part="cell" class="cell ${overdue ? 'due--overdue' : ''}" data-label=${labels['dueDate']}>
        <time datetime=${item.dueDate}>${this.date(item.dueDate)}</time>
      </td>
      <td part="cell" class="cell" data-label=${labels['status']}>
        <span part="badge" class="badge" data-status=${item.status}
          ><span class="badge-icon" aria-hidden="true">${STATUS_ICONS[item.status]}</span
          >${this.localize.t(`invoices.status.${item.status}`)}</span
        >
      </td>
      <td part="cell" class="cell" data-label=${labels['download']}>
        ${
          url
            ? html`<a
                part="download"
                class="download"
                href=${url}
                download
                aria-label=${this.localize.t('invoices.downloadLabel', { number: item.number })}
                >${this.localize.t('invoices.download')}</a
              >`
            : html`<span class="no-download">${this.localize.t('invoices.noDownload')}</span>`
        }
      </td>
    </tr>`;
  }

  private renderToolbar(): TemplateResult {
    const filter = this.filter;
    return html`<div part="toolbar" class="toolbar">
      <label for="status-filter">${this.localize.t('invoices.filter')}</label>
      <select
        part="status-filter"
        id="status-filter"
        class="status-filter"
        aria-controls="results"
        .value=${filter}
        @change=${this.onFilterChange}
      >
        ${(Object.keys(FILTERS) as InvoiceStatusFilter[]).map(
          value =>
            html`<option value=${value} ?selected=${value === filter}>
              ${this.localize.t(`invoices.filter.${value}`)}
            </option>`
        )}
      </select>
    </div>`;
  }

  private renderList(): TemplateResult {
    const title = this.localize.t('invoices.title');
    if (!this.list.items.length) {
      return html`<h2 class="title">${title}</h2>
        <p part="empty" class="state state--empty">${this.localize.t('invoices.empty')}</p>`;
    }
    const rows = this.visible();
    const labels: Record<string, string> = {
      number: this.localize.t('invoices.column.number'),
      period: this.localize.t('invoices.column.period'),
      amount: this.localize.t('invoices.column.amount'),
      dueDate: this.localize.t('invoices.column.dueDate'),
      status: this.localize.t('invoices.column.status'),
      download: this.localize.t('invoices.column.download')
    };
    return html`${this.renderToolbar()}
      <div class="results" id="results">
        ${
          rows.length
            ? html`<div class="table-scroll" role="group" tabindex="0" aria-labelledby="caption">
                <table part="table" class="table">
                  <caption part="caption" class="title" id="caption">
                    ${title}
                  </caption>
                  <thead>
                    <tr>
                      ${Object.values(labels).map(label => html`<th scope="col" part="header" class="header">${label}</th>`)}
                    </tr>
                  </thead>
                  <tbody>
                    ${repeat(
                      rows,
                      item => item.id,
                      item => this.renderRow(item, labels)
                    )}
                  </tbody>
                </table>
              </div>`
            : html`<h2 class="title">${title}</h2>
                <p part="empty" class="state state--empty">${this.localize.t('invoices.noMatch')}</p>`
        }
      </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    return renderCapabilityList(this.list, this.localize, () => this.renderList());
  }
}
