import '../src/define.js';
import { createLocalAdapter } from '../src/adapters/local/index.js';
import { presets } from '../src/widget/presets/index.js';
import { showMailbox } from './mailbox.js';

const preset = presets['category-cards'];
const adapter = createLocalAdapter({ preset });

const provider = document.querySelector('hd-provider')!;
const cards = document.querySelector('hd-category-cards')!;
const form = document.querySelector('hd-case-form')!;
const sessionLine = document.querySelector('#session-line')!;

await adapter.ready;

// Until the account elements arrive, the demo signs the preset's first customer in by itself.
const [demoUser] = preset.users;
if (demoUser && !(await adapter.getSession())) {
  await adapter.signIn({ kind: 'password', login: demoUser.email, password: demoUser.password });
}
const session = await adapter.getSession();
sessionLine.textContent = session ? `Sesión iniciada como ${session.user.name} (${session.user.email ?? ''})` : '';

provider.adapter = adapter;

cards.addEventListener('hd-category-select', event => {
  form.categoryId = event.detail.category.id;
  form.hidden = false;
  form.scrollIntoView({ behavior: 'smooth', block: 'start' });
  form.focus();
});

form.addEventListener('hd-case-created', () => {
  // The list updates by itself through the adapter's change feed; nothing to do here but keep the form visible.
});

document.querySelector('#agent-reply')!.addEventListener('click', async () => {
  const [newest] = await adapter.support.listAllCases();
  if (!newest) return;
  await adapter.support.reply(newest.id, {
    body: `Hola, estamos revisando el caso ${newest.reference}. Le escribiremos pronto.`,
    authorName: 'Agente de soporte'
  });
});

document.querySelector('#reset')!.addEventListener('click', async () => {
  await adapter.reset();
  location.reload();
});

showMailbox(adapter.mailbox, document.querySelector('#mailbox')!);
