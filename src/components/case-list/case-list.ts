import { html, nothing, type ComplexAttributeConverter, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CaseQuery, CaseSortField, HelpDeskAdapter, HelpDeskChange, Unsubscribe } from '../../core/adapter.js';
import { HelpDeskError, toHelpDeskError } from '../../core/errors.js';
import type { MessageKey } from '../../core/messages/en.js';
import type { Case, StatusCategory } from '../../core/model/case.js';
import { HdElement } from '../shared/hd-element.js';
import { caseListStyles } from './case-list.styles.js';

/** The columns a list can show; seed 001's table is `reference,subject,organization,priority,status,createdAt`. */
export type CaseColumn = 'reference' | 'subject' | 'organization' | 'priority' | 'status' | 'createdAt' | 'updatedAt';

export const CASE_COLUMNS: readonly CaseColumn[] = [
  'reference',
  'subject',
  'organization',
  'priority',
  'status',
  'createdAt',
  'updatedAt'
];

const DEFAULT_COLUMNS: readonly CaseColumn[] = ['reference', 'subject', 'status', 'priority', 'createdAt'];

/** Columns that map to a sort field of the adapter contract. */
const SORTABLE: Partial<Record<CaseColumn, CaseSortField>> = {
  reference: 'reference',
  subject: 'subject',
  priority: 'priority',
  status: 'status',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt'
};

/** The status filter's choices, each a group of status categories (works on any backend's statuses). */
export type CaseStatusFilter = 'all' | 'open' | 'waiting' | 'closed';

const STATUS_GROUPS: Record<CaseStatusFilter, StatusCategory[] | undefined> = {
  all: undefined,
  open: ['new', 'open', 'waiting-on-customer', 'waiting-on-support'],
  waiting: ['waiting-on-customer'],
  closed: ['resolved', 'closed']
};

const STATUS_LABELS: Record<CaseStatusFilter, MessageKey> = {
  all: 'caseList.statusAll',
  open: 'caseList.statusOpen',
  waiting: 'caseList.statusWaiting',
  closed: 'caseList.statusClosed'
};

/** Changes that may alter what the list shows. */
const RELOADING_CHANGES = new Set<HelpDeskChange['type']>([
  'case-created',
  'case-updated',
  'comment-added',
  'session-changed'
]);

const SEARCH_DELAY_MS = 250;
const LIVE_DELAY_MS = 300;

/** `columns="reference, subject,status"`: known keys in the order given; unknown ones are ignored. */
const columnsConverter: ComplexAttributeConverter<readonly CaseColumn[]> = {
  fromAttribute(value: string | null): readonly CaseColumn[] {
    if (!value) return DEFAULT_COLUMNS;
    const keys = value
      .split(',')
      .map(key => key.trim())
      .filter((key): key is CaseColumn => (CASE_COLUMNS as readonly string[]).includes(key));
    return keys.length ? [...new Set(keys)] : DEFAULT_COLUMNS;
  },
  toAttribute(value: readonly CaseColumn[]): string {
    return value.join(',');
  }
};

type FetchMode = 'replace' | 'refresh' | 'more';

/** Dates and priorities first show the most recent and most pressing; text columns start from A. */
function firstDirection(field: CaseSortField): 'asc' | 'desc' {
  return field === 'createdAt' || field === 'updatedAt' || field === 'priority' ? 'desc' : 'asc';
}

/**
 * The customer's cases ("created by me") or their organization's, in a real table: status filter, search, sortable
 * columns, "Show more" paging, and live updates when the backend pushes changes.
 *
 * @tag hd-case-list
 * @summary Lists the customer's (or their organization's) cases with filter, search, sort and paging.
 *
 * @fires hd-case-open - A case's reference was activated. `detail: { caseId, reference }`.
 * @fires hd-error - The backend failed; the element already shows why. `detail: { code, message }`.
 *
 * @csspart base - The wrapper of the whole list.
 * @csspart toolbar - The row with the status filter and the search box.
 * @csspart status-filter - The status filter `<select>`.
 * @csspart search - The search `<input>`.
 * @csspart table - The `<table>`.
 * @csspart row - A case's row.
 * @csspart cell - A cell of a case's row.
 * @csspart reference - The button with a case's reference, which opens it.
 * @csspart load-more - The "Show more" button.
 * @csspart empty - The message shown when there are no cases, or none match.
 * @csspart error - The message and retry button shown when the backend fails.
 *
 * @cssprop [--row-border-color=var(--hd-color-border)] - Line between rows.
 * @cssprop [--header-background=var(--hd-color-surface-alt)] - Background of the column headers.
 * @cssprop [--cell-padding=0.5rem 0.75rem] - Padding of every cell.
 */
