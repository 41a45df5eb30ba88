/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';

// `npm run storybook` / `npm run build-storybook` first write .storybook/custom-elements.json (cem, gitignored), from
// which Storybook derives args, controls and docs. import.meta.glob tolerates its absence (fresh clone, tsc).
const manifests = import.meta.glob<{ default: object }>('./custom-elements.json', { eager: true });
const manifest = manifests['./custom-elements.json']?.default;
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true }
  }
};

export default preview;
