import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { capabilitiesCache } from '../../controllers/capabilities-cache.js';
import { prepareDateFormat } from '../../controllers/localize-controller.js';
import type { CaseQuery, CaseSortField, HelpDeskAdapter, HelpDeskChange, Unsubscribe } from '../../core/adapter.js';
import type { Capabilities } from '../../core/capabilities.js';
import { HelpDeskError, toHelpDeskError } from '../../core/errors.js';
import { afterNextFrameWhenIdle } from '../../core/idle.js';
import type { MessageKey } from '../../core/messages/en.js';
import type { Case, Status, StatusCategory } from '../../core/model/case.js';
import type { Page } from '../../core/model/page.js';
import type { Priority } from '../../core/model/primitives.js';
import { HdElement } from '../shared/hd-element.js';
import { caseListStyles } from './case-list.styles.js';
import { Poller } from './poller.js';
import { columnsConverter, COLUMN_TRACKS, DEFAULT_COLUMNS, SORTABLE, type CaseColumn } from './columns.js';
import { renderRow, type RowContext } from './rows.js';
import type { VirtualizerHostElement } from './virtual-rows.js';

export { CASE_COLUMNS, type CaseColumn } from './columns.js';

/** The status filter's groups of status categories (they work on any backend's statuses). */
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

/** Filter values for one of the backend's own statuses: `status:<id>`. */
const STATUS_PREFIX = 'status:';

/** Changes that may alter what the list shows. */
const RELOADING_CHANGES = new Set<HelpDeskChange['type']>([
  'case-created',
  'case-updated',
  'comment-added',
  'session-changed'
]);

const SEARCH_DELAY_MS = 250;
/**
 * How long a load may go unshown. A first load that answers sooner paints the list whole in its first frame, with no
 * flash of "Loading" (and one layout instead of two); a search that answers sooner swaps the rows at once.
 */
const UNSHOWN_LOAD_MS = 150;
const LIVE_DELAY_MS = 300;
/** Rows jumped by Page Up / Page Down. */
const PAGE_JUMP = 10;
/** Rows drawn for a big list while the virtualizer loads: a screenful. */
const PREVIEW_ROWS = 30;
const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];

type FetchMode = 'replace' | 'refresh' | 'more';

interface FetchOptions {
  /** The customer asked for it: a failure moves focus to "Try again", "Show more" manages focus. */
  userAsked?: boolean;
  /** A background poll: no busy state, and a failure is not shown (the poller backs off instead). */
  quiet?: boolean;
  /** Page size of a "more" load (scrolling loads bigger pages than "Show more"). */
  size?: number;
}

/** What a refresh changed in the list, for the announcement and the poller's back-off. */
interface ListChange {
  added: number;
  updated: number;
  removed: number;
}

/** Dates and priorities first show the most recent and most pressing; text columns start from A. */
function firstDirection(field: CaseSortField): 'asc' | 'desc' {
  return field === 'createdAt' || field === 'updatedAt' || field === 'priority' ? 'desc' : 'asc';
}

function compare(before: readonly Case[], after: readonly Case[]): ListChange {
  const previous = new Map(before.map(item => [item.id, item]));
  let added = 0;
  let updated = 0;
  for (const item of after) {
    const old = previous.get(item.id);
    if (!old) added += 1;
    else {
      if (old.updatedAt !== item.updatedAt || old.status.id !== item.status.id) updated += 1;
      previous.delete(item.id);
    }
  }
  return { added, updated, removed: previous.size };
}

/** Whether `node` is `ancestor` or inside it, crossing shadow roots. */
function composedContains(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current;) {
    if (current === ancestor) return true;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return false;
}

const nextFrame = () => new Promise<void>(resolve => requestAnimationFrame(() => resolve()));

// Dates are in every row: start the browser's date formatting while it is idle, not in the list's first frame.
prepareDateFormat();

/** One `capabilities()` call per adapter for every list on the page. */
const capabilitiesOf = capabilitiesCache();

/** The virtualizer, loaded on demand (its own chunk): only lists with many rows need it. */
type VirtualRows = typeof import('./virtual-rows.js');
let virtualRowsModule: VirtualRows | undefined;
let virtualRowsRequest: Promise<VirtualRows> | undefined;
let flowLayout: ReturnType<VirtualRows['flow']> | undefined;

function loadVirtualRows(): Promise<VirtualRows> {
  virtualRowsRequest ??= import('./virtual-rows.js').then(
    module => (virtualRowsModule = module),
    (error: unknown) => {
      virtualRowsRequest = undefined; // a later list may try again
      throw error;
    }
  );
  return virtualRowsRequest;
}