export class HdCaseList extends HdElement {
  static override styles = [HdElement.styles, caseListStyles];

  /** Adapter, scope and page size the list was loaded for, to know when to load again. */
  private loadedFor: { adapter: HelpDeskAdapter | undefined; scope: string; pageSize: number } | undefined;
  private fetchAbort: AbortController | undefined;
  private stopListening: Unsubscribe | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private liveTimer: ReturnType<typeof setTimeout> | undefined;
  /** What to repeat when the customer presses "Try again". */
  private failedMode: FetchMode = 'replace';

  @state() private cases: Case[] = [];
  @state() private nextCursor: string | null = null;
  @state() private total: number | undefined;
  /** Whether the list has answered at least once for the current adapter and scope. */
  @state() private loaded = false;
  @state() private busy: FetchMode | undefined;
  @state() private error: HelpDeskError | undefined;
  @state() private statusFilter: CaseStatusFilter = 'all';
  /** The search sent to the backend (the box's text once typing pauses). */
  @state() private search = '';
  @state() private sort: { field: CaseSortField; direction: 'asc' | 'desc' } = {
    field: 'createdAt',
    direction: 'desc'
  };
  @state() private announcement = '';

  /** Whose cases: the customer's own (`mine`) or every case of their organization (`organization`). */
  @property({ reflect: true }) scope: 'mine' | 'organization' = 'mine';

  /** Which columns, in order, as a comma-separated attribute: `reference,subject,organization,priority,status,createdAt,updatedAt`. */
  @property({ converter: columnsConverter }) columns: readonly CaseColumn[] = DEFAULT_COLUMNS;

  /** How many cases each page (and each "Show more") brings. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page: listen again and catch up with what changed meanwhile.
    if (this.hasUpdated && this.loadedFor) {
      this.listen(this.loadedFor.adapter);
      void this.fetchCases(this.loaded ? 'refresh' : 'replace');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.fetchAbort?.abort();
    this.stopListening?.();
    this.stopListening = undefined;
    clearTimeout(this.searchTimer);
    clearTimeout(this.liveTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const adapter = this.configuration.config?.adapter;
    const pageSize = this.effectivePageSize();
    const before = this.loadedFor;
    if (before && before.adapter === adapter && before.scope === this.scope && before.pageSize === pageSize) return;
    this.loadedFor = { adapter, scope: this.scope, pageSize };
    if (!before || before.adapter !== adapter) this.listen(adapter);
    if (!before || before.adapter !== adapter || before.scope !== this.scope) {
      this.cases = [];
      this.nextCursor = null;
      this.total = undefined;
      this.loaded = false;
    }
    if (adapter) {
      void this.fetchCases('replace');
    } else {
      this.fetchAbort?.abort();
      this.busy = undefined;
      this.error = new HelpDeskError('unsupported', 'No help desk adapter is configured.', { reason: 'no-adapter' });
    }
  }

  private effectivePageSize(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : 20;
  }

  private listen(adapter: HelpDeskAdapter | undefined): void {
    this.stopListening?.();
    this.stopListening = adapter?.subscribe(change => {
      if (!RELOADING_CHANGES.has(change.type)) return;
      clearTimeout(this.liveTimer);
      this.liveTimer = setTimeout(() => void this.fetchCases('refresh'), LIVE_DELAY_MS);
    });
  }

  private query(mode: FetchMode): CaseQuery {
    const size = this.effectivePageSize();
    const query: CaseQuery = {
      scope: this.scope,
      sort: this.sort,
      // A live refresh reloads everything already shown, so the list does not shrink back to one page.
      size: mode === 'refresh' ? Math.max(size, this.cases.length) : size
    };
    const statusCategories = STATUS_GROUPS[this.statusFilter];
    if (statusCategories) query.statusCategories = statusCategories;
    if (this.search) query.search = this.search;
    if (mode === 'more') query.cursor = this.nextCursor;
    return query;
  }

  private async fetchCases(mode: FetchMode, userAsked = false): Promise<void> {
    const adapter = this.loadedFor?.adapter;
    if (!adapter) return;
    if (mode === 'more' && !this.nextCursor) return;
    this.fetchAbort?.abort();
    const controller = new AbortController();
    this.fetchAbort = controller;
    const { signal } = controller;
    const query = this.query(mode);
    const countBefore = this.cases.length;
    this.busy = mode;
    this.error = undefined;
    try {
      const page = await adapter.listCases(query, { signal });
      if (signal.aborted) return;
      if (mode === 'more') {
        const seen = new Set(this.cases.map(item => item.id));
        this.cases = [...this.cases, ...page.items.filter(item => !seen.has(item.id))];
      } else {
        this.cases = page.items;
      }
      this.nextCursor = page.nextCursor;
      this.total = page.total;
      this.loaded = true;
      this.busy = undefined;
      if (mode !== 'refresh' || this.cases.length !== countBefore) void this.announce(this.countText());
      if (mode === 'more') await this.focusAfterMore(countBefore);
    } catch (error) {
      if (signal.aborted) return;
      const problem = toHelpDeskError(error);
      this.error = problem;
      this.failedMode = mode;
      this.busy = undefined;
      this.emit('hd-error', { code: problem.code, message: problem.message });
      if (userAsked || this.matches(':focus-within')) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.error__retry')?.focus();
      }
    }
  }

  /** "Show more" stays focused while there is more; on the last page focus goes to the first case it brought. */
  private async focusAfterMore(countBefore: number): Promise<void> {
    await this.updateComplete;
    if (this.nextCursor) return;
    const firstNew = this.renderRoot.querySelectorAll<HTMLElement>('tbody tr')[countBefore];
    (firstNew?.querySelector<HTMLElement>('button') ?? firstNew)?.focus();
  }

