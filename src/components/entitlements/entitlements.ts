import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CapabilityListController } from '../../controllers/capability-list-controller.js';
import type { MessageKey } from '../../core/messages/en.js';
import type { Entitlement } from '../../core/model/extras.js';
import { renderCapabilityList } from '../shared/capability-list.js';
import { HdElement } from '../shared/hd-element.js';
import { listStyles } from '../shared/list.styles.js';
import { entitlementsStyles } from './entitlements.styles.js';

/** The columns of seed 001's "Vigencia Soporte" table, in its order. */
export type EntitlementColumn = 'status' | 'customer' | 'start' | 'end' | 'allocationType' | 'remaining';

const COLUMNS: readonly EntitlementColumn[] = ['status', 'customer', 'start', 'end', 'allocationType', 'remaining'];

type SortDirection = 'ascending' | 'descending';

/** Where focus goes once the next render is on screen. */
type PendingFocus = { kind: 'heading' } | { kind: 'row'; id: string } | { kind: 'retry' } | { kind: 'first-row' };

/** Calendar dates (`2020-02-01`) are days, not instants: format them in UTC so no time zone moves them a day. */
const CALENDAR_DATE: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC'
};

function compareText(a: string, b: string): number {
  return a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });
}

/**
 * Hour bags and support contracts (seed 001's "Vigencia Soporte"): a table with status, end customer, start and end
 * dates, allocation type and hours available, sortable by any column. The status of each row is a button (the seed's
 * "campo resaltado en azul") that opens the bag's detail: its period, total, used and available hours with a meter,
 * and what was consumed, case by case, where the backend tells. "Volver" goes back with focus on the same row.
 *
 * The element asks the adapter's `capabilities()` first: when the backend has no hour bags it hides itself (the
 * `hidden` attribute) and shows nothing, with no error. Loading, errors and the number of bags are announced
 * politely; after an error focus goes to the retry button. Below about 40rem of its own width (a container query)
 * the table turns into stacked cards, each cell labelled by its column.
 *
 * @tag hd-entitlements
 * @summary The customer's hour bags, with a detail view of each and its consumption.
 *
 * @fires hd-entitlement-open - An hour bag was chosen. Detail: `{ entitlement }`. Cancelable: cancel it to show a detail view of your own instead.
 * @fires hd-error - Loading failed; the message is already shown. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart hint - The sentence under the table that says how to open a bag's detail.
 * @csspart table - The hour bags `<table>`.
 * @csspart caption - The table's caption ("Vigencia Soporte").
 * @csspart header - A column header cell.
 * @csspart sort-button - The button inside a column header that sorts by that column.
 * @csspart row - One hour bag's row.
 * @csspart cell - A cell of a row.
 * @csspart open-button - The status button of a row, which opens the bag's detail.
 * @csspart status - The status label inside the open button (`data-active` tells whether the bag is in force).
 * @csspart detail - The detail view of one bag.
 * @csspart back-button - The "Volver" button of the detail view.
 * @csspart heading - The detail view's heading (the bag's name).
 * @csspart summary - The list of the bag's facts in the detail view.
 * @csspart meter - The `<meter>` of used hours.
 * @csspart consumption - The consumption table of the detail view.
 * @csspart notice - The sentence shown instead of the consumption table when there is none, or the backend gives none.
 * @csspart empty - The message shown when there are no hour bags.
 * @csspart error - The message and retry button shown when loading fails.
 * @csspart retry-button - The button that loads again after an error.
 *
 * @cssprop [--link-color=var(--hd-color-brand)] - Color of the status buttons ("resaltado en azul").
 * @cssprop [--row-border-color=var(--hd-color-border)] - Line between rows, and the border of stacked cards.
 * @cssprop [--header-background=var(--hd-color-surface-alt)] - Background of the column headers.
 * @cssprop [--cell-padding=0.5rem 0.75rem] - Padding of every cell.
 * @cssprop [--meter-color=var(--hd-color-brand)] - Fill of the used-hours meter.
 * @cssprop [--stack-below=40rem] - Documentation only: container queries cannot read variables, so the stacked layout starts below 40rem of the element's width.
 */
