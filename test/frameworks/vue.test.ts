// The elements in Vue 3, as an app uses them: templates compiled by Vue's runtime compiler (tags starting with `hd-`
// declared custom elements), `:prop` bindings set as properties when the element has the property, `@hd-*` listeners,
// slot content; and the same through render functions (`h()`). The Vue typings (src/types/vue.ts) are checked here
// at compile time through `$props` and `$emit`, as vue-tsc reads them.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, h, nextTick, ref, type App, type GlobalComponents } from 'vue';
import '../../src/components/case-form/define.js';
import '../../src/components/case-list/define.js';
import '../../src/components/category-cards/define.js';
import '../../src/components/provider/define.js';
import type { HdCaseForm } from '../../src/components/case-form/case-form.js';
import type { HdCaseList } from '../../src/components/case-list/case-list.js';
import type { HdCategoryCards } from '../../src/components/category-cards/category-cards.js';
import type { HdProvider } from '../../src/components/provider/provider.js';
import type { HdEvent } from '../../src/components/shared/events.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import type {} from '../../src/types/vue.js';
import {
  chooseOption,
  disposeDraftStores,
  fieldSelector,
  found,
  sendCase,
  testDraftStore,
  typeInto,
  until
} from '../support/case-fixtures.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

// Compile-time checks of the typings: what a template may bind on `<hd-case-list>` and what its events carry.
type CaseListInstance = InstanceType<GlobalComponents['hd-case-list']>;
const listProps: CaseListInstance['$props'] = { pageSize: 5, scope: 'mine', theme: 'dark', class: 'cases' };
// @ts-expect-error pageSize is a number
const wrongProps: CaseListInstance['$props'] = { pageSize: 'five' };
type CaseFormEmit = InstanceType<GlobalComponents['hd-case-form']>['$emit'];
const emitCreated = (emit: CaseFormEmit, event: HdEvent<'hd-case-created'>) => emit('hd-case-created', event);
void [listProps, wrongProps, emitCreated];

let container: HTMLDivElement;
let app: App | undefined;

function mount(options: Parameters<typeof createApp>[0]): void {
  app = createApp(options);
  app.config.compilerOptions.isCustomElement = tag => tag.startsWith('hd-');
  app.mount(container);
}

function query<E extends Element>(selector: string): E {
  const found = container.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function cardButton(cards: HdCategoryCards, title: string): HTMLButtonElement | undefined {
  return (
    [...(cards.shadowRoot?.querySelectorAll('[part~="card"]') ?? [])]
      .find(card => card.querySelector('[part~="card-title"]')?.textContent?.trim() === title)
      ?.querySelector<HTMLButtonElement>('[part~="card-button"]') ?? undefined
  );
}

describe('in Vue 3', () => {
  let adapter: HelpDeskAdapter;

  beforeEach(async () => {
    adapter = await createTestAdapter();
    container = document.createElement('div');
    container.lang = 'es';
    document.body.append(container);
  });

  afterEach(async () => {
    app?.unmount();
    app = undefined;
    container.remove();
    await disposeTestAdapters();
    await disposeDraftStores();
  });

  it('binds objects as properties, fills the slot, and calls an @hd-category-select listener', async () => {
    const selected: HdEvent<'hd-category-select'>[] = [];
    mount({
      template: `
        <hd-provider :adapter="adapter" theme="dark">
          <p id="child">Elija una tarjeta</p>
          <hd-category-cards :showSubcategories="true" @hd-category-select="onSelect"></hd-category-cards>
        </hd-provider>`,
      setup: () => ({ adapter, onSelect: (event: HdEvent<'hd-category-select'>) => selected.push(event) })
    });
    const provider = query<HdProvider>('hd-provider');
    const cards = query<HdCategoryCards>('hd-category-cards');
    expect(provider.adapter).to.equal(adapter);
    expect(provider.hasAttribute('adapter')).to.equal(false);
    expect(cards.showSubcategories).to.equal(true);
    expect(provider.getAttribute('theme')).to.equal('dark');
    expect(query('#child').assignedSlot).to.equal(provider.shadowRoot!.querySelector('slot'));

    await waitUntil(() => cardButton(cards, 'Consultas'), 'the cards loaded from the adapter bound as a property');
    cardButton(cards, 'Consultas')!.click();
    await waitUntil(() => cardButton(cards, 'Otros'), 'the subcategories opened');
    cardButton(cards, 'Otros')!.click();
    await waitUntil(() => selected.length === 1, '@hd-category-select was called');
    expect(selected[0]!.detail.path.map(category => category.name)).to.deep.equal(['Consultas', 'Otros']);
  });

  it('hd-case-created reaches a Vue listener that updates reactive state', async () => {
    const store = testDraftStore();
    const created = ref<string>();
    mount({
      template: `
        <hd-provider :adapter="adapter">
          <output v-if="created" id="created">{{ created }}</output>
          <hd-case-form
            category-id="inconveniente-tecnico-lentitud"
            :draftStore.prop="store"
            @hd-case-created="created = $event.detail.case.reference"
          ></hd-case-form>
        </hd-provider>`,
      setup: () => ({ adapter, store, created })
    });
    const form = query<HdCaseForm>('hd-case-form');
    expect(form.categoryId).to.equal('inconveniente-tecnico-lentitud');
    expect(form.draftStore).to.equal(store);
    await found(form, 'form');

    await chooseOption(form, fieldSelector('plataforma'), 'Plataforma web');
    await typeInto(form, fieldSelector('titulo'), 'El tablero no carga desde Vue');
    await typeInto(form, fieldSelector('descripcion'), 'Creado desde una aplicación Vue 3.');
    await sendCase(form);
    await until(form, 'Se creó el caso');
    await waitUntil(() => container.querySelector('#created'), 'Vue re-rendered with the created case');
    const { items } = await adapter.listCases({ scope: 'mine', size: 100 });
    expect(items.find(item => item.subject === 'El tablero no carga desde Vue')?.reference).to.equal(
      query('#created').textContent
    );
  });

  it('with render functions: reactive properties and an onHd… listener', async () => {
    const pageSize = ref(2);
    const opened: string[] = [];
    mount({
      render: () =>
        h('hd-provider', { adapter }, [
          h('hd-case-list', {
            scope: 'mine',
            pageSize: pageSize.value,
            onHdCaseOpen: (event: HdEvent<'hd-case-open'>) => opened.push(event.detail.reference)
          })
        ])
    });
    const list = query<HdCaseList>('hd-case-list');
    expect(list.pageSize).to.equal(2);
    pageSize.value = 3;
    await nextTick();
    expect(list.pageSize, 'a number, set as a property').to.equal(3);
    await waitUntil(() => list.shadowRoot?.querySelector('[part~="reference"]'), 'rows drawn');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reference"]')!.click();
    expect(opened).to.have.length(1);
  });
});
