// The portal chunk: what `hd-launcher` and the script tag load with dynamic import() when the customer reaches for
// help. It registers `<hd-helpdesk>`; each view's elements, the backend adapter and the presets load on demand.
import './helpdesk/define.js';

export { HdHelpdesk } from './helpdesk/helpdesk.js';
export { presetAdapter } from './preset-adapter.js';