/**
 * The customer's cases ("created by me") or their organization's, as a table: status filter (groups, or the
 * backend's own statuses), search, sortable columns, paging ("Show more", or further pages as the customer scrolls
 * near the end), live updates (pushed by the backend, else polled with back-off), and a card per case on narrow
 * screens. Past `virtualize-threshold` rows the rows are virtualized: the virtualizer loads on demand and only the
 * rows near the viewport are in the DOM, with `aria-rowcount` / `aria-rowindex` telling where each one is.
 *
 * @tag hd-case-list
 * @summary Lists the customer's (or their organization's) cases with filter, search, sort, paging and live updates.
 *
 * @fires hd-case-open - A case's reference was activated. `detail: { caseId, reference }`.
 * @fires hd-error - The backend failed; the element already shows why. `detail: { code, message }`.
 *
 * @csspart base - The wrapper of the whole list.
 * @csspart toolbar - The row with the status filter and the search box.
 * @csspart status-filter - The status filter `<select>`.
 * @csspart search - The search `<input>`.
 * @csspart search-hint - The note under the search box when the backend searches titles only, or cannot search.
 * @csspart table - The `<table>`.
 * @csspart row - A case's row (a card on narrow screens).
 * @csspart cell - A cell of a case's row.
 * @csspart reference - The button with a case's reference, which opens it.
 * @csspart open - The button that opens a case when the columns have no reference.
 * @csspart load-more - The "Show more" button.
 * @csspart empty - The message shown when there are no cases, or none match.
 * @csspart error - The message and retry button shown when the backend fails.
 * @csspart unavailable - The note shown instead of the list when the backend cannot list organization cases.
 *
 * @cssprop [--row-border-color=var(--hd-color-border)] - Line between rows, and the border of cards.
 * @cssprop [--header-background=var(--hd-color-surface-alt)] - Background of the column headers.
 * @cssprop [--cell-padding=0.5rem 0.75rem] - Padding of every cell.
 * @cssprop [--sticky-top=0px] - Where the column headers stick when the page scrolls (below a fixed app bar, say).
 */
export class HdCaseList extends HdElement {
  static override styles = [HdElement.styles, caseListStyles];

  /** Adapter, scope and page size the list was loaded for, to know when to load again. */
  private loadedFor: { adapter: HelpDeskAdapter | undefined; scope: string; pageSize: number } | undefined;
  /** The adapter whose changes the list follows (pushed or polled). */
  private liveFor: HelpDeskAdapter | undefined;
  private liveToken: object | undefined;
  /** The adapter `capabilities` came from. */
  private capabilitiesFor: HelpDeskAdapter | undefined;
  private fetchAbort: AbortController | undefined;
  private stopListening: Unsubscribe | undefined;
  private poller: Poller | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private liveTimer: ReturnType<typeof setTimeout> | undefined;
  private scrollFrame = 0;
  /** What to repeat when the customer presses "Try again". */
  private failedMode: FetchMode = 'replace';
  /** The status filter the last query applied, to tell a filter set from outside. */
  private queriedFilter: string | undefined;
  /** Resolves when a load starts showing (its answer came, or it took longer than UNSHOWN_LOAD_MS). */
  private unshownLoad: Promise<void> | undefined;
  private unshownTimer: ReturnType<typeof setTimeout> | undefined;
  private showLoad: (() => void) | undefined;
  /** Which drawn row each case shown is in (see `keepRows`). */
  private rowKeys = new Map<string, number>();
  private nextRowKey = 0;

  @state() private cases: Case[] = [];
  @state() private nextCursor: string | null = null;
  @state() private total: number | undefined;
  /** Whether the list has answered at least once for the current adapter and scope. */
  @state() private loaded = false;
  @state() private busy: Exclude<FetchMode, 'refresh'> | undefined;
  /** A "replace" load has taken long enough to say so (before that, nothing changes on screen). */
  @state() private slow = false;
  @state() private error: HelpDeskError | undefined;
  /** The search sent to the backend (the box's text once typing pauses). */
  @state() private search = '';
  @state() private sort: { field: CaseSortField; direction: 'asc' | 'desc' } = {
    field: 'createdAt',
    direction: 'desc'
  };
  @state() private announcement = '';
  @state() private capabilities: Capabilities | undefined;
  /** The backend answered `unsupported` to an organization-wide list. */
  @state() private scopeUnsupported = false;
  @state() private virtualRows: VirtualRows | undefined = virtualRowsModule;
  @state() private virtualRowsFailed = false;

  /** Whose cases: the customer's own (`mine`) or every case of their organization (`organization`). */
  @property({ reflect: true }) scope: 'mine' | 'organization' = 'mine';

  /** Which columns, in order, as a comma-separated attribute: `reference,subject,organization,priority,status,createdAt,updatedAt`. */
  @property({ converter: columnsConverter }) columns: readonly CaseColumn[] = DEFAULT_COLUMNS;

