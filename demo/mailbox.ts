import type { DemoMailbox } from '../src/adapters/local/index.js';

/** Shows the demo mailbox: the "e-mails" the local backend sends, newest first, with their links. */
export function showMailbox(mailbox: DemoMailbox, list: HTMLElement): void {
  const render = async () => {
    const mails = await mailbox.list();
    list.replaceChildren(
      ...mails.map(mail => {
        const item = document.createElement('li');
        const title = document.createElement('strong');
        title.textContent = mail.subject;
        const meta = document.createElement('div');
        meta.textContent = `Para: ${mail.to} · ${new Date(mail.sentAt).toLocaleString()}`;
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
    if (mails.length === 0) list.innerHTML = '<li>Sin mensajes.</li>';
  };
  mailbox.subscribe(() => void render());
  void render();
}
