import type { HelpDeskAdapter } from '../core/adapter.js';
import type { Capabilities } from '../core/capabilities.js';

/**
 * A cache of `capabilities()` for elements of one kind on the whole page: one call per adapter, shared by every
 * element that asks through it. A failed answer is not kept: the next element (or a retry) asks again.
 */
export function capabilitiesCache(): (adapter: HelpDeskAdapter) => Promise<Capabilities> {
  const requests = new WeakMap<HelpDeskAdapter, Promise<Capabilities>>();
  return adapter => {
    let request = requests.get(adapter);
    if (!request) {
      request = adapter.capabilities();
      requests.set(adapter, request);
      request.catch(() => requests.delete(adapter));
    }
    return request;
  };
}
