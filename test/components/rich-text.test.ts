import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/provider/define.js';
import '../../src/components/rich-text/define.js';
import type { HdRichText } from '../../src/components/rich-text/rich-text.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import { presets } from '../../src/widget/presets/index.js';
import { copiedText, pasteInto } from '../support/clipboard.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

const preset = presets['cloud-services'];
const field = preset.forms.flatMap(form => form.fields).find(candidate => candidate.kind === 'richtext')!;
const ALLOWED = new Set(['p', 'br', 'strong', 'em', 'u']);

interface MountOptions {
  lang?: string;
  required?: boolean;
  value?: string;
  maxlength?: number;
}

async function mount(adapter: HelpDeskAdapter, options: MountOptions = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'es'}>
      <hd-provider .adapter=${adapter}>
        <form>
          <hd-rich-text
            name="comentarios"
            label=${field.label}
            help=${field.help ?? ''}
            placeholder="Describa el problema"
            value=${options.value ?? ''}
            ?required=${options.required ?? false}
          ></hd-rich-text>
          <button>Abrir caso</button>
        </form>
      </hd-provider>
    </div>`
  );
  const el = wrapper.querySelector('hd-rich-text')!;
  if (options.maxlength !== undefined) el.maxLength = options.maxlength;
  await el.editorReady;
  await el.updateComplete;
  return { el, form: wrapper.querySelector('form')!, submit: wrapper.querySelector('button')! };
}

const root = (el: HdRichText) => el.shadowRoot!;
const editable = (el: HdRichText) => root(el).querySelector<HTMLElement>('[part~="control"]')!;
const button = (el: HdRichText, name: 'bold' | 'italic' | 'underline') =>
  root(el).querySelector<HTMLButtonElement>(`[part~="${name}-button"]`)!;
const pressed = (el: HdRichText) =>
  (['bold', 'italic', 'underline'] as const).filter(name => button(el, name).getAttribute('aria-pressed') === 'true');

function tagsOf(markup: string): string[] {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  return [...doc.body.querySelectorAll('*')].map(element => element.localName);
}

function attributesOf(markup: string): string[] {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  return [...doc.body.querySelectorAll('*')].flatMap(element => element.getAttributeNames());
}

function paste(target: HTMLElement, data: Record<string, string>): void {
  pasteInto(target, copiedText(data));
}

async function typeInto(el: HdRichText, text: string): Promise<void> {
  editable(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<hd-rich-text>', () => {
  afterEach(disposeTestAdapters);

  it('is accessible: a labelled multi-line text box and a toolbar of toggle buttons', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    const box = editable(el);
    expect(box.getAttribute('role')).to.equal('textbox');
    expect(box.getAttribute('aria-multiline')).to.equal('true');
    expect(box.getAttribute('contenteditable')).to.equal('true');
    expect(box.getAttribute('aria-labelledby')).to.equal('label');
    expect(box.getAttribute('aria-placeholder')).to.equal('Describa el problema');
    expect(root(el).querySelector('#label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `${field.label} (opcional)`
    );
    const toolbar = root(el).querySelector('[role="toolbar"]')!;
    expect(toolbar.getAttribute('aria-label')).to.equal('Formato');
    expect(
      [...toolbar.querySelectorAll('button')].map(b => [b.getAttribute('aria-label'), b.getAttribute('aria-pressed')])
    ).to.deep.equal([
      ['Negrita', 'false'],
      ['Cursiva', 'false'],
      ['Subrayado', 'false']
    ]);
    await expect(el).to.be.accessible();
    await typeInto(el, 'Texto');
    await expect(el).to.be.accessible();
  });

  it('types text and fires input, then change when focus leaves', async () => {
    const { el, submit } = await mount(await createTestAdapter({ preset }));
    let inputs = 0;
    el.addEventListener('input', () => (inputs += 1));
    await typeInto(el, 'Hola');
    expect(el.value).to.equal('<p>Hola</p>');
    expect(inputs).to.be.greaterThan(0);
    const changed = oneEvent(el, 'change');
    submit.focus();
    const event = await changed;
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('Ctrl+B, Ctrl+I and Ctrl+U toggle the formats, and aria-pressed follows the caret', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    await typeInto(el, 'Hola ');
    await sendKeys({ press: 'Control+b' });
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['bold']);
    await sendKeys({ type: 'mundo' });
    await sendKeys({ press: 'Control+b' });
    await sendKeys({ press: 'Control+i' });
    await sendKeys({ type: ' en' });
    await sendKeys({ press: 'Control+i' });
    await sendKeys({ press: 'Control+u' });
    await sendKeys({ type: ' línea' });
    await el.updateComplete;
    expect(el.value).to.equal('<p>Hola <strong>mundo</strong><em> en</em><u> línea</u></p>');
    expect(pressed(el)).to.deep.equal(['underline']);
    // Back into the bold word: the toolbar says so.
    await sendKeys({ press: 'Home' });
    for (let i = 0; i < 7; i += 1) await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => pressed(el).join() === 'bold', `pressed: ${pressed(el).join()}`);
  });

  it('the toolbar buttons format the selection and can be used with the keyboard alone', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    await typeInto(el, 'importante');
    await sendKeys({ press: 'Control+a' });
    // Shift+Tab from the text box reaches the toolbar (one tab stop); arrows move inside it.
    await sendKeys({ press: 'Shift+Tab' });
    expect(root(el).activeElement).to.equal(button(el, 'bold'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value).to.equal('<p><strong>importante</strong></p>');
    expect(button(el, 'bold').getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Shift+Tab' });
    expect(root(el).activeElement).to.equal(button(el, 'bold'));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(root(el).activeElement).to.equal(button(el, 'underline'));
    expect(button(el, 'underline').tabIndex).to.equal(0);
    expect(button(el, 'bold').tabIndex).to.equal(-1);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal('<p><strong><u>importante</u></strong></p>');
  });

  it('a click on a toolbar button keeps the selection in the text box', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    await typeInto(el, 'cursiva');
    await sendKeys({ press: 'Control+a' });
    button(el, 'italic').dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    button(el, 'italic').click();
    await el.updateComplete;
    expect(el.value).to.equal('<p><em>cursiva</em></p>');
    expect(root(el).activeElement).to.equal(editable(el));
    expect(pressed(el)).to.deep.equal(['italic']);
  });

  it('reduces a hostile paste to safe text and the three formats', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    window.__xss = undefined;
    await typeInto(el, 'Antes ');
    paste(editable(el), {
      'text/html':
        '<meta charset="utf-8"><style>p{color:red}</style><p style="font-size:40px">Hola <img src=x onerror="window.__xss=1">' +
        '<script>window.__xss=1</script><b style="color:red" onclick="window.__xss=1">negrita</b> ' +
        '<a href="javascript:window.__xss=1">enlace</a> <span style="font-weight:700">gdocs</span>' +
        '<svg onload="window.__xss=1"></svg><iframe src="javascript:window.__xss=1"></iframe></p>',
      'text/plain': 'Hola negrita enlace gdocs'
    });
    await el.updateComplete;
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(window.__xss).to.equal(undefined);
    const value = el.value;
    expect(value).to.equal('<p>Antes Hola <strong>negrita</strong> enlace <strong>gdocs</strong></p>');
    expect(tagsOf(value).every(tag => ALLOWED.has(tag))).to.equal(true);
    expect(attributesOf(value)).to.deep.equal([]);
    const box = editable(el);
    expect(box.querySelector('img, script, svg, iframe, a, style, meta')).to.equal(null);
    expect(
      [...box.querySelectorAll('*')].flatMap(node => node.getAttributeNames().filter(name => name.startsWith('on')))
    ).to.deep.equal([]);
  });

  it('pastes plain text as paragraphs', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    editable(el).focus();
    paste(editable(el), { 'text/plain': 'Primera línea\nSegunda <línea>' });
    await el.updateComplete;
    expect(el.value).to.equal('<p>Primera línea</p><p>Segunda &lt;línea&gt;</p>');
  });

  it('sanitizes a value set by the page and writes it as nodes', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    el.value =
      '<p onclick="window.__xss=1" style="color:red">Hola <script>window.__xss=1</script><b>equipo</b><img src=x onerror=window.__xss=1></p><div><i>dos</i></div>';
    await el.updateComplete;
    expect(el.value).to.equal('<p>Hola <strong>equipo</strong></p><p><em>dos</em></p>');
    expect(editable(el).querySelector('script, img')).to.equal(null);
    expect(editable(el).textContent).to.equal('Hola equipodos');
  });

  it('counts text characters against maxlength', async () => {
    const { el } = await mount(await createTestAdapter({ preset }), { maxlength: 10 });
    await typeInto(el, 'abcdefghijKLM');
    expect(el.value).to.equal('<p>abcdefghij</p>');
    const counter = root(el).querySelector('[part~="counter"]')!;
    expect(counter.textContent!.trim()).to.equal('10 de 10 caracteres');
    await waitUntil(
      () =>
        root(el).querySelector('.visually-hidden[role="status"]')!.textContent === 'Llegó al límite de 10 caracteres.'
    );
    // Formatting does not count; a paste is cut to what fits.
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ press: 'Backspace' });
    paste(editable(el), { 'text/html': '<b>12345</b>6789012345' });
    await el.updateComplete;
    expect(el.value).to.equal('<p><strong>12345</strong>67890</p>');
  });

  it('is a form control: the form gets the sanitized HTML; required blocks submission; reset', async () => {
    const { el, form } = await mount(await createTestAdapter({ preset }), { required: true, value: '<p>Inicial</p>' });
    expect(new FormData(form).get('comentarios')).to.equal('<p>Inicial</p>');
    editable(el).focus();
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    let submitted = 0;
    form.addEventListener('submit', event => {
      event.preventDefault();
      submitted += 1;
    });
    form.requestSubmit();
    expect(submitted).to.equal(0);
    await sendKeys({ type: 'Nuevo' });
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).get('comentarios')).to.equal('<p>Nuevo</p>');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('<p>Inicial</p>');
    expect(editable(el).textContent).to.equal('Inicial');
  });

  it("shows the host form's error on the text box", async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    el.error = 'Complete los comentarios.';
    await el.updateComplete;
    expect(editable(el).getAttribute('aria-invalid')).to.equal('true');
    expect(editable(el).getAttribute('aria-describedby')).to.equal('help error');
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const { el } = await mount(await createTestAdapter({ preset }), { lang: 'en', maxlength: 500 });
    expect(
      [...root(el).querySelectorAll('[role="toolbar"] button')].map(b => b.getAttribute('aria-label'))
    ).to.deep.equal(['Bold', 'Italic', 'Underline']);
    expect(root(el).querySelector('[part~="counter"]')!.textContent!.trim()).to.equal('0 of 500 characters');
  });

  it('focus() moves focus into the text box; disabled makes it read-only', async () => {
    const { el, form } = await mount(await createTestAdapter({ preset }), { value: '<p>x</p>' });
    el.focus();
    expect(root(el).activeElement).to.equal(editable(el));
    el.disabled = true;
    await el.updateComplete;
    expect(editable(el).getAttribute('contenteditable')).to.equal('false');
    expect(button(el, 'bold').disabled).to.equal(true);
    expect(new FormData(form).get('comentarios')).to.equal(null);
  });

  // Last: the CSP stays on the page for the rest of this file.
  it("works under Trusted Types enforcement (require-trusted-types-for 'script')", async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'";
    document.head.append(meta);
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }, 'the page enforces Trusted Types').to.throw();
    // That deliberate violation is reported asynchronously: listen only after it.
    await new Promise(resolve => setTimeout(resolve, 50));
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', event => violations.push(event.violatedDirective));
    el.value = '<p>Hola <b>a</b><img src=x onerror=alert(1)></p>';
    await el.updateComplete;
    expect(el.value).to.equal('<p>Hola <strong>a</strong></p>');
    await typeInto(el, ' más');
    paste(editable(el), { 'text/html': '<i>pegado</i><script>alert(1)</script>' });
    await el.updateComplete;
    expect(el.value).to.contain('<em>pegado</em>');
    expect(el.value).not.to.contain('script');
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
  });
});
