/* global HelpDesk */
// The sample shop's own script: it talks to the help desk only through window.HelpDesk (queued until it loads).
const log = document.querySelector('#events');

function note(text) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString('es')} · ${text}`;
  log.prepend(item);
}

document.querySelector('#open-new-case').addEventListener('click', () => HelpDesk('open', 'new-case'));
document.querySelector('#open-cases').addEventListener('click', () => HelpDesk('open', 'my-cases'));
document
  .querySelector('#open-emergency')
  .addEventListener('click', () => HelpDesk('open', 'new-case', { categoryId: 'plataforma-inaccesible' }));
document.querySelector('#locale').addEventListener('change', event => HelpDesk('setLocale', event.target.value));

HelpDesk('on', 'open', () => note('Se abrió la ayuda.'));
HelpDesk('on', 'close', () => note('Se cerró la ayuda.'));
HelpDesk('on', 'signed-in', detail => note(`Sesión iniciada: ${detail.session.user.name}.`));
HelpDesk('on', 'case-created', detail => note(`Caso creado: ${detail.case.reference}.`));
HelpDesk('on', 'emergency', detail => note(`¡Emergencia! ${detail.category.name}.`));
