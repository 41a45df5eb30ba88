// Custom Elements Manifest (`cem analyze --config custom-elements-manifest.config.mjs`): feeds editors and Storybook.
// `cem` joins --outdir to the cwd even when it is absolute, so keep it relative and run from the repo root.
export default {
  // The elements, and the portal and launcher (src/widget; presets are data, not elements).
  globs: ['src/components/**/*.ts', 'src/widget/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/widget/presets/**'],
  litelement: true,
  outdir: 'dist',
  // Otherwise cem rewrites package.json's "customElements" to whatever --outdir was used (e.g. .storybook/).
  packagejson: false
};
