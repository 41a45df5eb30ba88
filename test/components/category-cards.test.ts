import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/category-cards/define.js';
import '../../src/components/provider/define.js';
import type { HdCategoryCards } from '../../src/components/category-cards/category-cards.js';
import type { HdEvent } from '../../src/components/shared/events.js';
import type { CallOptions, HelpDeskAdapter } from '../../src/core/adapter.js';
import { es } from '../../src/core/messages/es.js';
import { en } from '../../src/core/messages/en.js';
import type { Category } from '../../src/core/model/catalog.js';
import { withFaults, type FaultPlan } from '../../src/testing/faults.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

/** The five cards of seed 002, word for word. */
const SEED_CARDS = [
  {
    name: 'Solicitudes',
    icon: '💡',
    hint: '¿Necesitas algo nuevo?',
    description:
      'Úsala para implementaciones, nuevos servicios, capacitaciones, actualizaciones de versión, desarrollo o temas administrativos.'
  },
  {
    name: 'Inconveniente Técnico',
    icon: '🔧',
    hint: '¿Algo falló?',
    description:
      'Selecciona esta opción ante fallos en la plataforma, mensajes de error, lentitud o interrupciones que afecten tu operativa normal.'
  },
  {
    name: 'Consultas',
    icon: '❓',
    hint: '¿Dudas de uso?',
    description:
      'Ideal para solicitar información sobre cómo usar funciones, reportes, integraciones, configuraciones o notificaciones.'
  },
  {
    name: 'Plataforma Inaccesible',
    icon: '🚨',
    hint: '¿Emergencia Total?',
    description:
      'Actívala ÚNICAMENTE si el sistema no carga en absoluto, genera una alerta de alta prioridad y notifica de inmediato a los equipos técnicos.'
  },
  {
    name: 'LinkedIn',
    icon: '🤝',
    hint: '¿Alianza o Demos?',
    description:
      'Para conocer productos de la alianza, solicitar demostraciones o pedir asistencia específica sobre los productos LinkedIn.'
  }
];

interface MountOptions {
  lang?: string;
  showSubcategories?: boolean;
}

