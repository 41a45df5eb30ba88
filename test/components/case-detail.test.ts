import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/case-detail/define.js';
import '../../src/components/provider/define.js';
import type { HdAttachmentPicker } from '../../src/components/attachment-picker/attachment-picker.js';
import type { HdCaseDetail } from '../../src/components/case-detail/case-detail.js';
import type { HdReplyComposer } from '../../src/components/reply-composer/reply-composer.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import { es } from '../../src/core/messages/es.js';
import type { Preset } from '../../src/core/preset.js';
import { withFaults, type FaultPlan } from '../../src/testing/faults.js';
import { presets } from '../../src/widget/presets/index.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

// Seed 003 ("Tickets de mi empresa"): Gabriela's tickets. "Cambio de número..." is answered (one agent reply), "El
// recibo de nómina..." waits for support (an agent question, then Gabriela's answer), Luis's "Duda con el cargo..."
// (same company) is closed.
const preset = presets['company-tickets']!;
const ANSWERED = 'Cambio de número de celular para mi empresa';
const WAITING = 'El recibo de nómina no muestra las horas extra';
const CLOSED = 'Duda con el cargo de la licencia de este mes';

/** The same help desk with replies, closing and reopening switched off. */
const readOnlyPreset: Preset = {
  ...preset,
  id: 'company-tickets-read-only',
  capabilities: {
    ...preset.capabilities,
    cases: { organizationScope: true, reply: false, close: false, reopen: false }
  }
};

const HOSTILE =
  '<img src=x onerror="window.__hacked=1"><script>window.__hacked=2</script><a href="javascript:alert(1)">x</a><p>ok</p>';

declare global {
  interface Window {
    __hacked?: number;
  }
}

// ----- helpers: act and look as a person would -----

async function caseIdOf(adapter: HelpDeskAdapter, subject: string): Promise<string> {
  const page = await adapter.listCases({ scope: 'organization', size: 50 });
  const found = page.items.find(item => item.subject === subject);
  if (!found) throw new Error(`no case "${subject}"`);
  return found.id;
}

interface MountOptions {
  lang?: string;
  order?: 'newest-first' | 'oldest-first';
  pageSize?: number;
  pollInterval?: number;
}

