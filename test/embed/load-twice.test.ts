// The script-tag module itself, loaded twice (two tags, or two copies under different URLs): the second run must
// neither throw (a tag defined twice) nor put a second launcher in the page. Nothing here loads the portal.
import { expect, waitUntil } from '@open-wc/testing';

type Win = Window & { HelpDesk?: { loaded?: boolean } };

describe('loading the script-tag bundle twice', () => {
  it('defines the tags once, mounts one launcher and keeps one window.HelpDesk', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const embed = new URL('../../src/embed.ts', import.meta.url).href;
    const launcherDefine = new URL('../../src/widget/launcher/define.ts', import.meta.url).href;

    await import(`${embed}?copy=1`);
    const api = (window as Win).HelpDesk;
    const Launcher = customElements.get('hd-launcher');
    expect(api?.loaded, 'the API is in place when the module has run').to.equal(true);
    await import(`${embed}?copy=2`);
    await import(`${launcherDefine}?copy=3`); // a second copy of the launcher class
    // The launcher is put in the page a task after the module ran (so no task is long): wait past it.
    await waitUntil(() => document.querySelector('hd-launcher'), 'the launcher should be put in the page');
    await new Promise(resolve => setTimeout(resolve, 50));

    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(api?.loaded).to.equal(true);
    expect((window as Win).HelpDesk).to.equal(api);
    expect(customElements.get('hd-launcher')).to.equal(Launcher);
    expect(document.querySelectorAll('hd-launcher')).to.have.length(1);
    const globals = Object.keys(window).filter(key => /helpdesk/i.test(key));
    expect(globals).to.deep.equal(['HelpDesk']);
  });
});
