import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldOption } from '../../core/model/form.js';
import { fieldIds, groupFrame, type FieldView } from './field-view.js';

/**
 * The plain stand-in for a cascade (seed 004: Servicio -> Tema -> Ítem -> Categoría): one native select per level,
 * each offering the children of the choice above it. The value is the path of chosen values, as the core rules
 * expect. The dedicated cascade control comes with the case-form issue.
 */
export function renderCascadeControl(view: FieldView): TemplateResult {
  const { field } = view;
  const ids = fieldIds(view);
  const path = Array.isArray(view.value) ? view.value : [];
  const levels: { options: readonly FieldOption[]; value: string }[] = [];
  let options: readonly FieldOption[] | undefined = view.options;
  for (let depth = 0; options && options.length > 0; depth++) {
    const value = path[depth] ?? '';
    levels.push({ options, value });
    options = value ? options.find(option => option.value === value)?.children : undefined;
  }
  const choose = (depth: number, value: string) =>
    view.onChange(value ? [...path.slice(0, depth), value] : path.slice(0, depth));
  return groupFrame(
    view,
    html`${levels.map((level, depth) => {
      const id = depth === 0 ? ids.control : `${ids.control}-${depth}`;
      const name = field.levels?.[depth] ?? `${field.label} ${depth + 1}`;
      return html`<div class="field__level">
        <label class="field__sublabel" for=${id}>${name}</label>
        <select
          class="field__control"
          id=${id}
          ?required=${field.required ?? false}
          ?disabled=${view.disabled ?? false}
          aria-invalid=${view.error ? 'true' : 'false'}
          .value=${live(level.value)}
          @change=${(event: Event) => choose(depth, (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${level.value === ''}>${view.strings.choose}</option>
          ${level.options.map(
            option =>
              html`<option value=${option.value} ?selected=${option.value === level.value}>${option.label}</option>`
          )}
        </select>
      </div>`;
    })}`
  );
}
