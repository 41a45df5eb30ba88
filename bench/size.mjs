// Size benchmark: the min+gzip budgets of /work/shared/DESIGN.md, measured by scripts/size.mjs.
import { measureSize, printSize } from '../scripts/size.mjs';

export const name = 'size (min+gzip)';

const KB = 1024;

/** @returns {Promise<Array<{ metric: string, value?: number, unit: string, budget?: number, note?: string }>>} */
export async function run() {
  const result = await measureSize();
  printSize(result);
  const entry = path => result.entries.find(e => e.entry === path && e.initial);
  // Why an entry has no figure: not written yet, or it does not build.
  const why = path => {
    const e = result.entries.find(x => x.entry === path);
    return { note: e?.error ? `${path}: build error: ${e.error}` : `${path} missing` };
  };

  // Launcher loaded with the page: the real script-tag bundle when built, else esbuild's bundle of src/embed.ts.
  const embed = entry('src/embed.ts');
  const launcher = result.bundle
    ? { value: result.bundle.initial.gzip, note: 'dist/bundle main file + static imports' }
    : embed && { value: embed.initial.gzip, note: 'esbuild src/embed.ts, initial (no dist/bundle: run npm run build)' };

  // Whole help desk: every element, without what loads on demand (rich text, virtualizer, sanitizer).
  const define = entry('src/define.ts');
  const helpDesk = define && { value: define.initial.gzip, note: 'esbuild src/define.ts, initial' };

  return [
    { metric: 'launcher bundle', unit: 'bytes', budget: 6 * KB, ...(launcher ?? why('src/embed.ts')) },
    { metric: 'whole help desk', unit: 'bytes', budget: 35 * KB, ...(helpDesk ?? why('src/define.ts')) }
  ];
}
