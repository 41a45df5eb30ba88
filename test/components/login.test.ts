import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/components/login/define.js';
import type { HdLogin } from '../../src/components/login/login.js';
import type { Preset } from '../../src/core/preset.js';
import { withFaults } from '../../src/testing/faults.js';
import {
  $,
  button,
  customer,
  focused,
  found,
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

const WRONG = 'El correo electrónico o la contraseña no son correctos.';

async function signInWith(el: HdLogin, login: string, password: string): Promise<void> {
  await typeInto(el, 'login', login);
  await typeInto(el, 'password', password);
  await press('Enter');
}

describe('<hd-login>', () => {
  afterEach(async () => {
    stopRecording();
    await disposeTestAdapters();
  });

  it('is accessible: empty, refused and signed in', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdLogin>(adapter, 'hd-login', html`<hd-login></hd-login>`);
    await found(el, '#login');
    await expect(el).to.be.accessible();

    await signInWith(el, customer.email, 'not-the-password');
    await until(el, WRONG);
    await expect(el).to.be.accessible();

    await typeInto(el, 'password', customer.password);
    await press('Enter');
    await until(el, `Sesión iniciada como ${customer.name}.`);
    await expect(el).to.be.accessible();
  });

  it('shows the seed wording, with autocomplete for password managers and a "show password" box', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdLogin>(adapter, 'hd-login', html`<hd-login></hd-login>`);
    const login = await found<HTMLInputElement>(el, '#login');
    const password = $<HTMLInputElement>(el, '#password')!;
    expect($(el, 'h2')!.textContent).to.equal('Iniciar sesión');
    expect($(el, 'label[for="login"]')!.textContent).to.equal('Correo electrónico');
    expect($(el, 'label[for="password"]')!.textContent).to.equal('Contraseña');
    expect(login.autocomplete).to.equal('username');
    expect(password.autocomplete).to.equal('current-password');
    expect(password.type).to.equal('password');
    expect(text(el)).to.include('¿Ha olvidado la contraseña?');
    expect(text(el)).to.include('¿Necesitas una cuenta? Inscríbete.');

    $<HTMLInputElement>(el, '#show-password')!.click();
    await el.updateComplete;
    expect(password.type).to.equal('text');
    expect($(el, 'label[for="show-password"]')!.textContent).to.equal('Mostrar contraseña');
  });

  it('signs in with Enter, emits hd-signed-in and keeps no password', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdLogin>(adapter, 'hd-login', html`<hd-login></hd-login>`);
    const signedIn = record('hd-signed-in');
    await signInWith(el, customer.email, customer.password);
    await until(el, `Sesión iniciada como ${customer.name}.`);
    expect(signedIn).to.have.length(1);
    expect(signedIn[0]!.detail.session.user.email).to.equal(customer.email);
    expect((await adapter.getSession())?.user.name).to.equal(customer.name);
    expect(JSON.stringify(sessionStorage) + JSON.stringify(localStorage)).not.to.include(customer.password);
  });

  it('asks for both fields, each message at its field, focus on the first', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdLogin>(adapter, 'hd-login', html`<hd-login></hd-login>`);
    (await found(el, '#login')).focus();
    await press('Enter');
    await until(el, 'Escriba su correo electrónico.');
    const login = $<HTMLInputElement>(el, '#login')!;
    expect(login.getAttribute('aria-invalid')).to.equal('true');
    expect(login.getAttribute('aria-describedby')).to.equal('login-error');
    expect($(el, '#login-error')!.textContent).to.equal('Escriba su correo electrónico.');
    expect($(el, '#password-error')!.textContent).to.equal('Escriba su contraseña.');
    expect(focused(el)).to.equal(login);
  });

  it('gives one generic message for a wrong password and for an unknown login, and asks for the password again', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdLogin>(adapter, 'hd-login', html`<hd-login></hd-login>`);
    const errors = record('hd-error');
    await signInWith(el, customer.email, 'wrong-password');
    await until(el, WRONG);
    const login = $<HTMLInputElement>(el, '#login')!;
    const password = $<HTMLInputElement>(el, '#password')!;
    expect(login.value).to.equal(customer.email);
    expect(password.value).to.equal('');
    expect(login.getAttribute('aria-invalid')).to.equal('true');
    expect(password.getAttribute('aria-invalid')).to.equal('true');
    expect(password.getAttribute('aria-describedby')).to.equal('form-alert');
    expect($(el, '#form-alert')!.getAttribute('role')).to.equal('alert');
    expect(focused(el)).to.equal(password);
    expect(errors[0]?.detail.code).to.equal('unauthorized');

    login.select();
    await typeInto(el, 'login', 'nadie@example.com');
    await typeInto(el, 'password', customer.password);
    await press('Enter');
    await waitUntil(() => errors.length === 2);
    expect($(el, '#form-alert')!.textContent!.trim()).to.equal(WRONG);
    expect(await adapter.getSession()).to.equal(null);
  });

  it('tells the wait time once the backend locks the login after five failures', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdLogin>(adapter, 'hd-login', html`<hd-login></hd-login>`);
    const errors = record('hd-error');
    await typeInto(el, 'login', customer.email);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await typeInto(el, 'password', `wrong-${attempt}`);
      await press('Enter');
      await waitUntil(() => errors.length === attempt, `attempt ${attempt}`);
      expect($(el, '#form-alert')!.textContent!.trim()).to.equal(WRONG);
    }
    await typeInto(el, 'password', customer.password);
    await press('Enter');
    await until(el, 'Demasiados intentos fallidos. Por seguridad, espere 15 minutos antes de volver a intentarlo.');
    expect(focused(el)).to.equal($(el, '#form-alert'));
    expect(await adapter.getSession()).to.equal(null);
  });

  it('explains a failing backend in the page language and keeps what was typed', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const offline = withFaults(adapter, { fail: { signIn: 'offline' } });
    const el = await render<HdLogin>(offline, 'hd-login', html`<hd-login></hd-login>`);
    await signInWith(el, customer.email, customer.password);
    await until(el, 'No hay conexión.');
    expect($<HTMLInputElement>(el, '#login')!.value).to.equal(customer.email);
    expect($<HTMLInputElement>(el, '#password')!.value).to.equal(customer.password);

    const server = withFaults(adapter, { fail: { signIn: 'server' } });
    const english = await render<HdLogin>(server, 'hd-login', html`<hd-login></hd-login>`, 'en');
    await signInWith(english, customer.email, customer.password);
    await until(english, 'Something went wrong on our side.');
    expect($<HTMLInputElement>(english, '#login')!.value).to.equal(customer.email);
  });

  it('signs in with a host token and shows no form; removing the token signs out', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const token = await adapter.support.issueHostToken(customer.email);
    const signedIn = record('hd-signed-in');
    const signedOut = record('hd-signed-out');
    const el = await render<HdLogin>(adapter, 'hd-login', html`<hd-login token=${token}></hd-login>`);
    await until(el, `Sesión iniciada como ${customer.name}.`);
    expect($(el, 'form')).to.equal(null);
    expect($(el, 'input')).to.equal(null);
    expect(signedIn).to.have.length(1);
    expect((await adapter.getSession())?.user.email).to.equal(customer.email);
    await expect(el).to.be.accessible();

    el.removeAttribute('token');
    await waitUntil(() => signedOut.length === 1, 'hd-signed-out after the token was removed');
    expect(await adapter.getSession()).to.equal(null);
  });

  it('signs out when the host page says it signed out', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const token = await adapter.support.issueHostToken(customer.email);
    const el = await render<HdLogin>(adapter, 'hd-login', html`<hd-login .token=${token}></hd-login>`);
    await until(el, `Sesión iniciada como ${customer.name}.`);
    document.dispatchEvent(new CustomEvent('hd-signed-out', { detail: {} }));
    await until(el, 'Se cerró la sesión.');
    await waitUntil(async () => (await adapter.getSession()) === null, 'the adapter signed out');
    expect($(el, 'form')).to.equal(null);
  });

  it('says so when the host token is refused, still without a form', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdLogin>(adapter, 'hd-login', html`<hd-login token="made-up"></hd-login>`);
    await until(el, 'No pudimos iniciar su sesión con su cuenta de este sitio.');
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('links to the other flows as the capabilities say: events, hosted pages, or nothing', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdLogin>(adapter, 'hd-login', html`<hd-login></hd-login>`);
    const navigations = record('hd-navigate');
    (await found(el, '#login')).focus();
    button(el, 'Inscríbete.').click();
    button(el, '¿Ha olvidado la contraseña?').click();
    expect(navigations.map(event => event.detail.view)).to.deep.equal(['register', 'forgot-password']);

    const hostedPreset: Preset = {
      ...preset,
      id: 'login-capabilities',
      capabilities: {
        ...preset.capabilities,
        accounts: { signup: { mode: 'hosted', url: 'https://example.com/alta' }, passwordReset: { mode: 'none' } }
      }
    };
    const hosted = await createTestAdapter({ preset: hostedPreset, signedIn: false });
    const other = await render<HdLogin>(hosted, 'hd-login', html`<hd-login></hd-login>`);
    await found(other, '#login');
    expect(button(other, 'Inscríbete.').getAttribute('href')).to.equal('https://example.com/alta');
    expect(text(other)).not.to.include('¿Ha olvidado la contraseña?');
  });

  it('asks for a user name with login-kind="username" (seed 001)', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdLogin>(adapter, 'hd-login', html`<hd-login login-kind="username"></hd-login>`);
    await found(el, '#login');
    expect($(el, 'label[for="login"]')!.textContent).to.equal('Usuario');
    expect($<HTMLInputElement>(el, '#login')!.type).to.equal('text');
    await signInWith(el, customer.email, 'wrong');
    await until(el, 'El usuario o la contraseña no son correctos.');
  });
});