async function mount(adapter: HelpDeskAdapter, options: MountOptions = {}): Promise<HdCategoryCards> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'es'}>
      <hd-provider .adapter=${adapter}>
        <hd-category-cards ?show-subcategories=${options.showSubcategories ?? false}></hd-category-cards>
      </hd-provider>
    </div>`
  );
  const el = wrapper.querySelector('hd-category-cards')!;
  await waitUntil(() => settled(el), 'the cards never left the loading state', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

function settled(el: HdCategoryCards): boolean {
  return el.shadowRoot!.querySelector('[part~="card"], [part~="retry-button"], .state--empty') !== null;
}

function cardButtons(el: HdCategoryCards): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="card-button"]')];
}

function cardTitles(el: HdCategoryCards): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part~="card-title"]')].map(node => node.textContent!.trim());
}

function focused(el: HdCategoryCards): Element | null {
  return el.shadowRoot!.activeElement;
}

function focusedTitle(el: HdCategoryCards): string | undefined {
  return focused(el)?.querySelector('[part~="card-title"]')?.textContent?.trim();
}

function dialog(el: HdCategoryCards): HTMLDialogElement {
  return el.shadowRoot!.querySelector('dialog')!;
}

function liveRegion(el: HdCategoryCards): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

/** Records every `hd-*` event of one name fired while the test runs. */
function record<K extends 'hd-category-select' | 'hd-emergency' | 'hd-error'>(target: EventTarget, name: K) {
  const seen: HdEvent<K>[] = [];
  target.addEventListener(name, event => seen.push(event as HdEvent<K>));
  return seen;
}

async function tabIntoCards(el: HdCategoryCards): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  await sendKeys({ press: 'Tab' });
  await waitUntil(() => focused(el) !== null, 'Tab did not reach the cards');
}

async function press(key: string, el: HdCategoryCards): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<hd-category-cards>', () => {
  let adapter: Awaited<ReturnType<typeof createTestAdapter>>;

  beforeEach(async () => {
    adapter = await createTestAdapter();
  });

  afterEach(async () => {
    await disposeTestAdapters();
  });

  it('passes the accessibility audit with its cards shown', async () => {
    const el = await mount(adapter);
    await expect(el).to.be.accessible();
  });

  it('renders the five seed cards in Spanish, word for word', async () => {
    const el = await mount(adapter);
    const cards = [...el.shadowRoot!.querySelectorAll('[part~="card"]')];
    expect(cards).to.have.length(5);
    SEED_CARDS.forEach((seed, index) => {
      const card = cards[index]!;
      expect(card.querySelector('[part~="card-title"]')!.textContent!.trim()).to.equal(seed.name);
      expect(card.querySelector('[part~="card-icon"]')!.textContent!.trim()).to.equal(seed.icon);
      expect(card.querySelector('[part~="card-hint"]')!.textContent!.trim()).to.equal(seed.hint);
      expect(card.querySelector('[part~="card-description"]')!.textContent!.trim()).to.equal(seed.description);
    });
    const group = el.shadowRoot!.querySelector('ul')!;
    expect(group.getAttribute('aria-label')).to.equal(es['categories.label']);
    // Only the emergency card carries the warning.
    const badges = el.shadowRoot!.querySelectorAll('[part~="emergency-badge"]');
    expect(badges).to.have.length(1);
    expect(cards[3]!.querySelector('[part~="emergency-badge"]')!.textContent).to.contain(es['categories.emergency']);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('has one tab stop and moves between cards with the arrow keys, Home and End', async () => {
    const el = await mount(adapter);
    expect(cardButtons(el).filter(button => button.tabIndex === 0)).to.have.length(1);
    await tabIntoCards(el);
    expect(focusedTitle(el)).to.equal('Solicitudes');
    await press('ArrowRight', el);
    expect(focusedTitle(el)).to.equal('Inconveniente Técnico');
    await press('End', el);
    expect(focusedTitle(el)).to.equal('LinkedIn');
    await press('ArrowRight', el);
    expect(focusedTitle(el), 'no wrap past the last card').to.equal('LinkedIn');
    await press('ArrowLeft', el);
    expect(focusedTitle(el)).to.equal('Plataforma Inaccesible');
    await press('Home', el);
    expect(focusedTitle(el)).to.equal('Solicitudes');
    // The tab stop follows focus, so Tab out and back in returns to the same card.
    await press('ArrowRight', el);
    expect(cardButtons(el).map(button => button.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1]);
  });

  it('moves by rows with Up and Down in a grid of several columns', async () => {
    const tree: Category[] = ['A', 'B', 'C', 'D', 'E'].map(name => ({ id: name, name }));
    const el = await fixture<HdCategoryCards>(
      html`<hd-category-cards
        lang="es"
        style="width: 30rem; --card-min-width: 13rem"
        .categories=${tree}
      ></hd-category-cards>`
    );
    await tabIntoCards(el);
    await press('ArrowDown', el);
    expect(focusedTitle(el)).to.equal('C');
    await press('ArrowDown', el);
    expect(focusedTitle(el)).to.equal('E');
    await press('ArrowUp', el);
    expect(focusedTitle(el)).to.equal('C');
    await press('ArrowRight', el);
    await press('ArrowDown', el);
    expect(focusedTitle(el), 'from a row above a shorter last row, Down goes to the last card').to.equal('E');
  });

  it('swaps Left and Right in a right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="es">
        <hd-provider .adapter=${adapter}><hd-category-cards></hd-category-cards></hd-provider>
      </div>`
    );
    const el = wrapper.querySelector('hd-category-cards')!;
    await waitUntil(() => settled(el));
    await tabIntoCards(el);
    await press('ArrowLeft', el);
    expect(focusedTitle(el)).to.equal('Inconveniente Técnico');
    await press('ArrowRight', el);
    expect(focusedTitle(el)).to.equal('Solicitudes');
  });

  it('opens subcategories with Enter and chooses "Otros" with the keyboard alone', async () => {
    const el = await mount(adapter);
    const selected = record(el, 'hd-category-select');
    await tabIntoCards(el);
    await press('Enter', el);
    await waitUntil(() => cardTitles(el).includes('Otros'), 'the subcategories did not open');
    const heading = el.shadowRoot!.querySelector('[part~="heading"]')!;
    expect(heading.textContent!.trim()).to.equal('Solicitudes');
    expect(focused(el), 'focus moves to the heading of the new level').to.equal(heading);
    expect(cardTitles(el)[0]).to.equal('Actualizaciones de versión');
    await waitUntil(() => liveRegion(el) === 'Subcategorías de Solicitudes', 'the level change was not announced');
    expect(selected, 'opening a card is not a choice').to.have.length(0);

    await press('Tab', el);
    expect(focusedTitle(el)).to.equal('Actualizaciones de versión');
    await press('End', el);
    expect(focusedTitle(el)).to.equal('Otros');
    const event = oneEvent(el, 'hd-category-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await event) as HdEvent<'hd-category-select'>;
    expect(detail.category.name).to.equal('Otros');
    expect(detail.path.map(category => category.name)).to.deep.equal(['Solicitudes', 'Otros']);
  });

  it('goes back to the cards with the back button and returns focus to the opened card', async () => {
    const el = await mount(adapter);
    await tabIntoCards(el);
    await press('ArrowRight', el);
    await press('Space', el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="back-button"]'));
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Inconveniente Técnico');
    await press('Shift+Tab', el);
    expect(focused(el)).to.equal(el.shadowRoot!.querySelector('[part~="back-button"]'));
    await press('Enter', el);
    await waitUntil(() => cardTitles(el).length === 5, 'Back did not return to the cards');
    expect(el.shadowRoot!.querySelector('[part~="heading"]')).to.equal(null);
    expect(focusedTitle(el)).to.equal('Inconveniente Técnico');
  });

  it('confirms an emergency card in a modal dialog: Escape cancels, confirming fires both events', async () => {
    const el = await mount(adapter);
    const emergencies = record(el, 'hd-emergency');
    const selected = record(el, 'hd-category-select');
    await tabIntoCards(el);
    await press('ArrowRight', el);
    await press('ArrowRight', el);
    await press('ArrowRight', el);
    expect(focusedTitle(el)).to.equal('Plataforma Inaccesible');
    const card = focused(el);

    await press('Enter', el);
    await waitUntil(() => dialog(el).open, 'the confirmation did not open');
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(dialog(el).textContent).to.contain(es['categories.emergencyConfirm']);
    expect(dialog(el).contains(focused(el)), 'focus is inside the dialog').to.equal(true);

    await press('Escape', el);
    await waitUntil(() => !dialog(el).open, 'Escape did not close the dialog');
    await el.updateComplete;
    expect(focused(el), 'focus returns to the card').to.equal(card);
    expect(emergencies).to.have.length(0);
    expect(selected).to.have.length(0);

    await press('Enter', el);
    await waitUntil(() => dialog(el).open);
    const confirm = [...dialog(el).querySelectorAll('button')].find(
      button => button.textContent!.trim() === es['categories.emergencyYes']
    )!;
    await press('Tab', el);
    expect(focused(el)).to.equal(confirm);
    await press('Enter', el);
    await waitUntil(() => emergencies.length === 1, 'hd-emergency was not fired');
    expect(dialog(el).open).to.equal(false);
    expect(emergencies[0]!.detail.category.name).to.equal('Plataforma Inaccesible');
    expect(emergencies[0]!.detail.category.emergency).to.equal(true);
    await waitUntil(() => selected.length === 1, 'hd-category-select was not fired');
    expect(selected[0]!.detail.path.map(category => category.name)).to.deep.equal(['Plataforma Inaccesible']);
    expect(emergencies[0]!.composed && emergencies[0]!.bubbles).to.equal(true);
  });

  it('cancelling the emergency dialog with its button does nothing', async () => {
    const el = await mount(adapter);
    const emergencies = record(el, 'hd-emergency');
    const selected = record(el, 'hd-category-select');
    cardButtons(el)[3]!.click();
    await waitUntil(() => dialog(el).open);
    const cancel = [...dialog(el).querySelectorAll('button')].find(
      button => button.textContent!.trim() === es['common.cancel']
    )!;
    cancel.click();
    await waitUntil(() => !dialog(el).open);
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(emergencies).to.have.length(0);
    expect(selected).to.have.length(0);
    expect(focusedTitle(el)).to.equal('Plataforma Inaccesible');
  });

  it('lists each card’s subcategories with show-subcategories', async () => {
    const el = await mount(adapter, { showSubcategories: true });
    const lists = [...el.shadowRoot!.querySelectorAll('[part~="subcategories"]')];
    expect(lists.length).to.be.greaterThan(0);
    const first = lists[0]!;
    expect(first.getAttribute('aria-label')).to.equal('Subcategorías de Solicitudes');
    const items = [...first.querySelectorAll('li')].map(item => item.textContent!.trim());
    expect(items[0]).to.equal('Actualizaciones de versión');
    expect(items.at(-1)).to.equal('Otros');
    await expect(el).to.be.accessible();
  });

  describe('with a failing backend', () => {
    it('passes the accessibility audit in the error state', async () => {
      const el = await mount(withFaults(adapter, { fail: { listCategories: 'server' } }));
      expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the localized error, focuses Retry, and loads once the backend is back', async () => {
      const plan: FaultPlan = { fail: { listCategories: 'server' } };
      const faulty = withFaults(adapter, plan);
      const codes: string[] = [];
      const onError = (event: HdEvent<'hd-error'>) => codes.push(event.detail.code);
      document.addEventListener('hd-error', onError);
      try {
        const el = await mount(faulty);
        const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
        expect(el.shadowRoot!.textContent).to.contain(es['error.server']);
        expect(retry.textContent!.trim()).to.equal(es['common.retry']);
        await waitUntil(() => focused(el) === retry, 'Retry did not get focus');
        await waitUntil(() => liveRegion(el) === es['error.server'], 'the error was not announced');
        expect(codes).to.deep.equal(['server']);

        delete plan.fail!.listCategories;
        await press('Enter', el);
        await waitUntil(() => cardTitles(el).length === 5, 'Retry did not load the cards');
        expect(focusedTitle(el), 'focus lands on the first card after a retry').to.equal('Solicitudes');
      } finally {
        document.removeEventListener('hd-error', onError);
      }
    });
  });

  it('shows a loading state that is busy and announced, and aborts the call when removed', async () => {
    const signals: AbortSignal[] = [];
    const hanging = withFaults(adapter, { hang: ['listCategories'] });
    const spy = new Proxy(hanging, {
      get(target, key, receiver) {
        if (key !== 'listCategories') return Reflect.get(target, key, receiver);
        return (options?: CallOptions) => {
          if (options?.signal) signals.push(options.signal);
          return target.listCategories(options);
        };
      }
    });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <hd-provider .adapter=${spy}><hd-category-cards></hd-category-cards></hd-provider>
      </div>`
    );
    const el = wrapper.querySelector('hd-category-cards')!;
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(base.textContent!.trim()).to.equal(es['common.loading']);
    await waitUntil(() => liveRegion(el) === es['common.loading'], 'loading was not announced');
    await expect(el).to.be.accessible();
    expect(signals).to.have.length(1);
    el.remove();
    expect(signals[0]!.aborted).to.equal(true);
    await new Promise(resolve => setTimeout(resolve, 20));
    expect(signals, 'no new load while off the page').to.have.length(1);
    wrapper.querySelector('hd-provider')!.append(el);
    await waitUntil(() => signals.length === 2, 'no new load once back on the page');
    expect(signals[1]!.aborted).to.equal(false);
  });

  it('takes a tree through the `categories` property, and shows an empty state for none', async () => {
    const tree: Category[] = [
      { id: 'a', name: 'Alpha', children: [{ id: 'a1', name: 'Alpha one', children: [{ id: 'a11', name: 'Deep' }] }] },
      { id: 'b', name: 'Beta' }
    ];
    const el = await fixture<HdCategoryCards>(
      html`<hd-category-cards lang="en" .categories=${tree}></hd-category-cards>`
    );
    expect(cardTitles(el)).to.deep.equal(['Alpha', 'Beta']);
    cardButtons(el)[0]!.click();
    await waitUntil(() => cardTitles(el)[0] === 'Alpha one');
    cardButtons(el)[0]!.click();
    await waitUntil(() => cardTitles(el)[0] === 'Deep');
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Alpha › Alpha one');
    const event = oneEvent(el, 'hd-category-select');
    cardButtons(el)[0]!.click();
    const { detail } = (await event) as HdEvent<'hd-category-select'>;
    expect(detail.path.map(category => category.id)).to.deep.equal(['a', 'a1', 'a11']);

    el.categories = [];
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain(en['categories.empty']);
    await expect(el).to.be.accessible();
  });

  it('speaks English when the page around it does, keeping the backend’s category names', async () => {
    const el = await mount(adapter, { lang: 'en' });
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal(en['categories.label']);
    expect(el.shadowRoot!.querySelector('[part~="emergency-badge"]')!.textContent).to.contain(
      en['categories.emergency']
    );
    expect(cardTitles(el)).to.include('Plataforma Inaccesible');
    cardButtons(el)[0]!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="back-button"]'));
    expect(el.shadowRoot!.querySelector('[part~="back-button"]')!.textContent!.trim()).to.equal(en['common.back']);
    cardButtons(el).at(-1)!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back-button"]')!.click();
    await waitUntil(() => cardTitles(el).length === 5);
    cardButtons(el)[3]!.click();
    await waitUntil(() => dialog(el).open);
    expect(dialog(el).textContent).to.contain(en['categories.emergencyConfirm']);
    expect(dialog(el).textContent).to.contain(en['categories.emergencyYes']);
    await press('Escape', el);
    await waitUntil(() => !dialog(el).open);
  });
});
