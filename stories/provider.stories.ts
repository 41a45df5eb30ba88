import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/category-cards/define.js';
import '../src/components/case-list/define.js';
import '../src/components/provider/define.js';
import type { HelpDeskAdapter } from '../src/core/adapter.js';
import type { LocaleCode } from '../src/core/preset.js';
import { storyAdapter } from './support/story-adapter.js';

interface Args {
  locale: LocaleCode;
}

interface Loaded {
  adapter: HelpDeskAdapter;
}

/**
 * `<hd-provider>` renders nothing itself: it gives the elements inside one adapter, one locale and the vendor's
 * wording. Change the locale control and every element inside follows.
 */
const meta: Meta<Args> = {
  title: 'Elements/Provider',
  component: 'hd-provider',
  args: { locale: 'es' },
  argTypes: { locale: { control: 'inline-radio', options: ['es', 'en', 'pt-BR'] } },
  loaders: [async () => ({ adapter: await storyAdapter() })],
  render: (args, { loaded }) =>
    html`<hd-provider .adapter=${(loaded as Loaded).adapter} locale=${args.locale}>
      <hd-category-cards></hd-category-cards>
      <hd-case-list></hd-case-list>
    </hd-provider>`
};
export default meta;

type Story = StoryObj<Args>;

/** Two elements sharing one local backend, in Spanish. */
export const SharedConfiguration: Story = {};

/** The same elements with the locale forced to English. */
export const English: Story = { args: { locale: 'en' } };

/** A vendor that says "ticket" instead of "caso": wording overrides for one locale. */
export const WordingOverrides: Story = {
  render: (args, { loaded }) =>
    html`<hd-provider
      .adapter=${(loaded as Loaded).adapter}
      locale=${args.locale}
      .messages=${{ es: { 'caseList.title': 'Mis tickets', 'caseList.column.reference': 'Número de ticket' } }}
    >
      <hd-case-list></hd-case-list>
    </hd-provider>`
};

/** No adapter at all: elements say so instead of failing silently. */
export const NoAdapter: Story = {
  render: () => html`<hd-provider><hd-category-cards></hd-category-cards></hd-provider>`
};
