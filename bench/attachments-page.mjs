// Runs in the browser page of bench/attachments.mjs (bundled with esbuild, served from memory): builds five files
// of 10 MB each, of seed 004's types (with the sample-file builder of src/testing), and times the core's
// `checkFiles` over them.
/* global window, document */
import { checkFiles } from '../src/core/attachments/index.js';
import {
  CSV_HEADER,
  CSV_ROW,
  fileWithHead,
  latin1Bytes,
  MAGIC,
  SEED_004_ATTACHMENTS
} from '../src/testing/sample-files.js';

const MB = 1024 * 1024;
const policy = SEED_004_ATTACHMENTS;

/** Five files of 10 MB with real headers; the rest is zeros, except for the CSV which is text all along. */
function makeFiles() {
  const size = 10 * MB;
  return [
    fileWithHead('factura.pdf', MAGIC.pdf, { type: 'application/pdf', size }),
    fileWithHead('captura.png', MAGIC.png, { type: 'image/png', size }),
    fileWithHead('informe.docx', MAGIC.zip, {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size
    }),
    fileWithHead('video.mp4', MAGIC.mp4, { type: 'video/mp4', size }),
    fileWithHead('datos.csv', latin1Bytes(CSV_HEADER), { type: 'text/csv', size, fill: latin1Bytes(CSV_ROW) })
  ];
}

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Warm-up runs, then `runs` timed runs of `checkFiles` over the same five files; every run must accept all five. */
window.runAttachmentBench = async ({ runs = 15, warmup = 3 } = {}) => {
  const files = makeFiles();
  for (let i = 0; i < warmup; i++) await checkFiles(policy, [], files);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = await checkFiles(policy, [], files);
    times.push(performance.now() - start);
    if (result.accepted.length !== files.length) {
      throw new Error(`checkFiles refused ${result.refused.map(r => `${r.file.name} (${r.rule})`).join(', ')}`);
    }
  }
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    runs,
    files: files.map(f => `${f.name} ${f.size} B`)
  };
};

document.documentElement.dataset.ready = 'true';
