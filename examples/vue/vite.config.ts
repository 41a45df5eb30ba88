import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // The hd-* tags are custom elements, not Vue components: Vue renders them as they are.
    vue({ template: { compilerOptions: { isCustomElement: tag => tag.startsWith('hd-') } } })
  ]
});
