import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isHelpDeskError } from '../../core/errors.js';
import type { FieldOption } from '../../core/model/form.js';
import { baseStyles } from '../shared/base.styles.js';
import { formControlStyles, HdFormControl } from '../shared/form-control.js';
import { lookupStyles } from './lookup.styles.js';

/** A column of the search dialog: `key` names a `FieldOption.details` entry, or `label` for the option's label. */
export interface LookupColumn {
  key: string;
  label: string;
}

type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Milliseconds of quiet typing before a search runs. */
const SEARCH_DELAY = 300;

/** Lower case without accents, so "clinica" finds "Clínica". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matches(option: FieldOption, words: readonly string[]): boolean {
  const haystack = fold([option.label, option.value, ...Object.values(option.details ?? {})].join(' '));
  return words.every(word => haystack.includes(word));
}

const searchIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="10.5" cy="10.5" r="6.5"></circle><path d="m15.5 15.5 5 5"></path></svg>`;
const clearIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18"></path></svg>`;

/**
 * A value chosen from records in a search dialog (seed 001's "Asociado"): a read-only display of the chosen
 * record, a search button that opens a modal "Buscar registros" dialog, and a "Quitar valor" button.
 *
 * The dialog searches as the user types (after a short pause) through the adapter's
 * `getFieldOptions(formId, fieldId, { query })`, or in the static `options` when they are given. Results are a
 * table with one radio button per row: arrow keys move between rows, Space selects, Enter selects and confirms;
 * "Seleccionar" confirms, "Cancelar" or Escape close, and focus goes back to the button that opened the dialog.
 *
 * The value is the chosen option's `value`; the display shows its `label`. It is form-associated: inside a
 * `<form>` the value is submitted under `name`, `required` blocks submission while empty, and a form reset brings
 * back the `value` attribute.
 *
 * @tag hd-lookup
 * @summary A record chosen in a search dialog, with search, select and clear.
 *
 * @fires change - The user chose or cleared the value (bubbles, composed). Never fired for programmatic changes.
 * @fires hd-error - A search failed; the dialog shows the message and a retry button. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of label, control, help and error.
 * @csspart form-control-label - The label.
 * @csspart form-control-help - The help text.
 * @csspart form-control-error - The error message set by the host form.
 * @csspart control - The read-only display of the chosen record.
 * @csspart search-button - The button that opens the search dialog.
 * @csspart clear-button - The "Quitar valor" button next to the display.
 * @csspart dialog - The search dialog.
 * @csspart dialog-title - The dialog's title.
 * @csspart search-input - The search box in the dialog.
 * @csspart table - The results table.
 * @csspart row - One result row.
 * @csspart status - The line that says how many records were found, or that the search is running.
 * @csspart select-button - The dialog's "Seleccionar" button.
 * @csspart cancel-button - The dialog's "Cancelar" button.
 * @csspart retry-button - The button that repeats a failed search.
 *
 * @cssprop [--control-max-width=40rem] - Widest the display grows.
 * @cssprop [--control-border-color=var(--hd-color-border)] - Border of the display.
 * @cssprop [--control-radius=var(--hd-radius)] - Corner radius of the display.
 * @cssprop [--control-background=var(--hd-color-surface)] - Background of the display.
 * @cssprop [--dialog-width=56rem] - Widest the dialog grows.
 * @cssprop [--row-selected-background=var(--hd-color-surface-alt)] - Background of the selected row.
 */
export class HdLookup extends HdFormControl {
  static override styles = [baseStyles, formControlStyles, lookupStyles];

  private searchController: AbortController | undefined;
  private labelController: AbortController | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** What opened the dialog, to give focus back to. */
  private trigger: HTMLElement | undefined;
  /** Whether focus should go to the chosen row once the results render (arrow keys from the search box). */
  private focusChosenRow = false;

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('#control') private display!: HTMLInputElement | null;
  @query('.lookup__search-button') private searchButton!: HTMLButtonElement | null;

  @state() private open = false;
  @state() private searchText = '';
  @state() private status: SearchStatus = 'idle';
  @state() private results: FieldOption[] = [];
  @state() private searchError: unknown;
  /** Index of the row chosen in the dialog (before "Seleccionar"). */
  @state() private chosen = -1;
  @state() private selected: FieldOption | undefined;

  /** The chosen option's value; the `value` attribute is also the value a form reset returns to. */
  @property() value = '';