  /** How many cases the first page (and each "Show more") brings. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  /**
   * How many cases each page brings when the customer scrolls near the end (at least `page-size`); `0` turns loading
   * on scroll off (a short "recent cases" list, say), leaving "Show more".
   */
  @property({ attribute: 'scroll-page-size', type: Number }) scrollPageSize = 100;

  /** Past this many rows the list is virtualized (the virtualizer loads then, on demand). */
  @property({ attribute: 'virtualize-threshold', type: Number }) virtualizeThreshold = 100;

  /**
   * The status filter: `all`, `open`, `waiting` (on me), `closed`, or `status:<id>` for one of `statuses`. Changes
   * as the customer picks another.
   */
  @property({ attribute: 'status-filter' }) statusFilter = 'all';

  /** The backend's own statuses, offered in the filter after the groups. */
  @property({ attribute: false }) statuses: readonly Status[] = [];

  /** Backends that cannot push changes are polled: first after this many ms, and again after a change or activity. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 15_000;

  /** The longest wait between polls: each poll that finds nothing doubles the wait up to this (ms). */
  @property({ attribute: 'poll-max-interval', type: Number }) pollMaxInterval = 120_000;

  constructor() {
    super();
    // Anything the customer does in the list brings polling back to its base rate.
    for (const type of ['pointerdown', 'keydown', 'focusin', 'input']) {
      this.addEventListener(type, () => this.poller?.activity(), { passive: true });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    // Back in the page: follow changes again and catch up with what changed meanwhile.
    if (this.hasUpdated && this.loadedFor) {
      this.startLive(this.loadedFor.adapter);
      void this.fetchCases(this.loaded ? 'refresh' : 'replace');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('scroll', this.onScroll, { capture: true });
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = 0;
    this.fetchAbort?.abort();
    this.stopLive();
    this.liveFor = undefined;
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The column tracks go through the CSSOM, not a `style` attribute: a strict Content-Security-Policy
    // (`style-src 'self'`) blocks inline style attributes but not style set from script. Only when they change:
    // setting it restyles the whole list.
    if (changed.has('columns')) {
      this.style.setProperty('--_columns', this.columns.map(column => COLUMN_TRACKS[column]).join(' '));
    }
    const adapter = this.configuration.config?.adapter;
    if (this.isConnected && adapter !== this.liveFor) this.startLive(adapter);
    else if ((changed.has('pollInterval') || changed.has('pollMaxInterval')) && this.poller) this.restartPolling();
    // A backend status the (non-empty) list of statuses no longer has: back to all. With no statuses yet, the
    // filter waits for them (it means "all" meanwhile).
    if (changed.has('statuses') && this.statuses.length && this.statusFilter.startsWith(STATUS_PREFIX)) {
      if (!this.selectedStatus()) this.statusFilter = 'all';
    }
    if (this.cases.length > this.threshold) this.ensureVirtualRows();

    const pageSize = this.effectivePageSize();
    const before = this.loadedFor;
    if (before && before.adapter === adapter && before.scope === this.scope && before.pageSize === pageSize) {
      // A filter set from outside, or statuses that arrived after it: load what the filter now means.
      if ((changed.has('statusFilter') || changed.has('statuses')) && this.effectiveFilter() !== this.queriedFilter) {
        void this.fetchCases('replace');
      }
      return;
    }
    this.loadedFor = { adapter, scope: this.scope, pageSize };
    if (!before || before.adapter !== adapter || before.scope !== this.scope) {
      this.cases = [];
      this.nextCursor = null;
      this.total = undefined;
      this.loaded = false;
      this.scopeUnsupported = false;
    }
    if (adapter) {
      void this.fetchCases('replace');
    } else {
      this.fetchAbort?.abort();
      this.endBusy();
      this.error = new HelpDeskError('unsupported', 'No help desk adapter is configured.', { reason: 'no-adapter' });
    }
  }

  private effectivePageSize(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : 20;
  }

  /** Page size of loads brought by scrolling (and by the keyboard past the last case); 0 when scrolling loads none. */
  private scrollSize(): number {
    if (this.scrollPageSize === 0) return 0;
    const size = Number.isInteger(this.scrollPageSize) && this.scrollPageSize > 0 ? this.scrollPageSize : 100;
    return Math.max(size, this.effectivePageSize());
  }

  private get threshold(): number {
    return Number.isFinite(this.virtualizeThreshold) && this.virtualizeThreshold >= 0 ? this.virtualizeThreshold : 100;
  }

  private get organizationUnavailable(): boolean {
    return (
      this.scope === 'organization' && (this.capabilities?.cases.organizationScope === false || this.scopeUnsupported)
    );
  }

  /** The filter the query applies: a known group, `status:<id>` of a known status, else `all`. */
  private effectiveFilter(): string {
    if (this.selectedStatus()) return this.statusFilter;
    return Object.hasOwn(STATUS_GROUPS, this.statusFilter) ? this.statusFilter : 'all';
  }

  private selectedStatus(): Status | undefined {
    if (!this.statusFilter.startsWith(STATUS_PREFIX)) return undefined;
    const id = this.statusFilter.slice(STATUS_PREFIX.length);
    return this.statuses.find(status => status.id === id);
  }

  // ---- Live updates: pushed by the backend, else polled -------------------------------------------------------

  /** Asks what the backend can do, then follows its changes: `subscribe` when it pushes them, else polling. */
  private startLive(adapter: HelpDeskAdapter | undefined): void {
    this.stopLive();
    this.liveFor = adapter;
    if (adapter !== this.capabilitiesFor) this.capabilities = undefined;
    this.capabilitiesFor = adapter;
    if (!adapter) return;
    const token = {};
    this.liveToken = token;
    capabilitiesOf(adapter).then(
      capabilities => {
        if (this.liveToken !== token) return;
        this.capabilities = capabilities;
        if (this.organizationUnavailable) {
          // Nothing to list: stop the load that started before the answer came.
          this.fetchAbort?.abort();
          this.endBusy();
        }
        this.follow(adapter, capabilities.liveUpdates);
      },
      () => {
        // Unknown capabilities: listen, and let search and scope speak for themselves when used.
        if (this.liveToken === token) this.follow(adapter, true);
      }
    );
  }

  private follow(adapter: HelpDeskAdapter, pushes: boolean): void {
    if (pushes) {
      this.stopListening = adapter.subscribe(change => {
        if (!RELOADING_CHANGES.has(change.type)) return;
        clearTimeout(this.liveTimer);
        this.liveTimer = setTimeout(() => void this.fetchCases('refresh'), LIVE_DELAY_MS);
      });
    } else {
      this.restartPolling();
    }
  }

  private restartPolling(): void {
    this.poller?.stop();
    const interval = Number.isFinite(this.pollInterval) && this.pollInterval > 0 ? this.pollInterval : 15_000;
    const maxInterval = Number.isFinite(this.pollMaxInterval) ? Math.max(this.pollMaxInterval, interval) : 120_000;
    this.poller = new Poller({ poll: () => this.poll(), interval, maxInterval });
    this.poller.start();
  }

  private stopLive(): void {
    this.liveToken = undefined;
    this.stopListening?.();
    this.stopListening = undefined;
    this.poller?.stop();
    this.poller = undefined;
    clearTimeout(this.liveTimer);
  }

  /** One poll: reloads what is shown, quietly; true when something changed. */
  private async poll(): Promise<boolean> {
    // A load the customer asked for is on its way, or there is nothing to refresh yet.
    if (this.busy || !this.loaded || this.organizationUnavailable) return false;
    const change = await this.fetchCases('refresh', { quiet: true });
    return change !== undefined && change.added + change.updated + change.removed > 0;
  }

  // ---- Loading ---------------------------------------------------------------------------------------------------

  private query(size: number, cursor?: string | null): CaseQuery {
    const query: CaseQuery = { scope: this.scope, sort: this.sort, size };
    const status = this.selectedStatus();
    if (status) query.statusIds = [status.id];
    else {
      const statusCategories = STATUS_GROUPS[this.effectiveFilter() as CaseStatusFilter];
      if (statusCategories) query.statusCategories = statusCategories;
    }
    if (this.search && this.capabilities?.cases.search !== 'none') query.search = this.search;
    if (cursor) query.cursor = cursor;
    return query;
  }

  /**
   * One page; or, for a refresh, as many pages as it takes to cover every case shown (backends cap their page
   * size), so a live update never shrinks the list back to one page.
   */
  private async load(
    adapter: HelpDeskAdapter,
    mode: FetchMode,
    size: number,
    signal: AbortSignal
  ): Promise<Page<Case>> {
    if (mode === 'more') return adapter.listCases(this.query(size, this.nextCursor), { signal });
    if (mode === 'replace') return adapter.listCases(this.query(size), { signal });
    const wanted = Math.max(size, this.cases.length);
    const items: Case[] = [];
    const seen = new Set<string>();
    let cursor: string | null = null;
    let total: number | undefined;
    do {
      const page: Page<Case> = await adapter.listCases(this.query(wanted - items.length, cursor), { signal });
      for (const item of page.items) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        items.push(item);
      }
      cursor = page.nextCursor;
      total = page.total;
      if (page.items.length === 0) break;
    } while (cursor && items.length < wanted);
    return { items, nextCursor: cursor, total };
  }

  private async fetchCases(mode: FetchMode, options: FetchOptions = {}): Promise<ListChange | undefined> {
    const adapter = this.loadedFor?.adapter;
    if (!adapter || this.organizationUnavailable) return undefined;
    if (mode === 'more' && !this.nextCursor) return undefined;
    this.fetchAbort?.abort();
    const controller = new AbortController();
    this.fetchAbort = controller;
    const { signal } = controller;
    const before = this.cases;
    const size = mode === 'more' ? (options.size ?? this.effectivePageSize()) : this.effectivePageSize();
    this.queriedFilter = this.effectiveFilter();
    if (mode !== 'refresh') this.startBusy(mode);
    if (!options.quiet) this.error = undefined;
    // Start fetching the virtualizer alongside the cases when this answer may need it.
    if ((mode === 'more' ? before.length : 0) + size > this.threshold) this.ensureVirtualRows();
    try {
      const answer = this.load(adapter, mode, size, signal);
      // While the backend works, get the date format ready: a page's first Intl.DateTimeFormat costs ~10 ms.
      if (!this.loaded) this.localize.dateFormat();
      const page = await answer;
      if (signal.aborted) return undefined;
      let change: ListChange | undefined;
      if (mode === 'more') {
        const seen = new Set(before.map(item => item.id));
        this.cases = [...before, ...page.items.filter(item => !seen.has(item.id))];
      } else {
        if (mode === 'refresh') change = compare(before, page.items);
        this.cases = page.items;
      }
      this.keepRows(before, mode);
      this.nextCursor = page.nextCursor;
      this.total = page.total;
      this.loaded = true;
      this.endBusy();
      this.error = undefined;
      if (mode === 'refresh') {
        const said = change && this.changeText(change);
        if (said) void this.announce(said);
        else if (this.cases.length !== before.length) void this.announce(this.countText());
      } else {
        void this.announce(this.countText());
      }
      // Scrolling further will need the virtualizer: fetch it while the customer reads, once this page is on screen
      // (its chunk's loading and compiling would otherwise land before that frame).
      if ((page.total ?? 0) > this.threshold && !this.virtualRows)
        afterNextFrameWhenIdle(() => this.ensureVirtualRows());
      if (mode === 'more' && options.userAsked) await this.focusAfterMore(before.length);
      return change;
    } catch (error) {
      if (signal.aborted || options.quiet) return undefined;
      const problem = toHelpDeskError(error);
      this.endBusy();
      if (problem.code === 'unsupported' && this.scope === 'organization' && mode !== 'more') {
        this.scopeUnsupported = true;
        return undefined;
      }
      this.error = problem;
      this.failedMode = mode;
      this.emit('hd-error', { code: problem.code, message: problem.message });
      if (options.userAsked || this.matches(':focus-within')) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.error__retry')?.focus();
      }
      return undefined;
    }
  }

