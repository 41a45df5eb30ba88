import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/case-form/define.js';
import '../src/components/provider/define.js';
import type { HdCaseForm } from '../src/components/case-form/case-form.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Args {
  categoryId: string;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

/** A subcategory of the seed 002 preset: "Inconveniente Técnico › Lentitud". */
const LENTITUD = 'inconveniente-tecnico-lentitud';

function form(args: Args, loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang} style="max-inline-size: 44rem">
    <hd-provider .adapter=${loaded.adapter}>
      <hd-case-form category-id=${args.categoryId}></hd-case-form>
    </hd-provider>
  </div>`;
}

/** The form inside the story's canvas, once its fields have loaded. */
async function loadedForm(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const el = canvasElement.querySelector<HdCaseForm>('hd-case-form')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('form')).toBeTruthy(), { timeout: 5000 });
  return el.shadowRoot!;
}

/** Fills the seed portal's three fields as a customer would. */
async function fill(root: ShadowRoot): Promise<void> {
  const control = (id: string) => root.querySelector<HTMLElement>(`#hd-case-form-${id}-control`)!;
  await userEvent.selectOptions(control('plataforma'), 'web');
  await userEvent.type(control('titulo'), 'El reporte de ventas no termina de cargar');
  await userEvent.type(
    control('descripcion'),
    'Desde el lunes el reporte mensual tarda más de un minuto y a veces se corta.'
  );
}

/**
 * The form of a category, loaded from the backend: its fields with labels, help and errors in the same shadow root,
 * validated on submit and on blur, sent with an idempotency key so a retry never opens a second case.
 */
const meta: Meta<Args> = {
  title: 'Elements/Case form',
  component: 'hd-case-form',
  args: { categoryId: LENTITUD },
  argTypes: { categoryId: { control: 'text', name: 'category-id' } },
  loaders: [async () => ({ adapter: await storyAdapter() })],
  render: (args, { loaded }) => form(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** Seed 002's "Inconveniente Técnico › Lentitud", filled in and ready to send. */
export const Filled: Story = {
  name: 'Filled, ready to send',
  play: async ({ canvasElement }) => fill(await loadedForm(canvasElement))
};

/** The empty form of the same category. */
export const Empty: Story = {};

/** Sent with every field empty: each field says what it needs, and focus is on the first. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part="submit"]')!);
    await waitFor(() => expect(root.querySelector('[part="error"]')).toBeTruthy());
  }
};

/** The backend never answers: the loading state, announced and marked busy. */
export const Loading: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ faults: { hang: ['getForm'] } }) })]
};

/** The form cannot be loaded: a localized message and a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  loaders: [async () => ({ adapter: await storyAdapter({ faults: failing('server', 'getForm') }) })]
};

/**
 * Sending times out: a banner says so and takes focus, and everything typed stays. (Pressing "Enviar" again retries
 * with the same idempotency key; here the backend keeps timing out.)
 */
export const SubmitFails: Story = {
  name: 'Submit fails',
  loaders: [async () => ({ adapter: await storyAdapter({ faults: failing('timeout', 'createCase') }) })],
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await fill(root);
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part="submit"]')!);
    await waitFor(() => expect(root.querySelector('[part="banner"]')).toBeTruthy());
  }
};

/** English chrome (buttons, messages, "(optional)"); field labels stay as the backend gives them. */
export const English: Story = { render: (args, { loaded }) => form(args, loaded as Loaded, 'en') };

/** Brazilian Portuguese chrome. */
export const Portuguese: Story = { render: (args, { loaded }) => form(args, loaded as Loaded, 'pt-BR') };

/** No `category-id` yet: the form asks for a category first. */
export const NoCategory: Story = { name: 'No category', args: { categoryId: '' } };

/** "Plataforma Inaccesible", the emergency card: sending it also raises `hd-emergency`. */
export const Emergency: Story = { args: { categoryId: 'plataforma-inaccesible' } };
