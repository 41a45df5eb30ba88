import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/components/password-reset/define.js';
import type { HdPasswordReset } from '../../src/components/password-reset/password-reset.js';
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
  record,
  render,
  stopRecording,
  text,
  typeInto,
  until
} from '../support/account-helpers.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';
import type { LocalAdapter } from '../../src/adapters/local/index.js';

const NEXT = 'Río-Verde-Montaña-73';
const DONE = 'Su contraseña se ha restablecido.';

async function resetToken(adapter: LocalAdapter): Promise<string> {
  await adapter.requestPasswordReset(customer.email);
  return (await linkMail(adapter, customer.email, 'reset')).token;
}

async function fill(el: HdPasswordReset, next: string, confirm: string): Promise<void> {
  await typeInto(el, 'new-password', next);
  await typeInto(el, 'confirm', confirm);
  await press('Enter');
}

describe('<hd-password-reset>', () => {
  afterEach(async () => {
    stopRecording();
    history.replaceState(null, '', location.pathname + location.search);
    await disposeTestAdapters();
    await disposeClockAdapters();
  });

  it('is accessible: form, mismatch, reset and a used link', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const token = await resetToken(adapter);
    const el = await render<HdPasswordReset>(
      adapter,
      'hd-password-reset',
      html`<hd-password-reset token=${token}></hd-password-reset>`
    );
    await found(el, '#new-password');
    await expect(el).to.be.accessible();
    await fill(el, NEXT, 'otra cosa');
    await until(el, 'Las contraseñas no coinciden.');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#confirm')!.select();
    await typeInto(el, 'confirm', NEXT);
    await press('Enter');
    await until(el, DONE);
    await expect(el).to.be.accessible();

    const again = await render<HdPasswordReset>(
      adapter,
      'hd-password-reset',
      html`<hd-password-reset token=${token}></hd-password-reset>`
    );
    await fill(again, NEXT, NEXT);
    await until(again, 'Este enlace para restablecer la contraseña ya se usó.');
    await expect(again).to.be.accessible();
  });

  it('resets end to end from the mailed link in the address, then offers to sign in', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const changed = record('hd-password-changed');
    const navigations = record('hd-navigate');
    const token = await resetToken(adapter);
    history.replaceState(null, '', `${location.pathname}${location.search}#hd-reset=${token}`);
    const el = await render<HdPasswordReset>(
      adapter,
      'hd-password-reset',
      html`<hd-password-reset read-link-from-url></hd-password-reset>`
    );
    await found(el, '#new-password');
    expect($(el, 'h2')!.textContent).to.equal('Restablecer contraseña');
    expect($(el, 'label[for="new-password"]')!.textContent).to.equal('Contraseña nueva');
    expect($(el, 'label[for="confirm"]')!.textContent).to.equal('Confirmar nueva contraseña');
    expect($<HTMLInputElement>(el, '#new-password')!.autocomplete).to.equal('new-password');
    expect($<HTMLInputElement>(el, '#confirm')!.autocomplete).to.equal('new-password');
    expect(button(el, 'Restablecer').getAttribute('type')).to.equal('submit');

    await fill(el, NEXT, NEXT);
    await until(el, DONE);
    expect(focused(el)).to.equal($(el, '#done'));
    expect(changed[0]?.detail).to.deep.equal({ via: 'reset' });
    expect(location.hash).to.equal('');
    button(el, 'Iniciar sesión').click();
    expect(navigations.map(event => event.detail.view)).to.deep.equal(['sign-in']);

    await adapter.signIn({ kind: 'password', login: customer.email, password: NEXT });
    await adapter.signOut();
    let refused = false;
    await adapter.signIn({ kind: 'password', login: customer.email, password: customer.password }).catch(() => {
      refused = true;
    });
    expect(refused).to.equal(true);
  });

  it('tells a mismatch at the confirmation and a weak password at the new one', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdPasswordReset>(
      adapter,
      'hd-password-reset',
      html`<hd-password-reset token="t"></hd-password-reset>`
    );
    await fill(el, NEXT, `${NEXT}x`);
    await until(el, 'Las contraseñas no coinciden.');
    const confirm = $<HTMLInputElement>(el, '#confirm')!;
    expect(confirm.getAttribute('aria-invalid')).to.equal('true');
    expect(confirm.getAttribute('aria-describedby')).to.equal('confirm-error');
    expect($(el, '#new-password')!.getAttribute('aria-invalid')).to.equal('false');
    expect(focused(el)).to.equal(confirm);

    $<HTMLInputElement>(el, '#new-password')!.select();
    await typeInto(el, 'new-password', 'qwerty123');
    await press('Enter');
    await until(el, 'La contraseña es demasiado fácil de adivinar');
    expect(focused(el)).to.equal($(el, '#new-password'));
  });

  it('says an expired link expired and sends a new one right there', async () => {
    const { adapter, clock } = await createClockAdapter();
    const sent = record('hd-link-sent');
    const token = await resetToken(adapter);
    clock.advance(2 * 3_600_000);
    const el = await render<HdPasswordReset>(
      adapter,
      'hd-password-reset',
      html`<hd-password-reset token=${token}></hd-password-reset>`
    );
    await fill(el, NEXT, NEXT);
    await until(el, 'Este enlace para restablecer la contraseña venció.');
    expect(focused(el)).to.equal($(el, '#link-problem'));
    expect(text(el)).to.include('Escriba su correo electrónico y le enviaremos un enlace nuevo.');

    const forgot = await found(el, 'hd-password-forgot');
    await typeInto(forgot, 'email', customer.email);
    await press('Enter');
    await until(forgot, 'Consulte su correo electrónico para restablecer la contraseña.');
    expect(sent).to.have.length(1);
    await waitUntil(
      async () => (await adapter.mailbox.list()).filter(mail => mail.link?.kind === 'reset').length === 2
    );
  });

  it('says an unknown link is not valid, and without a link where to get one', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdPasswordReset>(
      adapter,
      'hd-password-reset',
      html`<hd-password-reset token="inventado"></hd-password-reset>`
    );
    await fill(el, NEXT, NEXT);
    await until(el, 'Este enlace para restablecer la contraseña no es válido.');

    const navigations = record('hd-navigate');
    const none = await render<HdPasswordReset>(
      adapter,
      'hd-password-reset',
      html`<hd-password-reset></hd-password-reset>`
    );
    await until(none, 'Abra el enlace que le enviamos por correo electrónico para restablecer la contraseña.');
    button(none, '¿Ha olvidado la contraseña?').click();
    expect(navigations[0]?.detail.view).to.equal('forgot-password');
  });

  it('keeps the new password typed when the backend fails, and says why', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const token = await resetToken(adapter);
    const failing = withFaults(adapter, { fail: { completePasswordReset: 'offline' } });
    const el = await render<HdPasswordReset>(
      failing,
      'hd-password-reset',
      html`<hd-password-reset token=${token}></hd-password-reset>`,
      'en'
    );
    await fill(el, NEXT, NEXT);
    await until(el, 'You are offline.');
    expect($<HTMLInputElement>(el, '#new-password')!.value).to.equal(NEXT);
    expect(focused(el)).to.equal($(el, '#form-alert'));
  });
});
