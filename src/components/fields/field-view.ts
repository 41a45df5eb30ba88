import { html, nothing, type TemplateResult } from 'lit';
import type { FieldDefinition, FieldOption, FieldValue } from '../../core/model/form.js';

/**
 * A field as the form shows it: the backend's definition, plus how to present it when the definition alone does not
 * say (the form's own route questions, such as the attention mode, are radio groups).
 */
export type RenderField = FieldDefinition & {
  /** `radio` shows a select's options as a radio group. */
  presentation?: 'radio';
  /** Overrides the `autocomplete` token chosen by kind (`tel`, `email` ...). */
  autocomplete?: string;
};

/** Everything a control module needs to draw one field and report what the user does with it. */
export interface FieldView {
  field: RenderField;
  value: FieldValue | undefined;
  /** The localized message shown under the field, when its value was refused. */
  error: string | undefined;
  /** Options offered now (dependent selects already resolved against the parent's value). */
  options: readonly FieldOption[];
  /** Prefix of every id this field renders, unique within the shadow root. */
  idPrefix: string;
  /** Localized words the controls need. */
  strings: { optional: string; choose: string };
  disabled?: boolean;
  /** The form the field belongs to: a lookup searches `getFieldOptions(formId, fieldId)`. */
  formId?: string;
  /** The label of a lookup's chosen record, when it is not among the options (a restored draft). */
  valueLabel?: string;
  /** Called with the label of the record a lookup's user chose (so a review can name it). */
  onValueLabel?: (label: string) => void;
  /** Called on every change the user makes, with the new value. */
  onChange: (value: FieldValue) => void;
  /** Called when focus leaves the control (or the group, for checkbox and radio groups). */
  onBlur: () => void;
}

/** The ids of one field's pieces. */
export interface FieldIds {
  control: string;
  label: string;
  help: string;
  error: string;
}

export function fieldIds(view: Pick<FieldView, 'field' | 'idPrefix'>): FieldIds {
  const base = `${view.idPrefix}-${view.field.id.replace(/[^\w-]/g, '_')}`;
  return { control: `${base}-control`, label: `${base}-label`, help: `${base}-help`, error: `${base}-error` };
}

/** `aria-describedby` for the control: its help, then its error. Undefined when there is neither. */
export function describedBy(view: FieldView): string | undefined {
  const ids = fieldIds(view);
  const list = [view.field.help ? ids.help : '', view.error ? ids.error : ''].filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

/** The label's words: the field's label, with "(optional)" after fields that may stay empty. */
export function labelText(view: FieldView): TemplateResult {
  return html`${view.field.label}${
    view.field.required ? nothing : html` <span class="field__optional">${view.strings.optional}</span>`
  }`;
}

export function helpAndError(view: FieldView): TemplateResult {
  const ids = fieldIds(view);
  return html`${
    view.field.help ? html`<p part="help" class="field__help" id=${ids.help}>${view.field.help}</p>` : nothing
  }${view.error ? html`<p part="error" class="field__error" id=${ids.error}>${view.error}</p>` : nothing}`;
}

/** The wrapper every field shares: label, control, help and error. */
export function fieldFrame(view: FieldView, control: TemplateResult): TemplateResult {
  const ids = fieldIds(view);
  return html`<div part="field" class="field" data-field=${view.field.id} data-kind=${view.field.kind}>
    <label part="label" class="field__label" id=${ids.label} for=${ids.control}>${labelText(view)}</label>
    ${control} ${helpAndError(view)}
  </div>`;
}

/** The wrapper of groups (checkboxes, radios, cascades): a fieldset whose legend is the label. */
export function groupFrame(view: FieldView, controls: TemplateResult): TemplateResult {
  const ids = fieldIds(view);
  return html`<fieldset
    part="field"
    class="field field--group"
    data-field=${view.field.id}
    data-kind=${view.field.kind}
    aria-describedby=${describedBy(view) ?? nothing}
    @focusout=${(event: FocusEvent) => {
      // Leaving the whole group, not moving between its boxes, is what counts as a blur here.
      const group = event.currentTarget as HTMLElement;
      if (!(event.relatedTarget instanceof Node && group.contains(event.relatedTarget))) view.onBlur();
    }}
  >
    <legend part="label" class="field__label" id=${ids.label}>${labelText(view)}</legend>
    <div part="control" class="field__group">${controls}</div>
    ${helpAndError(view)}
  </fieldset>`;
}

/** Value as a string, for controls that edit text. */
export function textOf(value: FieldValue | undefined): string {
  if (value === undefined || value === null || typeof value === 'boolean') return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