export class HdEntitlements extends HdElement {
  static override styles = [HdElement.styles, listStyles, entitlementsStyles];

  /** The hour bags, unless the backend has none (a new session may see others, or none). */
  private readonly list: CapabilityListController<Entitlement> = new CapabilityListController(this, {
    configuration: this.configuration,
    localize: this.localize,
    capability: 'entitlements',
    list: (adapter, signal) => adapter.listEntitlements({ signal }),
    readyText: () => this.countText(this.list.items.length),
    onReady: focus => {
      if (focus) this.pendingFocus = { kind: 'first-row' };
    },
    onError: (detail, focus) => {
      if (focus) this.pendingFocus = { kind: 'retry' };
      this.emit('hd-error', detail);
    }
  });
  private pendingFocus: PendingFocus | undefined;

  @state() private sort: { column: EntitlementColumn; direction: SortDirection } = {
    column: 'status',
    direction: 'ascending'
  };

  /**
   * The id of the hour bag whose detail is shown, or empty for the list. Set it to open a bag directly (a deep
   * link); it changes as the user opens a bag and goes back.
   */
  @property({ attribute: 'selected-id' }) selectedId = '';

  protected override updated(): void {
    const pending = this.pendingFocus;
    if (!pending) return;
    this.pendingFocus = undefined;
    const root = this.renderRoot as ShadowRoot;
    switch (pending.kind) {
      case 'heading':
        root.querySelector<HTMLElement>('.detail-heading')?.focus();
        break;
      case 'retry':
        root.querySelector<HTMLElement>('.retry-button')?.focus();
        break;
      case 'first-row':
        root.querySelector<HTMLElement>('.open-button')?.focus();
        break;
      case 'row':
        this.openButton(pending.id)?.focus();
        break;
    }
  }

  private openButton(id: string): HTMLElement | undefined {
    const buttons = (this.renderRoot as ShadowRoot).querySelectorAll<HTMLElement>('.open-button');
    return [...buttons].find(button => button.dataset['entitlementId'] === id);
  }

  private countText(count: number): string {
    if (count === 0) return this.localize.t('entitlements.empty');
    return count === 1
      ? this.localize.t('entitlements.countOne')
      : this.localize.t('entitlements.count', { count: this.localize.number(count) });
  }

  private columnLabel(column: EntitlementColumn): string {
    return this.localize.t(`entitlements.column.${column}`);
  }

  private onSort(column: EntitlementColumn): void {
    const direction: SortDirection =
      this.sort.column === column && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { column, direction };
    const key: MessageKey =
      direction === 'ascending' ? 'entitlements.sortedAscending' : 'entitlements.sortedDescending';
    this.list.announce(this.localize.t(key, { column: this.columnLabel(column) }));
  }

  private sorted(): Entitlement[] {
    const { column, direction } = this.sort;
    const sign = direction === 'ascending' ? 1 : -1;
    const value = (item: Entitlement): string | number => {
      switch (column) {
        case 'status':
          return item.status.label;
        case 'customer':
          return item.customer;
        case 'start':
          return item.start;
        case 'end':
          return item.end;
        case 'allocationType':
          return this.allocationLabel(item);
        case 'remaining':
          return item.remaining;
      }
    };
    // Array#sort is stable: rows that tie keep the backend's order.
    return [...this.list.items].sort((a, b) => {
      const left = value(a);
      const right = value(b);
      const order =
        typeof left === 'number' && typeof right === 'number' ? left - right : compareText(String(left), String(right));
      return order * sign;
    });
  }

  private open(item: Entitlement): void {
    const proceed = this.emit('hd-entitlement-open', { entitlement: item }, { cancelable: true });
    if (!proceed) return;
    this.selectedId = item.id;
    this.pendingFocus = { kind: 'heading' };
  }

  private back(): void {
    const id = this.selectedId;
    this.selectedId = '';
    this.pendingFocus = { kind: 'row', id };
  }

