// A web-test-runner plugin that serves React 19 and Vue 3 to the framework tests (test/frameworks/).
// React ships CommonJS only and Vue's ES build expects a bundler (`process.env.NODE_ENV`, feature flags), so the
// browser cannot import either from node_modules as they are. On the first request esbuild bundles them, in memory,
// into ES modules under /__framework-deps/ (one build with shared chunks: react, react-dom and the JSX runtime share
// one copy of React), and bare imports of them resolve there. Vue is its full build, with the template compiler.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PREFIX = '/__framework-deps/';

/** Bare specifier -> the CommonJS module whose exports are re-exported as named ES exports. */
const COMMONJS = {
  react: 'react',
  'react/jsx-runtime': 'react/jsx-runtime',
  'react/jsx-dev-runtime': 'react/jsx-dev-runtime',
  'react-dom': 'react-dom',
  'react-dom/client': 'react-dom/client'
};

const fileName = specifier => specifier.replace(/[^a-z0-9]+/gi, '-');

let outputs;

async function bundle() {
  // Named re-exports, listed from the modules themselves (esbuild cannot `export *` from CommonJS). Read in a child
  // process: React's development build patches the console, which web-test-runner has replaced in this one.
  const exported = JSON.parse(
    execFileSync(
      process.execPath,
      [
        '-e',
        `console.log(JSON.stringify(${JSON.stringify(Object.values(COMMONJS))}.map(m => Object.keys(require(m)))))`
      ],
      { cwd: process.cwd(), encoding: 'utf8' }
    )
  );
  const entries = Object.entries(COMMONJS).map(([specifier, module], index) => {
    const names = exported[index].filter(name => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
    const contents = `import * as m from '${module}';\nexport const { ${names.join(', ')} } = m;\nexport default m;\n`;
    return { specifier, contents };
  });
  entries.push({ specifier: 'vue', contents: `export * from 'vue/dist/vue.esm-bundler.js';\n` });

  const virtual = {
    name: 'framework-deps-entries',
    setup(plugin) {
      plugin.onResolve({ filter: /^framework-entry:/ }, args => ({ path: args.path, namespace: 'framework-entry' }));
      plugin.onLoad({ filter: /.*/, namespace: 'framework-entry' }, args => ({
        contents: entries.find(entry => `framework-entry:${entry.specifier}` === args.path).contents,
        resolveDir: process.cwd(),
        loader: 'js'
      }));
    }
  };
  const result = await build({
    entryPoints: Object.fromEntries(
      entries.map(entry => [fileName(entry.specifier), `framework-entry:${entry.specifier}`])
    ),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: '/out',
    logLevel: 'silent',
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false'
    },
    plugins: [virtual]
  });
  return new Map(result.outputFiles.map(file => [file.path.replace(/^\/out\//, ''), file.text]));
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function frameworkDeps() {
  return {
    name: 'framework-deps',
    resolveImport({ source }) {
      if (source in COMMONJS || source === 'vue') return `${PREFIX}${fileName(source)}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      outputs ??= bundle();
      const body = (await outputs).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    }
  };
}
