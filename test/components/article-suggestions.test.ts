import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/article-suggestions/define.js';
import '../../src/components/provider/define.js';
import type { HdArticleSuggestions } from '../../src/components/article-suggestions/article-suggestions.js';
import type { HdEvent } from '../../src/components/shared/events.js';
import type { CallOptions, HelpDeskAdapter } from '../../src/core/adapter.js';
import type { Article } from '../../src/core/model/extras.js';
import type { Preset } from '../../src/core/preset.js';
import { withFaults } from '../../src/testing/faults.js';
import { presets } from '../../src/widget/presets/index.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

const base = presets['support-hours'];

/** Seven articles that all match "guía", to see that no more than five are shown. */
const manyArticles: Preset = {
  ...base,
  id: 'support-hours-many-articles',
  articles: Array.from({ length: 7 }, (_, i) => ({
    id: `guia-${i + 1}`,
    title: `Guía de configuración ${i + 1}`,
    excerpt: `Paso a paso número ${i + 1}.`,
    url: `https://example.com/kb/guia-${i + 1}`
  }))
};

/** The same portal on a backend without a knowledge base. */
const noArticles: Preset = {
  ...base,
  id: 'support-hours-no-articles',
  capabilities: { ...base.capabilities, articles: false }
};

interface Counted {
  adapter: HelpDeskAdapter;
  calls: string[];
  aborted: string[];
}

/** Wraps an adapter to count `suggestArticles` calls (and which were aborted), optionally answering slowly. */
function counting(adapter: HelpDeskAdapter, delayMs = 0): Counted {
  const calls: string[] = [];
  const aborted: string[] = [];
  const proxy = new Proxy(adapter, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key === 'suggestArticles') {
        return async (query: string, options?: CallOptions) => {
          calls.push(query);
          options?.signal?.addEventListener('abort', () => aborted.push(query));
          if (delayMs) await new Promise(resolve => setTimeout(resolve, delayMs));
          options?.signal?.throwIfAborted();
          return target.suggestArticles(query, options);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    }
  });
  return { adapter: proxy, calls, aborted };
}

