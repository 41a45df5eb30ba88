// Runs in the browser page of bench/attachments.mjs (bundled with esbuild, served from memory): builds five files
// of 10 MB each, of seed 004's types, and times the core's `checkFiles` over them.
/* global window, document */
import { checkFiles } from '../src/core/attachments/index.js';

const MB = 1024 * 1024;
const ascii = text => Array.from(text, char => char.charCodeAt(0));

/** Seed 004: up to 5 files of at most 10 MB each from this accept list. */
const policy = {
  maxFiles: 5,
  maxFileBytes: 10 * MB,
  accept: [
    'image/*',
    '.pdf',
    '.csv',
    '.txt',
    '.xlsx',
    '.xls',
    '.doc',
    '.docx',
    '.zip',
    '.rar',
    '.pfx',
    '.mp4',
    '.mkv',
    '.avi',
    '.mov',
    '.webm'
  ]
};

/** A 10 MB file with a real header; the rest is zeros, except for the CSV which is text all along. */
function file(name, type, head, fill) {
  const bytes = new Uint8Array(10 * MB);
  if (fill) {
    for (let i = 0; i < bytes.length; i += fill.length)
      bytes.set(fill.subarray(0, Math.min(fill.length, bytes.length - i)), i);
  }
  bytes.set(head);
  return new File([bytes], name, { type });
}

function makeFiles() {
  return [
    file('factura.pdf', 'application/pdf', ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')),
    file('captura.png', 'image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...ascii('IHDR')]),
    file(
      'informe.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
    ),
    file('video.mp4', 'video/mp4', [0, 0, 0, 0x20, ...ascii('ftypisom'), 0, 0, 2, 0]),
    file(
      'datos.csv',
      'text/csv',
      ascii('Fecha;Cliente;Valor\n'),
      new TextEncoder().encode('2024-01-31;Empresa S.A.S.;1250000\n')
    )
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
