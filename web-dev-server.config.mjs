// @web/dev-server for the demo (`npm start`, or `web-dev-server` directly): serves the repo root and compiles
// TypeScript on the fly, so demo/*.html can import ../src/*.ts (or its .js names) without a build.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  rootDir,
  hostname: 'localhost',
  port: Number(process.env.PORT) || 8000,
  nodeResolve: true, // bare imports (lit, zod, ...) from node_modules
  watch: true, // reload the page when a served file changes
  open: false,
  // The tsconfig carries experimentalDecorators / useDefineForClassFields: false, which Lit's decorators need.
  // A fixed es2022 target (as in tsconfig) keeps top-level await; the default 'auto' lowers for unknown user agents.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig })]
};