  private countText(): string {
    const shown = this.cases.length;
    if (shown === 0) {
      return this.localize.t(this.statusFilter === 'all' && !this.search ? 'caseList.empty' : 'caseList.noMatch');
    }
    if (this.total !== undefined && this.total > shown) {
      return this.localize.t('caseList.countPartial', { shown, total: this.total });
    }
    const count = this.total ?? shown;
    return count === 1 ? this.localize.t('caseList.countOne') : this.localize.t('caseList.count', { count });
  }

  private async announce(text: string): Promise<void> {
    // Emptying the region first makes the same sentence be announced again.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  private onSearchInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(text), SEARCH_DELAY_MS);
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    clearTimeout(this.searchTimer);
    this.applySearch((event.target as HTMLInputElement).value);
  }

  private applySearch(text: string): void {
    const search = text.trim();
    if (search === this.search) return;
    this.search = search;
    void this.fetchCases('replace', true);
  }

  private onStatusChange(event: Event): void {
    this.statusFilter = (event.target as HTMLSelectElement).value as CaseStatusFilter;
    void this.fetchCases('replace', true);
  }

  private onSort(field: CaseSortField): void {
    this.sort =
      this.sort.field === field
        ? { field, direction: this.sort.direction === 'asc' ? 'desc' : 'asc' }
        : { field, direction: firstDirection(field) };
    void this.fetchCases('replace', true);
  }

  private onOpen(item: Case): void {
    this.emit('hd-case-open', { caseId: item.id, reference: item.reference });
  }

  /** Loads the current view again (same filter, search, sort and number of cases shown). */
  refresh(): Promise<void> {
    return this.fetchCases(this.loaded ? 'refresh' : 'replace');
  }

  private renderHeader(column: CaseColumn): TemplateResult {
    const label = this.localize.t(`caseList.column.${column}`);
    const field = SORTABLE[column];
    if (!field) return html`<th scope="col">${label}</th>`;
    const active = this.sort.field === field;
    const sort = active ? (this.sort.direction === 'asc' ? 'ascending' : 'descending') : nothing;
    return html`<th scope="col" aria-sort=${sort}>
      <button type="button" class="sort" data-column=${column} @click=${() => this.onSort(field)}>
        ${label}<span class="sort__arrow" aria-hidden="true"
          >${active ? (this.sort.direction === 'asc' ? '↑' : '↓') : '↕'}</span
        >
      </button>
    </th>`;
  }

