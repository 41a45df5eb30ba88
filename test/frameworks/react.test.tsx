// The elements in React 19, as an app uses them: JSX with the typings of src/types/react.ts (type-checked by
// `tsc`), properties set as properties (an adapter object, a number), `onhd-*` props as event listeners, React
// children in the elements' slots. React 19 sets a prop as a property when the element has a property of that name,
// so the elements are defined before anything renders.
import { expect, waitUntil } from '@open-wc/testing';
import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/components/case-form/define.js';
import '../../src/components/case-list/define.js';
import '../../src/components/category-cards/define.js';
import '../../src/components/provider/define.js';
import type { HdCaseList } from '../../src/components/case-list/case-list.js';
import type { HdCategoryCards } from '../../src/components/category-cards/category-cards.js';
import type { HdEvent } from '../../src/components/shared/events.js';
import type { HdProvider } from '../../src/components/provider/provider.js';
import type { HdCaseForm } from '../../src/components/case-form/case-form.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import type {} from '../../src/types/react.js';
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

// Compile-time checks of the JSX typings (src/types/react.ts): property types come from the element classes.
// @ts-expect-error pageSize is a number
void (<hd-case-list pageSize="five" />);
// @ts-expect-error theme is light, dark or auto
void (<hd-provider theme="sepia" />);

let container: HTMLDivElement;
let root: Root;

/** Renders synchronously (no act() environment needed). */
function render(node: ReactNode): void {
  flushSync(() => root.render(node));
}

function query<E extends Element>(selector: string): E {
  const found = container.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** The `card-button` of the card titled `title`. */
function cardButton(cards: HdCategoryCards, title: string): HTMLButtonElement | undefined {
  return (
    [...(cards.shadowRoot?.querySelectorAll('[part~="card"]') ?? [])]
      .find(card => card.querySelector('[part~="card-title"]')?.textContent?.trim() === title)
      ?.querySelector<HTMLButtonElement>('[part~="card-button"]') ?? undefined
  );
}

describe('in React 19', () => {
  let adapter: HelpDeskAdapter;

  beforeEach(async () => {
    adapter = await createTestAdapter();
    container = document.createElement('div');
    container.lang = 'es';
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(async () => {
    flushSync(() => root.unmount());
    container.remove();
    await disposeTestAdapters();
    await disposeDraftStores();
  });

  it('passes objects as properties, renders children in the slot, and hands hd-category-select to an onhd-* prop', async () => {
    const selected: HdEvent<'hd-category-select'>[] = [];
    render(
      <hd-provider adapter={adapter} theme="dark">
        <p id="child">Elija una tarjeta</p>
        <hd-category-cards showSubcategories onhd-category-select={event => selected.push(event)} />
      </hd-provider>
    );
    const provider = query<HdProvider>('hd-provider');
    const cards = query<HdCategoryCards>('hd-category-cards');
    // The adapter is the same object, set as a property: no `adapter="[object Object]"` attribute.
    expect(provider.adapter).to.equal(adapter);
    expect(provider.hasAttribute('adapter')).to.equal(false);
    expect(cards.showSubcategories).to.equal(true);
    await cards.updateComplete;
    expect(cards.hasAttribute('show-subcategories'), 'the property reflects').to.equal(true);
    // `theme` is an attribute (the elements have no property of that name).
    expect(provider.getAttribute('theme')).to.equal('dark');
    // React children are the provider's light DOM, shown through its slot, and reach its context.
    expect(query('#child').assignedSlot).to.equal(provider.shadowRoot!.querySelector('slot'));

    await waitUntil(() => cardButton(cards, 'Consultas'), 'the cards loaded from the adapter given as a property');
    cardButton(cards, 'Consultas')!.click();
    await waitUntil(() => cardButton(cards, 'Otros'), 'the subcategories opened');
    cardButton(cards, 'Otros')!.click();
    await waitUntil(() => selected.length === 1, 'onhd-category-select was called');
    expect(selected[0]).to.be.instanceOf(CustomEvent);
    expect(selected[0]!.detail.path.map(category => category.name)).to.deep.equal(['Consultas', 'Otros']);
  });

  it('hd-case-created reaches a React handler that updates state', async () => {
    const store = testDraftStore();
    function NewCase() {
      const [created, setCreated] = useState<string | undefined>();
      return (
        <hd-provider adapter={adapter}>
          {created ? <output id="created">{created}</output> : null}
          <hd-case-form
            categoryId="inconveniente-tecnico-lentitud"
            draftStore={store}
            onhd-case-created={event => setCreated(event.detail.case.reference)}
          />
        </hd-provider>
      );
    }
    render(<NewCase />);
    const form = query<HdCaseForm>('hd-case-form');
    expect(form.categoryId).to.equal('inconveniente-tecnico-lentitud');
    expect(form.draftStore).to.equal(store);
    await found(form, 'form');

    await chooseOption(form, fieldSelector('plataforma'), 'Plataforma web');
    await typeInto(form, fieldSelector('titulo'), 'El tablero no carga desde React');
    await typeInto(form, fieldSelector('descripcion'), 'Creado desde una aplicación React 19.');
    await sendCase(form);
    await until(form, 'Se creó el caso');
    await waitUntil(() => container.querySelector('#created'), 'React re-rendered with the created case');
    const reference = query('#created').textContent!;
    const { items } = await adapter.listCases({ scope: 'mine', size: 100 });
    expect(items.find(item => item.subject === 'El tablero no carga desde React')?.reference).to.equal(reference);
  });

  it('updates properties on re-render and swaps or removes event listeners', async () => {
    const first: string[] = [];
    const second: string[] = [];
    const list = (pageSize: number, onOpen?: (event: HdEvent<'hd-case-open'>) => void) => (
      <hd-provider adapter={adapter}>
        <hd-case-list scope="mine" pageSize={pageSize} onhd-case-open={onOpen} />
      </hd-provider>
    );
    render(list(2, event => first.push(event.detail.reference)));
    const el = query<HdCaseList>('hd-case-list');
    expect(el.pageSize).to.equal(2);
    const openFirst = async () => {
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="reference"]'), 'rows drawn');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reference"]')!.click();
    };
    await openFirst();
    expect(first).to.have.length(1);

    render(list(3, event => second.push(event.detail.reference)));
    expect(el.pageSize, 'a number, set as a property').to.equal(3);
    await openFirst();
    expect(first, 'the old listener is gone').to.have.length(1);
    expect(second).to.have.length(1);

    render(list(3));
    await openFirst();
    expect(second, 'no listener once the prop is removed').to.have.length(1);
  });
});