async function mount(adapter: HelpDeskAdapter, caseId: string, options: MountOptions = {}): Promise<HdCaseDetail> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'es'}>
      <button id="before">Antes</button>
      <hd-provider .adapter=${adapter}>
        <hd-case-detail
          case-id=${caseId}
          order=${options.order ?? 'newest-first'}
          page-size=${options.pageSize ?? 20}
          poll-interval=${options.pollInterval ?? 30}
        ></hd-case-detail>
      </hd-provider>
    </div>`
  );
  const el = wrapper.querySelector('hd-case-detail')!;
  await settle(el);
  return el;
}

async function settle(el: HdCaseDetail): Promise<void> {
  await waitUntil(
    () => $(el, '[part~="header"], .state--not-found, .state--error, .state--unauthorized') !== null,
    `the case never loaded; it shows: ${text(el)}`,
    { timeout: 5000 }
  );
  await el.updateComplete;
}

function $<E extends Element = HTMLElement>(el: Element, selector: string): E | null {
  return el.shadowRoot!.querySelector<E>(selector);
}

function $$<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...el.shadowRoot!.querySelectorAll<E>(selector)];
}

function text(node: Element | ShadowRoot | null | undefined): string {
  const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function composer(el: HdCaseDetail): HdReplyComposer {
  const found = $<HdReplyComposer>(el, 'hd-reply-composer');
  if (!found) throw new Error(`no composer in: ${text(el)}`);
  return found;
}

function inComposer<E extends Element = HTMLElement>(el: HdCaseDetail, selector: string): E | null {
  return composer(el).shadowRoot!.querySelector<E>(selector);
}

function textarea(el: HdCaseDetail): HTMLTextAreaElement {
  return inComposer<HTMLTextAreaElement>(el, 'textarea')!;
}

function buttonIn(root: ShadowRoot, label: string): HTMLButtonElement {
  const match = [...root.querySelectorAll<HTMLButtonElement>('button')].find(candidate => text(candidate) === label);
  if (!match)
    throw new Error(`no button "${label}" in: ${(root.textContent ?? '').replace(/\s+/g, ' ').slice(0, 400)}`);
  return match;
}

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function bodies(el: HdCaseDetail): string[] {
  return $$(el, '[part~="comment"] [part~="comment-body"]').map(body => text(body));
}

function statusLabel(el: HdCaseDetail): string {
  return text($(el, '[part~="status"] .status-label'));
}

async function until(check: () => boolean, message: string): Promise<void> {
  await waitUntil(check, message, { timeout: 5000 });
}

async function openComposer(el: HdCaseDetail): Promise<void> {
  inComposer<HTMLButtonElement>(el, '[part~="reply-button"]')!.click();
  await until(() => deepActive() === textarea(el), 'the text box of the composer never got focus');
}

async function typeReply(el: HdCaseDetail, value: string): Promise<void> {
  textarea(el).focus();
  await sendKeys({ type: value });
}

function addButton(el: HdCaseDetail): HTMLButtonElement {
  return inComposer<HTMLButtonElement>(el, '[part~="add-button"]')!;
}

async function commentCount(adapter: HelpDeskAdapter, caseId: string): Promise<number> {
  return (await adapter.listComments(caseId, { size: 100 })).items.length;
}

function recordEvents<K extends keyof GlobalEventHandlersEventMap>(name: K): GlobalEventHandlersEventMap[K][] {
  const events: GlobalEventHandlersEventMap[K][] = [];
  const listener = (event: Event) => events.push(event as GlobalEventHandlersEventMap[K]);
  document.addEventListener(name, listener);
  stops.push(() => document.removeEventListener(name, listener));
  return events;
}

const stops: (() => void)[] = [];

/** A valid 1x1 PNG. */
function png(name: string): File {
  const base64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
  return new File([Uint8Array.from(atob(base64), char => char.charCodeAt(0))], name, { type: 'image/png' });
}

async function dropFiles(picker: HdAttachmentPicker, files: File[]): Promise<void> {
  const zone = picker.shadowRoot!.querySelector<HTMLElement>('[part~="dropzone"]')!;
  const dataTransfer = new DataTransfer();
  for (const file of files) dataTransfer.items.add(file);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    zone.dispatchEvent(new DragEvent(type, { bubbles: true, composed: true, cancelable: true, dataTransfer }));
  }
  await until(
    () => picker.files.length === files.length && picker.files.every(file => file.status === 'uploaded'),
    'the files never finished uploading'
  );
}

afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  delete window.__hacked;
  await disposeTestAdapters();
});

// ----- tests -----

describe('<hd-case-detail>', () => {
  it('is accessible when loaded, with the composer open, for a closed case and on error', async () => {
    const adapter = await createTestAdapter({ preset });
    const el = await mount(adapter, await caseIdOf(adapter, WAITING));
    await expect(el).to.be.accessible();

    await openComposer(el);
    await expect(el).to.be.accessible();

    const closed = await mount(adapter, await caseIdOf(adapter, CLOSED));
    expect(text(closed)).to.include('Este caso está cerrado.');
    await expect(closed).to.be.accessible();

    const failing = await mount(withFaults(adapter, { fail: { getCase: 'server' } }), 'any');
    expect($(failing, '[part~="retry-button"]')).not.to.equal(null);
    await expect(failing).to.be.accessible();
  });

  it('shows the header: reference, subject, status, priority, category, dates and requester', async () => {
    const adapter = await createTestAdapter({ preset });
    const caseId = await caseIdOf(adapter, ANSWERED);
    const item = await adapter.getCase(caseId);
    const el = await mount(adapter, caseId);

    expect(text($(el, '[part~="reference"]'))).to.equal(item.reference);
    expect(item.reference).to.match(/^TK-/);
    expect(text($(el, 'h2'))).to.equal(ANSWERED);
    expect(statusLabel(el)).to.equal('Respondido');
    expect($(el, '[part~="status"]')!.dataset['category']).to.equal('waiting-on-customer');
    const facts = text($(el, '.facts'));
    expect(facts).to.include('Prioridad').and.include('Urgente');
    expect(facts).to.include('Categoría').and.include('Tickets de mi empresa');
    expect(facts).to.include('Solicitante').and.include('Gabriela Pérez');
    const times = $$(el, '.facts time').map(time => time.getAttribute('datetime'));
    expect(times).to.deep.equal([item.createdAt, item.updatedAt]);
  });

  it('shows the original message locked: marked as the original, with no control to edit it', async () => {
    const adapter = await createTestAdapter({ preset });
    const el = await mount(adapter, await caseIdOf(adapter, ANSWERED));
    const original = $(el, '[part~="original"]')!;
    expect(text(original)).to.include('Mensaje original');
    expect(text(original)).to.include('Bloqueado');
    expect(text(original)).to.include('Necesitamos cambiar el número de celular');
    expect(original.querySelector('textarea, input, select, [contenteditable]')).to.equal(null);
    expect($(el, '[contenteditable]')).to.equal(null);
    // The composer's text box is the only one, and it stays closed until "Nueva respuesta".
    expect(composer(el).open).to.equal(false);
  });

  it('shows the sanitized rich-text description of a case opened in HTML', async () => {
    const adapter = await createTestAdapter({ preset });
    const created = await adapter.createCase(
      {
        categoryId: 'tickets-mi-empresa',
        formId: 'nuevo-ticket',
        subject: 'Descripción con formato',
        description:
          '<p>Hola <strong>equipo</strong></p><img src=x onerror="window.__hacked=3"><script>window.__hacked=4</script>',
        descriptionFormat: 'html',
        channel: 'ticket',
        fields: { aplicacion: 'administrativo', modulo: 'administrativo', departamento: 'soporte-tecnico' },
        attachments: []
      },
      { idempotencyKey: crypto.randomUUID() }
    );
    const el = await mount(adapter, created.id);
    const original = $(el, '[part~="original"]')!;
    expect(original.querySelector('strong')?.textContent).to.equal('equipo');
    expect(original.querySelector('img, script')).to.equal(null);
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(window.__hacked).to.equal(undefined);
  });

  it('lists the thread newest first, with author, role and time, as a named list', async () => {
    const adapter = await createTestAdapter({ preset });
    const el = await mount(adapter, await caseIdOf(adapter, WAITING));
    const thread = $(el, '[part~="thread"]')!;
    expect(thread.tagName).to.equal('OL');
    expect(thread.getAttribute('aria-label')).to.equal('Mensajes, el más reciente primero');
    expect(bodies(el)).to.deep.equal([
      'Claro, el caso es el de Pedro Gil. Adjunto la captura del recibo.',
      '¿Nos puede enviar una captura del recibo y el nombre de uno de los empleados afectados?'
    ]);
    const [mine, agent] = $$(el, '[part~="comment"]');
    expect(text(mine!.querySelector('[part~="comment-author"]'))).to.equal('Gabriela Pérez');
    expect(text(mine)).to.include('Cliente');
    expect(mine!.dataset['role']).to.equal('customer');
    expect(text(agent!.querySelector('[part~="comment-author"]'))).to.equal('Soporte Técnico');
    expect(text(agent)).to.include('Equipo de soporte');
    expect(agent!.dataset['role']).to.equal('agent');
    expect(mine!.querySelector('time')?.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
  });

  it('lists the thread oldest first with order="oldest-first"', async () => {
    const adapter = await createTestAdapter({ preset });
    const el = await mount(adapter, await caseIdOf(adapter, WAITING), { order: 'oldest-first' });
    expect($(el, '[part~="thread"]')!.getAttribute('aria-label')).to.equal('Mensajes, el más antiguo primero');
    expect(bodies(el)[0]).to.match(/^¿Nos puede enviar/);
    expect(bodies(el)[1]).to.match(/^Claro/);
  });

  it('pages through the thread with "Ver mensajes anteriores", focusing the first message it brings', async () => {
    const adapter = await createTestAdapter({ preset });
    const el = await mount(adapter, await caseIdOf(adapter, WAITING), { pageSize: 1 });
    expect(bodies(el)).to.have.length(1);
    expect(bodies(el)[0]).to.match(/^Claro/);
    buttonIn(el.shadowRoot!, 'Ver mensajes anteriores').click();
    await until(() => bodies(el).length === 2, 'the earlier message never came');
    await el.updateComplete;
    expect(bodies(el)[1]).to.match(/^¿Nos puede enviar/);
    expect(deepActive()?.getAttribute('data-role')).to.equal('agent');
    expect($(el, '[part~="load-more"]')).to.equal(null);
  });

  it('shows hostile agent HTML sanitized: the text stays, nothing runs', async () => {
    const adapter = await createTestAdapter({ preset });
    const caseId = await caseIdOf(adapter, ANSWERED);
    const el = await mount(adapter, caseId);
    await adapter.support.reply(caseId, { body: HOSTILE, bodyFormat: 'html' });
    await until(() => bodies(el)[0] === 'x ok' || bodies(el)[0] === 'xok', `the reply never appeared: ${bodies(el)}`);
    await new Promise(resolve => setTimeout(resolve, 100));

    const body = $$(el, '[part~="comment-body"]')[0]!;
    expect(body.querySelector('p')?.textContent).to.equal('ok');
    expect(window.__hacked).to.equal(undefined);
    expect($$(el, 'img, script')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    for (const link of $$<HTMLAnchorElement>(el, 'a')) {
      expect(link.getAttribute('href') ?? '').not.to.match(/^\s*javascript:/i);
    }
    expect(el.shadowRoot!.innerHTML).not.to.include('onerror');
  });

  it('adds a reply end to end: it appears first, takes focus, is announced and moves the status', async () => {
    const adapter = await createTestAdapter({ preset });
    const caseId = await caseIdOf(adapter, ANSWERED);
    const el = await mount(adapter, caseId);
    const added = recordEvents('hd-comment-added');
    expect(statusLabel(el)).to.equal('Respondido');

    await openComposer(el);
    await typeReply(el, 'Ya verifiqué y el número aparece bien. ¡Gracias!');
    buttonIn(composer(el).shadowRoot!, 'Agregar').click();

    await until(() => bodies(el)[0] === 'Ya verifiqué y el número aparece bien. ¡Gracias!', 'the reply never appeared');
    await until(() => deepActive()?.getAttribute('part') === 'comment', 'the new reply never got focus');
    expect((deepActive() as HTMLElement).dataset['role']).to.equal('customer');
    await until(() => statusLabel(el) === 'Esperando respuesta', `the status stayed ${statusLabel(el)}`);
    await until(() => text($(el, '[role="status"]')).includes('Su respuesta se agregó.'), 'not announced');
    expect(added).to.have.length(1);
    expect(added[0]!.detail.caseId).to.equal(caseId);
    expect(composer(el).open).to.equal(false);
    expect(await commentCount(adapter, caseId)).to.equal(2);
  });

  it('adds one reply when "Agregar" is pressed twice', async () => {
    const adapter = await createTestAdapter({ preset });
    const caseId = await caseIdOf(adapter, ANSWERED);
    const el = await mount(adapter, caseId);
    await openComposer(el);
    await typeReply(el, 'Una sola vez');
    const add = addButton(el);
    add.click();
    add.click();
    await until(() => bodies(el)[0] === 'Una sola vez', 'the reply never appeared');
    await new Promise(resolve => setTimeout(resolve, 150));
    expect(await commentCount(adapter, caseId)).to.equal(2);
    expect(bodies(el).filter(body => body === 'Una sola vez')).to.have.length(1);
  });

  it('keeps the text when the backend fails, says so, and a retry sends it once', async () => {
    const base = await createTestAdapter({ preset });
    const caseId = await caseIdOf(base, ANSWERED);
    const plan: FaultPlan = { fail: { addComment: 'offline' } };
    const el = await mount(withFaults(base, plan), caseId);
    await openComposer(el);
    await typeReply(el, 'Texto que no se pierde');
    addButton(el).click();

    await until(() => inComposer(el, '[role="alert"]') !== null, 'no failure banner');
    const banner = inComposer(el, '[role="alert"]')!;
    expect(text(banner)).to.include('Su respuesta no se agregó.');
    expect(text(banner)).to.include(es['error.offline']);
    await until(() => deepActive() === banner, 'focus never went to the banner');
    expect(textarea(el).value).to.equal('Texto que no se pierde');
    expect(await commentCount(base, caseId)).to.equal(1);

    plan.fail = {};
    buttonIn(composer(el).shadowRoot!, 'Intentar de nuevo').click();
    await until(() => bodies(el)[0] === 'Texto que no se pierde', 'the retried reply never appeared');
    addButton(el).click(); // a late extra press, with nothing typed, sends nothing
    await new Promise(resolve => setTimeout(resolve, 150));
    expect(await commentCount(base, caseId)).to.equal(2);
    expect(inComposer(el, '[role="alert"]')).to.equal(null);
  });

  it('brings back an unsent reply after a reload, and forgets it once sent', async () => {
    const adapter = await createTestAdapter({ preset });
    const caseId = await caseIdOf(adapter, ANSWERED);
    const first = await mount(adapter, caseId);
    await openComposer(first);
    await typeReply(first, 'Borrador que sobrevive');
    first.closest('div')!.remove(); // leaving the page writes the draft at once

    const second = await mount(adapter, caseId);
    await until(() => composer(second).open && textarea(second).value === 'Borrador que sobrevive', 'no draft back');
    expect(text(composer(second).shadowRoot!)).to.include('Recuperamos la respuesta que no había enviado.');
    addButton(second).click();
    await until(() => bodies(second)[0] === 'Borrador que sobrevive', 'the restored reply was not sent');
    await new Promise(resolve => setTimeout(resolve, 100));
    second.closest('div')!.remove();

    const third = await mount(adapter, caseId);
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(composer(third).open).to.equal(false);
    await openComposer(third);
    expect(textarea(third).value).to.equal('');
    expect(await commentCount(adapter, caseId)).to.equal(2);
  });

  it('shows a support reply live while the composer keeps what is being typed', async () => {
    const adapter = await createTestAdapter({ preset });
    const caseId = await caseIdOf(adapter, WAITING);
    const el = await mount(adapter, caseId);
    expect(statusLabel(el)).to.equal('Esperando respuesta');
    await openComposer(el);
    await typeReply(el, 'Estoy escribiendo');

    await adapter.support.reply(caseId, { body: 'Ya lo estamos revisando.' });
    await until(() => bodies(el)[0] === 'Ya lo estamos revisando.', 'the support reply never appeared');
    await until(() => statusLabel(el) === 'Respondido', `the status stayed ${statusLabel(el)}`);
    await until(
      () => text($(el, '[role="status"]')).includes('Nueva respuesta del equipo de soporte.'),
      'the support reply was not announced'
    );
    expect(textarea(el).value).to.equal('Estoy escribiendo');
    expect(deepActive()).to.equal(textarea(el));
    await sendKeys({ type: ' y sigo' });
    expect(textarea(el).value).to.equal('Estoy escribiendo y sigo');
  });

  it('polls for new messages when the backend cannot push changes', async () => {
    const base = await createTestAdapter({
      preset: { ...preset, id: 'company-tickets-no-push', capabilities: { ...preset.capabilities, liveUpdates: false } }
    });
    // A backend without push: subscribing gives nothing.
    const noPush = new Proxy(base, {
      get: (target, key, receiver) => (key === 'subscribe' ? () => () => undefined : Reflect.get(target, key, receiver))
    });
    const caseId = await caseIdOf(base, WAITING);
    const el = await mount(noPush, caseId, { pollInterval: 0.2 });
    await base.support.reply(caseId, { body: 'Llegó sin push.' });
    await until(() => bodies(el)[0] === 'Llegó sin push.', 'polling never brought the reply');
  });

  it('closes the case after confirmation, then reopens it', async () => {
    const adapter = await createTestAdapter({ preset });
    const caseId = await caseIdOf(adapter, ANSWERED);
    const el = await mount(adapter, caseId);

    const close = $<HTMLButtonElement>(el, '[part~="close-button"]')!;
    expect(text(close)).to.equal('Cerrar caso');
    close.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    await until(() => dialog.open, 'no confirmation');
    expect(text(dialog)).to.include('¿Cerrar este caso?');
    // Escape cancels, and focus goes back to "Cerrar caso".
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open && deepActive() === close, 'Escape did not cancel');
    expect(statusLabel(el)).to.equal('Respondido');

    close.click();
    await until(() => dialog.open, 'no confirmation');
    buttonIn(el.shadowRoot!, 'Sí, cerrar el caso').click();
    await until(() => statusLabel(el) === 'Cerrado', 'the case never closed');
    await el.updateComplete;
    expect(text(el)).to.include('Este caso está cerrado.');
    expect($(el, 'hd-reply-composer')).to.equal(null);
    expect($(el, '[part~="close-button"]')).to.equal(null);
    const reopen = $<HTMLButtonElement>(el, '[part~="reopen-button"]')!;
    await until(() => deepActive() === reopen, 'focus did not go to "Reabrir"');

    reopen.click();
    await until(() => statusLabel(el) === 'Abierto', `the case never reopened: ${statusLabel(el)}`);
    await el.updateComplete;
    expect($(el, 'hd-reply-composer')).not.to.equal(null);
    expect($(el, '[part~="close-button"]')).not.to.equal(null);
    expect((await adapter.getCase(caseId)).status.category).not.to.equal('closed');
  });

  it('hides reply, close and reopen where the backend does not offer them', async () => {
    const adapter = await createTestAdapter({ preset: readOnlyPreset });
    const el = await mount(adapter, await caseIdOf(adapter, ANSWERED));
    expect($(el, 'hd-reply-composer')).to.equal(null);
    expect($(el, '[part~="close-button"], [part~="reopen-button"]')).to.equal(null);

    const closed = await mount(adapter, await caseIdOf(adapter, CLOSED));
    expect(text(closed)).to.include('Este caso está cerrado.');
    expect($(closed, '[part~="reopen-button"]')).to.equal(null);
  });

  it('says when the case does not exist', async () => {
    const adapter = await createTestAdapter({ preset });
    const el = await mount(adapter, 'no-existe');
    expect(text(el)).to.include('No encontramos este caso.');
    expect($(el, '[part~="header"]')).to.equal(null);
  });

  it('shows a failing backend with a retry that loads the case', async () => {
    const base = await createTestAdapter({ preset });
    const caseId = await caseIdOf(base, ANSWERED);
    const errors = recordEvents('hd-error');
    const plan: FaultPlan = { fail: { getCase: 'server' } };
    const el = await mount(withFaults(base, plan), caseId);
    expect(text(el)).to.include(es['error.server']);
    expect(errors).to.have.length(1);
    plan.fail = {};
    $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await until(() => $(el, '[part~="header"]') !== null, 'the retry did not load the case');
  });

  it('asks for a session when nobody is signed in, and loads once someone signs in', async () => {
    const adapter = await createTestAdapter({ preset });
    const caseId = await caseIdOf(adapter, ANSWERED);
    await adapter.signOut();
    const asked = recordEvents('hd-sign-in-required');
    const el = await mount(adapter, caseId);
    expect(text(el)).to.include(es['error.unauthorized']);
    expect(asked).to.have.length(1);
    expect(asked[0]!.detail.reason).to.equal('signed-out');

    const [user] = preset.users;
    await adapter.signIn({ kind: 'password', login: user!.email, password: user!.password });
    await until(() => $(el, '[part~="header"]') !== null, 'the case did not load after signing in');
  });

  it('does the whole reply with the keyboard alone', async () => {
    const adapter = await createTestAdapter({ preset });
    const caseId = await caseIdOf(adapter, ANSWERED);
    const el = await mount(adapter, caseId);
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    const reply = inComposer(el, '[part~="reply-button"]');
    for (let i = 0; i < 20 && deepActive() !== reply; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(reply);

    await sendKeys({ press: 'Enter' });
    await until(() => deepActive() === textarea(el), 'Enter did not open the composer');
    await sendKeys({ type: 'Escrito solo con el teclado' });
    for (let i = 0; i < 20 && deepActive() !== addButton(el); i++) await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(addButton(el));
    await sendKeys({ press: 'Enter' });
    await until(() => bodies(el)[0] === 'Escrito solo con el teclado', 'the reply never appeared');
    await until(() => deepActive()?.getAttribute('part') === 'comment', 'the new reply never got focus');
  });

  it('"Salir" closes the composer, keeps the draft and gives focus back to "Nueva respuesta"', async () => {
    const adapter = await createTestAdapter({ preset });
    const el = await mount(adapter, await caseIdOf(adapter, ANSWERED));
    await openComposer(el);
    await typeReply(el, 'Para después');
    buttonIn(composer(el).shadowRoot!, 'Salir').click();
    await until(() => !composer(el).open, 'the composer stayed open');
    await until(() => deepActive() === inComposer(el, '[part~="reply-button"]'), 'focus not back on the button');
    await openComposer(el);
    expect(textarea(el).value).to.equal('Para después');
  });

  it('refuses an empty reply with a message next to the text box', async () => {
    const adapter = await createTestAdapter({ preset });
    const caseId = await caseIdOf(adapter, ANSWERED);
    const el = await mount(adapter, caseId);
    await openComposer(el);
    addButton(el).click();
    await until(() => textarea(el).getAttribute('aria-invalid') === 'true', 'no problem shown');
    expect(text(inComposer(el, '#problem'))).to.equal('Escriba su respuesta o adjunte un archivo.');
    expect(textarea(el).getAttribute('aria-describedby')).to.equal('problem');
    expect(deepActive()).to.equal(textarea(el));
    expect(await commentCount(adapter, caseId)).to.equal(1);
  });

  it("sends images with a reply, within the case form's limits, and lists them with a download link", async () => {
    const adapter = await createTestAdapter({ preset });
    const caseId = await caseIdOf(adapter, ANSWERED);
    const el = await mount(adapter, caseId);
    await openComposer(el);
    const picker = inComposer<HdAttachmentPicker>(el, 'hd-attachment-picker')!;
    expect(picker.policy?.perKind).to.deep.equal({ image: 3, document: 1 });
    await dropFiles(picker, [png('captura.png')]);
    await typeReply(el, 'Adjunto la captura');
    addButton(el).click();
    await until(() => bodies(el)[0] === 'Adjunto la captura', 'the reply never appeared');
    const link = $$(el, '[part~="comment"]')[0]!.querySelector<HTMLAnchorElement>('[part~="attachments"] a')!;
    expect(link.textContent).to.equal('captura.png');
    expect(link.getAttribute('aria-label')).to.match(/^Descargar captura\.png \(PNG, .+\)$/);
    expect(link.href).to.match(/^(blob|https?):/);
  });

  it('speaks English in an English page', async () => {
    const adapter = await createTestAdapter({ preset });
    const el = await mount(adapter, await caseIdOf(adapter, WAITING), { lang: 'en' });
    expect(text(el)).to.include('Original message');
    expect(text(el)).to.include('Close case');
    expect(text(composer(el).shadowRoot!)).to.include('New reply');
    expect(text(el)).to.include('Support team');
    expect($(el, '[part~="thread"]')!.getAttribute('aria-label')).to.equal('Messages, newest first');
  });
});
