// The script-tag entry: one bundle a vendor loads with
//   <script type="module" src=".../helpdesk-elements.js" data-helpdesk data-preset="category-cards"></script>
// It registers every element and, when the tag names a preset, configures the page on the embedded backend.
import './define.js';
import { createLocalAdapter } from './adapters/local/index.js';
import { configure } from './controllers/config.js';
import { resolveLocale } from './core/messages/catalogs.js';
import { presets } from './widget/presets/index.js';

function configureFromScriptTag(): void {
  const script = document.querySelector<HTMLScriptElement>('script[data-helpdesk]');
  const presetId = script?.dataset['preset'];
  if (!script || !presetId) return;
  const preset = presets[presetId];
  if (!preset) {
    console.error(`helpdesk-elements: unknown preset "${presetId}". Known: ${Object.keys(presets).join(', ')}.`);
    return;
  }
  const locale = script.dataset['locale'];
  configure({ adapter: createLocalAdapter({ preset }), ...(locale ? { locale: resolveLocale([locale]) } : {}) });
}

configureFromScriptTag();
