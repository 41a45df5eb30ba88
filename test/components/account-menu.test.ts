import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/components/account-menu/define.js';
import type { HdAccountMenu } from '../../src/components/account-menu/account-menu.js';
import type { Preset } from '../../src/core/preset.js';
import { withFaults } from '../../src/testing/faults.js';
import {
  $,
  customer,
  focused,
  found,
  press,
  preset,
  record,
  render,
  stopRecording,
  text,
  until
} from '../support/account-helpers.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

function label(el: Element | null): string {
  return (el?.textContent ?? '').trim();
}

async function openMenu(el: HdAccountMenu): Promise<HTMLElement> {
  const trigger = await found(el, '#trigger');
  trigger.focus();
  await press('Enter');
  await waitUntil(() => trigger.getAttribute('aria-expanded') === 'true');
  return trigger;
}

describe('<hd-account-menu>', () => {
  afterEach(async () => {
    stopRecording();
    await disposeTestAdapters();
  });

  it('is accessible closed and open', async () => {
    const adapter = await createTestAdapter();
    const el = await render<HdAccountMenu>(adapter, 'hd-account-menu', html`<hd-account-menu></hd-account-menu>`);
    await found(el, '#trigger');
    await expect(el).to.be.accessible();
    await openMenu(el);
    await expect(el).to.be.accessible();
  });

  it('is a real menu button with the signed-in name and the seed items', async () => {
    const adapter = await createTestAdapter();
    const el = await render<HdAccountMenu>(adapter, 'hd-account-menu', html`<hd-account-menu></hd-account-menu>`);
    const trigger = await found(el, '#trigger');
    expect(label(trigger)).to.equal(customer.name);
    expect(trigger.getAttribute('aria-haspopup')).to.equal('menu');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[role="menu"]')!.hidden).to.equal(true);

    trigger.click();
    await waitUntil(() => trigger.getAttribute('aria-expanded') === 'true');
    const items = [...el.shadowRoot!.querySelectorAll('[role="menuitem"]')];
    expect(items.map(label)).to.deep.equal(['Creadas por mí', 'Cambiar contraseña', 'Cerrar sesión']);
    expect(items.every(item => item.getAttribute('tabindex') === '-1')).to.equal(true);
    expect(focused(el)).to.equal(items[0]);
  });

  it('works with the keyboard alone: arrows, Home, End, letters, Escape and Enter', async () => {
    const adapter = await createTestAdapter();
    const navigations = record('hd-navigate');
    const el = await render<HdAccountMenu>(adapter, 'hd-account-menu', html`<hd-account-menu></hd-account-menu>`);
    const trigger = await openMenu(el);
    expect(label(focused(el))).to.equal('Creadas por mí');
    await press('ArrowDown');
    expect(label(focused(el))).to.equal('Cambiar contraseña');
    await press('ArrowDown');
    expect(label(focused(el))).to.equal('Cerrar sesión');
    await press('ArrowDown');
    expect(label(focused(el))).to.equal('Creadas por mí');
    await press('ArrowUp');
    expect(label(focused(el))).to.equal('Cerrar sesión');
    await press('Home');
    expect(label(focused(el))).to.equal('Creadas por mí');
    await press('End');
    expect(label(focused(el))).to.equal('Cerrar sesión');
    await press('c');
    expect(label(focused(el))).to.equal('Creadas por mí');
    await new Promise(resolve => setTimeout(resolve, 600));
    await press('c');
    expect(label(focused(el))).to.equal('Cambiar contraseña');

    await press('Escape');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(trigger);

    await press('ArrowUp');
    await waitUntil(() => label(focused(el)) === 'Cerrar sesión', 'ArrowUp opens on the last item');
    await press('Home');
    await press('Enter');
    expect(navigations.map(event => event.detail.view)).to.deep.equal(['my-cases']);
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(trigger);

    await press('ArrowDown');
    await waitUntil(() => label(focused(el)) === 'Creadas por mí');
    await press('ArrowDown');
    await press(' ');
    expect(navigations.map(event => event.detail.view)).to.deep.equal(['my-cases', 'change-password']);
    expect(focused(el)).to.equal(trigger);
  });

  it('closes when Tab leaves it or a click lands elsewhere', async () => {
    const adapter = await createTestAdapter();
    const el = await render<HdAccountMenu>(adapter, 'hd-account-menu', html`<hd-account-menu></hd-account-menu>`);
    const trigger = await openMenu(el);
    await press('Tab');
    await waitUntil(() => trigger.getAttribute('aria-expanded') === 'false', 'Tab closes the menu');

    trigger.click();
    await waitUntil(() => trigger.getAttribute('aria-expanded') === 'true');
    document.body.click();
    await waitUntil(() => trigger.getAttribute('aria-expanded') === 'false', 'a click elsewhere closes the menu');
  });

  it('signs out from the keyboard and offers to sign in again, focused', async () => {
    const adapter = await createTestAdapter();
    const signedOut = record('hd-signed-out');
    const navigations = record('hd-navigate');
    const el = await render<HdAccountMenu>(adapter, 'hd-account-menu', html`<hd-account-menu></hd-account-menu>`);
    await openMenu(el);
    await press('End');
    await press('Enter');
    await waitUntil(() => signedOut.length === 1, 'hd-signed-out');
    expect(await adapter.getSession()).to.equal(null);
    const signIn = await found(el, '#sign-in');
    await waitUntil(() => focused(el) === signIn, 'focus on "Iniciar sesión"');
    expect(label(signIn)).to.equal('Iniciar sesión');
    await press('Enter');
    expect(navigations.map(event => event.detail.view)).to.deep.equal(['sign-in']);
  });

  it('follows the session: hidden with no-sign-in while signed out, the name once signed in', async () => {
    const adapter = await createTestAdapter({ signedIn: false });
    const el = await render<HdAccountMenu>(
      adapter,
      'hd-account-menu',
      html`<hd-account-menu no-sign-in></hd-account-menu>`
    );
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(text(el)).to.equal('');
    await expect(el).to.be.accessible();
    await adapter.signIn({ kind: 'password', login: customer.email, password: customer.password });
    await until(el, customer.name);
  });

  it('follows the capabilities for its items', async () => {
    const hostedPreset: Preset = {
      ...preset,
      id: 'menu-hosted',
      capabilities: {
        cases: { list: false },
        accounts: { changePassword: { mode: 'hosted', url: 'https://example.com/clave' } }
      }
    };
    const el = await render<HdAccountMenu>(
      await createTestAdapter({ preset: hostedPreset }),
      'hd-account-menu',
      html`<hd-account-menu></hd-account-menu>`
    );
    await openMenu(el);
    const items = [...el.shadowRoot!.querySelectorAll('[role="menuitem"]')];
    expect(items.map(label)).to.deep.equal(['Cambiar contraseña', 'Cerrar sesión']);
    expect(items[0]!.getAttribute('href')).to.equal('https://example.com/clave');
  });

  it('says so when signing out fails, and stays signed in', async () => {
    const adapter = await createTestAdapter();
    const failing = withFaults(adapter, { fail: { signOut: 'offline' } });
    const el = await render<HdAccountMenu>(failing, 'hd-account-menu', html`<hd-account-menu></hd-account-menu>`, 'en');
    await openMenu(el);
    await press('End');
    await press('Enter');
    await until(el, 'You are offline.');
    expect(await adapter.getSession()).not.to.equal(null);
    expect(label($(el, '#trigger'))).to.equal(customer.name);
  });
});
