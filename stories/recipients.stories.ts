import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/provider/define.js';
import '../src/components/recipients/define.js';
import type { HdRecipients } from '../src/components/recipients/recipients.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { presets } from '../src/widget/presets/index.js';
import { storyAdapter } from './support/story-adapter.js';

const preset = presets['cloud-services'];
const field = preset.forms.flatMap(form => form.fields).find(candidate => candidate.kind === 'recipients')!;

interface Args {
  label: string;
  help: string;
  value: string;
  error: string;
  max: number | undefined;
  required: boolean;
  disabled: boolean;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

function recipients(args: Args, loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang} style="max-inline-size: 40rem">
    <hd-provider .adapter=${loaded.adapter}>
      <hd-recipients
        name=${field.id}
        label=${args.label}
        help=${args.help}
        value=${args.value}
        error=${args.error}
        .max=${args.max}
        ?required=${args.required}
        ?disabled=${args.disabled}
      ></hd-recipients>
    </hd-provider>
  </div>`;
}

/** Types into the input and presses Enter, as a customer does. */
async function typeAndEnter(canvasElement: HTMLElement, text: string): Promise<void> {
  const el = canvasElement.querySelector<HdRecipients>('hd-recipients');
  if (!el) return;
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#control')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
}

/**
 * Seed 004's "Destinatarios (opcional)": colleagues copied on the case, as e-mail chips. Enter, comma, space or Tab
 * add an address; a pasted list adds them all; each chip has a remove button.
 *
 * Markup: `<hd-recipients label="Destinatarios"></hd-recipients>`.
 */
const meta: Meta<Args> = {
  title: 'Form controls/Recipients',
  component: 'hd-recipients',
  args: {
    label: field.label,
    help: field.help ?? '',
    value: '',
    error: '',
    max: undefined,
    required: false,
    disabled: false
  },
  loaders: [async () => ({ adapter: await storyAdapter({ preset }) })],
  render: (args, { loaded }) => recipients(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** No one copied yet. */
export const Empty: Story = {};

/** Three colleagues copied. */
export const Filled: Story = {
  args: { value: 'ana.perez@empresa.com, carlos.ruiz@empresa.com, soporte.ti@empresa.com' }
};

/** An invalid address stays in the input with a message; the control is invalid until it is fixed. */
export const InvalidAddress: Story = {
  args: { value: 'ana.perez@empresa.com' },
  play: ({ canvasElement }) => typeAndEnter(canvasElement, 'carlos.ruiz@empresa')
};

/** A duplicate is ignored with a message. */
export const Duplicate: Story = {
  args: { value: 'ana.perez@empresa.com' },
  play: ({ canvasElement }) => typeAndEnter(canvasElement, 'Ana.Perez@empresa.com')
};

/** At most two recipients. */
export const Max: Story = {
  args: { value: 'ana.perez@empresa.com, carlos.ruiz@empresa.com', max: 2 },
  play: ({ canvasElement }) => typeAndEnter(canvasElement, 'otra@empresa.com')
};

/** The host form refused the value: its message under the control. */
export const ErrorMessage: Story = {
  name: 'Error',
  args: { required: true, error: 'Añada al menos un destinatario.' }
};

/** English chrome. */
export const English: Story = {
  args: {
    label: 'Recipients',
    help: 'Colleagues who should also receive messages about this case.',
    value: 'ana@example.com'
  },
  render: (args, { loaded }) => recipients(args, loaded as Loaded, 'en'),
  play: ({ canvasElement }) => typeAndEnter(canvasElement, 'not-an-address')
};

/** Disabled: chips cannot be removed and nothing is submitted. */
export const Disabled: Story = { args: { value: 'ana.perez@empresa.com', disabled: true } };
