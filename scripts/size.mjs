// `npm run size`: min+gzip sizes (gzip level 9, each file compressed on its own, as a browser fetches them).
//  - dist/bundle/ (the rollup + terser script-tag bundle), when `npm run build` has made it: the loader, the portal,
//    each lazy chunk, the help desk with every view and, of it, the budget's help desk (see measureDistBundle);
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
  { entry: 'src/widget/portal.ts', label: 'portal' },
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

/** Every file reached from `start` through static imports, given file -> [imported files]. */
function closure(start, importsOf) {
  const seen = new Set([start]);
  for (const file of seen) for (const next of importsOf(file)) seen.add(next);
  return seen;
}

/** The portal's chunk: made for src/widget/portal.ts, or the manual chunk that holds it (rollup.config.mjs). */
const isPortal = chunk => chunk.facade === 'src/widget/portal.ts' || chunk.modules.includes('src/widget/portal.ts');

/**
 * What a chunk is, from the module it was made for (see chunkName in rollup.config.mjs). A component's define chunk
 * is a view when the portal loads it for a view (src/widget/helpdesk/views.ts, the dynamic imports of `viewFiles`);
 * one that a view itself loads when it needs it (a form's lookup or recipients control) is on demand.
 */
function chunkKind(chunk, viewFiles) {
  const facade = chunk.facade ?? '';
  if (chunk.entry) return 'loader';
  if (isPortal(chunk)) return 'portal';
  if (/^src\/components\/[^/]+\/define\.ts$/.test(facade)) return viewFiles.has(chunk.file) ? 'view' : 'on demand';
  if (/^src\/core\/messages\//.test(facade)) return 'locale';
  if (/^src\/adapters\/|^src\/widget\/presets\//.test(facade)) return 'backend';
  if (chunk.dynamicEntry) return 'on demand';
  return 'shared';
}

/**
 * Sizes of dist/bundle/ from its manifest.json (written by rollup.config.mjs): each file, and what a page pays:
 *  - loader: the script tag's file and its static imports (loaded with the page);
 *  - portal: what the first sign of intent adds (the portal chunk and its static imports);
 *  - each view, locale, backend and on-demand chunk: what it adds beyond the loader and the portal;
 *  - whole (every view): loader + portal + every view + one language, without what loads on demand (rich text
 *    editor, virtualizer, sanitizer) and without the backend adapter;
 *  - budgeted: the same with only the views DESIGN.md's 35 KB budget names (login, cards, form, list, detail);
 *  - home: the same with what the portal's first screen loads (category cards, recent cases, account menu).
 */
async function measureDistBundle() {
  const manifestFile = join(bundleDir, 'manifest.json');
  if (!existsSync(bundleMain) || !existsSync(manifestFile)) return null;
  const { chunks } = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const byFile = new Map(chunks.map(chunk => [chunk.file, chunk]));
  const size = new Map(
    walk(bundleDir).map(file => {
      const contents = readFileSync(file);
      return [relative(bundleDir, file), { min: contents.length, gzip: gzipSize(contents) }];
    })
  );
  const importsOf = file => byFile.get(file)?.imports ?? [];
  const total = files => {
    let min = 0;
    let gzip = 0;
    for (const file of files) {
      min += size.get(file)?.min ?? 0;
      gzip += size.get(file)?.gzip ?? 0;
    }
    return { min, gzip, files: [...files] };
  };
  const minus = (files, ...exclude) => [...files].filter(file => !exclude.some(set => set.has(file)));
  const entry = chunks.find(chunk => chunk.entry);
  const portalChunk = chunks.find(isPortal);
  const loader = closure(entry.file, importsOf);
  const portal = portalChunk ? new Set(minus(closure(portalChunk.file, importsOf), loader)) : new Set();
  const viewFiles = new Set([...portal].flatMap(file => byFile.get(file)?.dynamicImports ?? []));
  const kindOf = chunk => chunkKind(chunk, viewFiles);
  const parts = chunks
    .filter(chunk => ['view', 'locale', 'backend', 'on demand'].includes(kindOf(chunk)))
    .map(chunk => ({
      kind: kindOf(chunk),
      name: (chunk.facade ?? chunk.file)
        .replace(/^src\//, '')
        .replace(/\/define\.ts$/, '')
        .replace(/\.ts$/, ''),
      ...total(minus(closure(chunk.file, importsOf), loader, portal))
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
  const whole = new Set([...loader, ...portal]);
  for (const chunk of chunks) {
    const kind = kindOf(chunk);
    if (kind === 'view' || (kind === 'locale' && /messages\/(essential|on-demand)\/es\.ts$/.test(chunk.facade))) {
      for (const file of closure(chunk.file, importsOf)) whole.add(file);
    }
  }
  // The portal with some views and the Spanish messages of the customer's path (the on-demand ones are for none of
  // the views named here).
  const withViews = names => {
    const defines = names.map(name => `src/components/${name}/define.ts`);
    const set = new Set([...loader, ...portal]);
    for (const chunk of chunks) {
      if (defines.includes(chunk.facade) || /messages\/essential\/es\.ts$/.test(chunk.facade)) {
        for (const file of closure(chunk.file, importsOf)) set.add(file);
      }
    }
    return set;
  };
  // The budget's own list (docs: DESIGN.md "Budgets"): the portal with login, cards, form, list and detail.
  const budgeted = withViews(['login', 'category-cards', 'case-form', 'case-list', 'case-detail']);
  // What the portal's first screen needs: its home view shows the category cards and the recent cases, and the
  // header's account menu loads with the first view.
  const home = withViews(['category-cards', 'case-list', 'account-menu']);
  const files = [...size].map(([file, s]) => ({
    file,
    kind: byFile.get(file) ? kindOf(byFile.get(file)) : 'asset',
    ...s
  }));
  return {
    files,
    loader: total(loader),
    portal: total(portal),
    parts,
    whole: total(whole),
    budgeted: total(budgeted),
    home: total(home),
    all: total([...size.keys()].filter(file => file.endsWith('.js')))
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
  // With splitting, dynamic-import targets are entry points too: the main output is the one of `entry`.
  const mainKey = Object.keys(metafile.outputs).find(key => metafile.outputs[key].entryPoint === entry);
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
  console.log('dist/bundle (rollup + terser, each file gzipped on its own), bytes:');
  const bundle = result.bundle;
  if (!bundle) console.log('  (missing: run `npm run build` first)');
  else {
    const row = (label, { min, gzip }) => console.log(`  ${label.padEnd(44)} ${cells(min, gzip)}`);
    console.log(`  ${'what'.padEnd(44)} ${'min'.padStart(9)} ${'gzip'.padStart(8)} ${'gzip'.padStart(10)}`);
    row('loader (script tag: launcher + API + queue)', bundle.loader);
    row('portal (added on first hover / focus / click)', bundle.portal);
    for (const part of bundle.parts) row(`  + ${part.kind}: ${part.name}`, part);
    row('help desk, every view (loader+portal+views+es)', bundle.whole);
    row('  of it login, cards, form, list, detail (budget)', bundle.budgeted);
    row('  first screen (home: cards, list, account menu)', bundle.home);
    row('all files', bundle.all);
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
