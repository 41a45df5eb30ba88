import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/widget/launcher/define.js';
import type { HdLauncher } from '../../src/widget/launcher/launcher.js';
import { presets } from '../../src/widget/presets/index.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';
import { deepActive, deepText, heading, press, untilView } from './helpers.js';

function parts(el: HdLauncher) {
  const root = el.shadowRoot!;
  return {
    button: root.querySelector<HTMLButtonElement>('[part="button"]')!,
    panel: root.querySelector<HTMLDialogElement>('[part="panel"]')!,
    close: root.querySelector<HTMLButtonElement>('[part="close-button"]')!
  };
}

/** Whether `node` is `host` or inside it, through shadow roots. */
function within(host: Element, node: Node | null): boolean {
  for (let current = node; current;) {
    if (current === host) return true;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

/** A launcher whose portal child runs on a test adapter (signed in). */
async function renderLauncher(attributes = ''): Promise<HdLauncher> {
  const adapter = await createTestAdapter({ preset: presets['category-cards']! });
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
  const launcher = document.createElement('hd-launcher');
  for (const attribute of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = attribute.split('=');
    launcher.setAttribute(name!, value);
  }
  const portal = document.createElement('hd-helpdesk');
  portal.setAttribute('preset', 'category-cards');
  portal.adapter = adapter; // kept by Lit until the element is defined (its code loads on intent)
  launcher.append(portal);
  wrapper.append(launcher);
  return launcher;
}

describe('<hd-launcher>', () => {
  afterEach(async () => {
    document.querySelectorAll('hd-launcher').forEach(launcher => launcher.hide());
    await disposeTestAdapters();
  });

  it('is an accessible button, closed and open', async () => {
    const el = await renderLauncher();
    const { button } = parts(el);
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(deepText(button)).to.equal('Ayuda');
    await expect(el).to.be.accessible();

    await el.show();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await untilView(el.portal!, 'home');
    await expect(el).to.be.accessible();
  });

  it('opens a modal dialog with the keyboard, moves focus in, closes on Escape and gives focus back', async () => {
    const el = await renderLauncher();
    const { button, panel } = parts(el);
    button.focus();
    const opened = oneEvent(el, 'hd-open');
    await press('Enter');
    await opened;
    expect(panel.open).to.equal(true);
    expect(panel.matches(':modal'), 'a modal dialog: the page behind is inert').to.equal(true);
    expect(panel.getAttribute('aria-labelledby')).to.equal('panel-title');
    const portal = el.portal!;
    await untilView(portal, 'home');
    await waitUntil(() => deepActive() === heading(portal), 'focus should move to the portal heading');

    // Focus stays in the dialog: tabbing around never reaches the page behind it.
    for (let step = 0; step < 6; step += 1) {
      await press('Tab');
      expect(within(el, deepActive()), `focus left the dialog for ${deepActive()?.outerHTML.slice(0, 80)}`).to.equal(
        true
      );
    }

    const closed = oneEvent(el, 'hd-close');
    await press('Escape');
    await closed;
    expect(panel.open).to.equal(false);
    expect(el.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('closes with its close button and reopens at a view', async () => {
    const el = await renderLauncher();
    await el.show({ view: 'my-cases' });
    await untilView(el.portal!, 'my-cases');
    parts(el).close.click();
    expect(parts(el).panel.open).to.equal(false);
    el.open = true;
    await waitUntil(() => parts(el).panel.open, 'setting open opens the panel');
    el.removeAttribute('open');
    await waitUntil(() => !parts(el).panel.open, 'removing open closes the panel');
  });

  it('takes its label, icon, heading and words from attributes or the locale', async () => {
    const el = await renderLauncher('label=Soporte icon=💬 heading=Mesa');
    expect(deepText(parts(el).button)).to.equal('💬 Soporte');
    expect(el.shadowRoot!.querySelector('[part="panel-title"]')!.textContent).to.equal('Mesa');
    el.setAttribute('icon-only', '');
    expect(el.shadowRoot!.querySelector('[part="label"]')!.className).to.equal('visually-hidden');
    el.removeAttribute('label');
    el.setAttribute('locale', 'en');
    expect(deepText(parts(el).button)).to.equal('💬 Help');
    expect(parts(el).close.getAttribute('aria-label')).to.equal('Close help');
    el.setAttribute('icon', 'chat');
    expect(el.shadowRoot!.querySelector('[part="icon"] svg')).to.not.equal(null);
  });

  it('floats at the bottom end or start, clear of the edges', async () => {
    await setViewport({ width: 1000, height: 700 });
    const el = await renderLauncher();
    const end = el.getBoundingClientRect();
    expect(getComputedStyle(el).position).to.equal('fixed');
    expect(1000 - end.right).to.be.closeTo(20, 2);
    expect(700 - end.bottom).to.be.closeTo(20, 2);
    el.position = 'bottom-start';
    const start = el.getBoundingClientRect();
    expect(start.left).to.be.closeTo(20, 2);
    el.closest('div')!.setAttribute('dir', 'rtl');
    const mirrored = el.getBoundingClientRect();
    expect(1000 - mirrored.right, 'bottom-start is on the right in right-to-left pages').to.be.closeTo(20, 2);
  });

  it('is a full-screen sheet on phones', async () => {
    await setViewport({ width: 390, height: 700 });
    const el = await renderLauncher();
    await el.show();
    const box = parts(el).panel.getBoundingClientRect();
    expect(box.width).to.equal(390);
    expect(box.height).to.equal(700);
    await setViewport({ width: 1000, height: 700 });
  });
});
