import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/provider/define.js';
import '../src/components/rich-text/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { presets } from '../src/widget/presets/index.js';
import { storyAdapter } from './support/story-adapter.js';

const preset = presets['cloud-services'];
const field = preset.forms.flatMap(form => form.fields).find(candidate => candidate.kind === 'richtext')!;

interface Args {
  label: string;
  help: string;
  placeholder: string;
  value: string;
  error: string;
  maxlength: number | undefined;
  required: boolean;
  disabled: boolean;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

function richText(args: Args, loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang} style="max-inline-size: 40rem">
    <hd-provider .adapter=${loaded.adapter}>
      <hd-rich-text
        name=${field.id}
        label=${args.label}
        help=${args.help}
        placeholder=${args.placeholder}
        .value=${args.value}
        error=${args.error}
        .maxLength=${args.maxlength}
        ?required=${args.required}
        ?disabled=${args.disabled}
      ></hd-rich-text>
    </hd-provider>
  </div>`;
}

/**
 * Seed 004's comments: bold, italic and underline only, with Ctrl/Cmd+B, I and U. The value is sanitized HTML
 * (`<p>`, `<br>`, `<strong>`, `<em>`, `<u>`); pastes are reduced to it. The editor and DOMPurify load on demand, the
 * first time the element is shown.
 *
 * Markup: `<hd-rich-text label="Añade comentarios sobre el caso"></hd-rich-text>`.
 */
const meta: Meta<Args> = {
  title: 'Form controls/Rich text',
  component: 'hd-rich-text',
  args: {
    label: field.label,
    help: field.help ?? '',
    placeholder: 'Describe el problema o la necesidad…',
    value: '',
    error: '',
    maxlength: undefined,
    required: true,
    disabled: false
  },
  loaders: [async () => ({ adapter: await storyAdapter({ preset }) })],
  render: (args, { loaded }) => richText(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** Empty, with its placeholder. */
export const Empty: Story = {};

/** Formatted text. A hostile value set by the page (a script, an image with onerror) is dropped when shown. */
export const Filled: Story = {
  args: {
    value:
      '<p>Desde el <strong>lunes</strong> la consola muestra <em>"Error 503"</em> al iniciar sesión.</p>' +
      '<p><u>Afecta a todos los usuarios</u> de la sede principal.<script>alert(1)</script><img src=x onerror=alert(1)></p>'
  }
};

/** With a limit of 140 characters and its counter. */
export const MaxLength: Story = {
  args: {
    maxlength: 140,
    value: '<p>Un texto corto que cuenta sus caracteres, sin contar el <strong>formato</strong>.</p>'
  }
};

/** The host form refused the value: its message under the editor, marked invalid. */
export const ErrorMessage: Story = {
  name: 'Error',
  args: { error: 'Añade comentarios sobre el caso.' }
};

/** English chrome: toolbar names, counter. */
export const English: Story = {
  args: {
    label: 'Comments',
    help: 'Describe the problem; use bold, italic or underline to highlight what matters.',
    placeholder: 'Describe the problem…',
    maxlength: 500
  },
  render: (args, { loaded }) => richText(args, loaded as Loaded, 'en')
};

/** Disabled: read-only, the toolbar is off and nothing is submitted. */
export const Disabled: Story = {
  args: { disabled: true, value: '<p>Texto <strong>bloqueado</strong>.</p>' }
};
