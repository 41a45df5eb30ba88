// A view whose code cannot be fetched (the network dropped, or a deploy removed the chunk): the portal says so once,
// keeps still while the customer reads it, and loads the view when the customer tries again.
import { aTimeout, expect } from '@open-wc/testing';
import { presets } from '../../src/widget/presets/index.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';
import { deepActive, deepFound, deepText, press, renderPortal, shadow, untilText, untilView } from './helpers.js';

// The sign-up view's elements (src/widget/helpdesk/views.ts loads this module for it).
const SIGN_UP_MODULE = '/src/components/register/define.ts';

const refusedSoFar = async (): Promise<number> =>
  ((await (await fetch('/__unavailable/count')).json()) as { refused: number }).refused;

describe('<hd-helpdesk> when a view cannot be loaded', () => {
  afterEach(async () => {
    document.cookie = 'hd-unavailable=; path=/; max-age=0';
    await disposeTestAdapters();
  });

  it('says so with a retry, asks no more until the customer retries, then shows the view', async () => {
    document.cookie = `hd-unavailable=${encodeURIComponent(SIGN_UP_MODULE)}; path=/`;
    const adapter = await createTestAdapter({ preset: presets['equipment-warranty']!, signedIn: false });
    const before = await refusedSoFar();
    const el = await renderPortal(adapter, { preset: 'equipment-warranty', attributes: { view: 'register' } });
    const failure = await deepFound(shadow(el), '.view-error');
    expect(deepText(failure)).to.include('No se pudo cargar esta parte del centro de ayuda.');
    await expect(el).to.be.accessible();

    // Nothing moves and nothing is asked for while the failure is on screen.
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver(records => changes.push(...records));
    observer.observe(shadow(el), { subtree: true, childList: true, characterData: true, attributes: true });
    const asked = await refusedSoFar();
    await aTimeout(600);
    observer.disconnect();
    expect(changes).to.have.length(0);
    expect(await refusedSoFar()).to.equal(asked);
    expect(asked - before).to.be.at.least(1);

    // A retry that fails again says what else will help.
    expect(deepText(failure)).to.not.include('recargue la página');
    failure.querySelector('button')!.focus();
    await press('Enter');
    await untilText(shadow(el), 'Si sigue sin cargar, recargue la página.');
    if ((await refusedSoFar()) === asked) {
      // Firefox keeps a failed import for the page's lifetime, even one whose connection dropped, and asks the server
      // no more: only a reload can load the view there, which is what the hint says. Chromium fetches it again.
      expect(navigator.userAgent, 'only Firefox retries without asking').to.match(/\bGecko\/\d/);
      return;
    }

    document.cookie = 'hd-unavailable=; path=/; max-age=0';
    // The retry button kept focus (the same button, re-rendered): Enter again.
    expect(deepActive()?.textContent?.trim()).to.equal('Intentar de nuevo');
    await press('Enter');
    await untilView(el, 'register');
    await untilText(await deepFound(shadow(el), 'hd-register'), 'Correo electrónico');
  });
});
