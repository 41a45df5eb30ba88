// The script-tag entry, what a vendor loads with
//   <script type="module" src=".../helpdesk-elements.js" data-preset="category-cards"></script>
// It is the facade of the help desk: the launcher button, the `window.HelpDesk` API and the queue of calls made
// before it loaded. The portal, its views, the backend adapter and the presets load when the customer reaches
// for help (docs/embedding.md).
import './widget/launcher/define.js';
import { installHelpDesk } from './embed/install.js';

// Split so no task exceeds 50 ms at 4x CPU slow-down: `window.HelpDesk` (and the queued calls) now, the launcher in
// a task of its own. A module script runs in the same task as the page's DOMContentLoaded style and layout; building
// the launcher there too (its first, uncompiled run, its shadow styles, then a layout with it) made that task 52 ms.
installHelpDesk({ moduleUrl: import.meta.url, schedule: task => setTimeout(task) });