  private onDetailKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.back();
  }

  private date(iso: string): string {
    return this.localize.date(iso, CALENDAR_DATE);
  }

  /** Hours with two decimals, as the seed shows them ("25,00"); cases as whole numbers. */
  private amount(value: number, item: Entitlement): string {
    return item.allocationType === 'hours'
      ? this.localize.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
      : this.localize.number(value, { maximumFractionDigits: 0 });
  }

  private amountWithUnit(value: number, item: Entitlement): string {
    return this.localize.t(`entitlements.unit.${item.allocationType}`, { value: this.amount(value, item) });
  }

  private allocationLabel(item: Entitlement): string {
    return item.allocationLabel ?? this.localize.t(`entitlements.allocation.${item.allocationType}`);
  }

  private renderHeader(column: EntitlementColumn): TemplateResult {
    const label = this.columnLabel(column);
    const active = this.sort.column === column;
    const arrow = active ? (this.sort.direction === 'ascending' ? '↑' : '↓') : '↕';
    return html`<th scope="col" part="header" class="header" aria-sort=${active ? this.sort.direction : nothing}>
      <button type="button" part="sort-button" class="sort-button" @click=${() => this.onSort(column)}>
        ${label}<span class="sort-arrow" aria-hidden="true">${arrow}</span>
      </button>
    </th>`;
  }

  private renderCell(item: Entitlement, column: EntitlementColumn): TemplateResult {
    const label = this.columnLabel(column);
    switch (column) {
      case 'status':
        return html`<th scope="row" part="cell" class="cell cell--status" data-label=${label}>
          <button
            type="button"
            part="open-button"
            class="open-button"
            data-entitlement-id=${item.id}
            @click=${() => this.open(item)}
          >
            <span part="status" class="status" data-active=${item.status.active ? 'true' : 'false'}
              >${item.status.label}</span
            ><span class="visually-hidden">, ${this.localize.t('entitlements.openDetail', { name: item.name })}</span>
          </button>
        </th>`;
      case 'customer':
        return html`<td part="cell" class="cell" data-label=${label}>${item.customer}</td>`;
      case 'start':
      case 'end':
        return html`<td part="cell" class="cell" data-label=${label}>
          <time datetime=${item[column]}>${this.date(item[column])}</time>
        </td>`;
      case 'allocationType':
        return html`<td part="cell" class="cell" data-label=${label}>${this.allocationLabel(item)}</td>`;
      case 'remaining':
        return html`<td part="cell" class="cell cell--number" data-label=${label}>
          ${this.amount(item.remaining, item)}
        </td>`;
    }
  }

  private renderList(): TemplateResult {
    const title = this.localize.t('entitlements.title');
    if (!this.list.items.length) {
      return html`<h2 class="title">${title}</h2>
        <p part="empty" class="state state--empty">${this.localize.t('entitlements.empty')}</p>`;
    }
    return html`<div class="table-wrap" role="group" tabindex="0" aria-labelledby="caption">
        <table part="table" class="table" aria-describedby="hint">
          <caption part="caption" class="title" id="caption">
            ${title}
          </caption>
          <thead>
            <tr>
              ${COLUMNS.map(column => this.renderHeader(column))}
            </tr>
          </thead>
          <tbody>
            ${repeat(
              this.sorted(),
              item => item.id,
              item =>
                html`<tr part="row" class="row" data-entitlement-id=${item.id}>
                  ${COLUMNS.map(column => this.renderCell(item, column))}
                </tr>`
            )}
          </tbody>
        </table>
      </div>
      <p part="hint" class="hint" id="hint">${this.localize.t('entitlements.hint')}</p>`;
  }

  private renderUsage(item: Entitlement): TemplateResult | typeof nothing {
    if (!(item.total > 0)) return nothing;
    const used = Math.max(0, item.total - item.remaining);
    const percent = this.localize.number(Math.min(1, used / item.total), {
      style: 'percent',
      maximumFractionDigits: 0
    });
    return html`<div class="usage">
      <label for="usage-meter" class="usage-label">${this.localize.t('entitlements.detail.usage')}</label>
      <meter
        part="meter"
        id="usage-meter"
        class="meter"
        min="0"
        max=${item.total}
        low=${item.total * 0.75}
        high=${item.total * 0.9}
        optimum="0"
        .value=${Math.min(used, item.total)}
        aria-describedby="usage-text"
      ></meter>
      <p id="usage-text" class="usage-text">
        ${this.localize.t('entitlements.detail.usageValue', {
          used: this.amount(used, item),
          total: this.amountWithUnit(item.total, item),
          percent
        })}
      </p>
    </div>`;
  }

  private renderConsumption(item: Entitlement): TemplateResult {
    const rows = item.consumption;
    const title = this.localize.t('entitlements.consumption.title');
    if (!rows) {
      return html`<h3 class="subtitle">${title}</h3>
        <p part="notice" class="notice">${this.localize.t('entitlements.consumption.unavailable')}</p>`;
    }
    if (!rows.length) {
      return html`<h3 class="subtitle">${title}</h3>
        <p part="notice" class="notice">${this.localize.t('entitlements.consumption.none')}</p>`;
    }
    const labels = {
      date: this.localize.t('entitlements.consumption.date'),
      amount: this.localize.t('entitlements.consumption.amount'),
      case: this.localize.t('entitlements.consumption.case'),
      description: this.localize.t('entitlements.consumption.description')
    };
    const newestFirst = [...rows].sort((a, b) => compareText(b.date, a.date));
    return html`<div class="table-wrap" role="group" tabindex="0" aria-labelledby="consumption-caption">
      <table part="consumption" class="table consumption">
        <caption class="subtitle" id="consumption-caption">
          ${title}
        </caption>
        <thead>
          <tr>
            <th scope="col" part="header" class="header">${labels.date}</th>
            <th scope="col" part="header" class="header">${labels.amount}</th>
            <th scope="col" part="header" class="header">${labels.case}</th>
            <th scope="col" part="header" class="header">${labels.description}</th>
          </tr>
        </thead>
        <tbody>
          ${newestFirst.map(
            row =>
              html`<tr part="row" class="row">
                <td part="cell" class="cell" data-label=${labels.date}>
                  <time datetime=${row.date}>${this.date(row.date)}</time>
                </td>
                <td part="cell" class="cell cell--number" data-label=${labels.amount}>
                  ${this.amount(row.amount, item)}
                </td>
                <td part="cell" class="cell" data-label=${labels.case}>${row.caseReference ?? ''}</td>
                <td part="cell" class="cell" data-label=${labels.description}>${row.description ?? ''}</td>
              </tr>`
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderDetail(item: Entitlement): TemplateResult {
    const used = Math.max(0, item.total - item.remaining);
    const facts: [string, TemplateResult | string][] = [
      [this.localize.t('entitlements.column.status'), item.status.label],
      [this.localize.t('entitlements.column.customer'), item.customer],
      [
        this.localize.t('entitlements.detail.period'),
        html`<time datetime=${item.start}>${this.date(item.start)}</time> –
          <time datetime=${item.end}>${this.date(item.end)}</time>`
      ],
      [this.localize.t('entitlements.column.allocationType'), this.allocationLabel(item)],
      [this.localize.t('entitlements.detail.total'), this.amountWithUnit(item.total, item)],
      [this.localize.t('entitlements.detail.used'), this.amountWithUnit(used, item)],
      [this.localize.t('entitlements.detail.remaining'), this.amountWithUnit(item.remaining, item)]
    ];
    return html`<section
      part="detail"
      class="detail"
      aria-labelledby="detail-heading"
      data-entitlement-id=${item.id}
      @keydown=${this.onDetailKeydown}
    >
      <div class="detail-header">
        <button type="button" part="back-button" class="back-button" @click=${this.back}>
          ${this.localize.t('entitlements.back')}
        </button>
        <p class="detail-context">${this.localize.t('entitlements.title')}</p>
        <h2 part="heading" class="detail-heading" id="detail-heading" tabindex="-1">${item.name}</h2>
      </div>
      <dl part="summary" class="summary">
        ${facts.map(
          ([term, value]) =>
            html`<div class="fact">
              <dt>${term}</dt>
              <dd>${value}</dd>
            </div>`
        )}
      </dl>
      ${this.renderUsage(item)} ${this.renderConsumption(item)}
    </section>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    return renderCapabilityList(this.list, this.localize, () => {
      const selected = this.selectedId ? this.list.items.find(item => item.id === this.selectedId) : undefined;
      return selected ? this.renderDetail(selected) : this.renderList();
    });
  }
}