  private renderCell(item: Case, column: CaseColumn): TemplateResult {
    switch (column) {
      case 'reference':
        return html`<th scope="row" part="cell" class="cell cell--reference">
          <button type="button" part="reference" class="reference" @click=${() => this.onOpen(item)}>
            ${item.reference}
          </button>
        </th>`;
      case 'subject':
        return html`<td part="cell" class="cell">${item.subject}</td>`;
      case 'organization':
        return html`<td part="cell" class="cell">${item.organization?.name ?? ''}</td>`;
      case 'priority':
        return html`<td part="cell" class="cell" data-priority=${item.priority}>
          ${this.localize.t(`priority.${item.priority}`)}
        </td>`;
      case 'status':
        return html`<td part="cell" class="cell">
          <span class="status" data-category=${item.status.category}>${item.status.label}</span>
        </td>`;
      case 'createdAt':
      case 'updatedAt':
        return html`<td part="cell" class="cell">
          <time datetime=${item[column]}>${this.localize.date(item[column])}</time>
        </td>`;
    }
  }

  private renderToolbar(): TemplateResult {
    return html`<div part="toolbar" class="toolbar">
      <div class="toolbar__item">
        <label for="status-filter">${this.localize.t('caseList.status')}</label>
        <select
          part="status-filter"
          id="status-filter"
          aria-controls="results"
          .value=${this.statusFilter}
          @change=${this.onStatusChange}
        >
          ${(Object.keys(STATUS_GROUPS) as CaseStatusFilter[]).map(
            filter =>
              html`<option value=${filter} ?selected=${filter === this.statusFilter}>
                ${this.localize.t(STATUS_LABELS[filter])}
              </option>`
          )}
        </select>
      </div>
      <div class="toolbar__item toolbar__item--search">
        <label for="search">${this.localize.t('caseList.search')}</label>
        <input
          part="search"
          id="search"
          type="search"
          autocomplete="off"
          aria-controls="results"
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKeydown}
        />
      </div>
    </div>`;
  }

  private renderResults(): TemplateResult {
    const title = this.localize.t(this.scope === 'organization' ? 'caseList.titleOrganization' : 'caseList.title');
    const replacing = this.busy === 'replace';
    if (!this.loaded) {
      return html`<h2 class="title">${title}</h2>
        ${replacing ? html`<p class="loading" role="status">${this.localize.t('common.loading')}</p>` : nothing}`;
    }
    if (this.cases.length === 0) {
      if (this.error) return html`<h2 class="title">${title}</h2>`;
      return html`<h2 class="title">${title}</h2>
        ${
          replacing
            ? html`<p class="loading" role="status">${this.localize.t('common.loading')}</p>`
            : html`<p part="empty" class="empty">${this.countText()}</p>`
        }`;
    }
    return html`<table part="table" class="table" aria-busy=${this.busy ? 'true' : 'false'}>
        <caption class="title">
          ${title}
        </caption>
        <thead>
          <tr>
            ${this.columns.map(column => this.renderHeader(column))}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            this.cases,
            item => item.id,
            item =>
              html`<tr part="row" data-case-id=${item.id}>
                ${this.columns.map(column => this.renderCell(item, column))}
              </tr>`
          )}
        </tbody>
      </table>
      ${replacing ? html`<p class="loading" role="status">${this.localize.t('common.loading')}</p>` : nothing}`;
  }

  private renderError(error: HelpDeskError): TemplateResult {
    return html`<div part="error" class="error-box" role="alert">
      <p class="error-box__message">${this.localize.error(error)}</p>
      ${
        error.reason === 'no-adapter'
          ? nothing
          : html`<button type="button" class="error__retry" @click=${() => void this.fetchCases(this.failedMode, true)}>
              ${this.localize.t('common.retry')}
            </button>`
      }
    </div>`;
  }

  protected override render(): TemplateResult {
    const more = this.busy === 'more';
    return html`<div part="base" class="case-list" aria-busy=${this.busy ? 'true' : 'false'}>
      ${this.renderToolbar()}
      <div class="results" id="results">${this.renderResults()}</div>
      ${this.error ? this.renderError(this.error) : nothing}
      ${
        this.nextCursor && this.cases.length && !(this.error && this.failedMode === 'more')
          ? html`<button
              part="load-more"
              type="button"
              class="load-more"
              aria-disabled=${more ? 'true' : 'false'}
              aria-busy=${more ? 'true' : 'false'}
              @click=${() => (more ? undefined : void this.fetchCases('more', true))}
            >
              ${this.localize.t('caseList.loadMore')}
            </button>`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
