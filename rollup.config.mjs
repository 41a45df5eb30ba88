// Two builds from src/:
//  - npm: one ESM file per source module in dist/ (preserveModules), dependencies left as bare imports, not minified.
//  - bundle: the script tag's bundle in dist/bundle/: the entry `helpdesk-elements.js` is the loader (the launcher,
//    the `window.HelpDesk` API and its queue); everything else is in chunks/ and loads on demand: the portal on the
//    first sign of intent, each view's elements when the view is first shown, one language's messages, the local
//    adapter and presets, and rich text, the virtualizer and the sanitizer where they are used.
//    dist/bundle/manifest.json describes the chunks for scripts/size.mjs.
// The entry list is computed here with fs because other engineers are still adding files.
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transformSync } from 'esbuild';
import ts from 'typescript';
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

const npmEntries = walk(srcDir).filter(file => !/\.stories\.ts$/.test(file) && !file.endsWith('lazy-catalogs.ts'));
const embed = resolve(srcDir, 'embed.ts');

/**
 * Bundle only: src/embed/lazy-catalogs.ts stands in for src/core/messages/catalogs.ts, so each language's messages
 * are chunks of their own (its essential and its on-demand messages) and a page fetches the language it shows.
 */
function lazyCatalogs() {
  const catalogs = resolve(srcDir, 'core/messages/catalogs.ts');
  const lazy = resolve(srcDir, 'embed/lazy-catalogs.ts');
  return {
    name: 'helpdesk-lazy-catalogs',
    async resolveId(source, importer, options) {
      if (!importer || importer === lazy || !source.includes('catalogs')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === catalogs ? lazy : null;
    }
  };
}

/**
 * Bundle only: minifies the CSS inside `css\`...\`` (Lit) and `/* css *\/ \`...\`` template literals of src/, which
 * terser leaves alone. Literals with `${}` or a backslash other than a CSS escape's (`\\2190`) are kept as written.
 * The minified CSS is escaped again for the literal: esbuild writes non-ASCII characters as CSS escapes (`' ›'` becomes
 * `" \203a"`), and an unescaped `\2` in a tagged template makes its text undefined, so Lit would get no stylesheet.
 */
function minifyCssLiterals() {
  // Only a literal in code (after `=`, `(`, `,` or `[`), never the word css in a comment.
  const literal = /([=(,[]\s*)(css|\/\* css \*\/ )`([^`]*)`/g;
  return {
    name: 'helpdesk-minify-css-literals',
    transform(code, id) {
      if (!id.startsWith(srcDir) || !id.endsWith('.ts')) return null;
      let changed = false;
      const out = code.replace(literal, (whole, before, tag, body) => {
        if (body.includes('${') || body.replaceAll('\\\\', '').includes('\\')) return whole;
        const { code: css, warnings } = transformSync(body.replaceAll('\\\\', '\\'), { loader: 'css', minify: true });
        if (warnings.length > 0) return whole;
        changed = true;
        const escaped = css.trim().replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
        return `${before}${tag}\`${escaped}\``;
      });
      return changed ? { code: out, map: null } : null;
    }
  };
}

/**
 * The static text of a Lit `html` template with each run of whitespace that holds a line break (the source's
 * newline and indentation) made one newline: in text, where HTML renders any run as one space (and `white-space:
 * pre-line` keeps the newline), and between a tag's attributes. Quoted attribute values, comments and the content
 * of <pre>, <textarea>, <style> and <script> (where whitespace is content) are kept as written, and so is a whole
 * template with a backslash (an escape). Runs without a line break, such as the space between two inline bindings,
 * are not touched, so every text node and attribute the template makes is still there.
 * `parts` are the raw strings between the `${}`; returns them rewritten, or null to keep the template as written.
 */
