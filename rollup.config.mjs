// Two builds from src/:
//  - npm: one ESM file per source module in dist/ (preserveModules), dependencies left as bare imports, not minified.
//  - bundle: src/embed.ts with everything bundled and minified into dist/bundle/ for the <script> tag, with lazy
//    parts split into dist/bundle/chunks/.
// The entry list is computed here with fs because other engineers are still adding files.
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const root = import.meta.dirname;
const srcDir = join(root, 'src');
const tsconfig = join(root, 'tsconfig.json');

/** Every .ts/.js module under dir (Node 20 has no fs.glob). */
function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return /\.(ts|js)$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

// esbuild reads tsconfig.json for experimentalDecorators / useDefineForClassFields.
const esbuildPlugin = options => esbuild({ tsconfig, target: 'es2022', ...options });

function onwarn(warning, warn) {
  // zod and other dependencies trigger harmless pure-annotation and internal circular-import warnings.
  const inDependency = [warning.id, ...(warning.ids ?? [])].some(id => id?.includes('/node_modules/'));
  if (inDependency && ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code)) return;
  // Type-only modules (interfaces) compile to empty files under preserveModules; that is expected.
  if (warning.code === 'EMPTY_BUNDLE') return;
  warn(warning);
}

const npmEntries = walk(srcDir).filter(file => !/\.stories\.ts$/.test(file));
const embed = resolve(srcDir, 'embed.ts');

const configs = [];

if (npmEntries.length > 0) {
  configs.push({
    input: npmEntries,
    // Everything that is not a relative or absolute path is a package: lit, @lit/context, zod, ky, idb, dompurify, ...
    external: id => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0'),
    plugins: [esbuildPlugin({ minify: false })],
    output: { dir: join(root, 'dist'), format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    onwarn
  });
} else {
  console.warn('rollup.config.mjs: src/ has no modules yet, skipping the npm build.');
}

if (existsSync(embed)) {
  configs.push({
    input: embed,
    plugins: [
      nodeResolve({ browser: true }),
      esbuildPlugin({ minify: false }), // terser minifies: it compresses better than esbuild
      terser({ module: true, compress: { passes: 2 } })
    ],
    output: {
      dir: join(root, 'dist', 'bundle'),
      format: 'es',
      entryFileNames: 'helpdesk-elements.js',
      chunkFileNames: 'chunks/[name]-[hash].js'
    },
    onwarn
  });
} else {
  console.warn('rollup.config.mjs: src/embed.ts does not exist yet, skipping the script-tag bundle.');
}

export default configs;
