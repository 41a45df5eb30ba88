import { expect, html } from '@open-wc/testing';
import '../../src/components/password-forgot/define.js';
import type { HdPasswordForgot } from '../../src/components/password-forgot/password-forgot.js';
import { HelpDeskError } from '../../src/core/errors.js';
import type { Preset } from '../../src/core/preset.js';
import { withFaults } from '../../src/testing/faults.js';
import {
  $,
  button,
  customer,
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

const SENT = 'Consulte su correo electrónico para restablecer la contraseña.';

describe('<hd-password-forgot>', () => {
  afterEach(async () => {
    stopRecording();
    await disposeTestAdapters();
  });

  it('is accessible: empty, refused and sent', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdPasswordForgot>(
      adapter,
      'hd-password-forgot',
      html`<hd-password-forgot></hd-password-forgot>`
    );
    await found(el, '#email');
    await expect(el).to.be.accessible();
    (await found(el, '#email')).focus();
    await press('Enter');
    await until(el, 'Escriba su correo electrónico.');
    await expect(el).to.be.accessible();
    await typeInto(el, 'email', customer.email);
    await press('Enter');
    await until(el, SENT);
    await expect(el).to.be.accessible();
  });

  it('sends the reset link with the seed wording, and the mail carries it', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const sent = record('hd-link-sent');
    const el = await render<HdPasswordForgot>(
      adapter,
      'hd-password-forgot',
      html`<hd-password-forgot></hd-password-forgot>`
    );
    const input = await found<HTMLInputElement>(el, '#email');
    expect($(el, 'h2')!.textContent).to.equal('¿Ha olvidado la contraseña?');
    expect($(el, 'label[for="email"]')!.textContent).to.equal('Correo electrónico');
    expect($(el, '#email-hint')!.textContent).to.equal(
      'Escriba su dirección de correo electrónico para solicitar un restablecimiento de contraseña.'
    );
    expect(input.getAttribute('aria-describedby')).to.equal('email-hint');
    expect(input.autocomplete).to.equal('email');
    expect(button(el, 'Enviar').getAttribute('type')).to.equal('submit');

    await typeInto(el, 'email', customer.email);
    await press('Enter');
    await until(el, SENT);
    expect(focused(el)).to.equal($(el, '#sent'));
    expect(sent[0]?.detail).to.deep.equal({ kind: 'reset', email: customer.email });
    const link = await linkMail(adapter, customer.email, 'reset');
    expect(link.url).to.match(/#hd-reset=/);
  });

  it('answers an unknown address the same way, without revealing it', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdPasswordForgot>(
      adapter,
      'hd-password-forgot',
      html`<hd-password-forgot></hd-password-forgot>`
    );
    await typeInto(el, 'email', 'nadie@example.com');
    await press('Enter');
    await until(el, SENT);
    expect(await adapter.mailbox.list()).to.have.length(0);
  });

  it('checks the address at its field', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdPasswordForgot>(
      adapter,
      'hd-password-forgot',
      html`<hd-password-forgot></hd-password-forgot>`
    );
    await typeInto(el, 'email', 'lmelo@');
    await press('Enter');
    await until(el, 'Escriba un correo electrónico válido, como nombre@empresa.com.');
    const input = $<HTMLInputElement>(el, '#email')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('email-error email-hint');
    expect(focused(el)).to.equal(input);
  });

  it('keeps the address when the backend fails, and tells the wait of a rate limit', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const failing = withFaults(adapter, { fail: { requestPasswordReset: 'server' } });
    const el = await render<HdPasswordForgot>(
      failing,
      'hd-password-forgot',
      html`<hd-password-forgot></hd-password-forgot>`
    );
    await typeInto(el, 'email', customer.email);
    await press('Enter');
    await until(el, 'Algo falló de nuestro lado.');
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal(customer.email);

    const limited = withFaults(adapter, {
      fail: { requestPasswordReset: new HelpDeskError('rate-limited', 'Slow down', { retryAfterSeconds: 120 }) }
    });
    const english = await render<HdPasswordForgot>(
      limited,
      'hd-password-forgot',
      html`<hd-password-forgot></hd-password-forgot>`,
      'en'
    );
    await typeInto(english, 'email', customer.email);
    await press('Enter');
    await until(english, 'Too many attempts. Try again in 2 minutes.');
  });

  it('goes back to sign in, and follows the capabilities', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const navigations = record('hd-navigate');
    const el = await render<HdPasswordForgot>(
      adapter,
      'hd-password-forgot',
      html`<hd-password-forgot></hd-password-forgot>`
    );
    await found(el, '#email');
    button(el, 'Volver a iniciar sesión').click();
    expect(navigations[0]?.detail.view).to.equal('sign-in');

    const hostedPreset: Preset = {
      ...preset,
      id: 'forgot-hosted',
      capabilities: { accounts: { passwordReset: { mode: 'hosted', url: 'https://example.com/recuperar' } } }
    };
    const hosted = await render<HdPasswordForgot>(
      await createTestAdapter({ preset: hostedPreset, signedIn: false }),
      'hd-password-forgot',
      html`<hd-password-forgot></hd-password-forgot>`
    );
    await until(hosted, 'Volver a iniciar sesión');
    expect(button(hosted, '¿Ha olvidado la contraseña?').getAttribute('href')).to.equal(
      'https://example.com/recuperar'
    );
    expect($(hosted, 'form')).to.equal(null);

    const nonePreset: Preset = {
      ...preset,
      id: 'forgot-none',
      capabilities: { accounts: { passwordReset: { mode: 'none' } } }
    };
    const none = await render<HdPasswordForgot>(
      await createTestAdapter({ preset: nonePreset, signedIn: false }),
      'hd-password-forgot',
      html`<hd-password-forgot></hd-password-forgot>`
    );
    await until(none, 'Esta mesa de ayuda no restablece contraseñas aquí.');
    expect(text(none)).not.to.include('Enviar');
  });
});
