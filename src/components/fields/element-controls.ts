import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldIds, textOf, type FieldView } from './field-view.js';

// Fields drawn by the library's own form controls: lookup in a dialog (seed 001's Asociado), e-mail chips (seed
// 004's Destinatarios) and rich text with bold, italic and underline (seed 004's comments). Each control renders its
// label, help and error in its own shadow root; the wrapper here only carries the field's part and data attributes
// and reports a blur when focus leaves the whole control (a lookup's dialog is inside it).

/** Whether a tag is registered, so the form can fall back to a plain control when it is not. */
export function isDefined(tag: string): boolean {
  return customElements.get(tag) !== undefined;
}

function frame(view: FieldView, control: TemplateResult): TemplateResult {
  return html`<div
    part="field"
    class="field field--element"
    data-field=${view.field.id}
    data-kind=${view.field.kind}
    @focusout=${(event: FocusEvent) => {
      const wrapper = event.currentTarget as HTMLElement;
      if (!(event.relatedTarget instanceof Node && wrapper.contains(event.relatedTarget))) view.onBlur();
    }}
  >
    ${control}
  </div>`;
}

/** A record chosen in `<hd-lookup>`'s search dialog; options come from the backend or from the definition. */
export function renderLookupElement(view: FieldView): TemplateResult {
  const { field } = view;
  const remote = field.remoteOptions === true || !field.options?.length;
  return frame(
    view,
    html`<hd-lookup
      id=${fieldIds(view).control}
      data-control
      name=${field.id}
      label=${field.label}
      help=${field.help ?? ''}
      error=${view.error ?? ''}
      placeholder=${field.placeholder ?? ''}
      form-id=${view.formId ?? ''}
      field-id=${field.id}
      ?required=${field.required ?? false}
      ?disabled=${view.disabled ?? false}
      .columns=${field.lookupColumns ?? []}
      .options=${remote ? undefined : view.options}
      .value=${live(textOf(view.value))}
      value-label=${view.valueLabel ?? nothing}
      @change=${(event: Event) => {
        const lookup = event.currentTarget as HTMLElement & {
          value: string;
          selectedOption?: { label: string } | undefined;
        };
        view.onValueLabel?.(lookup.selectedOption?.label ?? '');
        view.onChange(lookup.value);
      }}
    ></hd-lookup>`
  );
}

/** E-mail addresses as chips in `<hd-recipients>`; the value is the list of addresses. */
export function renderRecipientsElement(view: FieldView): TemplateResult {
  const { field } = view;
  const value = Array.isArray(view.value) ? view.value : [];
  return frame(
    view,
    html`<hd-recipients
      id=${fieldIds(view).control}
      data-control
      name=${field.id}
      label=${field.label}
      help=${field.help ?? ''}
      error=${view.error ?? ''}
      placeholder=${field.placeholder ?? ''}
      ?required=${field.required ?? false}
      ?disabled=${view.disabled ?? false}
      .value=${value}
      @change=${(event: Event) => view.onChange([...(event.currentTarget as HTMLElement & { value: string[] }).value])}
    ></hd-recipients>`
  );
}

/** Bold, italic and underline only, in `<hd-rich-text>` (its editor loads on demand); the value is sanitized HTML. */
export function renderRichTextElement(view: FieldView): TemplateResult {
  const { field } = view;
  const onEdit = (event: Event) => view.onChange((event.currentTarget as HTMLElement & { value: string }).value);
  return frame(
    view,
    html`<hd-rich-text
      id=${fieldIds(view).control}
      data-control
      name=${field.id}
      label=${field.label}
      help=${field.help ?? ''}
      error=${view.error ?? ''}
      placeholder=${field.placeholder ?? ''}
      maxlength=${field.maxLength ?? nothing}
      ?required=${field.required ?? false}
      ?disabled=${view.disabled ?? false}
      .value=${textOf(view.value)}
      @input=${onEdit}
      @change=${onEdit}
    ></hd-rich-text>`
  );
}
