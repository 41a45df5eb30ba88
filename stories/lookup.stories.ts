import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/lookup/define.js';
import '../src/components/provider/define.js';
import type { HdLookup } from '../src/components/lookup/lookup.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import type { FieldOption } from '../src/core/model/form.js';
import { presets } from '../src/widget/presets/index.js';
import { failing, storyAdapter } from './support/story-adapter.js';

const preset = presets['support-hours'];
const form = preset.forms.find(candidate => candidate.id === 'caso-nuevo')!;
const field = form.fields.find(candidate => candidate.id === 'asociado')!;

interface Args {
  label: string;
  help: string;
  value: string;
  error: string;
  required: boolean;
  disabled: boolean;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

function lookup(args: Args, loaded: Loaded, lang = 'es', options?: FieldOption[]) {
  return html`<div lang=${lang} style="max-inline-size: 40rem">
    <hd-provider .adapter=${loaded.adapter}>
      <hd-lookup
        name=${field.id}
        label=${args.label}
        help=${args.help}
        value=${args.value}
        error=${args.error}
        form-id=${form.id}
        field-id=${field.id}
        ?required=${args.required}
        ?disabled=${args.disabled}
        .columns=${field.lookupColumns ?? []}
        .options=${options}
      ></hd-lookup>
    </hd-provider>
  </div>`;
}

/** Opens the search dialog, as a click on the search button does. */
async function openDialog(canvasElement: HTMLElement): Promise<void> {
  const el = canvasElement.querySelector<HdLookup>('hd-lookup');
  if (!el) return;
  await el.updateComplete;
  await el.showDialog();
}

/**
 * Seed 001's "Asociado": a read-only display, a search button that opens "Buscar registros" (search box
 * "Búsqueda", results with the seed's columns, "Seleccionar", "Quitar valor", "Cancelar") and a clear button.
 *
 * Markup: `<hd-lookup label="Asociado" form-id="caso-nuevo" field-id="asociado"></hd-lookup>`.
 */
const meta: Meta<Args> = {
  title: 'Form controls/Lookup',
  component: 'hd-lookup',
  args: { label: field.label, help: field.help ?? '', value: '', error: '', required: false, disabled: false },
  loaders: [async () => ({ adapter: await storyAdapter({ preset }) })],
  render: (args, { loaded }) => lookup(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing chosen yet. */
export const Empty: Story = {};

/** The seed's record chosen: its label shows; "Quitar valor" appears. */
export const Filled: Story = { args: { value: 'nombre-asociado' } };

/** The search dialog open on every record, with the seed's row "Nombre ASociado". */
export const DialogOpen: Story = { play: ({ canvasElement }) => openDialog(canvasElement) };

/** The backend is slow: the dialog says it is searching and the table is busy. */
export const Loading: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ preset, faults: { hang: ['getFieldOptions'] } }) })],
  play: ({ canvasElement }) => openDialog(canvasElement)
};

/** The search fails: a localized message and a retry button, inside the dialog. */
export const SearchFails: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ preset, faults: failing('server', 'getFieldOptions') }) })],
  play: ({ canvasElement }) => openDialog(canvasElement)
};

/** The host form refused the value: its message under the control, marked invalid. */
export const ErrorMessage: Story = {
  name: 'Error',
  args: { required: true, error: 'Elija el asociado del caso.' }
};

/** English chrome; labels and records stay as the backend gives them. */
export const English: Story = {
  args: { value: 'clinica-santa-ana' },
  render: (args, { loaded }) => lookup(args, loaded as Loaded, 'en'),
  play: ({ canvasElement }) => openDialog(canvasElement)
};

/** Options given by the page instead of the backend, searched in the browser. */
export const StaticOptions: Story = {
  args: { label: 'Sede', help: '' },
  render: (args, { loaded }) =>
    lookup(args, loaded as Loaded, 'es', [
      { value: 'bog', label: 'Bogotá', details: { ciudad: 'Bogotá D.C.' } },
      { value: 'med', label: 'Medellín', details: { ciudad: 'Antioquia' } },
      { value: 'cal', label: 'Cali', details: { ciudad: 'Valle del Cauca' } }
    ])
};

/** Disabled: nothing can be opened or cleared, and nothing is submitted. */
export const Disabled: Story = { args: { value: 'nombre-asociado', disabled: true } };
