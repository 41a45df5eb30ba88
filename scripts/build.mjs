// `npm run build`: type declarations (tsc), JavaScript (rollup) and the custom elements manifest (cem), into dist/.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = name => join(root, 'node_modules', '.bin', name);

const steps = [
  ['tsc: .d.ts files', bin('tsc'), ['-p', 'tsconfig.build.json']],
  ['rollup: npm modules and script-tag bundle', bin('rollup'), ['-c', 'rollup.config.mjs']],
  ['cem: dist/custom-elements.json', bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs']]
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
console.log('build: done');