export function collapseTemplateWhitespace(parts) {
  if (parts.some(part => part.includes('\\'))) return null;
  const rawElements = ['pre', 'textarea', 'style', 'script'];
  let state = 'text'; // text | tag | " | ' | comment | raw (inside a raw element)
  let tagName = ''; // the tag being read, or the raw element being skipped
  return parts.map(part => {
    let out = '';
    let i = 0;
    while (i < part.length) {
      const char = part[i];
      const rest = part.slice(i);
      if ((state === 'text' || state === 'tag') && /\s/.test(char)) {
        const run = /^\s+/.exec(rest)[0];
        out += run.includes('\n') ? '\n' : run;
        i += run.length;
        continue;
      }
      let take = 1;
      if (state === 'text' && rest.startsWith('<!--')) [state, take] = ['comment', 4];
      else if (state === 'text' && /^<[a-z]/i.test(rest)) [state, tagName] = ['tag', /^<([a-z][\w-]*)/i.exec(rest)[1]];
      else if (state === 'text' && /^<\//.test(rest)) [state, tagName] = ['tag', ''];
      else if (state === 'tag' && (char === '"' || char === "'")) state = char;
      else if (state === 'tag' && char === '>') state = rawElements.includes(tagName.toLowerCase()) ? 'raw' : 'text';
      else if ((state === '"' || state === "'") && char === state) state = 'tag';
      else if (state === 'comment' && rest.startsWith('-->')) [state, take] = ['text', 3];
      else if (state === 'raw' && rest.toLowerCase().startsWith(`</${tagName.toLowerCase()}`)) {
        [state, tagName, take] = ['tag', '', 2];
      }
      out += rest.slice(0, take);
      i += take;
    }
    return out;
  });
}

/**
 * Bundle only: applies collapseTemplateWhitespace to every `html\`...\`` template literal of src/ (found with the
 * TypeScript parser, so nested templates and `${}` are each their own literal), which terser leaves alone.
 */
function minifyHtmlLiterals() {
  return {
    name: 'helpdesk-minify-html-literals',
    transform(code, id) {
      if (!id.startsWith(srcDir) || !id.endsWith('.ts') || !code.includes('html`')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      const edits = [];
      const visit = node => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
          const { template } = node;
          const literals = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map(span => span.literal)];
          // Each literal's raw text, without its `, ${ or } delimiters.
          const ranges = literals.map(literal => {
            const start = literal.getStart(source) + 1;
            const end = literal.end - (ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) ? 2 : 1);
            return [start, end];
          });
          const rewritten = collapseTemplateWhitespace(ranges.map(([start, end]) => code.slice(start, end)));
          if (rewritten) ranges.forEach(([start, end], index) => edits.push({ start, end, text: rewritten[index] }));
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      const changed = edits.filter(({ start, end, text }) => code.slice(start, end) !== text);
      if (changed.length === 0) return null;
      let out = code;
      for (const { start, end, text } of changed.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, start) + text + out.slice(end);
      }
      return { code: out, map: null };
    }
  };
}

/**
 * Bundle only: esbuild writes its `__decorateClass` helper (for Lit's decorators) into every module that uses a
 * decorator, and so into each element's chunk. Where a module's copy is exactly the helper below, it is imported
 * from one shared module instead; any other text is left alone. (The npm build keeps esbuild's copies.)
 */
function sharedDecoratorHelper() {
  const id = '\0helpdesk-decorate-class';
  const helper = [
    'var __decorateClass = (decorators, target, key, kind) => {',
    '  var result = kind > 1 ? void 0 : kind ? __getOwnPropDesc(target, key) : target;',
    '  for (var i = decorators.length - 1, decorator; i >= 0; i--)',
    '    if (decorator = decorators[i])',
    '      result = (kind ? decorator(target, key, result) : decorator(result)) || result;',
    '  if (kind && result) __defProp(target, key, result);',
    '  return result;',
    '};',
    ''
  ].join('\n');
  const shared = [
    'var __defProp = Object.defineProperty;',
    'var __getOwnPropDesc = Object.getOwnPropertyDescriptor;',
    `export ${helper}`
  ].join('\n');
  return {
    name: 'helpdesk-shared-decorator-helper',
    resolveId: source => (source === id ? id : null),
    load: source => (source === id ? shared : null),
    transform(code, moduleId) {
      if (!moduleId.startsWith(srcDir) || !code.includes(helper)) return null;
      return { code: `import { __decorateClass } from '${id}';\n${code.replace(helper, '')}`, map: null };
    }
  };
}

/** Readable chunk names: `case-form-<hash>.js` rather than `define-<hash>.js`. */
function chunkName(chunk) {
  const id = chunk.facadeModuleId ?? chunk.moduleIds.at(-1) ?? '';
  const component = /\/(components|widget)\/([^/]+)\/define\.ts$/.exec(id);
  if (component) return `chunks/${component[2]}-[hash].js`;
  if (/\/adapters\/local\/index\.ts$/.test(id)) return 'chunks/local-adapter-[hash].js';
  if (/\/widget\/presets\/index\.ts$/.test(id)) return 'chunks/presets-[hash].js';
  const messages = /\/core\/messages\/(essential|on-demand)\/([\w-]+)\.ts$/.exec(id);
  if (messages) return `chunks/messages-${messages[2]}${messages[1] === 'on-demand' ? '-on-demand' : ''}-[hash].js`;
  return 'chunks/[name]-[hash].js';
}

/** The modules a backend's adapter loads from: each adapter's entry, the presets, and the script tag's backend switch. */
const backendEntry = /\/src\/(adapters\/[^/]+\/index|widget\/presets\/index|embed\/backends)\.ts$/;

/** Everything reached from `starts`, given what each item leads to (a module's imports, a chunk's). */
function closureOf(starts, next) {
  const seen = new Set(starts);
  for (const item of seen) for (const following of next(item)) seen.add(following);
  return seen;
}

/**
 * Bundle only: fails the build when the chunks would load code too soon. The loader (the script tag's file) must
 * import no other chunk, or that chunk would be fetched with every page; and no backend adapter or the presets may
 * import the portal's chunk, which defines `<hd-helpdesk>`: a remote adapter is set on that element before it is
 * defined (src/embed/mount.ts).
 */
