import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/category-cards/define.js';
import '../../src/components/provider/define.js';
import type { HdCategoryCards } from '../../src/components/category-cards/category-cards.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import { THEME_TOKENS } from '../../src/themes/tokens.js';
import { presets } from '../../src/widget/presets/index.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';
import { deep, renderPortal, untilText, untilView } from '../widget/helpers.js';

/** `#rrggbb` as the browser computes it (`rgb(r, g, b)`). */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map(index => parseInt(hex.slice(index, index + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

function token(name: string): { light: string; dark: string } {
  const found = THEME_TOKENS.find(item => item.name === name);
  if (!found?.dark) throw new Error(`no color token ${name}`);
  return { light: rgb(found.light), dark: rgb(found.dark) };
}

const surface = token('--hd-color-surface');
const text = token('--hd-color-text');
const brand = token('--hd-color-brand');

/** One part of the cards' shadow root. */
function part(cards: HdCategoryCards, name: string): HTMLElement {
  const found = cards.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}

/** Seed 002's cards inside a wrapper whose attributes the test chooses; resolves once the cards are drawn. */
async function mountCards(
  adapter: HelpDeskAdapter,
  wrapper: { theme?: string; dir?: string; style?: string } = {},
  cardsTheme?: string
): Promise<HdCategoryCards> {
  const root = await fixture<HTMLDivElement>(
    html`<div lang="es" dir=${wrapper.dir ?? 'ltr'}>
      <hd-provider .adapter=${adapter}>
        <hd-category-cards></hd-category-cards>
      </hd-provider>
    </div>`
  );
  if (wrapper.style) root.setAttribute('style', wrapper.style);
  const cards = root.querySelector('hd-category-cards') as HdCategoryCards;
  if (wrapper.theme) root.querySelector('hd-provider')?.setAttribute('theme', wrapper.theme);
  if (cardsTheme) cards.setAttribute('theme', cardsTheme);
  await waitUntil(() => cards.shadowRoot?.querySelectorAll('[part~="card"]').length === 5, 'cards drawn');
  return cards;
}

const colorOf = (element: Element, property: 'color' | 'background-color') =>
  getComputedStyle(element).getPropertyValue(property);

describe('theming', () => {
  let adapter: HelpDeskAdapter;

  beforeEach(async () => {
    adapter = await createTestAdapter();
  });

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.documentElement.style.removeProperty('color-scheme');
    await disposeTestAdapters();
  });

  it('uses the light defaults with no theme at all', async () => {
    const cards = await mountCards(adapter);
    expect(colorOf(part(cards, 'card'), 'background-color')).to.equal(surface.light);
    expect(colorOf(part(cards, 'card-title'), 'color')).to.equal(text.light);
    expect(colorOf(part(cards, 'card-hint'), 'color')).to.equal(brand.light);
  });

  it('theme="dark" on the element switches the parts inside its shadow root', async () => {
    const light = await mountCards(adapter, {}, 'light');
    const dark = await mountCards(adapter, {}, 'dark');
    for (const [name, property] of [
      ['card', 'background-color'],
      ['card-title', 'color'],
      ['card-hint', 'color']
    ] as const) {
      expect(colorOf(part(dark, name), property), name).not.to.equal(colorOf(part(light, name), property));
    }
    expect(colorOf(part(dark, 'card'), 'background-color')).to.equal(surface.dark);
    expect(colorOf(part(dark, 'card-title'), 'color')).to.equal(text.dark);
    expect(colorOf(part(dark, 'card-hint'), 'color')).to.equal(brand.dark);
    // An element with a theme of its own paints its surface, so it reads on a page of the other mode.
    expect(colorOf(dark, 'background-color')).to.equal(surface.dark);
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
  });

  it('theme on an element around it (hd-provider) reaches every element inside', async () => {
    const cards = await mountCards(adapter, { theme: 'dark' });
    expect(colorOf(part(cards, 'card'), 'background-color')).to.equal(surface.dark);
    expect(colorOf(part(cards, 'card-title'), 'color')).to.equal(text.dark);
  });

  it('color-scheme on a plain wrapper is enough', async () => {
    const cards = await mountCards(adapter, { style: 'color-scheme: dark' });
    expect(colorOf(part(cards, 'card'), 'background-color')).to.equal(surface.dark);
  });

  it('theme="auto" follows prefers-color-scheme', async () => {
    const cards = await mountCards(adapter, {}, 'auto');
    await emulateMedia({ colorScheme: 'dark' });
    expect(colorOf(part(cards, 'card'), 'background-color')).to.equal(surface.dark);
    expect(colorOf(part(cards, 'card-title'), 'color')).to.equal(text.dark);
    await emulateMedia({ colorScheme: 'light' });
    expect(colorOf(part(cards, 'card'), 'background-color')).to.equal(surface.light);
    expect(colorOf(part(cards, 'card-title'), 'color')).to.equal(text.light);
  });

  it('with no theme it follows the page: light unless the page declares a dark color-scheme', async () => {
    const cards = await mountCards(adapter);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colorOf(part(cards, 'card'), 'background-color'), 'page says nothing').to.equal(surface.light);
    document.documentElement.style.setProperty('color-scheme', 'light dark');
    expect(colorOf(part(cards, 'card'), 'background-color'), 'page follows the system').to.equal(surface.dark);
    await emulateMedia({ colorScheme: 'light' });
    expect(colorOf(part(cards, 'card'), 'background-color')).to.equal(surface.light);
  });

  it('a token the page sets wins in both modes; a light-dark() token gives each mode its value', async () => {
    const fixed = await mountCards(adapter, { style: '--hd-color-brand: #6b21a8' }, 'dark');
    expect(colorOf(part(fixed, 'card-hint'), 'color')).to.equal(rgb('#6b21a8'));
    const both = await mountCards(adapter, { style: '--hd-color-brand: light-dark(#6b21a8, #d8b4fe)' }, 'dark');
    expect(colorOf(part(both, 'card-hint'), 'color')).to.equal(rgb('#d8b4fe'));
    both.setAttribute('theme', 'light');
    await both.updateComplete;
    expect(colorOf(part(both, 'card-hint'), 'color')).to.equal(rgb('#6b21a8'));
  });

  it('the shipped dark.css and light.css hold every token with its value, and a wrapper class applies them', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const text = await (await fetch(`/src/themes/${mode}.css`)).text();
      for (const item of THEME_TOKENS) {
        expect(text, `${mode}.css ${item.name}`).to.include(
          `${item.name}: ${mode === 'dark' ? (item.dark ?? item.light) : item.light};`
        );
      }
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      try {
        const root = await fixture<HTMLDivElement>(html`<div class="hd-theme-${mode}"></div>`);
        const cards = await mountCards(adapter);
        root.append(cards.closest('div[lang]')!);
        expect(colorOf(part(cards, 'card'), 'background-color'), mode).to.equal(surface[mode]);
        expect(colorOf(part(cards, 'card-hint'), 'color'), mode).to.equal(brand[mode]);
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter(item => item !== sheet);
      }
    }
  });

  it('dir="rtl" mirrors the layout (logical properties)', async () => {
    const ltr = await mountCards(adapter, { dir: 'ltr' });
    const rtl = await mountCards(adapter, { dir: 'rtl' });
    const emergency = (cards: HdCategoryCards) => {
      const card = cards.shadowRoot?.querySelector<HTMLElement>('.card--emergency');
      if (!card) throw new Error('no emergency card');
      return getComputedStyle(card);
    };
    // The emergency card's thick stripe is on its inline-start side: the left in LTR, the right in RTL.
    expect(emergency(ltr).borderLeftWidth).to.equal('4px');
    expect(emergency(ltr).borderRightWidth).to.equal('1px');
    expect(emergency(rtl).borderRightWidth).to.equal('4px');
    expect(emergency(rtl).borderLeftWidth).to.equal('1px');
    // And the cards flow from the right.
    const first = (cards: HdCategoryCards) => part(cards, 'card').getBoundingClientRect();
    const base = (cards: HdCategoryCards) => part(cards, 'base').getBoundingClientRect();
    expect(first(ltr).left - base(ltr).left).to.be.below(1);
    expect(base(rtl).right - first(rtl).right).to.be.below(1);
  });

  it('theme="dark" on the portal reaches the elements nested in its shadow root, and passes axe (contrast)', async () => {
    const portalAdapter = await createTestAdapter({ preset: presets['category-cards'] });
    const portal = await renderPortal(portalAdapter, { preset: 'category-cards', attributes: { theme: 'dark' } });
    await untilView(portal, 'home');
    await untilText(portal, 'Inconveniente Técnico');
    const cards = deep<HdCategoryCards>(portal.shadowRoot!, 'hd-category-cards')!;
    expect(colorOf(portal, 'background-color')).to.equal(surface.dark);
    expect(colorOf(part(cards, 'card'), 'background-color')).to.equal(surface.dark);
    expect(colorOf(part(cards, 'card-title'), 'color')).to.equal(text.dark);
    await expect(portal).to.be.accessible();
  });

  describe('a hostile page stylesheet', () => {
    let sheet: CSSStyleSheet;

    beforeEach(() => {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(`
        .card, .card-title, .card-hint, li, button, span, div > * { color: rgb(255, 0, 0) !important;
          background: rgb(255, 255, 0) !important; display: inline !important; }
        body { text-align: center; text-transform: uppercase; letter-spacing: 5px; font-weight: 900; font-style: italic; }
      `);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });

    afterEach(() => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter(item => item !== sheet);
    });

    it('does not reach inside: its selectors match nothing in the shadow root, inherited text styles stop at the host', async () => {
      const cards = await mountCards(adapter);
      const title = part(cards, 'card-title');
      expect(colorOf(title, 'color')).to.equal(text.light);
      expect(colorOf(part(cards, 'card'), 'background-color')).to.equal(surface.light);
      expect(getComputedStyle(part(cards, 'card')).display).to.equal('flex');
      const style = getComputedStyle(title);
      expect(style.textTransform).to.equal('none');
      expect(style.letterSpacing).to.equal('normal');
      expect(style.fontStyle).to.equal('normal');
      expect(getComputedStyle(part(cards, 'card-description')).fontWeight).to.equal('400');
      expect(getComputedStyle(part(cards, 'card-description')).textAlign).to.equal('start');
    });

    it('a rule that matches the host itself (`* { color: red !important }`) reaches text that inherits its color, not parts with a color of their own', async () => {
      const universal = new CSSStyleSheet();
      universal.replaceSync('* { color: rgb(255, 0, 0) !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, universal];
      try {
        const cards = await mountCards(adapter);
        // The host element lives in the page's DOM, so the page's `*` matches it ...
        expect(colorOf(cards, 'color')).to.equal('rgb(255, 0, 0)');
        // ... and text that inherits from it follows, while parts that set their own color keep it.
        expect(colorOf(part(cards, 'card-title'), 'color')).to.equal(text.light);
        expect(colorOf(part(cards, 'card-hint'), 'color')).to.equal(brand.light);
        expect(colorOf(part(cards, 'card'), 'background-color')).to.equal(surface.light);
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter(item => item !== universal);
      }
    });
  });
});