  /** A load the customer waits for. A "replace" shows as loading only once it takes longer than UNSHOWN_LOAD_MS. */
  private startBusy(mode: Exclude<FetchMode, 'refresh'>): void {
    this.busy = mode;
    if (mode !== 'replace' || this.slow || this.unshownTimer !== undefined) return;
    if (!this.loaded) this.unshownLoad ??= new Promise(resolve => (this.showLoad = resolve));
    this.unshownTimer = setTimeout(() => this.showBusy(true), UNSHOWN_LOAD_MS);
  }

  private endBusy(): void {
    this.busy = undefined;
    this.showBusy(false);
  }

  /** The load shows from now on: as loading (`slow`), or by its answer. */
  private showBusy(slow: boolean): void {
    clearTimeout(this.unshownTimer);
    this.unshownTimer = undefined;
    this.slow = slow;
    this.showLoad?.();
    this.showLoad = undefined;
    this.unshownLoad = undefined;
  }

  /** A first load not shown yet (see UNSHOWN_LOAD_MS) completes the update once it shows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.unshownLoad) return done;
    await this.unshownLoad;
    return super.getUpdateComplete();
  }

  /**
   * Gives each case a drawn row to be rendered in. A new listing (search, filter, sort) takes over the rows already
   * drawn, in order, so a keystroke updates the rows' text instead of making every row again. The same listing
   * changed (a live update, more cases) keeps each case in its row, so focus stays on the case it was on.
   */
  private keepRows(before: readonly Case[], mode: FetchMode): void {
    const drawn = mode === 'replace' ? before.map(item => this.rowKeys.get(item.id)) : undefined;
    const keys = new Map<string, number>();
    this.cases.forEach((item, index) => {
      keys.set(item.id, (drawn ? drawn[index] : this.rowKeys.get(item.id)) ?? this.nextRowKey++);
    });
    this.rowKeys = keys;
  }

