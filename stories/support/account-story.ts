// What the account stories share: driving a form the way a customer does (typing fires `input`, submitting goes
// through the form), and reading the demo mailbox for sign-up and reset links.
import type { LocalAdapter } from '../../src/adapters/local/index.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';

/** Waits until `check` holds (or gives up quietly after a few seconds: a story still shows what it has). */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return true;
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  return false;
}

/** The account element of `tag` in the story, once rendered. */
export async function element(canvas: HTMLElement, tag: string): Promise<HTMLElement & { shadowRoot: ShadowRoot }> {
  await until(() => canvas.querySelector(tag)?.shadowRoot?.querySelector('form, .message, .alert, button') != null);
  return canvas.querySelector(tag) as HTMLElement & { shadowRoot: ShadowRoot };
}

/** Types `value` into the input `#id`, as one `input` event per character. */
export async function type(host: Element, id: string, value: string): Promise<void> {
  await until(() => host.shadowRoot?.querySelector(`#${id}`) != null);
  const input = host.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`);
  if (!input) return;
  input.focus();
  for (const char of value) {
    input.value += char;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: char }));
  }
}

/** Submits the element's form, as pressing Enter does. */
export function submit(host: Element): void {
  host.shadowRoot?.querySelector('form')?.requestSubmit();
}

/** A fresh address for sign-up stories, so each render starts a new account. */
export function newAddress(): string {
  return `nueva.cuenta.${Date.now().toString(36)}@example.com`;
}

/** Requests a link through the adapter and reads its token from the demo mailbox. */
export async function mailedToken(adapter: HelpDeskAdapter, email: string, kind: 'signup' | 'reset'): Promise<string> {
  if (kind === 'signup') await adapter.requestSignupLink(email);
  else await adapter.requestPasswordReset(email);
  const mails = await (adapter as LocalAdapter).mailbox.list();
  return mails.find(mail => mail.to === email && mail.link?.kind === kind)?.link?.token ?? '';
}
