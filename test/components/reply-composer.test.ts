import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/provider/define.js';
import '../../src/components/reply-composer/define.js';
import type { HdReplyComposer } from '../../src/components/reply-composer/reply-composer.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import { es } from '../../src/core/messages/es.js';
import type { AttachmentPolicy } from '../../src/core/model/form.js';
import { withFaults } from '../../src/testing/faults.js';
import { presets } from '../../src/widget/presets/index.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

// The composer on its own, as a host app would place it next to its own thread.
const preset = presets['company-tickets']!;

async function firstCaseId(adapter: HelpDeskAdapter): Promise<string> {
  const page = await adapter.listCases({ scope: 'mine', size: 1 });
  return page.items[0]!.id;
}

async function mount(
  adapter: HelpDeskAdapter,
  caseId: string,
  policy?: AttachmentPolicy | null
): Promise<HdReplyComposer> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang="es">
      <hd-provider .adapter=${adapter}>
        <hd-reply-composer case-id=${caseId} .policy=${policy}></hd-reply-composer>
      </hd-provider>
    </div>`
  );
  const el = wrapper.querySelector('hd-reply-composer')!;
  await el.updateComplete;
  return el;
}

function $<E extends Element = HTMLElement>(el: HdReplyComposer, selector: string): E | null {
  return el.shadowRoot!.querySelector<E>(selector);
}

function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function open(el: HdReplyComposer): Promise<HTMLTextAreaElement> {
  $<HTMLButtonElement>(el, '[part~="reply-button"]')!.click();
  const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
  await waitUntil(() => deepActive() === textarea, 'the text box never got focus');
  return textarea;
}

const stops: (() => void)[] = [];

function recordEvents<K extends keyof GlobalEventHandlersEventMap>(name: K): GlobalEventHandlersEventMap[K][] {
  const events: GlobalEventHandlersEventMap[K][] = [];
  const listener = (event: Event) => events.push(event as GlobalEventHandlersEventMap[K]);
  document.addEventListener(name, listener);
  stops.push(() => document.removeEventListener(name, listener));
  return events;
}

afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await disposeTestAdapters();
});

describe('<hd-reply-composer>', () => {
  it('is accessible closed and open, with a labelled text box', async () => {
    const adapter = await createTestAdapter({ preset });
    const el = await mount(adapter, await firstCaseId(adapter));
    await expect(el).to.be.accessible();
    expect(text($(el, '[part~="reply-button"]'))).to.equal('Nueva respuesta');
    const textarea = await open(el);
    expect(textarea.labels?.[0]?.textContent).to.equal('Su respuesta');
    await expect(el).to.be.accessible();
  });

  it('shows no attachment picker when the case takes no files (policy null)', async () => {
    const adapter = await createTestAdapter({ preset });
    const el = await mount(adapter, await firstCaseId(adapter), null);
    await open(el);
    expect($(el, 'hd-attachment-picker')).to.equal(null);
  });

  it('sends with Ctrl+Enter, fires hd-comment-added and gives focus back to "Nueva respuesta"', async () => {
    const adapter = await createTestAdapter({ preset });
    const caseId = await firstCaseId(adapter);
    const added = recordEvents('hd-comment-added');
    const el = await mount(adapter, caseId);
    await open(el);
    await sendKeys({ type: 'Enviado con el teclado' });
    await sendKeys({ press: 'Control+Enter' });
    await waitUntil(() => added.length === 1, 'no hd-comment-added');
    expect(added[0]!.detail.caseId).to.equal(caseId);
    expect(added[0]!.detail.comment.body).to.equal('Enviado con el teclado');
    expect(added[0]!.detail.comment.author.role).to.equal('customer');
    expect(el.open).to.equal(false);
    expect(deepActive()).to.equal($(el, '[part~="reply-button"]'));
  });

  it('discards a restored draft on request', async () => {
    const adapter = await createTestAdapter({ preset });
    const caseId = await firstCaseId(adapter);
    const first = await mount(adapter, caseId);
    await open(first);
    await sendKeys({ type: 'Mejor no' });
    first.closest('div')!.remove();

    const second = await mount(adapter, caseId);
    await waitUntil(() => second.open && second.body === 'Mejor no', 'the draft did not come back');
    await second.updateComplete;
    [...second.shadowRoot!.querySelectorAll('button')].find(button => text(button) === 'Descartarla')!.click();
    await waitUntil(() => $<HTMLTextAreaElement>(second, 'textarea')!.value === '', 'the draft was not discarded');
    expect(second.body).to.equal('');
    expect(text(second.shadowRoot!)).not.to.include('Recuperamos');
    expect(deepActive()).to.equal($(second, 'textarea'));
    second.closest('div')!.remove();

    const third = await mount(adapter, caseId);
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(third.open).to.equal(false);
  });

  it('keeps the draft and asks for a session when the session ended', async () => {
    const base = await createTestAdapter({ preset });
    const caseId = await firstCaseId(base);
    const asked = recordEvents('hd-sign-in-required');
    const el = await mount(withFaults(base, { fail: { addComment: 'unauthorized' } }), caseId);
    await open(el);
    await sendKeys({ type: 'No se pierde' });
    $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
    await waitUntil(() => $(el, '[role="alert"]') !== null, 'no banner');
    expect(text($(el, '[role="alert"]'))).to.include(es['error.unauthorized']);
    expect(asked.map(event => event.detail.reason)).to.deep.equal(['session-expired']);
    expect(el.body).to.equal('No se pierde');
  });
});
