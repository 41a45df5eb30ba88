import type { HelpDeskAdapter } from '../core/adapter.js';

/** One local adapter per built-in preset for the whole page: a launcher and an inline portal share their data. */
const adapters = new Map<string, Promise<HelpDeskAdapter>>();

/**
 * The embedded (local) backend seeded with a built-in preset. The adapter and the presets are loaded with dynamic
 * `import()`, so a portal on another backend never downloads them. Rejects with a message naming the known presets.
 */
export function presetAdapter(presetId: string): Promise<HelpDeskAdapter> {
  let adapter = adapters.get(presetId);
  if (!adapter) {
    adapter = Promise.all([import('../adapters/local/index.js'), import('./presets/index.js')]).then(
      ([{ createLocalAdapter }, { presets }]) => {
        const preset = presets[presetId];
        if (!preset) {
          const known = Object.keys(presets).join(', ');
          throw new Error(`helpdesk-elements: unknown preset "${presetId}". Known presets: ${known}.`);
        }
        return createLocalAdapter({ preset });
      }
    );
    adapters.set(presetId, adapter);
    adapter.catch(() => adapters.delete(presetId));
  }
  return adapter;
}
