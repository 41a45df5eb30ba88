// `npm run size`: min+gzip sizes (gzip level 9, each file compressed on its own, as a browser fetches them).
//  - dist/bundle/ (the rollup + terser script-tag bundle), when `npm run build` has made it;
//  - standalone esbuild bundles, built in memory, of the public entries that exist. Code splitting is on, so
//    "initial" is what loads up front (entry + static imports) and "all" adds what dynamic import() loads on demand.
// Results also go to bench/results/size.json. Always exits 0: the budgets are judged by `npm run bench`.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const bundleDir = join(root, 'dist', 'bundle');
const bundleMain = join(bundleDir, 'helpdesk-elements.js');
const resultsFile = join(root, 'bench', 'results', 'size.json');

export const ENTRIES = [
  { entry: 'src/embed.ts', label: 'script tag' },
  { entry: 'src/define.ts', label: 'all elements' },
  { entry: 'src/core/index.ts', label: 'core' },
  { entry: 'src/adapters/local/index.ts', label: 'local adapter' }
];

const gzipSize = contents => gzipSync(contents, { level: 9 }).length;

/** Files reached from `start` through static imports only, given path -> [{ path, kind }]. */
function staticClosure(start, importsOf) {
  const seen = new Set([start]);
  for (const file of seen) {
    for (const { path, kind } of importsOf(file)) if (kind === 'import-statement') seen.add(path);
  }
  return [...seen];
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : []
  );
}

/** Sizes of dist/bundle/*, and of its main file plus everything it imports statically. */
async function measureDistBundle() {
  if (!existsSync(bundleMain)) return null;
  const files = walk(bundleDir).map(file => {
    const contents = readFileSync(file);
    return { file: relative(bundleDir, file), min: contents.length, gzip: gzipSize(contents) };
  });
  // Let esbuild parse the already-built files only to learn which imports are static (no output is kept).
  const { metafile } = await build({
    entryPoints: [bundleMain],
    bundle: true,
    write: false,
    metafile: true,
    splitting: true,
    format: 'esm',
    outdir: join(root, '.tmp', 'size-scan'),
    absWorkingDir: root,
    logLevel: 'silent'
  });
  const mainKey = relative(root, bundleMain);
  const closure = staticClosure(mainKey, path => metafile.inputs[path]?.imports ?? []);
  const inClosure = new Set(closure.map(path => relative(bundleDir, join(root, path))));
  const initial = files.filter(f => inClosure.has(f.file));
  return {
    files,
    initial: {
      files: initial.map(f => f.file),
      min: initial.reduce((sum, f) => sum + f.min, 0),
      gzip: initial.reduce((sum, f) => sum + f.gzip, 0)
    },
    all: { min: files.reduce((s, f) => s + f.min, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) }
  };
}

/** In-memory esbuild bundle of one source entry. */
async function measureEntry(entry) {
  const outdir = join(root, '.tmp', 'size-out'); // nothing is written there (write: false)
  const { outputFiles, metafile } = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    splitting: true,
    tsconfig: join(root, 'tsconfig.json'), // experimental decorators
    outdir,
    write: false,
    metafile: true,
    absWorkingDir: root,
    logLevel: 'silent'
  });
  const sizes = new Map(
    outputFiles.map(f => [relative(root, f.path), { min: f.contents.length, gzip: gzipSize(f.contents) }])
  );
  const mainKey = Object.keys(metafile.outputs).find(key => metafile.outputs[key].entryPoint);
  const sum = keys =>
    keys.reduce((acc, key) => ({ min: acc.min + sizes.get(key).min, gzip: acc.gzip + sizes.get(key).gzip }), {
      min: 0,
      gzip: 0
    });
  const jsOutputs = [...sizes.keys()].filter(key => key.endsWith('.js'));
  return {
    initial: sum(staticClosure(mainKey, key => metafile.outputs[key]?.imports ?? [])),
    all: sum(jsOutputs),
    chunks: jsOutputs.length
  };
}

/** Measures everything that exists; never throws for a missing file, records build errors per entry. */
export async function measureSize() {
  const result = { date: new Date().toISOString(), bundle: await measureDistBundle(), entries: [] };
  for (const { entry, label } of ENTRIES) {
    if (!existsSync(join(root, entry))) {
      result.entries.push({ entry, label, missing: true });
      continue;
    }
    try {
      result.entries.push({ entry, label, ...(await measureEntry(entry)) });
    } catch (error) {
      // esbuild's message is just "Build failed with N errors:"; show the first error itself.
      const first = error.errors?.[0];
      const where = first?.location ? ` (${first.location.file}:${first.location.line})` : '';
      const message = first ? `${first.text}${where}` : error.message.split('\n')[0];
      result.entries.push({ entry, label, error: message });
    }
  }
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

const kb = bytes => `${(bytes / 1024).toFixed(2)} KB`;
const cells = (min, gzip) => `${String(min).padStart(9)} ${String(gzip).padStart(8)} ${kb(gzip).padStart(10)}`;

export function printSize(result) {
  console.log('dist/bundle (rollup + terser), bytes:');
  if (!result.bundle) console.log('  (missing: run `npm run build` first)');
  else {
    console.log(`  ${'file'.padEnd(40)} ${'min'.padStart(9)} ${'gzip'.padStart(8)} ${'gzip'.padStart(10)}`);
    for (const f of result.bundle.files) console.log(`  ${f.file.padEnd(40)} ${cells(f.min, f.gzip)}`);
    const { initial, all } = result.bundle;
    console.log(`  ${'= main file + static imports'.padEnd(40)} ${cells(initial.min, initial.gzip)}`);
    console.log(`  ${'= all files'.padEnd(40)} ${cells(all.min, all.gzip)}`);
  }
  console.log('\nstandalone esbuild bundles (initial = entry + static imports; all = with lazy chunks), bytes:');
  console.log(`  ${'entry'.padEnd(30)} ${'what'.padEnd(22)} ${'initial min/gzip'.padStart(29)}   all min/gzip`);
  for (const e of result.entries) {
    const name = `  ${e.entry.padEnd(30)} ${e.label.padEnd(22)}`;
    if (e.missing) console.log(`${name} (missing)`);
    else if (e.error) console.log(`${name} (build error: ${e.error})`);
    else console.log(`${name} ${cells(e.initial.min, e.initial.gzip)}  ${cells(e.all.min, e.all.gzip)}`);
  }
  console.log(`\nwritten to ${relative(root, resultsFile)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printSize(await measureSize());
}
