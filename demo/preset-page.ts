// The page of one preset (demo/<preset>.html): the whole portal on the embedded backend, with the demo's side
// panel: the preset's accounts, the agent's reply, the mailbox and some deep links. The preset is the body's
// `data-preset`; no inline script, so the page can run under a strict Content-Security-Policy.
import '../src/widget/helpdesk/define.js';
import type { LocalAdapter } from '../src/adapters/local/index.js';
import { presetAdapter } from '../src/widget/preset-adapter.js';
import { presets } from '../src/widget/presets/index.js';
import { showMailbox } from './mailbox.js';

const presetId = document.body.dataset['preset'] ?? 'category-cards';
const preset = presets[presetId];
// The same adapter the portal creates for its `preset` attribute (one per preset and page).
const adapter = (await presetAdapter(presetId)) as LocalAdapter;

const text = (tag: string, content: string) => {
  const element = document.createElement(tag);
  element.textContent = content;
  return element;
};

document.querySelector('#accounts')!.replaceChildren(
  ...(preset?.users ?? []).map(user => {
    const item = document.createElement('li');
    item.append(
      text('strong', user.name),
      text('div', `Usuario: ${user.email}`),
      text('div', `Contraseña: ${user.password}`)
    );
    return item;
  })
);

// The agent answers the case the customer last opened or created in the portal (so its thread updates live in
// front of them), or else the newest case.
let lastCaseId: string | undefined;
document.addEventListener('hd-case-open', event => (lastCaseId = event.detail.caseId));
document.addEventListener('hd-case-created', event => (lastCaseId = event.detail.case.id));

const status = document.querySelector('#agent-status')!;
document.querySelector('#agent-reply')!.addEventListener('click', async () => {
  const cases = await adapter.support.listAllCases();
  const target = cases.find(candidate => candidate.id === lastCaseId) ?? cases[0];
  if (!target) {
    status.textContent = 'Todavía no hay casos.';
    return;
  }
  await adapter.support.reply(target.id, {
    body: `Hola, estamos revisando el caso ${target.reference}. Le escribiremos pronto.`,
    authorName: 'Agente de soporte'
  });
  status.textContent = `Se respondió el caso ${target.reference}.`;
});

document.querySelector('#reset')!.addEventListener('click', async () => {
  await adapter.reset();
  location.reload();
});

showMailbox(adapter.mailbox, document.querySelector('#mailbox')!);

const links: [string, string][] = [
  ['#hd/home', 'Inicio'],
  ['#hd/new', 'Abrir un caso (elegir categoría)'],
  ['#hd/cases', 'Mis casos'],
  ['#hd/sign-in', 'Iniciar sesión']
];
const capabilities = await adapter.capabilities();
if (capabilities.cases.organizationScope) links.push(['#hd/cases/company', 'Casos de mi empresa']);
if (capabilities.entitlements) links.push(['#hd/hours', 'Bolsas de horas']);
if (capabilities.invoices) links.push(['#hd/invoices', 'Facturas']);
const [firstCase] = await adapter.support.listAllCases();
if (firstCase) links.push([`#hd/case/${firstCase.reference}`, `Caso ${firstCase.reference}`]);
document.querySelector('#links')!.replaceChildren(
  ...links.map(([href, label]) => {
    const item = document.createElement('li');
    const link = text('a', label) as HTMLAnchorElement;
    link.href = href;
    item.append(link, ' ', text('code', href));
    return item;
  })
);