  private ensureVirtualRows(): void {
    if (this.virtualRows || this.virtualRowsFailed) return;
    if (virtualRowsModule) {
      this.virtualRows = virtualRowsModule;
      return;
    }
    loadVirtualRows().then(
      module => (this.virtualRows = module),
      () => (this.virtualRowsFailed = true)
    );
  }

  /** "Show more" stays focused while there is more; on the last page focus goes to the first case it brought. */
  private async focusAfterMore(countBefore: number): Promise<void> {
    await this.updateComplete;
    if (this.nextCursor) return;
    await this.focusCase(countBefore);
  }

  private countText(): string {
    const shown = this.cases.length;
    if (shown === 0) {
      return this.localize.t(this.effectiveFilter() === 'all' && !this.search ? 'caseList.empty' : 'caseList.noMatch');
    }
    if (this.total !== undefined && this.total > shown) {
      return this.localize.t('caseList.countPartial', { shown, total: this.total });
    }
    const count = this.total ?? shown;
    return count === 1 ? this.localize.t('caseList.countOne') : this.localize.t('caseList.count', { count });
  }

  /** "1 caso nuevo. 2 casos actualizados." — or nothing when nothing shown was added or changed. */
  private changeText(change: ListChange): string {
    const parts: string[] = [];
    if (change.added === 1) parts.push(this.localize.t('caseList.newOne'));
    else if (change.added > 1) parts.push(this.localize.t('caseList.newMany', { count: change.added }));
    if (change.updated === 1) parts.push(this.localize.t('caseList.updatedOne'));
    else if (change.updated > 1) parts.push(this.localize.t('caseList.updatedMany', { count: change.updated }));
    return parts.join('. ');
  }