  /** The label shown for `value` when it is not among the options yet (a restored draft); found by a search otherwise. */
  @property({ attribute: 'value-label' }) valueLabel = '';

  /** The form whose field this is: with `field-id`, where `getFieldOptions` searches. */
  @property({ attribute: 'form-id' }) formId = '';

  /** The field whose options are searched. */
  @property({ attribute: 'field-id' }) fieldId = '';

  /** Columns of the results table (a field's `lookupColumns`); by default one column with the option's label. */
  @property({ attribute: false }) columns: LookupColumn[] = [];

  /** Options searched in the browser instead of calling the adapter. */
  @property({ attribute: false }) options: FieldOption[] | undefined;

  /** Shown in the display while nothing is chosen. */
  @property() placeholder = '';

  /** The chosen option with all its columns, when known. */
  get selectedOption(): FieldOption | undefined {
    return this.selected?.value === this.value && this.value !== '' ? this.selected : undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelSearch();
    this.labelController?.abort();
    this.labelController = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value') || changed.has('options')) this.resolveSelected();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusChosenRow) {
      this.focusChosenRow = false;
      this.rowRadio(Math.max(0, this.chosen))?.focus();
    }
  }

  // --- form control --------------------------------------------------------------------------------------------

  protected formValue(): string | null {
    return this.value === '' ? null : this.value;
  }

  protected isEmpty(): boolean {
    return this.value === '';
  }

  protected validityAnchor(): HTMLElement | null {
    return this.display;
  }

  protected resetValue(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  protected override restoreValue(state: string): void {
    this.value = state;
  }

  protected defaultLabel(): string {
    return this.localize.t('lookup.defaultLabel');
  }

  // --- the chosen value's label --------------------------------------------------------------------------------

  private get displayText(): string {
    if (this.value === '') return '';
    return this.selectedOption?.label ?? (this.valueLabel || this.value);
  }

  /** Finds the option of `value` among what is known, or asks the backend for it. */
  private resolveSelected(): void {
    if (this.value === '' || this.selected?.value === this.value) return;
    const known = [...(this.options ?? []), ...this.results].find(option => option.value === this.value);
    if (known) {
      this.selected = known;
      return;
    }
    if (this.options || !this.formId || !this.fieldId || !this.configuration.hasAdapter) return;
    this.labelController?.abort();
    const controller = new AbortController();
    this.labelController = controller;
    const wanted = this.value;
    this.configuration.adapter
      .getFieldOptions(this.formId, this.fieldId, { query: wanted }, { signal: controller.signal })
      .then(
        options => {
          if (controller.signal.aborted || this.value !== wanted) return;
          const found = options.find(option => option.value === wanted);
          if (found) this.selected = found;
        },
        () => {
          // The raw value (or `value-label`) stays on display: nothing the user must act on.
        }
      );
  }

  // --- dialog --------------------------------------------------------------------------------------------------

  /** Opens the search dialog, as the search button does. */
  async showDialog(): Promise<void> {
    if (this.isDisabled || this.open) return;
    const root = this.renderRoot as ShadowRoot;
    this.trigger = (root.activeElement as HTMLElement | null) ?? this.searchButton ?? undefined;
    this.open = true;
    this.searchText = '';
    this.chosen = -1;
    await this.updateComplete;
    this.dialog?.showModal();
    root.querySelector<HTMLInputElement>('#search')?.focus();
    this.runSearch();
  }

  /** Closes the dialog without changing the value. */
  closeDialog(): void {
    this.dialog?.close();
  }

  private onDialogClose(): void {
    this.cancelSearch();
    this.open = false;
    const trigger = this.trigger?.isConnected ? this.trigger : this.searchButton;
    this.trigger = undefined;
    trigger?.focus();
  }

  private cancelSearch(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
    this.searchController?.abort();
    this.searchController = undefined;
  }

  private onSearchInput(event: Event): void {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.runSearch(), SEARCH_DELAY);
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      // Search now instead of waiting for the pause.
      event.preventDefault();
      clearTimeout(this.searchTimer);
      this.runSearch();
    } else if (event.key === 'ArrowDown' && this.results.length) {
      event.preventDefault();
      this.chosen = Math.max(0, this.chosen);
      this.focusChosenRow = true;
    }
  }

  private runSearch(): void {
    this.cancelSearch();
    const text = this.searchText.trim();
    if (this.options) {
      const words = fold(text).split(/\s+/).filter(Boolean);
      this.showResults(this.options.filter(option => matches(option, words)));
      return;
    }
    const controller = new AbortController();
    this.searchController = controller;
    this.status = 'loading';
    this.searchError = undefined;
    let request: Promise<FieldOption[]>;
    try {
      request = this.configuration.adapter.getFieldOptions(this.formId, this.fieldId, text ? { query: text } : {}, {
        signal: controller.signal
      });
    } catch (error) {
      request = Promise.reject(error);
    }
    request.then(
      options => {
        if (controller.signal.aborted) return;
        this.searchController = undefined;
        this.showResults(options);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.searchController = undefined;
        this.status = 'error';
        this.searchError = error;
        const message = this.localize.error(error);
        this.emit('hd-error', { code: isHelpDeskError(error) ? error.code : 'server', message });
      }
    );
  }

  private showResults(options: FieldOption[]): void {
    this.results = options;
    this.status = 'ready';
    this.chosen = options.findIndex(option => option.value === this.value);
  }

  private retry(): void {
    this.runSearch();
    (this.renderRoot as ShadowRoot).querySelector<HTMLInputElement>('#search')?.focus();
  }

  private rowRadio(index: number): HTMLInputElement | null {
    return (this.renderRoot as ShadowRoot).querySelector<HTMLInputElement>(`#row-${index}-radio`);
  }

  private onRowClick(index: number, event: MouseEvent): void {
    this.chosen = index;
    if (event.target !== this.rowRadio(index)) this.rowRadio(index)?.focus();
  }

  private onRowKeydown(index: number, event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.chosen = index;
      this.confirm();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      this.chosen = event.key === 'Home' ? 0 : this.results.length - 1;
      this.focusChosenRow = true;
    }
  }

  /** "Seleccionar": the chosen row becomes the value. */
  private confirm(): void {
    const option = this.results[this.chosen];
    if (!option) return;
    const changed = option.value !== this.value;
    this.selected = option;
    this.value = option.value;
    this.closeDialog();
    if (changed) this.fireChange();
  }

  /** "Quitar valor", next to the display or in the dialog. */
  private clear(): void {
    if (this.value === '') return;
    this.value = '';
    this.selected = undefined;
    this.chosen = -1;
    if (this.open) {
      this.closeDialog();
    } else {
      this.display?.focus();
    }
    this.fireChange();
  }

  private onDisplayKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === 'F4' || (event.altKey && event.key === 'ArrowDown')) {
      event.preventDefault();
      void this.showDialog();
    } else if (event.key === 'Delete' && this.value !== '' && !this.isDisabled) {
      event.preventDefault();
      this.clear();
    }
  }

  // --- rendering -----------------------------------------------------------------------------------------------

  private get shownColumns(): LookupColumn[] {
    return this.columns.length ? this.columns : [{ key: 'label', label: this.localize.t('lookup.name') }];
  }

  private cell(option: FieldOption, column: LookupColumn): string {
    return column.key === 'label' ? option.label : (option.details?.[column.key] ?? '');
  }

  private statusText(): string {
    switch (this.status) {
      case 'loading':
        return this.localize.t('lookup.loading');
      case 'error':
        return this.localize.error(this.searchError);
      case 'ready':
        if (this.results.length === 0) {
          return this.searchText.trim()
            ? this.localize.t('lookup.noMatch', { query: this.searchText.trim() })
            : this.localize.t('lookup.empty');
        }
        return this.results.length === 1
          ? this.localize.t('lookup.countOne')
          : this.localize.t('lookup.count', { count: this.results.length });
      default:
        return '';
    }
  }

  private renderRows(): TemplateResult[] {
    const columns = this.shownColumns;
    const labelColumn = Math.max(
      0,
      columns.findIndex(column => column.key === 'label')
    );
    // The radios form one native group: a single tab stop, arrow keys move and select.
    return this.results.map(
      (option, index) =>
        html`<tr
          part="row"
          class="lookup__row ${index === this.chosen ? 'lookup__row--chosen' : ''}"
          @click=${(event: MouseEvent) => this.onRowClick(index, event)}
          @dblclick=${() => {
            this.chosen = index;
            this.confirm();
          }}
        >
          <td class="lookup__pick">
            <input
              type="radio"
              name="lookup-row"
              id="row-${index}-radio"
              aria-labelledby="row-${index}-label"
              .checked=${live(index === this.chosen)}
              @change=${() => (this.chosen = index)}
              @keydown=${(event: KeyboardEvent) => this.onRowKeydown(index, event)}
            />
          </td>
          ${columns.map((column, columnIndex) =>
            columnIndex === labelColumn
              ? html`<th scope="row" id="row-${index}-label">${this.cell(option, column)}</th>`
              : html`<td>${this.cell(option, column)}</td>`
          )}
        </tr>`
    );
  }

  private renderDialogBody(): TemplateResult {
    const busy = this.status === 'loading';
    const status = this.statusText();
    return html`<div class="lookup__search">
        <label for="search" class="lookup__search-label">${this.localize.t('lookup.search')}</label>
        <input
          id="search"
          part="search-input"
          class="form-control__box lookup__search-input"
          type="search"
          autocomplete="off"
          aria-controls="results"
          .value=${live(this.searchText)}
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKeydown}
        />
      </div>
      <p
        part="status"
        id="status"
        class="lookup__status ${this.status === 'error' ? 'form-control__message--error' : ''}"
        role="status"
      >
        ${status}
      </p>
      ${
        this.status === 'error'
          ? html`<button part="retry-button" class="lookup__retry" type="button" @click=${this.retry}>
              ${this.localize.t('common.retry')}
            </button>`
          : nothing
      }
      <div class="lookup__table-wrap" ?hidden=${this.results.length === 0 || this.status === 'error'}>
        <table
          part="table"
          id="results"
          class="lookup__table"
          aria-labelledby="dialog-title"
          aria-busy=${busy ? 'true' : 'false'}
        >
          <thead>
            <tr>
              <th scope="col" class="lookup__pick">
                <span class="visually-hidden">${this.localize.t('lookup.pick')}</span>
              </th>
              ${this.shownColumns.map(column => html`<th scope="col">${column.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.renderRows()}
          </tbody>
        </table>
      </div>`;
  }

  private renderDialog(): TemplateResult {
    return html`<dialog
      part="dialog"
      class="lookup__dialog"
      aria-labelledby="dialog-title"
      @close=${this.onDialogClose}
    >
      ${
        this.open
          ? html`<h2 part="dialog-title" id="dialog-title" class="lookup__dialog-title">
                ${this.localize.t('lookup.title')}
              </h2>
              ${this.renderDialogBody()}
              <div class="lookup__actions">
                <button
                  part="select-button"
                  class="primary"
                  type="button"
                  ?disabled=${this.results[this.chosen] === undefined || this.status !== 'ready'}
                  @click=${this.confirm}
                >
                  ${this.localize.t('lookup.select')}
                </button>
                ${
                  this.value !== ''
                    ? html`<button part="dialog-clear-button" type="button" @click=${this.clear}>
                        ${this.localize.t('lookup.clear')}
                      </button>`
                    : nothing
                }
                <button part="cancel-button" type="button" @click=${this.closeDialog}>
                  ${this.localize.t('common.cancel')}
                </button>
              </div>`
          : nothing
      }
    </dialog>`;
  }

  protected override render() {
    const disabled = this.isDisabled;
    const invalid = Boolean(this.error);
    return html`<div part="base" class="form-control">
        ${this.renderLabel()}
        <div class="lookup__field">
          <input
            id="control"
            part="control"
            class="form-control__box lookup__display"
            type="text"
            readonly
            .value=${live(this.displayText)}
            placeholder=${this.placeholder || nothing}
            ?disabled=${disabled}
            aria-required=${this.required ? 'true' : 'false'}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${this.describedBy()}
            @keydown=${this.onDisplayKeydown}
          />
          <button
            part="clear-button"
            class="icon-button lookup__clear-button"
            type="button"
            aria-label=${this.localize.t('lookup.clear')}
            aria-describedby="label"
            ?hidden=${this.value === ''}
            ?disabled=${disabled}
            @click=${this.clear}
          >
            ${clearIcon}
          </button>
          <button
            part="search-button"
            class="icon-button lookup__search-button"
            type="button"
            aria-label=${this.localize.t('lookup.open', { label: this.labelText })}
            aria-haspopup="dialog"
            ?disabled=${disabled}
            @click=${() => void this.showDialog()}
          >
            ${searchIcon}
          </button>
        </div>
        ${this.renderHelpAndError()}
      </div>
      ${this.renderDialog()}`;
  }
}
