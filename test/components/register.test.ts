import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/components/register/define.js';
import type { HdRegister } from '../../src/components/register/register.js';
import type { Preset } from '../../src/core/preset.js';
import { withFaults } from '../../src/testing/faults.js';
import {
  $,
  button,
  createClockAdapter,
  customer,
  disposeClockAdapters,
  focused,
  found,
  linkMail,
  press,
  preset,
  record,
  render,
  stopRecording,
  text,
  typeInto,
  until
} from '../support/account-helpers.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

const STRONG = 'Caballo-Azul-Pradera-42';
const CHECK_INBOX = (email: string) =>
  `Revise su correo electrónico: enviamos un mensaje a ${email} con el siguiente paso. Abra el enlace que contiene para terminar el registro.`;

let counter = 0;
function newAddress(): string {
  counter += 1;
  return `nuevo.${Date.now()}.${counter}@example.com`;
}

async function requestLink(el: HdRegister, email: string): Promise<void> {
  await typeInto(el, 'email', email);
  await press('Enter');
  await until(el, CHECK_INBOX(email));
}

async function fillDetails(el: HdRegister, name: string, password: string): Promise<void> {
  await typeInto(el, 'name', name);
  await typeInto(el, 'new-password', password);
}

describe('<hd-register>', () => {
  afterEach(async () => {
    stopRecording();
    history.replaceState(null, '', location.pathname + location.search);
    await disposeTestAdapters();
    await disposeClockAdapters();
  });

  it('is accessible in every step', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdRegister>(adapter, 'hd-register', html`<hd-register></hd-register>`);
    await found(el, '#email');
    await expect(el).to.be.accessible();
    const email = newAddress();
    await requestLink(el, email);
    await expect(el).to.be.accessible();

    const link = await linkMail(adapter, email, 'signup');
    el.token = link.token;
    await fillDetails(el, 'Lucía Fernández', STRONG);
    await expect(el).to.be.accessible();
    await press('Enter');
    await until(el, 'Bienvenido, Lucía Fernández.');
    await expect(el).to.be.accessible();

    const used = await render<HdRegister>(
      adapter,
      'hd-register',
      html`<hd-register token=${link.token}></hd-register>`
    );
    await fillDetails(used, 'Otra Persona', STRONG);
    await press('Enter');
    await until(used, 'Este enlace de registro ya se usó.');
    await expect(used).to.be.accessible();
  });

  it('registers end to end: address, "Enviar enlace", the mailed link, name and password, signed in', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const sent = record('hd-link-sent');
    const signedIn = record('hd-signed-in');
    const el = await render<HdRegister>(adapter, 'hd-register', html`<hd-register></hd-register>`);
    await found(el, '#email');
    expect($(el, 'h2')!.textContent).to.equal('Registrarse');
    expect(text(el)).to.include(
      'Introduzca su dirección de correo electrónico y le enviaremos un enlace de registro privado.'
    );
    expect(text(el)).to.include('¿Ya tiene una cuenta? Iniciar sesión');
    expect(button(el, 'Enviar enlace').getAttribute('type')).to.equal('submit');
    expect($<HTMLInputElement>(el, '#email')!.autocomplete).to.equal('email');

    const email = newAddress();
    await requestLink(el, email);
    expect(sent[0]?.detail).to.deep.equal({ kind: 'signup', email });
    expect(focused(el)).to.equal($(el, '#sent'));

    const link = await linkMail(adapter, email, 'signup');
    expect(link.url).to.match(/#hd-signup=/);
    el.token = link.token;
    await found(el, '#name');
    expect($(el, 'label[for="name"]')!.textContent).to.equal('Nombre completo');
    expect($(el, 'label[for="new-password"]')!.textContent).to.equal('Elegir una contraseña');
    expect($<HTMLInputElement>(el, '#name')!.autocomplete).to.equal('name');
    expect($<HTMLInputElement>(el, '#new-password')!.autocomplete).to.equal('new-password');
    expect($<HTMLInputElement>(el, '#email')!.readOnly).to.equal(true);
    expect(text(el)).to.include(
      'Al hacer clic en Registrarse, usted acepta la Política de privacidad y este aviso y descargo de responsabilidad.'
    );

    await fillDetails(el, 'Lucía Fernández', STRONG);
    expect($(el, '#new-password-strength')!.textContent).to.include('Muy fuerte');
    $<HTMLInputElement>(el, '#show-password')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#new-password')!.type).to.equal('text');
    expect(text(el)).to.include('Mostrar contraseña');
    button(el, 'Registrarse').click();
    await until(el, 'Bienvenido, Lucía Fernández. Su cuenta está lista y ya inició sesión.');
    expect(signedIn).to.have.length(1);
    expect((await adapter.getSession())?.user.email).to.equal(email);
    expect(JSON.stringify(sessionStorage) + JSON.stringify(localStorage)).not.to.include(STRONG);
  });

  it('reads the link from the address with read-link-from-url, and takes it out once used', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const email = newAddress();
    await adapter.requestSignupLink(email);
    const link = await linkMail(adapter, email, 'signup');
    history.replaceState(null, '', `${location.pathname}${location.search}#hd-signup=${link.token}`);
    const el = await render<HdRegister>(adapter, 'hd-register', html`<hd-register read-link-from-url></hd-register>`);
    await fillDetails(el, 'Pedro Páramo', STRONG);
    await press('Enter');
    await until(el, 'Bienvenido, Pedro Páramo.');
    expect(location.hash).to.equal('');
  });

  it('follows a link opened in the same page (hash change)', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdRegister>(adapter, 'hd-register', html`<hd-register read-link-from-url></hd-register>`);
    const email = newAddress();
    await requestLink(el, email);
    const link = await linkMail(adapter, email, 'signup');
    location.hash = `hd-signup=${link.token}`;
    await found(el, '#name');
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal(email);
  });

  it('answers an address that already has an account exactly like a new one', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdRegister>(adapter, 'hd-register', html`<hd-register></hd-register>`);
    await requestLink(el, customer.email);
    const existingAnswer = text(el).replace(customer.email, '<address>');
    const other = await render<HdRegister>(adapter, 'hd-register', html`<hd-register></hd-register>`);
    const email = newAddress();
    await requestLink(other, email);
    expect(text(other).replace(email, '<address>')).to.equal(existingAnswer);
  });

  it('checks the address before sending', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdRegister>(adapter, 'hd-register', html`<hd-register></hd-register>`);
    await typeInto(el, 'email', 'no-es-un-correo');
    await press('Enter');
    await until(el, 'Escriba un correo electrónico válido, como nombre@empresa.com.');
    const input = $<HTMLInputElement>(el, '#email')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('email-error');
    expect(focused(el)).to.equal(input);
    expect(await adapter.mailbox.list()).to.have.length(0);
  });

  it('says an expired link expired and offers a new one, keeping the address', async () => {
    const { adapter, clock } = await createClockAdapter();
    const el = await render<HdRegister>(adapter, 'hd-register', html`<hd-register></hd-register>`);
    const email = newAddress();
    await requestLink(el, email);
    const link = await linkMail(adapter, email, 'signup');
    clock.advance(25 * 3_600_000);
    el.token = link.token;
    await fillDetails(el, 'Lucía Fernández', STRONG);
    await press('Enter');
    await until(el, 'Este enlace de registro venció.');
    expect(focused(el)).to.equal($(el, '#link-problem'));
    expect(await adapter.getSession()).to.equal(null);

    button(el, 'Enviarme un enlace nuevo').click();
    const input = await found<HTMLInputElement>(el, '#email');
    await el.updateComplete;
    expect(input.value).to.equal(email);
    expect(focused(el)).to.equal(input);
    await press('Enter');
    await until(el, CHECK_INBOX(email));
  });

  it('says a used link was used, and an unknown one is not valid', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const email = newAddress();
    await adapter.requestSignupLink(email);
    const link = await linkMail(adapter, email, 'signup');
    await adapter.completeSignup({ token: link.token, name: 'Primera Vez', password: STRONG });
    await adapter.signOut();

    const used = await render<HdRegister>(
      adapter,
      'hd-register',
      html`<hd-register token=${link.token}></hd-register>`
    );
    await fillDetails(used, 'Segunda Vez', STRONG);
    await press('Enter');
    await until(used, 'Este enlace de registro ya se usó. Si ya terminó el registro, inicie sesión.');
    expect(text(used)).to.include('Iniciar sesión');

    const unknown = await render<HdRegister>(
      adapter,
      'hd-register',
      html`<hd-register token="inventado"></hd-register>`
    );
    await fillDetails(unknown, 'Nadie', STRONG);
    await press('Enter');
    await until(unknown, 'Este enlace de registro no es válido.');
  });

  it('refuses a password below the policy at its field, and asks for the name', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdRegister>(adapter, 'hd-register', html`<hd-register token="t"></hd-register>`);
    await typeInto(el, 'new-password', 'password1');
    await press('Enter');
    await until(el, 'Escriba su nombre completo.');
    expect(focused(el)).to.equal($(el, '#name'));
    const password = $<HTMLInputElement>(el, '#new-password')!;
    expect(password.getAttribute('aria-invalid')).to.equal('true');
    expect(password.getAttribute('aria-describedby')).to.equal(
      'new-password-error new-password-hint new-password-strength'
    );
    expect($(el, '#new-password-error')!.textContent).to.equal(
      'La contraseña es demasiado fácil de adivinar (Muy débil); debe ser al menos «Aceptable». Es una de las contraseñas más usadas.'
    );

    await typeInto(el, 'name', 'Lucía');
    password.select();
    await typeInto(el, 'new-password', 'k9$Lm');
    await press('Enter');
    await until(el, 'La contraseña necesita al menos 8 caracteres.');
    expect(focused(el)).to.equal(password);
  });

  it('takes its password rules from attributes', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdRegister>(
      adapter,
      'hd-register',
      html`<hd-register token="t" password-min-length="12" password-min-strength="4"></hd-register>`
    );
    await found(el, '#new-password');
    expect(text(el)).to.include('Al menos 12 caracteres, con una seguridad «Muy fuerte» o mayor.');
    await fillDetails(el, 'Lucía', 'Kxmf9pqz-Tr');
    await press('Enter');
    await until(el, 'La contraseña necesita al menos 12 caracteres.');
  });

  it('announces the strength politely once typing pauses, not at every keystroke', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdRegister>(adapter, 'hd-register', html`<hd-register token="t"></hd-register>`);
    await typeInto(el, 'new-password', STRONG);
    const live = $(el, '[aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal('');
    await waitUntil(() => live.textContent!.includes('Seguridad de la contraseña: Muy fuerte'), 'announced', {
      timeout: 3000
    });
  });

  it('keeps the name and the address when the backend fails, and says why in the page language', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const failing = withFaults(adapter, { fail: { requestSignupLink: 'server', completeSignup: 'offline' } });
    const el = await render<HdRegister>(failing, 'hd-register', html`<hd-register></hd-register>`);
    const email = newAddress();
    await typeInto(el, 'email', email);
    await press('Enter');
    await until(el, 'Algo falló de nuestro lado.');
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal(email);
    expect(focused(el)).to.equal($(el, '#form-alert'));

    const details = await render<HdRegister>(
      failing,
      'hd-register',
      html`<hd-register token="t"></hd-register>`,
      'pt-BR'
    );
    await fillDetails(details, 'Lucía Fernández', STRONG);
    await press('Enter');
    await until(details, 'Você está sem conexão.');
    expect($<HTMLInputElement>(details, '#name')!.value).to.equal('Lucía Fernández');
  });

  it('links to a hosted sign-up page, or says sign-up is not offered', async () => {
    const hostedPreset: Preset = {
      ...preset,
      id: 'register-hosted',
      capabilities: {
        ...preset.capabilities,
        accounts: { signup: { mode: 'hosted', url: 'https://example.com/alta' } }
      }
    };
    const hosted = await createTestAdapter({ preset: hostedPreset, signedIn: false });
    const el = await render<HdRegister>(hosted, 'hd-register', html`<hd-register></hd-register>`);
    await until(el, 'Registrarse');
    await waitUntil(() => $(el, 'a') !== null);
    expect($(el, 'a')!.getAttribute('href')).to.equal('https://example.com/alta');
    expect($(el, 'form')).to.equal(null);

    const nonePreset: Preset = {
      ...preset,
      id: 'register-none',
      capabilities: { accounts: { signup: { mode: 'none' } } }
    };
    const none = await createTestAdapter({ preset: nonePreset, signedIn: false });
    const other = await render<HdRegister>(none, 'hd-register', html`<hd-register></hd-register>`);
    await until(other, 'Esta mesa de ayuda no ofrece registro aquí.');
  });
});
