// The script-tag entry, what a vendor loads with
//   <script type="module" src=".../helpdesk-elements.js" data-preset="category-cards"></script>
// It is the facade of the help desk: the launcher button, the `window.HelpDesk` API and the queue of calls made
// before it loaded. The portal, its views, the backend adapter and the presets load when the customer reaches
// for help (docs/embedding.md).
import './widget/launcher/define.js';
import { installHelpDesk } from './embed/install.js';

installHelpDesk({ moduleUrl: import.meta.url });
