import type { AttachmentPolicy } from '../core/model/form.js';

// Sample files for tests, stories, benchmarks and the conformance suite: each starts with the real first bytes of its
// format, so content checks (magic bytes) and adapters that sniff content judge them as they would real files.

const MB = 1024 * 1024;

/** Seed 004: up to 5 files of at most 10 MB each from this accept list. */
export const SEED_004_ATTACHMENTS: AttachmentPolicy = {
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

/** Seed 003: three images with preview and one document. */
export const SEED_003_ATTACHMENTS: AttachmentPolicy = {
  maxFiles: 4,
  maxFileBytes: 5 * MB,
  accept: ['image/*', '.pdf', '.doc', '.docx', '.xls', '.xlsx', '.txt'],
  perKind: { image: 3, document: 1 }
};

/** One byte per character, its char code (so `'\xe2'` is byte 0xE2 and `'ó'` is Latin-1 0xF3). */
export const latin1Bytes = (text: string): number[] => Array.from(text, char => char.charCodeAt(0));

/** A valid 1x1 transparent PNG, as a screenshot tool would put on the clipboard. */
export const PNG_1X1: Uint8Array<ArrayBuffer> = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  char => char.charCodeAt(0)
);

/** Real first bytes of each format (docx, xlsx and other Office Open XML files are zip; doc and xls are ole). */
export const MAGIC = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...latin1Bytes('IHDR')],
  jpeg: [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...latin1Bytes('JFIF'), 0],
  gif: latin1Bytes('GIF89a'),
  webp: [...latin1Bytes('RIFF'), 0x24, 0, 0, 0, ...latin1Bytes('WEBPVP8 ')],
  bmp: [...latin1Bytes('BM'), 0x46, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0],
  pdf: latin1Bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'),
  zip: [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0],
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0],
  rar: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00],
  mp4: [0, 0, 0, 0x20, ...latin1Bytes('ftypisom'), 0, 0, 2, 0],
  mov: [0, 0, 0, 0x14, ...latin1Bytes('ftypqt  '), 0, 0, 2, 0],
  ebml: [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81],
  avi: [...latin1Bytes('RIFF'), 0x24, 0, 0, 0, ...latin1Bytes('AVI LIST')],
  der: [0x30, 0x82, 0x0a, 0x1f, 0x02, 0x01, 0x03],
  /** A Windows program: "MZ", then its DOS header. */
  pe: [0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00],
  elf: [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00],
  macho: [0xcf, 0xfa, 0xed, 0xfe, 0x07, 0x00, 0x00, 0x01],
  shebang: latin1Bytes('#!/bin/sh\nrm -rf ~\n')
} as const satisfies Record<string, readonly number[]>;

/** A text sample: a CSV export's header, one of its rows, and the two together. */
export const CSV_HEADER = 'Fecha;Cliente;Valor\n';
export const CSV_ROW = '2024-01-31;Empresa S.A.S.;1250000\n';
export const CSV_SAMPLE = CSV_HEADER + CSV_ROW;

export interface SampleOptions {
  /** Bytes in all; never fewer than the head. Default: the head's length. */
  size?: number;
  /** Repeated under the head to `size` (spaces keep a text file text); zeros when absent. */
  fill?: ArrayLike<number>;
}

/** `head`, then `fill` repeated (or zeros) up to `size` bytes. */
export function sampleBytes(head: ArrayLike<number>, options: SampleOptions = {}): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(Math.max(options.size ?? 0, head.length));
  const fill = options.fill;
  if (fill && fill.length > 0) {
    bytes.set(Uint8Array.from(fill).subarray(0, bytes.length));
    for (let filled = fill.length; filled < bytes.length; filled *= 2) bytes.copyWithin(filled, 0, filled);
  }
  bytes.set(head);
  return bytes;
}

/** A file named `name` of `type` (none when absent) whose bytes are `sampleBytes(head, options)`. */
export function fileWithHead(
  name: string,
  head: ArrayLike<number>,
  options: SampleOptions & { type?: string } = {}
): File {
  return new File([sampleBytes(head, options)], name, options.type === undefined ? {} : { type: options.type });
}

// What the conformance suite uploads: tiny files of common kinds.
const CONFORMANCE_TEXT = 'Attached by the conformance suite.\n';
const SAMPLES: readonly { name: string; type: string; bytes: () => Uint8Array<ArrayBuffer> }[] = [
  { name: 'conformance.png', type: 'image/png', bytes: () => PNG_1X1.slice() },
  {
    name: 'conformance.pdf',
    type: 'application/pdf',
    bytes: () => sampleBytes(latin1Bytes('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'))
  },
  { name: 'conformance.txt', type: 'text/plain', bytes: () => sampleBytes(latin1Bytes(CONFORMANCE_TEXT)) }
];

function accepts(accept: readonly string[], name: string, type: string): boolean {
  if (accept.length === 0) return true;
  return accept.some(entry => {
    const rule = entry.trim().toLowerCase();
    if (rule.startsWith('.')) return name.toLowerCase().endsWith(rule);
    if (rule.endsWith('/*')) return type.startsWith(rule.slice(0, -1));
    return rule === type;
  });
}

/** A small file the policy accepts, or undefined when the form takes no files the suite can make. */
export function sampleFile(policy: AttachmentPolicy | null | undefined): File | undefined {
  if (policy === undefined || policy === null || policy.maxFiles < 1) return undefined;
  const sample = SAMPLES.find(
    candidate =>
      accepts(policy.accept, candidate.name, candidate.type) && candidate.bytes().length <= policy.maxFileBytes
  );
  return sample ? new File([sample.bytes()], sample.name, { type: sample.type }) : undefined;
}

/** A small text file, for upload checks that are not about a form's policy. */
export function textFile(name = 'conformance.txt'): File {
  return fileWithHead(name, latin1Bytes(CONFORMANCE_TEXT), { type: 'text/plain' });
}
