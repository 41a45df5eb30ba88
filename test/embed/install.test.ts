import { expect, waitUntil } from '@open-wc/testing';
import '../../src/widget/launcher/define.js';
import type { HelpDeskApi } from '../../src/embed/api.js';
import { installHelpDesk } from '../../src/embed/install.js';
import { STUB_SNIPPET } from '../../src/embed/queue.js';
import { presets } from '../../src/widget/presets/index.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';
import { heading, untilView } from '../widget/helpers.js';

type Win = Window & { HelpDesk?: unknown };

const made: Element[] = [];

function scriptTag(attributes: Record<string, string>): HTMLScriptElement {
  const element = document.createElement('script');
  element.type = 'text/plain'; // stands in for the vendor's tag; never run
  element.dataset['helpdesk'] = '';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.head.append(element);
  made.push(element);
  return element;
}

/** The queue stub vendors paste, run as the page would run it. */
function pasteStub(): (...args: unknown[]) => void {
  // The snippet's own text, to test exactly what vendors paste.
  new Function(STUB_SNIPPET)();
  return (window as Win).HelpDesk as (...args: unknown[]) => void;
}

function launcher() {
  return document.querySelector('hd-launcher')!;
}

/** Gives the portal the script tag created a fast test backend, before its code loads. */
async function useTestBackend(): Promise<void> {
  const portal = launcher().querySelector('hd-helpdesk')!;
  portal.adapter = await createTestAdapter({ preset: presets['category-cards']! });
}