function bundleChecks() {
  return {
    name: 'helpdesk-bundle-checks',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(item => item.type === 'chunk');
      const byFile = new Map(chunks.map(chunk => [chunk.fileName, chunk]));
      const staticImports = chunk => closureOf([chunk.fileName], file => byFile.get(file)?.imports ?? []);
      const entry = chunks.find(chunk => chunk.isEntry);
      if (entry.imports.length > 0) this.error(`the loader imports ${entry.imports.join(', ')}: it must stand alone`);
      const portal = chunks.find(chunk => Object.keys(chunk.modules).includes(resolve(srcDir, 'widget/portal.ts')));
      for (const chunk of chunks) {
        const facade = chunk.facadeModuleId ?? '';
        if (backendEntry.test(facade) && staticImports(chunk).has(portal.fileName)) {
          this.error(`${relative(root, facade)} imports the portal's chunk ${portal.fileName}`);
        }
      }
    }
  };
}

/** Writes dist/bundle/manifest.json: each chunk's static and dynamic imports and what it holds, for size.mjs. */
function bundleManifest() {
  return {
    name: 'helpdesk-bundle-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter(item => item.type === 'chunk')
        .map(chunk => ({
          file: chunk.fileName,
          entry: chunk.isEntry,
          dynamicEntry: chunk.isDynamicEntry,
          facade: chunk.facadeModuleId ? relative(root, chunk.facadeModuleId) : null,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.keys(chunk.modules).map(id => relative(root, id.replace(/^\0/, '')))
        }));
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify({ chunks }, null, 2)}\n` });
    }
  };
}

/**
 * Bundle only (`output.manualChunks`): fewer, larger chunks where rollup would make a chain of small ones.
 *  - `portal`: everything the portal needs when it loads (its elements' base class, the controllers, Lit), and
 *    every Lit directive and the focus helpers the views use. Rollup would cut these into seven files, because views
 *    and adapters share some: the first sign of intent then fetched a chain of files, and gzip compressed each on
 *    its own.
 *  - `portal-shared`: what of it a backend's adapter or the presets also import. It cannot be in `portal`: a remote
 *    adapter loads before the portal and is set on `<hd-helpdesk>` before that element is defined (src/embed/mount.ts).
 *  - the loader's own modules stay in the loader; anything else it imported would be fetched with the page.
 *  - `account-shared` (the base of the account elements, which the header's account menu loads with the first
 *    view; not the account forms' stylesheet) and `attachment-checks` (form, thread and local adapter): each a set
 *    of modules that always load together.
 */
function chunkGroups() {
  const portal = resolve(srcDir, 'widget/portal.ts');
  const sharedWithPortal =
    /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context)\/|\/src\/controllers\/(capabilities-cache|session-controller)\.ts$|\/src\/components\/shared\/focus\.ts$/;
  const groups = [
    ['account-shared', /\/src\/components\/account-shared\/(account-element|fields)\.ts$/],
    ['attachment-checks', /\/src\/core\/attachments\/(sniff|check|accept|file-types)\.ts$/]
  ];
  let portalGroups; // module id -> 'portal' | 'portal-shared', worked out on the first call (the graph is complete)
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!portalGroups) {
      const ids = [...getModuleIds()];
      const staticClosure = starts => closureOf(starts, module => getModuleInfo(module)?.importedIds ?? []);
      const loader = staticClosure([embed]);
      const backends = staticClosure(ids.filter(module => backendEntry.test(module)));
      const members = staticClosure([portal, ...ids.filter(module => sharedWithPortal.test(module))]);
      portalGroups = new Map(
        [...members]
          .filter(member => !loader.has(member))
          .map(member => [member, backends.has(member) ? 'portal-shared' : 'portal'])
      );
    }
    return portalGroups.get(id) ?? groups.find(([, pattern]) => pattern.test(id))?.[0];
  };
}

const configs = [];

// HD_BUNDLE_ONLY=1 builds just the script-tag bundle (quick size checks).
if (process.env.HD_BUNDLE_ONLY) {
  // skip the npm build
} else if (npmEntries.length > 0) {
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
      lazyCatalogs(),
      minifyCssLiterals(),
      minifyHtmlLiterals(),
      nodeResolve({ browser: true }),
      esbuildPlugin({ minify: false }), // terser minifies: it compresses better than esbuild
      sharedDecoratorHelper(),
      terser({ module: true, compress: { passes: 2 } }),
      bundleChecks(),
      bundleManifest()
    ],
    output: {
      dir: join(root, 'dist', 'bundle'),
      format: 'es',
      entryFileNames: 'helpdesk-elements.js',
      chunkFileNames: chunkName,
      // Chunks of under 500 B before minifying (a decorator, a cache, a lit directive) go into a chunk that every
      // importer of theirs already loads, never one that would run code sooner: fewer files, each with its own gzip
      // overhead and import lines (about 650 B gzip less for the budget set). Larger values move code into the
      // loader, whose budget is 6 KB.
      experimentalMinChunkSize: 500,
      manualChunks: chunkGroups(),
      // A module a group needs but does not name stays where rollup puts it (a loader module stays in the loader).
      onlyExplicitManualChunks: true
    },
    onwarn
  });
} else {
  console.warn('rollup.config.mjs: src/embed.ts does not exist yet, skipping the script-tag bundle.');
}

export default configs;
