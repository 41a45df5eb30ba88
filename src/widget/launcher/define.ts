import { HdLauncher } from './launcher.js';

export { HdLauncher };

// The guard of `defineElement` (components/shared/define.ts), written out so the script tag's loader imports no
// chunk it shares with the portal: one request with the page. A page may load the launcher twice.
if (typeof customElements !== 'undefined' && !customElements.get('hd-launcher')) {
  customElements.define('hd-launcher', HdLauncher);
}

declare global {
  interface HTMLElementTagNameMap {
    'hd-launcher': HdLauncher;
  }
}