describe('script tag install', () => {
  afterEach(async () => {
    const api = (window as Win).HelpDesk as HelpDeskApi | undefined;
    if (api?.loaded) await api.destroy();
    delete (window as Win).HelpDesk;
    made.splice(0).forEach(element => element.remove());
    document.querySelectorAll('hd-launcher').forEach(element => element.remove());
    await disposeTestAdapters();
  });

  it('keeps the calls made before it loaded and runs them in order', async () => {
    const stub = pasteStub();
    const seen: string[] = [];
    stub('on', 'open', () => seen.push('opened'));
    stub('setLocale', 'en');
    stub('open', 'my-cases');
    stub('on', 'view-change', (detail: { view: string }) => seen.push(`view ${detail.view}`));
    expect(((window as Win).HelpDesk as { q: unknown[] }).q).to.have.length(4);

    const script = scriptTag({ 'data-preset': 'category-cards', 'data-locale': 'es' });
    const adapter = createTestAdapter({ preset: presets['category-cards']! });
    const api = installHelpDesk({ script });
    // The queued `open` waits its turn (a microtask away): the portal gets the test backend first.
    const portal = launcher().querySelector('hd-helpdesk')!;
    portal.adapter = await adapter;

    expect((window as Win).HelpDesk).to.equal(api);
    expect(launcher().getAttribute('locale')).to.equal('en');
    await waitUntil(() => launcher().open, 'the queued open should open the launcher');
    await untilView(portal, 'my-cases');
    expect(heading(portal).textContent?.trim()).to.equal('My tickets');
    await waitUntil(() => seen.includes('view my-cases'));
    expect(seen[0]).to.equal('opened');
  });

  it('gives the page window.HelpDesk: open, close, setLocale, on, off, destroy', async () => {
    scriptTag({ 'data-position': 'bottom-start', 'data-label': 'Soporte' });
    const api = installHelpDesk({ moduleUrl: 'https://cdn.example.com/none.js' });
    expect(launcher().getAttribute('position')).to.equal('bottom-start');
    expect(launcher().getAttribute('label')).to.equal('Soporte');
    await useTestBackend();
    const events: string[] = [];
    const onOpen = () => events.push('open');
    api.on('open', onOpen);
    api.on('close', () => events.push('close'));

    await api.open('new-case', { categoryId: 'linkedin' });
    const portal = launcher().querySelector('hd-helpdesk')!;
    await untilView(portal, 'new-case');
    expect(portal.currentRoute).to.deep.equal({ view: 'new-case', categoryId: 'linkedin' });
    await api.close();
    expect(launcher().open).to.equal(false);

    await api.setLocale('en');
    expect(portal.getAttribute('locale')).to.equal('en');
    api.off('open', onOpen);
    await api.open('home');
    await untilView(portal, 'home');
    expect(heading(portal).textContent?.trim()).to.equal('Main panel');
    expect(events).to.deep.equal(['open', 'close']);

    await api.destroy();
    expect(document.querySelector('hd-launcher')).to.equal(null);
  });

  it('renders the portal inline in data-target instead of a launcher', async () => {
    const target = document.createElement('section');
    target.id = 'help-here';
    document.body.append(target);
    made.push(target);
    scriptTag({ 'data-target': '#help-here', 'data-view': 'my-cases' });
    const api = installHelpDesk({});
    const portal = target.querySelector('hd-helpdesk')!;
    portal.adapter = await createTestAdapter({ preset: presets['category-cards']! });
    expect(document.querySelector('hd-launcher')).to.equal(null);
    await api.open('my-cases');
    await untilView(portal, 'my-cases');
    expect(portal.getAttribute('theme')).to.equal('auto');
  });

  it('loads a remote backend adapter on intent, from data-backend and data-endpoint', async () => {
    scriptTag({ 'data-backend': 'rest', 'data-endpoint': 'https://support.example.com/helpdesk/v1/' });
    installHelpDesk({});
    const portal = launcher().querySelector('hd-helpdesk')!;
    expect(portal.adapter, 'nothing loads with the page').to.equal(undefined);
    await launcher().prefetch();
    expect(portal.adapter?.name).to.equal('rest');
  });

  it('says on the console what a remote backend is missing', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(String(args[0]));
    try {
      scriptTag({ 'data-backend': 'jira-service-management' });
      installHelpDesk({});
      await launcher()
        .prefetch()
        .catch(() => undefined);
      expect(errors[0]).to.equal(
        'helpdesk-elements: the "jira-service-management" backend needs data-endpoint (its base URL).'
      );
      expect(launcher().portalLoaded).to.equal(false);
    } finally {
      console.error = original;
    }
  });

  it('with a later mount: the API and its queue at once, the launcher when the scheduled task runs', async () => {
    const stub = pasteStub();
    const log: string[] = [];
    stub('on', 'open', () => log.push('opened'));
    stub('open', 'my-cases');
    scriptTag({ 'data-label': 'Soporte' });
    const tasks: (() => void)[] = [];
    const adapter = createTestAdapter({ preset: presets['category-cards']! });
    const api = installHelpDesk({ schedule: task => void tasks.push(task) });

    expect((window as Win).HelpDesk, 'window.HelpDesk is the real API at once').to.equal(api);
    expect(api.loaded).to.equal(true);
    expect(document.querySelector('hd-launcher'), 'nothing in the page yet').to.equal(null);
    api.on('close', () => log.push('closed'));
    const closed = api.close().then(() => log.push('close done'));
    await new Promise(resolve => setTimeout(resolve, 20));
    expect(log, 'commands wait for the launcher').to.deep.equal([]);
    expect(tasks).to.have.length(1);

    tasks[0]!();
    expect(launcher().getAttribute('label')).to.equal('Soporte');
    launcher().querySelector('hd-helpdesk')!.adapter = await adapter;
    await closed;
    expect(log, 'the queued open, then the close').to.deep.equal(['opened', 'closed', 'close done']);
    expect(launcher().open).to.equal(false);
  });

  it('with a later mount that fails, the commands still settle and say why', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(String(args[0]));
    try {
      scriptTag({ 'data-target': '#help desk!' });
      const tasks: (() => void)[] = [];
      const api = installHelpDesk({ schedule: task => void tasks.push(task) });
      const opened = api.open();
      expect(() => tasks[0]!()).to.throw();
      await opened;
      expect(errors).to.include('helpdesk-elements: HelpDesk("open") does nothing: the help desk is not on the page.');
    } finally {
      console.error = original;
    }
  });

  it('installs once when the bundle runs twice', async () => {
    scriptTag({});
    const first = installHelpDesk({});
    const second = installHelpDesk({});
    expect(second).to.equal(first);
    expect(document.querySelectorAll('hd-launcher')).to.have.length(1);
  });
});
