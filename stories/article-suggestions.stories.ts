import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/article-suggestions/define.js';
import '../src/components/provider/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import type { Preset } from '../src/core/preset.js';
import { presets } from '../src/widget/presets/index.js';
import { failing, storyAdapter } from './support/story-adapter.js';

const base = presets['support-hours'];

/** The same portal on a backend without a knowledge base (`capabilities.articles` false). */
const withoutArticles: Preset = {
  ...base,
  id: 'support-hours-no-articles',
  capabilities: { ...base.capabilities, articles: false }
};

interface Args {
  query: string;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

/** The suggestions under a subject field, as the case form shows them: typing in the field sets `query`. */
function suggestions(args: Args, loaded: Loaded, lang = 'es') {
  const onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const element = input.closest('form')?.querySelector('hd-article-suggestions');
    if (element) element.query = input.value;
  };
  return html`<div lang=${lang} style="max-inline-size: 40rem; font-family: system-ui, sans-serif">
    <hd-provider .adapter=${loaded.adapter}>
      <form
        style="display: flex; flex-direction: column; gap: 0.5rem"
        @submit=${(event: Event) => event.preventDefault()}
      >
        <label for="subject" style="font-weight: 600">${lang === 'en' ? 'Title' : 'Título'}</label>
        <input
          id="subject"
          name="titulo"
          .value=${args.query}
          @input=${onInput}
          style="font: inherit; padding: 0.5em"
        />
        <hd-article-suggestions query=${args.query}></hd-article-suggestions>
      </form>
    </hd-provider>
  </div>`;
}

/**
 * Knowledge-base articles suggested while the subject is typed (debounced, at least three characters, at most
 * five). Type in the field: it shows nothing until something matches.
 */
const meta: Meta<Args> = {
  title: 'Form controls/Article suggestions',
  component: 'hd-article-suggestions',
  args: { query: '' },
  loaders: [async () => ({ adapter: await storyAdapter({ preset: base }) })],
  render: (args, { loaded }) => suggestions(args, loaded as Loaded)
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing typed: nothing shown, no space taken. */
export const Empty: Story = {};

/** A subject that matches one article. */
export const OneArticle: Story = { args: { query: 'Error al iniciar sesión' } };

/** A subject that matches several. */
export const Several: Story = { args: { query: 'reporte de equipos, vigencia y sesión' } };

/** The backend has no knowledge base: the element stays hidden whatever is typed. */
export const Unsupported: Story = {
  args: { query: 'Error al iniciar sesión' },
  loaders: [async () => ({ adapter: await storyAdapter({ preset: withoutArticles }) })]
};

/** The search fails: nothing is shown (the form is never blocked); `hd-error` tells the host. */
export const SearchFails: Story = {
  args: { query: 'Error al iniciar sesión' },
  loaders: [
    async () => ({ adapter: await storyAdapter({ preset: base, faults: failing('server', 'suggestArticles') }) })
  ]
};

/** English chrome; articles stay as the backend gives them. */
export const English: Story = {
  args: { query: 'vigencia' },
  render: (args, { loaded }) => suggestions(args, loaded as Loaded, 'en')
};
