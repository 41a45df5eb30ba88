// The support team's side, for scripts/csp-check.mjs: a second local adapter on the portal's database (same origin,
// same IndexedDB; the portal hears its changes) that answers a case with an HTML reply, including markup the
// sanitizer must remove. Bundled by esbuild into /csp/agent.js when the check starts.
import { createLocalAdapter } from '../../src/adapters/local/index.js';
import { categoryCards } from '../../src/widget/presets/index.js';

const adapter = createLocalAdapter({ preset: categoryCards });

/** The HTML an agent sends: formatting to keep, and an image handler, a script and a javascript: link to drop. */
export const AGENT_REPLY =
  '<p style="margin: 0 0 8px">Hola, <strong>revisamos el tablero</strong> y <em>ya carga</em>.</p>' +
  '<ul><li>Borre la caché</li><li>Vuelva a entrar</li></ul>' +
  '<p><a href="https://example.com/guia">Guía</a> <a href="javascript:alert(1)">truco</a></p>' +
  '<img src="x" onerror="window.agentXss = true"><script>window.agentXss = true</script>';

declare global {
  interface Window {
    cspAgent: { reply(reference: string): Promise<void> };
  }
}

window.cspAgent = {
  async reply(reference: string) {
    const found = (await adapter.support.listAllCases()).find(item => item.reference === reference);
    if (!found) throw new Error(`no case ${reference}`);
    await adapter.support.reply(found.id, { body: AGENT_REPLY, bodyFormat: 'html', authorName: 'Soporte' });
  }
};
