// `npm run bench`: runs every benchmark module and prints its figures against the budgets of DESIGN.md.
// A benchmark is a module in bench/ exporting `name` and `run()`, which resolves to a list of
// { metric, value?, unit, budget?, note? }; add it to BENCHMARKS. Results are reported, not enforced: exit 0.
const BENCHMARKS = ['./size.mjs', './attachments.mjs', './list.mjs'];

const format = (value, unit) =>
  unit === 'bytes' ? `${(value / 1024).toFixed(2)} KB` : `${Math.round(value * 10) / 10} ${unit}`;

const rows = [];
for (const path of BENCHMARKS) {
  const bench = await import(path);
  console.log(`\n### ${bench.name}\n`);
  for (const figure of await bench.run()) rows.push({ bench: bench.name, ...figure });
}

console.log('\n### budgets\n');
for (const { metric, value, unit, budget, note } of rows) {
  const measured = value === undefined ? 'n/a' : format(value, unit);
  const verdict =
    value === undefined || budget === undefined
      ? ''
      : value <= budget
        ? 'within'
        : `OVER by ${format(value - budget, unit)}`;
  const limit = budget === undefined ? '' : `<= ${format(budget, unit)}`;
  console.log(`${metric.padEnd(20)} ${measured.padStart(10)}  ${limit.padEnd(12)} ${verdict.padEnd(20)} ${note ?? ''}`);
}
