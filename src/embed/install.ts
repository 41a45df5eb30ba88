import { createApi, type HelpDeskApi } from './api.js';
import { parseEmbedConfig } from './config.js';
import { mount, type Widget } from './mount.js';
import { takeQueuedCalls } from './queue.js';

interface HelpDeskWindow {
  HelpDesk?: unknown;
}

/** The script tag that loaded the bundle: module scripts have no `document.currentScript`, so find it by URL. */
export function findOwnScript(doc: Document, moduleUrl: string | undefined): HTMLScriptElement | null {
  const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')];
  return (
    (moduleUrl ? scripts.find(script => script.src === moduleUrl) : undefined) ??
    doc.querySelector<HTMLScriptElement>('script[data-helpdesk]')
  );
}

/**
 * Installs the help desk of a script tag: reads its configuration, replaces the queue stub by the real
 * `window.HelpDesk`, runs the calls the stub kept, in order, and puts the launcher (or the inline portal) in the page.
 *
 * `schedule` decides when the launcher is put in the page: at once by default; the script tag passes a later task, so
 * no task exceeds 50 ms at 4x CPU slow-down (a module script runs in the same task as the page's DOMContentLoaded
 * style and layout). The API works at once either way: its commands wait for the launcher.
 *
 * Loading the bundle twice (two tags, two copies, two versions) installs once: the second finds the real API in
 * place and leaves it alone. Returns the API that is in place.
 */
export function installHelpDesk(
  options: {
    moduleUrl?: string;
    script?: HTMLElement | null;
    win?: Window;
    doc?: Document;
    schedule?: (task: () => void) => void;
  } = {}
): HelpDeskApi {
  const win = (options.win ?? window) as Window & HelpDeskWindow;
  const doc = options.doc ?? win.document;
  const existing: unknown = win.HelpDesk;
  if (typeof existing === 'function' && (existing as Partial<HelpDeskApi>).loaded === true) {
    return existing as HelpDeskApi;
  }

  const script = options.script !== undefined ? options.script : findOwnScript(doc, options.moduleUrl);
  const { config, problems } = parseEmbedConfig(script, doc);
  for (const problem of problems) console.error(problem);

  let mounted!: (widget: Widget | undefined) => void;
  const api = createApi(new Promise(resolve => (mounted = resolve)), doc);
  const queued = takeQueuedCalls(existing);
  win.HelpDesk = api;
  for (const [command, ...args] of queued) {
    if (typeof command === 'string') void api(command, ...args).catch(() => undefined);
  }
  (options.schedule ?? (task => task()))(() => {
    let widget: Widget | undefined;
    try {
      widget = mount(config, doc);
    } finally {
      mounted(widget); // also when mounting threw: the commands then say the help desk is not on the page
    }
  });
  return api;
}
