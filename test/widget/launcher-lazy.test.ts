// Nothing here imports the portal: the launcher must fetch it by itself, on the first sign of intent.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/widget/launcher/define.js';
import type { HdLauncher } from '../../src/widget/launcher/launcher.js';

const portalFetched = () =>
  performance.getEntriesByType('resource').some(entry => entry.name.includes('/src/widget/portal'));

describe('<hd-launcher> loads the portal on intent', () => {
  it('loads nothing of the portal with the page, and fetches it when the pointer is over the button', async () => {
    const el = await fixture<HdLauncher>(html`<hd-launcher></hd-launcher>`);
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(portalFetched(), 'the portal is not fetched with the page').to.equal(false);
    expect(customElements.get('hd-helpdesk')).to.equal(undefined);
    expect(el.portalLoaded).to.equal(false);

    const box = el.shadowRoot!.querySelector('[part="button"]')!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]
    });
    await waitUntil(() => el.portalLoaded, 'hovering should load the portal', { timeout: 8000 });
    expect(portalFetched(), 'a resource entry for the portal chunk').to.equal(true);
    expect(customElements.get('hd-helpdesk')).to.not.equal(undefined);
    expect(el.querySelector('hd-helpdesk'), 'nothing is shown before a click').to.equal(null);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('fetches it when the button gets keyboard focus, once', async () => {
    let calls = 0;
    const el = await fixture<HdLauncher>(html`<hd-launcher></hd-launcher>`);
    el.loader = async () => {
      calls += 1;
    };
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => calls === 1, 'focus should start loading the portal');
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    expect(calls).to.equal(1);
  });
});
