import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/components/provider/define.js';
import { HdProvider } from '../../src/components/provider/provider.js';
import { HdElement } from '../../src/components/shared/hd-element.js';
import { defineElement } from '../../src/components/shared/define.js';
import { configure } from '../../src/controllers/config.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

/** A consumer that shows what configuration reached it: the adapter's name and one localized string. */
class ConfigProbe extends HdElement {
  protected override render() {
    const adapterName = this.configuration.hasAdapter ? this.configuration.adapter.name : 'none';
    return litHtml`<p>${adapterName}</p><p>${this.localize.t('caseList.title')}</p>`;
  }
}
defineElement('hd-test-config-probe', ConfigProbe);

async function probeText(probe: Element): Promise<string[]> {
  await (probe as ConfigProbe).updateComplete;
  return [...probe.shadowRoot!.querySelectorAll('p')].map(p => p.textContent ?? '');
}

function renamed(adapter: HelpDeskAdapter, name: string): HelpDeskAdapter {
  return new Proxy(adapter, { get: (target, key) => (key === 'name' ? name : Reflect.get(target, key, target)) });
}

describe('<hd-provider>', () => {
  afterEach(async () => {
    configure(undefined);
    await disposeTestAdapters();
  });

  it('is accessible and lays out its children as if it were not there', async () => {
    const adapter = await createTestAdapter();
    const el = await fixture(html`<hd-provider .adapter=${adapter}><p>Contenido</p></hd-provider>`);
    await expect(el).to.be.accessible();
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.querySelector('p')!.textContent).to.equal('Contenido');
  });

  it('gives its adapter and locale to the elements inside, and follows changes', async () => {
    const adapter = await createTestAdapter();
    const el = await fixture<HdProvider>(
      html`<hd-provider .adapter=${adapter} locale="en"><hd-test-config-probe></hd-test-config-probe></hd-provider>`
    );
    const probe = el.querySelector('hd-test-config-probe')!;
    expect(await probeText(probe)).to.deep.equal(['local', 'My cases']);

    el.setAttribute('locale', 'pt-BR');
    await el.updateComplete;
    expect((await probeText(probe))[1]).to.equal('Criados por mim');
  });

  it('applies wording overrides for one locale', async () => {
    const adapter = await createTestAdapter();
    const el = await fixture(
      html`<hd-provider .adapter=${adapter} locale="es" .messages=${{ es: { 'caseList.title': 'Mis tickets' } }}
        ><hd-test-config-probe></hd-test-config-probe
      ></hd-provider>`
    );
    expect((await probeText(el.querySelector('hd-test-config-probe')!))[1]).to.equal('Mis tickets');
  });

  it('falls back to the page default from configure(), and the nearest provider wins', async () => {
    const adapter = await createTestAdapter();
    configure({ adapter: renamed(adapter, 'page-default'), locale: 'en' });
    const el = await fixture(
      html`<div>
        <hd-test-config-probe id="outside"></hd-test-config-probe>
        <hd-provider .adapter=${renamed(adapter, 'outer')} locale="es">
          <hd-provider .adapter=${renamed(adapter, 'inner')} locale="es">
            <hd-test-config-probe id="inside"></hd-test-config-probe>
          </hd-provider>
        </hd-provider>
      </div>`
    );
    expect(await probeText(el.querySelector('#outside')!)).to.deep.equal(['page-default', 'My cases']);
    expect(await probeText(el.querySelector('#inside')!)).to.deep.equal(['inner', 'Creadas por mí']);
  });

  it('follows the page language when no locale is forced', async () => {
    const adapter = await createTestAdapter();
    const el = await fixture(
      html`<div lang="pt-BR">
        <hd-provider .adapter=${adapter}><hd-test-config-probe></hd-test-config-probe></hd-provider>
      </div>`
    );
    expect((await probeText(el.querySelector('hd-test-config-probe')!))[1]).to.equal('Criados por mim');
  });

  it('does not throw when the tag is registered a second time', () => {
    expect(() => defineElement('hd-provider', class extends HdProvider {})).not.to.throw();
    expect(customElements.get('hd-provider')).to.equal(HdProvider);
  });
});

/** A host that renders a probe inside its own shadow root, as the case form renders the attachment picker. */
class ShadowHost extends HdElement {
  protected override render() {
    return litHtml`<hd-test-config-probe></hd-test-config-probe>`;
  }
}
defineElement('hd-test-shadow-host', ShadowHost);

describe('locale inside shadow roots', () => {
  afterEach(() => disposeTestAdapters());

  it('an element inside another element’s shadow root follows the page language', async () => {
    const adapter = await createTestAdapter();
    const el = await fixture(
      html`<div lang="en">
        <hd-provider .adapter=${adapter}><hd-test-shadow-host></hd-test-shadow-host></hd-provider>
      </div>`
    );
    const host = el.querySelector<ShadowHost>('hd-test-shadow-host')!;
    await host.updateComplete;
    const inner = host.shadowRoot!.querySelector('hd-test-config-probe')!;
    expect((await probeText(inner))[1]).to.equal('My cases');
  });
});
