import type { DemoMailbox } from '../src/adapters/local/index.js';

/**
 * Shows the demo mailbox: the "e-mails" the local backend sends, newest first, with their links. The links point at
 * this page with the token in the fragment (`#hd-signup=...`, `#hd-reset=...`): the portal (with `sync-hash`) opens
 * step two of sign-up or the password reset. DOM built without innerHTML, so the page works with Trusted Types.
 */
export function showMailbox(mailbox: DemoMailbox, list: HTMLElement): void {
  const render = async () => {
    const mails = await mailbox.list();
    if (mails.length === 0) {
      const empty = document.createElement('li');
      empty.textContent = 'Sin mensajes.';
      list.replaceChildren(empty);
      return;
    }
    list.replaceChildren(
      ...mails.map(mail => {
        const item = document.createElement('li');
        const title = document.createElement('strong');
        title.textContent = mail.subject;
        const meta = document.createElement('div');
        meta.textContent = `Para: ${mail.to} · ${new Date(mail.sentAt).toLocaleString('es')}`;
        item.append(title, meta);
        if (mail.link) {
          const link = document.createElement('a');
          link.href = mail.link.url;
          link.textContent = mail.link.kind === 'signup' ? 'Registrarse' : 'Restablecer contraseña';
          item.append(link);
        }
        return item;
      })
    );
  };
  mailbox.subscribe(() => void render());
  void render();
}
