import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/provider/define.js';
import '../../src/components/recipients/define.js';
import type { HdRecipients } from '../../src/components/recipients/recipients.js';
import { isEmailAddress, splitAddressList } from '../../src/components/recipients/recipients.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import { presets } from '../../src/widget/presets/index.js';
import { copiedText, pasteInto } from '../support/clipboard.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

const preset = presets['cloud-services'];
const field = preset.forms.flatMap(form => form.fields).find(candidate => candidate.kind === 'recipients')!;

interface MountOptions {
  lang?: string;
  required?: boolean;
  value?: string;
  max?: number;
}

async function mount(adapter: HelpDeskAdapter, options: MountOptions = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'es'}>
      <hd-provider .adapter=${adapter}>
        <form>
          <hd-recipients
            name="destinatarios"
            label=${field.label}
            help=${field.help ?? ''}
            value=${options.value ?? ''}
            max=${options.max ?? ''}
            ?required=${options.required ?? false}
          ></hd-recipients>
          <button>Abrir caso</button>
        </form>
      </hd-provider>
    </div>`
  );
  const el = wrapper.querySelector('hd-recipients')!;
  if (options.max === undefined) el.max = undefined;
  await el.updateComplete;
  return { el, form: wrapper.querySelector('form')!, submit: wrapper.querySelector('button')! };
}

const root = (el: HdRecipients) => el.shadowRoot!;
const input = (el: HdRecipients) => root(el).querySelector<HTMLInputElement>('#control')!;
const chips = (el: HdRecipients) =>
  [...root(el).querySelectorAll('[part~="chip"] .recipients__address')].map(chip => chip.textContent!.trim());
const removeButtons = (el: HdRecipients) => [
  ...root(el).querySelectorAll<HTMLButtonElement>('[part~="remove-button"]')
];
const message = (el: HdRecipients) => root(el).querySelector('[part~="message"]')!.textContent!.trim();
const announcement = (el: HdRecipients) =>
  root(el).querySelector('.visually-hidden[role="status"]')!.textContent!.trim();

function paste(target: HTMLElement, text: string): void {
  pasteInto(target, copiedText({ 'text/plain': text }));
}

async function typeAddress(el: HdRecipients, text: string, key = 'Enter'): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<hd-recipients>', () => {
  afterEach(disposeTestAdapters);

  it('is accessible empty, with chips and with a message', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    await expect(el).to.be.accessible();
    expect(root(el).querySelector('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Destinatarios (opcional)'
    );
    await typeAddress(el, 'ana@example.com');
    await typeAddress(el, 'nope');
    await expect(el).to.be.accessible();
  });

  it('adds an address on Enter, comma, semicolon, space and Tab', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    const changes: Event[] = [];
    el.addEventListener('change', event => changes.push(event));
    await typeAddress(el, 'a@x.com', 'Enter');
    await typeAddress(el, 'b@y.com', ',');
    await typeAddress(el, 'c@z.com', ';');
    await typeAddress(el, 'd@w.com', 'Space');
    await typeAddress(el, 'e@v.com', 'Tab');
    expect(chips(el)).to.deep.equal(['a@x.com', 'b@y.com', 'c@z.com', 'd@w.com', 'e@v.com']);
    expect(el.value).to.deep.equal(chips(el));
    expect(changes).to.have.length(5);
    expect(changes.every(event => event.bubbles && event.composed)).to.equal(true);
    expect(root(el).activeElement, 'Tab still moves focus on').to.equal(null);
    expect(announcement(el)).to.equal('Se añadió e@v.com.');
  });

  it('adds every valid address of a pasted list', async () => {
    const { el, form } = await mount(await createTestAdapter({ preset }));
    input(el).focus();
    paste(input(el), 'a@x.com, b@y.com; c@z.com\nAna Pérez <ana@example.com>');
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['a@x.com', 'b@y.com', 'c@z.com', 'ana@example.com']);
    expect(announcement(el)).to.equal('Se añadieron 4 direcciones.');
    expect(new FormData(form).get('destinatarios')).to.equal('a@x.com,b@y.com,c@z.com,ana@example.com');
  });

  it('keeps the invalid addresses of a pasted list in the input and says which', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    input(el).focus();
    paste(input(el), 'a@x.com, not-an-address; b@y');
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['a@x.com']);
    expect(input(el).value).to.equal('not-an-address, b@y');
    expect(message(el)).to.equal('Estas no son direcciones de correo válidas: not-an-address, b@y.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.contain('message');
    expect(el.validity.typeMismatch).to.equal(true);
  });

  it('refuses an invalid address with a message and leaves it in the input', async () => {
    const { el, form } = await mount(await createTestAdapter({ preset }));
    await typeAddress(el, 'ana@example');
    expect(chips(el)).to.deep.equal([]);
    expect(input(el).value).to.equal('ana@example');
    expect(message(el)).to.equal('«ana@example» no es una dirección de correo válida.');
    expect(form.checkValidity(), 'an invalid address is never silently dropped').to.equal(false);
    // Fixing it adds it.
    await sendKeys({ type: '.com' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['ana@example.com']);
    expect(message(el)).to.equal('');
    expect(form.checkValidity()).to.equal(true);
  });

  it('ignores duplicates, whatever their case, with a message', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    await typeAddress(el, 'ana@example.com');
    let changes = 0;
    el.addEventListener('change', () => (changes += 1));
    await typeAddress(el, 'ANA@example.com');
    expect(chips(el)).to.deep.equal(['ana@example.com']);
    expect(message(el)).to.equal('ANA@example.com ya está en la lista.');
    expect(input(el).value).to.equal('');
    expect(changes).to.equal(0);
  });

  it('removes a chip with its button, whose name says which address', async () => {
    const { el, form } = await mount(await createTestAdapter({ preset }), { value: 'a@x.com, b@y.com, c@z.com' });
    expect(removeButtons(el).map(button => button.getAttribute('aria-label'))).to.deep.equal([
      'Quitar a@x.com',
      'Quitar b@y.com',
      'Quitar c@z.com'
    ]);
    let changes = 0;
    el.addEventListener('change', () => (changes += 1));
    removeButtons(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['a@x.com', 'c@z.com']);
    expect(changes).to.equal(1);
    expect(announcement(el)).to.equal('Se quitó b@y.com.');
    expect(root(el).activeElement?.getAttribute('aria-label'), 'focus goes to the next chip').to.equal(
      'Quitar c@z.com'
    );
    expect(new FormData(form).get('destinatarios')).to.equal('a@x.com,c@z.com');
  });

  it('Backspace in the empty input removes the last chip; Shift+Tab reaches the chips', async () => {
    const { el } = await mount(await createTestAdapter({ preset }), { value: 'a@x.com, b@y.com' });
    input(el).focus();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['a@x.com']);
    expect(root(el).activeElement).to.equal(input(el));
    await sendKeys({ press: 'Shift+Tab' });
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Quitar a@x.com');
  });

  it('keeps to max', async () => {
    const { el } = await mount(await createTestAdapter({ preset }), { max: 2 });
    input(el).focus();
    paste(input(el), 'a@x.com b@y.com c@z.com');
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['a@x.com', 'b@y.com']);
    expect(message(el)).to.equal('Puede añadir hasta 2 destinatarios.');
  });

  it('adds a complete address left in the input when focus leaves', async () => {
    const { el, submit } = await mount(await createTestAdapter({ preset }));
    input(el).focus();
    await sendKeys({ type: 'ana@example.com' });
    submit.focus();
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['ana@example.com']);
  });

  it('is a form control: required blocks submission, reset restores the attribute', async () => {
    const { el, form } = await mount(await createTestAdapter({ preset }), { required: true, value: 'a@x.com' });
    expect(form.checkValidity()).to.equal(true);
    removeButtons(el)[0]!.click();
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(form.reportValidity()).to.equal(false);
    expect(root(el).activeElement, 'reportValidity focuses the input').to.equal(input(el));
    let submitted = 0;
    form.addEventListener('submit', event => {
      event.preventDefault();
      submitted += 1;
    });
    form.requestSubmit();
    expect(submitted).to.equal(0);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['a@x.com']);
  });

  it("shows the host form's error", async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    el.error = 'Revise los destinatarios.';
    await el.updateComplete;
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.equal('help error instructions');
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const { el } = await mount(await createTestAdapter({ preset }), { lang: 'en', value: 'a@x.com' });
    expect(removeButtons(el)[0]!.getAttribute('aria-label')).to.equal('Remove a@x.com');
    await typeAddress(el, 'oops');
    expect(message(el)).to.equal('"oops" is not a valid e-mail address.');
    input(el).select();
    await sendKeys({ press: 'Backspace' });
    await typeAddress(el, 'A@x.com');
    expect(message(el)).to.contain('A@x.com is already in the list.');
  });

  it('knows what an address is', () => {
    expect(isEmailAddress('ana.perez+soporte@empresa.com.co')).to.equal(true);
    expect(isEmailAddress('ana@localhost')).to.equal(false);
    expect(isEmailAddress('ana@@x.com')).to.equal(false);
    expect(isEmailAddress('ana x@x.com')).to.equal(false);
    expect(splitAddressList('"Pérez, Ana" <ana@x.com>; mailto:b@y.com')).to.deep.equal(['ana@x.com', 'b@y.com']);
  });

  it('focus() moves focus to the input', async () => {
    const { el } = await mount(await createTestAdapter({ preset }));
    el.focus();
    await waitUntil(() => root(el).activeElement === input(el));
  });
});
