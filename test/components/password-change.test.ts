import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/password-change/define.js';
import type { HdPasswordChange } from '../../src/components/password-change/password-change.js';
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

const NEXT = 'Río-Verde-Montaña-73';
const DONE = 'Su contraseña se ha cambiado correctamente.';

async function fill(el: HdPasswordChange, current: string, next: string, confirm: string): Promise<void> {
  if (current) await typeInto(el, 'current', current);
  if (next) await typeInto(el, 'new-password', next);
  if (confirm) await typeInto(el, 'confirm', confirm);
  (await found(el, '#current')).focus();
  await press('Enter');
}

describe('<hd-password-change>', () => {
  afterEach(async () => {
    stopRecording();
    await disposeTestAdapters();
  });

  it('is accessible: form, wrong current password, changed, signed out', async () => {
    const adapter = await createTestAdapter();
    const el = await render<HdPasswordChange>(
      adapter,
      'hd-password-change',
      html`<hd-password-change></hd-password-change>`
    );
    await found(el, '#current');
    await expect(el).to.be.accessible();
    await fill(el, 'no-es-esta', NEXT, NEXT);
    await until(el, 'La contraseña actual no es correcta.');
    await expect(el).to.be.accessible();
    await typeInto(el, 'current', customer.password);
    await press('Enter');
    await until(el, DONE);
    await expect(el).to.be.accessible();
    await adapter.signOut();
    await until(el, 'Inicie sesión para cambiar la contraseña.');
    await expect(el).to.be.accessible();
  });

  it('changes the password with the seed wording and success message', async () => {
    const adapter = await createTestAdapter();
    const changed = record('hd-password-changed');
    const el = await render<HdPasswordChange>(
      adapter,
      'hd-password-change',
      html`<hd-password-change></hd-password-change>`
    );
    await found(el, '#current');
    expect($(el, 'h2')!.textContent).to.equal('Cambiar contraseña');
    expect($<HTMLInputElement>(el, '#current')!.autocomplete).to.equal('current-password');
    expect($<HTMLInputElement>(el, '#new-password')!.autocomplete).to.equal('new-password');
    expect($<HTMLInputElement>(el, '#confirm')!.autocomplete).to.equal('new-password');
    expect(button(el, 'Cambiar contraseña').getAttribute('type')).to.equal('submit');

    await fill(el, customer.password, NEXT, NEXT);
    await until(el, DONE);
    expect(focused(el)).to.equal($(el, '#done'));
    expect(changed[0]?.detail).to.deep.equal({ via: 'change' });
    for (const id of ['current', 'new-password', 'confirm'])
      expect($<HTMLInputElement>(el, `#${id}`)!.value).to.equal('');
    expect(await adapter.getSession()).not.to.equal(null);
    await adapter.signOut();
    await adapter.signIn({ kind: 'password', login: customer.email, password: NEXT });
  });

  it('tells a wrong current password at that field, and keeps the new one', async () => {
    const adapter = await createTestAdapter();
    const errors = record('hd-error');
    const el = await render<HdPasswordChange>(
      adapter,
      'hd-password-change',
      html`<hd-password-change></hd-password-change>`
    );
    await fill(el, 'no-es-esta', NEXT, NEXT);
    await until(el, 'La contraseña actual no es correcta.');
    const current = $<HTMLInputElement>(el, '#current')!;
    expect(current.getAttribute('aria-invalid')).to.equal('true');
    expect(current.getAttribute('aria-describedby')).to.equal('current-error');
    expect(focused(el)).to.equal(current);
    expect($<HTMLInputElement>(el, '#new-password')!.value).to.equal(NEXT);
    expect(errors[0]?.detail.code).to.equal('invalid');
  });

  it('checks the fields before sending: required, same as current, weak, mismatch', async () => {
    const adapter = await createTestAdapter();
    const el = await render<HdPasswordChange>(
      adapter,
      'hd-password-change',
      html`<hd-password-change></hd-password-change>`
    );
    await fill(el, '', '', '');
    await until(el, 'Escriba su contraseña actual.');
    expect(text(el)).to.include('Escriba una contraseña.');
    expect(text(el)).to.include('Escriba de nuevo la contraseña nueva.');
    expect(focused(el)).to.equal($(el, '#current'));

    await typeInto(el, 'current', customer.password);
    await typeInto(el, 'new-password', customer.password);
    await typeInto(el, 'confirm', customer.password);
    await press('Enter');
    await until(el, 'La contraseña nueva debe ser distinta de la actual.');
    expect(focused(el)).to.equal($(el, '#new-password'));

    $<HTMLInputElement>(el, '#new-password')!.select();
    await typeInto(el, 'new-password', '12345678');
    await press('Enter');
    await until(el, 'La contraseña es demasiado fácil de adivinar');

    $<HTMLInputElement>(el, '#new-password')!.select();
    await typeInto(el, 'new-password', NEXT);
    await press('Enter');
    await until(el, 'Las contraseñas no coinciden.');
    expect(focused(el)).to.equal($(el, '#confirm'));
  });

  it('keeps everything typed when the backend fails, and says why', async () => {
    const adapter = await createTestAdapter();
    const failing = withFaults(adapter, { fail: { changePassword: 'server' } });
    const el = await render<HdPasswordChange>(
      failing,
      'hd-password-change',
      html`<hd-password-change></hd-password-change>`,
      'pt-BR'
    );
    await fill(el, customer.password, NEXT, NEXT);
    await until(el, 'Algo deu errado');
    expect($<HTMLInputElement>(el, '#current')!.value).to.equal(customer.password);
    expect($<HTMLInputElement>(el, '#new-password')!.value).to.equal(NEXT);
  });

  it('asks to sign in again when the session ended mid-task, and gives the form back as typed', async () => {
    const adapter = await createTestAdapter();
    const navigations = record('hd-navigate');
    const el = await render<HdPasswordChange>(
      adapter,
      'hd-password-change',
      html`<hd-password-change></hd-password-change>`
    );
    await typeInto(el, 'current', customer.password);
    await typeInto(el, 'new-password', NEXT);
    await adapter.signOut();
    await until(el, 'Inicie sesión para cambiar la contraseña.');
    button(el, 'Iniciar sesión').click();
    expect(navigations[0]?.detail).to.deep.equal({ view: 'sign-in', returnTo: 'change-password' });

    await adapter.signIn({ kind: 'password', login: customer.email, password: customer.password });
    await found(el, '#current');
    expect($<HTMLInputElement>(el, '#current')!.value).to.equal(customer.password);
    expect($<HTMLInputElement>(el, '#new-password')!.value).to.equal(NEXT);

    const expired = withFaults(adapter, { fail: { changePassword: 'unauthorized' } });
    const other = await render<HdPasswordChange>(
      expired,
      'hd-password-change',
      html`<hd-password-change></hd-password-change>`
    );
    await fill(other, customer.password, NEXT, NEXT);
    await until(other, 'Su sesión terminó. Inicie sesión de nuevo para continuar; lo que escribió se conserva.');
    expect($<HTMLInputElement>(other, '#new-password')!.value).to.equal(NEXT);
  });

  it('follows the capabilities: a hosted page, or not offered', async () => {
    const hostedPreset: Preset = {
      ...preset,
      id: 'change-hosted',
      capabilities: { accounts: { changePassword: { mode: 'hosted', url: 'https://example.com/clave' } } }
    };
    const hosted = await render<HdPasswordChange>(
      await createTestAdapter({ preset: hostedPreset }),
      'hd-password-change',
      html`<hd-password-change></hd-password-change>`
    );
    await waitUntil(() => $(hosted, 'a') !== null);
    expect($(hosted, 'a')!.getAttribute('href')).to.equal('https://example.com/clave');

    const nonePreset: Preset = {
      ...preset,
      id: 'change-none',
      capabilities: { accounts: { changePassword: { mode: 'none' } } }
    };
    const none = await render<HdPasswordChange>(
      await createTestAdapter({ preset: nonePreset }),
      'hd-password-change',
      html`<hd-password-change></hd-password-change>`
    );
    await until(none, 'Esta mesa de ayuda no permite cambiar la contraseña aquí.');
  });

  it('takes the password rules of its provider', async () => {
    const adapter = await createTestAdapter();
    const provider = await fixture(
      html`<hd-provider .adapter=${adapter} locale="es" .passwordPolicy=${{ minLength: 24 }}>
        <hd-password-change></hd-password-change>
      </hd-provider>`
    );
    const el = provider.querySelector<HdPasswordChange>('hd-password-change')!;
    await found(el, '#current');
    await fill(el, customer.password, NEXT, NEXT);
    await until(el, 'La contraseña necesita al menos 24 caracteres.');
  });
});