  private async announce(text: string): Promise<void> {
    // Emptying the region first makes the same sentence be announced again.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  // ---- What the customer does ------------------------------------------------------------------------------------

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
    void this.fetchCases('replace', { userAsked: true });
  }

  private onStatusChange(event: Event): void {
    this.statusFilter = (event.target as HTMLSelectElement).value;
    void this.fetchCases('replace', { userAsked: true });
  }

  private onSort(field: CaseSortField): void {
    this.sort =
      this.sort.field === field
        ? { field, direction: this.sort.direction === 'asc' ? 'desc' : 'asc' }
        : { field, direction: firstDirection(field) };
    void this.fetchCases('replace', { userAsked: true });
  }

  private onOpen(item: Case): void {
    this.emit('hd-case-open', { caseId: item.id, reference: item.reference });
  }

  /** Scrolling near the end of the list loads the next (bigger) page; "Show more" stays for the keyboard. */
  private readonly onScroll = (event: Event): void => {
    this.poller?.activity();
    if (this.scrollFrame || !this.nextCursor) return;
    const source = event.target;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      this.loadMoreNearEnd(source);
    });
  };

  private loadMoreNearEnd(source: EventTarget | null): void {
    if (!this.nextCursor || this.busy || this.error || !this.loaded || this.scrollSize() === 0) return;
    const table = this.renderRoot.querySelector('table');
    if (!table) return;
    let top = 0;
    let bottom = window.innerHeight;
    if (source instanceof Element && source !== document.scrollingElement) {
      // Only a scroller the list is in counts.
      if (!composedContains(source, this)) return;
      const box = source.getBoundingClientRect();
      top = Math.max(top, box.top);
      bottom = Math.min(bottom, box.bottom);
    }
    const end = table.getBoundingClientRect().bottom;
    if (end <= top) return; // scrolled past the whole list
    if (end - bottom >= Math.max(600, bottom - top)) return;
    void this.fetchCases('more', { size: this.scrollSize() }).then(async () => {
      // Still near the end once the new rows are laid out (a tall screen, a fast fling): keep going.
      await this.updateComplete;
      await nextFrame();
      await nextFrame();
      if (this.isConnected) this.loadMoreNearEnd(source);
    });
  }

  /** Arrow keys, Page Up / Down, Home and End move between cases, loading and scrolling rows in as needed. */
  private onRowsKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('open') || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const index = Number(target.closest('tr')?.getAttribute('aria-rowindex')) - 2;
    if (!Number.isInteger(index) || index < 0) return;
    const last = this.cases.length - 1;
    const targets: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: Math.min(index + PAGE_JUMP, last),
      PageUp: index - PAGE_JUMP,
      Home: 0,
      End: last
    };
    const next = targets[event.key];
    if (next === undefined) return;
    event.preventDefault();
    void this.focusCase(next);
  }

  /** Focuses the control that opens case number `index` (0-based), bringing its row into the DOM first. */
  private async focusCase(index: number): Promise<void> {
    if (index >= this.cases.length && this.nextCursor && !this.busy) {
      await this.fetchCases('more', { size: this.scrollSize() || this.effectivePageSize() });
    }
    const target = Math.max(0, Math.min(index, this.cases.length - 1));
    await this.updateComplete;
    for (let frame = 0; frame < 30; frame++) {
      const control = this.rowAt(target)?.querySelector<HTMLElement>('.open');
      if (control) {
        control.focus();
        return;
      }
      if (frame === 0) this.virtualizer()?.element(target)?.scrollIntoView({ block: 'center' });
      await nextFrame();
    }
  }

  private rowAt(index: number): HTMLTableRowElement | null {
    return this.renderRoot.querySelector<HTMLTableRowElement>(`tbody tr[aria-rowindex="${index + 2}"]`);
  }

  private virtualizer() {
    const body = this.renderRoot.querySelector<VirtualizerHostElement>('tbody.rows--virtual');
    return body && this.virtualRows ? body[this.virtualRows.virtualizerRef] : undefined;
  }

  /** Loads the current view again (same filter, search, sort and number of cases shown). */
  refresh(): Promise<void> {
    return this.fetchCases(this.loaded ? 'refresh' : 'replace').then(() => undefined);
  }

  // ---- Rendering -------------------------------------------------------------------------------------------------

  /** What every row of this render shares, worked out once (rows are many; the virtualizer renders them later). */
  private rowContext(): RowContext {
    const date = this.localize.dateFormat();
    const labels = Object.fromEntries(
      this.columns.map(column => [column, this.localize.t(`caseList.column.${column}`)])
    ) as Record<CaseColumn, string>;
    const priorities = Object.fromEntries(
      PRIORITIES.map(priority => [priority, this.localize.t(`priority.${priority}`)])
    ) as Record<Priority, string>;
    return { columns: this.columns, opens: this.openColumn, labels, priorities, date };
  }

  /** The column whose cell opens the case: the reference, else the subject, else the first. */
  private get openColumn(): CaseColumn | undefined {
    if (this.columns.includes('reference')) return 'reference';
    if (this.columns.includes('subject')) return 'subject';
    return this.columns[0];
  }

  private renderHeader(column: CaseColumn): TemplateResult {
    const label = this.localize.t(`caseList.column.${column}`);
    const field = SORTABLE[column];
    if (!field) return html`<th scope="col" role="columnheader" data-column=${column}>${label}</th>`;
    const active = this.sort.field === field;
    const sort = active ? (this.sort.direction === 'asc' ? 'ascending' : 'descending') : nothing;
    return html`<th scope="col" role="columnheader" aria-sort=${sort} data-column=${column}>
      <button type="button" class="sort" data-column=${column} @click=${() => this.onSort(field)}>
        ${label}<span class="sort__arrow" aria-hidden="true"
          >${active ? (this.sort.direction === 'asc' ? '↑' : '↓') : '↕'}</span
        >
      </button>
    </th>`;
  }

  /** One listener for every row's open button. */
  private onRowsClick(event: MouseEvent): void {
    const control = (event.target as Element).closest('.open');
    const id = control?.closest('tr')?.dataset['caseId'];
    const item = id === undefined ? undefined : this.cases.find(candidate => candidate.id === id);
    if (item) this.onOpen(item);
  }

  private renderToolbar(): TemplateResult {
    const searchMode = this.capabilities?.cases.search;
    const hint =
      searchMode === 'none'
        ? this.localize.t('caseList.searchUnavailable')
        : searchMode === 'subject'
          ? this.localize.t('caseList.searchSubjectOnly')
          : '';
    const groups = (Object.keys(STATUS_GROUPS) as CaseStatusFilter[]).map(
      filter =>
        html`<option value=${filter} ?selected=${filter === this.statusFilter}>
          ${this.localize.t(STATUS_LABELS[filter])}
        </option>`
    );
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
          ${
            this.statuses.length
              ? html`<optgroup label=${this.localize.t('caseList.statusGroups')}>${groups}</optgroup>
                  <optgroup label=${this.localize.t('caseList.statusBackend')}>
                    ${this.statuses.map(
                      status =>
                        html`<option
                          value=${STATUS_PREFIX + status.id}
                          ?selected=${STATUS_PREFIX + status.id === this.statusFilter}
                        >
                          ${status.label}
                        </option>`
                    )}
                  </optgroup>`
              : groups
          }
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
          aria-describedby=${hint ? 'search-hint' : nothing}
          ?disabled=${searchMode === 'none'}
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKeydown}
        />
        ${hint ? html`<p part="search-hint" id="search-hint" class="hint">${hint}</p>` : nothing}
      </div>
    </div>`;
  }

  /* eslint-disable lit-a11y/no-redundant-role --
     The table's parts get explicit roles on purpose: their CSS display changes (grid rows, cards), which makes some
     browsers drop the implicit table semantics. */
  private renderBody(): TemplateResult {
    let context: RowContext | undefined;
    const row = (item: Case, index: number) => renderRow(item, index, (context ??= this.rowContext()));
    const module = this.virtualRows;
    const big = this.cases.length > this.threshold;
    if (big && module) {
      flowLayout ??= module.flow();
      return html`<tbody
        role="rowgroup"
        class="rows rows--virtual"
        @click=${this.onRowsClick}
        @keydown=${this.onRowsKeydown}
      >
        ${module.virtualize({ items: this.cases, keyFunction: item => item.id, renderItem: row, layout: flowLayout })}
      </tbody>`;
    }
    // Small lists as they are. A big one while the virtualizer is on its way: the first screenful, so the first
    // frame has rows (or, if the virtualizer failed to load, every row: slowly, but nothing is out of reach).
    const preview = big && !this.virtualRowsFailed;
    // Rows are drawn again only when what they show changed: not for a busy state or an announcement, which come
    // in the same frame as a search's answer.
    const rows = guard([this.cases, this.columns, this.localize.locale, this.configuration.config, preview], () =>
      repeat(
        preview ? this.cases.slice(0, PREVIEW_ROWS) : this.cases,
        item => this.rowKeys.get(item.id) ?? item.id,
        row
      )
    );
    return html`<tbody role="rowgroup" class="rows" @click=${this.onRowsClick} @keydown=${this.onRowsKeydown}>
      ${rows}
    </tbody>`;
  }

  private renderResults(title: string): TemplateResult {
    const replacing = this.busy === 'replace' && this.slow;
    const loading = html`<p class="loading" role="status">${this.localize.t('common.loading')}</p>`;
    if (!this.loaded) {
      return html`<h2 class="title">${title}</h2>
        ${replacing ? loading : nothing}`;
    }
    if (this.cases.length === 0) {
      if (this.error) return html`<h2 class="title">${title}</h2>`;
      return html`<h2 class="title">${title}</h2>
        ${replacing ? loading : html`<p part="empty" class="empty">${this.countText()}</p>`}`;
    }
    return html`<table
        part="table"
        class="table"
        role="table"
        aria-rowcount=${Math.max(this.total ?? 0, this.cases.length) + 1}
        aria-busy=${this.busy ? 'true' : 'false'}
        data-stale=${this.busy === 'replace' && this.slow ? 'true' : 'false'}
      >
        <caption class="title">
          ${title}
        </caption>
        <thead role="rowgroup" class="head">
          <tr role="row" aria-rowindex="1">
            ${this.columns.map(column => this.renderHeader(column))}
          </tr>
        </thead>
        ${this.renderBody()}
      </table>
      ${replacing ? loading : nothing}`;
  }

  /* eslint-enable lit-a11y/no-redundant-role */

  private renderError(error: HelpDeskError): TemplateResult {
    const noOrganization = error.code === 'forbidden' && this.scope === 'organization';
    const retry =
      error.reason === 'no-adapter' || noOrganization
        ? nothing
        : html`<button
            type="button"
            class="error__retry"
            @click=${() => void this.fetchCases(this.failedMode, { userAsked: true })}
          >
            ${this.localize.t('common.retry')}
          </button>`;
    return html`<div part="error" class="error-box" role="alert">
      <p class="error-box__message">
        ${noOrganization ? this.localize.t('caseList.organizationForbidden') : this.localize.error(error)}
      </p>
      ${retry}
    </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const title = this.localize.t(this.scope === 'organization' ? 'caseList.titleOrganization' : 'caseList.title');
    if (this.organizationUnavailable) {
      return html`<div part="base" class="case-list">
        <h2 class="title">${title}</h2>
        <p part="unavailable" class="empty">${this.localize.t('caseList.organizationUnavailable')}</p>
      </div>`;
    }
    // A first load that has not answered yet, nor taken long: nothing to show (see UNSHOWN_LOAD_MS).
    if (!this.loaded && this.busy === 'replace' && !this.slow && !this.error) return nothing;
    const more = this.busy === 'more';
    return html`<div part="base" class="case-list" aria-busy=${this.busy ? 'true' : 'false'}>
      ${this.renderToolbar()}
      <div class="results" id="results">${this.renderResults(title)}</div>
      ${this.error ? this.renderError(this.error) : nothing}
      ${
        this.nextCursor && this.cases.length && !(this.error && this.failedMode === 'more')
          ? html`<button
              part="load-more"
              type="button"
              class="load-more"
              aria-disabled=${more ? 'true' : 'false'}
              aria-busy=${more ? 'true' : 'false'}
              @click=${() => (more ? undefined : void this.fetchCases('more', { userAsked: true }))}
            >
              ${this.localize.t('caseList.loadMore')}
            </button>`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
