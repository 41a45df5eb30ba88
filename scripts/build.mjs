// `npm run build`: the custom elements manifest (cem), the React and Vue typings made from it
// (scripts/framework-types.mjs writes src/types/), type declarations (tsc), JavaScript (rollup) and the theme CSS
// files (src/themes/*.css), into dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = name => join(root, 'node_modules', '.bin', name);

const steps = [
  ['cem: dist/custom-elements.json', bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs']],
  ['framework types: src/types/react.ts, vue.ts', process.execPath, ['scripts/framework-types.mjs']],
  ['tsc: .d.ts files', bin('tsc'), ['-p', 'tsconfig.build.json']],
  ['rollup: npm modules and script-tag bundle', bin('rollup'), ['-c', 'rollup.config.mjs']]
];

// Start clean so files deleted from src/ do not linger in the package.
rmSync(join(root, 'dist'), { recursive: true, force: true });

for (const [title, command, args] of steps) {
  console.log(`build: ${title}`);
  const { status, error } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`build failed at "${title}"${error ? `: ${error.message}` : ''}`);
    process.exit(1);
  }
}
// The token sets as page CSS: helpdesk-elements/themes/light.css, dark.css (docs/theming.md).
const themes = join(root, 'src', 'themes');
for (const file of readdirSync(themes).filter(name => name.endsWith('.css'))) {
  cpSync(join(themes, file), join(root, 'dist', 'themes', file));
}
console.log('build: done');
