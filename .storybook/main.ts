// Storybook 10 (Vite 8 builder), written by hand: `npm create storybook` is interactive and wants the network.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // With telemetry on, every run waits on the closed network.
  core: { disableTelemetry: true },
  viteFinal: viteConfig =>
    mergeConfig(viteConfig, {
      // Pre-bundling lit's directive helpers separately avoids "Multiple versions of Lit loaded" in dev mode.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      // Storybook's own runtime makes an ~900 kB iframe chunk; that is not our bundle, so skip Vite's size warning.
      build: { chunkSizeWarningLimit: 2000 }
      // No decorator settings needed: Vite 8 transforms TypeScript with oxc, which reads tsconfig.json's
      // experimentalDecorators / useDefineForClassFields itself (the old `esbuild` option is deprecated there).
    })
};

export default config;
