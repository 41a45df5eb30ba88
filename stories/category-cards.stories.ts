import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/category-cards/define.js';
import '../src/components/provider/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import { failing, storyAdapter } from './support/story-adapter.js';

interface Args {
  showSubcategories: boolean;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

/** Renders the cards inside a provider with the loaded adapter, in one language. */
function cards(args: Args, loaded: Loaded, lang = 'es') {
  return html`<div lang=${lang}>
    <hd-provider .adapter=${loaded.adapter}>
      <hd-category-cards ?show-subcategories=${args.showSubcategories}></hd-category-cards>
    </hd-provider>
  </div>`;
}

/**
 * The five cards of seed 002 from the local backend. Choosing a card opens its subcategories; "Plataforma
 * Inaccesible" asks for confirmation first.
 */
const meta: Meta<Args> = {
  title: 'Elements/Category cards',
  component: 'hd-category-cards',
  args: { showSubcategories: false },
  argTypes: { showSubcategories: { control: 'boolean', name: 'show-subcategories' } },
  loaders: [async () => ({ adapter: await storyAdapter() })],
  render: (args, { loaded }) => cards(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** The seed's five cards, in Spanish. */
export const Filled: Story = {};

/** Every card lists its subcategories, as the seed's "Conoce las subcategorías de cada tarjeta". */
export const SubcategoriesShown: Story = { args: { showSubcategories: true } };

/** English chrome (labels, warnings, buttons); category names stay as the backend gives them. */
export const English: Story = { render: (args, { loaded }) => cards(args, loaded as Loaded, 'en') };

/** Brazilian Portuguese chrome. */
export const Portuguese: Story = { render: (args, { loaded }) => cards(args, loaded as Loaded, 'pt-BR') };

/** The backend never answers: the loading state, announced and marked busy. */
export const Loading: Story = {
  loaders: [async () => ({ adapter: await storyAdapter({ faults: { hang: ['listCategories'] } }) })]
};

/** The backend fails: a localized message and a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  loaders: [async () => ({ adapter: await storyAdapter({ faults: failing('server', 'listCategories') }) })]
};

/** No categories at all, passed directly through the `categories` property. */
export const Empty: Story = {
  render: (_args, { loaded }) =>
    html`<hd-provider .adapter=${(loaded as Loaded).adapter}>
      <hd-category-cards .categories=${[]}></hd-category-cards>
    </hd-provider>`
};

/** A dark theme set only through the global `--hd-*` tokens on a wrapper. */
export const DarkTheme: Story = {
  args: { showSubcategories: true },
  render: (args, { loaded }) =>
    html`<div
      lang="es"
      style="
      padding: 1.5rem;
      background: #0d1117;
      --hd-color-text: #e6edf3;
      --hd-color-text-muted: #9ea7b3;
      --hd-color-surface: #161b22;
      --hd-color-surface-alt: #1f2630;
      --hd-color-border: #3d444d;
      --hd-color-brand: #58a6ff;
      --hd-color-brand-text: #0d1117;
      --hd-color-danger: #ff7b72;
      --hd-color-focus: #79c0ff;
    "
    >
      <hd-provider .adapter=${(loaded as Loaded).adapter}>
        <hd-category-cards ?show-subcategories=${args.showSubcategories}></hd-category-cards>
      </hd-provider>
    </div>`
};
