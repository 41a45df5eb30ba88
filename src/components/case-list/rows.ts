import { html, type TemplateResult } from 'lit';
import type { Case } from '../../core/model/case.js';
import type { Priority } from '../../core/model/primitives.js';
import type { CaseColumn } from './case-list.js';

// A case's row of <hd-case-list>: one template per column with static attributes, so a row costs as few bindings
// (and DOM writes) as possible; a virtualized list renders rows as the customer scrolls.

/** What every row of one render shares, worked out once. */
export interface RowContext {
  columns: readonly CaseColumn[];
  /** The column whose cell opens the case. */
  opens: CaseColumn | undefined;
  labels: Record<CaseColumn, string>;
  priorities: Record<Priority, string>;
  date: Intl.DateTimeFormat;
}

function renderContent(item: Case, column: CaseColumn, context: RowContext): TemplateResult | string {
  switch (column) {
    case 'reference':
      return item.reference;
    case 'subject':
      return item.subject;
    case 'organization':
      return item.organization?.name ?? '';
    case 'priority':
      return context.priorities[item.priority];
    case 'status':
      return html`<span class="status" data-category=${item.status.category}>${item.status.label}</span>`;
    case 'createdAt':
    case 'updatedAt':
      return html`<time datetime=${item[column]}>${context.date.format(new Date(item[column]))}</time>`;
  }
}

/**
 * A cell. Templates are per column with static attributes, so a row costs as few bindings (and DOM writes) as
 * possible: a virtualized list renders rows as the customer scrolls.
 */
function renderCell(item: Case, column: CaseColumn, context: RowContext): TemplateResult {
  if (column === context.opens) {
    const content = renderContent(item, column, context);
    return column === 'reference'
      ? html`<th scope="row" role="rowheader" part="cell" class="cell" data-column="reference">
          <button type="button" part="reference" class="open reference">${content}</button>
        </th>`
      : html`<th scope="row" role="rowheader" part="cell" class="cell" data-column=${column}>
          <button type="button" part="open" class="open">${content}</button>
        </th>`;
  }
  switch (column) {
    case 'reference':
      return html`<td role="cell" part="cell" class="cell" data-column="reference">${item.reference}</td>`;
    case 'subject':
      return html`<td role="cell" part="cell" class="cell" data-column="subject">${item.subject}</td>`;
    case 'organization':
      return html`<td
        role="cell"
        part="cell"
        class="cell"
        data-column="organization"
        data-label=${context.labels.organization}
      >
        ${item.organization?.name ?? ''}
      </td>`;
    case 'priority':
      return html`<td
        role="cell"
        part="cell"
        class="cell"
        data-column="priority"
        data-label=${context.labels.priority}
        data-priority=${item.priority}
      >
        ${context.priorities[item.priority]}
      </td>`;
    case 'status':
      return html`<td role="cell" part="cell" class="cell" data-column="status">
        <span class="status" data-category=${item.status.category}>${item.status.label}</span>
      </td>`;
    case 'createdAt':
      return html`<td role="cell" part="cell" class="cell" data-column="createdAt">
        <time datetime=${item.createdAt}>${context.date.format(new Date(item.createdAt))}</time>
      </td>`;
    case 'updatedAt':
      return html`<td role="cell" part="cell" class="cell" data-column="updatedAt">
        <time datetime=${item.updatedAt}>${context.date.format(new Date(item.updatedAt))}</time>
      </td>`;
  }
}

/** A case's row: its cells in the order of the columns. */
export function renderRow(item: Case, index: number, context: RowContext): TemplateResult {
  return html`<tr role="row" part="row" data-case-id=${item.id} aria-rowindex=${index + 2}>
    ${context.columns.map(column => renderCell(item, column, context))}
  </tr>`;
}