/** A real form: the subject input drives the suggestions, as the case form does. */
async function mount(adapter: HelpDeskAdapter, lang = 'es') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <hd-provider .adapter=${adapter}>
        <form>
          <label for="subject">Título</label>
          <input
            id="subject"
            name="titulo"
            @input=${(event: Event) => {
              const suggestions = (event.target as HTMLElement)
                .closest('form')!
                .querySelector('hd-article-suggestions')!;
              suggestions.query = (event.target as HTMLInputElement).value;
            }}
          />
          <hd-article-suggestions></hd-article-suggestions>
          <button>Enviar</button>
        </form>
      </hd-provider>
    </div>`
  );
  const el = wrapper.querySelector('hd-article-suggestions')!;
  const subject = wrapper.querySelector('input')!;
  await el.updateComplete;
  return { el, subject, form: wrapper.querySelector('form')! };
}

const links = (el: HdArticleSuggestions) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];
const titles = (el: HdArticleSuggestions) =>
  links(el).map(link => link.textContent!.replace(link.querySelector('.visually-hidden')!.textContent!, '').trim());
const status = (el: HdArticleSuggestions) => el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim();

async function typeSubject(subject: HTMLInputElement, text: string): Promise<void> {
  subject.focus();
  await sendKeys({ type: text });
}

describe('<hd-article-suggestions>', () => {
  afterEach(disposeTestAdapters);

  it('suggests articles while the subject is typed, in a labelled region, and announces how many', async () => {
    const { el, subject } = await mount(await createTestAdapter({ preset: base }));
    await typeSubject(subject, 'Error al iniciar sesión');
    await waitUntil(() => links(el).length > 0, 'no article was suggested');
    expect(titles(el)).to.deep.equal(['Error en el inicio de sesión del usuario']);
    const region = el.shadowRoot!.querySelector('section')!;
    expect(region.getAttribute('aria-labelledby')).to.equal('title');
    expect(el.shadowRoot!.querySelector('#title')!.textContent!.trim()).to.equal('Artículos que pueden ayudarle');
    expect(status(el)).to.equal('Un artículo que puede ayudarle.');
    const [link] = links(el);
    expect(link!.href).to.equal('https://example.com/kb/error-inicio-sesion');
    expect(link!.target).to.equal('_blank');
    expect(link!.rel).to.equal('noopener noreferrer');
    expect(el.shadowRoot!.querySelector('[part~="excerpt"]')!.textContent).to.contain('Verifique el usuario');
    await expect(el).to.be.accessible();
  });

  it('shows at most five', async () => {
    const { el, subject } = await mount(await createTestAdapter({ preset: manyArticles }));
    await typeSubject(subject, 'guía');
    await waitUntil(() => links(el).length > 0);
    expect(titles(el)).to.have.length(5);
    expect(status(el)).to.equal('5 artículos que pueden ayudarle.');
  });

  it('waits for a pause in typing: one call for a fast word, none under three characters', async () => {
    const counted = counting(await createTestAdapter({ preset: base }));
    const { el, subject } = await mount(counted.adapter);
    await typeSubject(subject, 'se');
    await new Promise(resolve => setTimeout(resolve, 450));
    expect(counted.calls).to.deep.equal([]);
    await sendKeys({ type: 'sión de usuario' });
    await waitUntil(() => links(el).length > 0);
    expect(counted.calls).to.deep.equal(['sesión de usuario']);
  });

  it('cancels a search whose query changed, so a late answer never replaces a newer one', async () => {
    const counted = counting(await createTestAdapter({ preset: base }), 400);
    const { el } = await mount(counted.adapter);
    el.query = 'inicio de sesión';
    await waitUntil(() => counted.calls.length === 1, 'the first search did not start');
    el.query = 'vigencia';
    await waitUntil(() => links(el).length > 0, 'no articles', { timeout: 3000 });
    expect(counted.aborted).to.deep.equal(['inicio de sesión']);
    expect(titles(el)).to.deep.equal(['Cómo validar la vigencia del soporte']);
    // Emptying the subject hides them again.
    el.query = '';
    await el.updateComplete;
    expect(links(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('section')).to.equal(null);
  });

  it('hides silently when the backend has no article suggestions', async () => {
    const counted = counting(await createTestAdapter({ preset: noArticles }));
    const { el, subject } = await mount(counted.adapter);
    let errors = 0;
    el.addEventListener('hd-error', () => (errors += 1));
    await typeSubject(subject, 'inicio de sesión');
    await waitUntil(() => el.shadowRoot!.childElementCount === 0, 'it still renders something');
    await new Promise(resolve => setTimeout(resolve, 400));
    expect(counted.calls).to.deep.equal([]);
    expect(errors).to.equal(0);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('stays quiet when the search fails, and reports it with hd-error', async () => {
    const { el, subject } = await mount(
      withFaults(await createTestAdapter({ preset: base }), { fail: { suggestArticles: 'server' } })
    );
    const failed = oneEvent(el, 'hd-error') as Promise<HdEvent<'hd-error'>>;
    await typeSubject(subject, 'inicio de sesión');
    expect((await failed).detail.code).to.equal('server');
    await el.updateComplete;
    expect(links(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('section')).to.equal(null);
  });

  it('works inside a form: following a link does not submit it; hd-article-open can be cancelled', async () => {
    const { el, subject, form } = await mount(await createTestAdapter({ preset: base }));
    let submitted = 0;
    form.addEventListener('submit', event => {
      event.preventDefault();
      submitted += 1;
    });
    await typeSubject(subject, 'vigencia');
    await waitUntil(() => links(el).length > 0);
    const opened: Article[] = [];
    el.addEventListener('hd-article-open', event => {
      opened.push(event.detail.article);
      event.preventDefault();
    });
    links(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(opened.map(article => article.id)).to.deep.equal(['vigencia-soporte']);
    expect(submitted).to.equal(0);
    expect(new FormData(form).get('titulo')).to.equal('vigencia');
  });

  it('speaks English', async () => {
    const { el, subject } = await mount(await createTestAdapter({ preset: base }), 'en');
    await typeSubject(subject, 'vigencia');
    await waitUntil(() => links(el).length > 0);
    expect(el.shadowRoot!.querySelector('#title')!.textContent!.trim()).to.equal('Articles that may help you');
    expect(status(el)).to.equal('1 article that may help you.');
    expect(links(el)[0]!.textContent).to.contain('(opens in a new tab)');
  });
});
