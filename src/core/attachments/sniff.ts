import type { ContentFamily } from './file-types.js';
import { fileTypeOf } from './file-types.js';

/** How many bytes of each file are read: enough for every signature below, and cheap for any file size. */
export const SNIFF_BYTES = 64;

export interface SniffResult {
  /** The head is a program: Windows PE (MZ), ELF, Mach-O or a `#!` script. */
  executable: boolean;
  /** Every content family the head is consistent with (a plain-text head may also look like DER, say). */
  families: ContentFamily[];
  /** The file has no bytes at all. */
  empty: boolean;
}

/** What a content check concluded: fine, a program, or bytes that contradict the type the file claims. */
export type ContentVerdict = 'ok' | 'executable' | 'mismatch';

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[offset + i] !== signature[i]) return false;
  return true;
}

function ascii(text: string): number[] {
  return Array.from(text, char => char.charCodeAt(0));
}

function indexOf(bytes: Uint8Array, signature: readonly number[]): number {
  outer: for (let i = 0; i + signature.length <= bytes.length; i++) {
    for (let j = 0; j < signature.length; j++) if (bytes[i + j] !== signature[j]) continue outer;
    return i;
  }
  return -1;
}

const MZ = ascii('MZ');
const ELF = [0x7f, 0x45, 0x4c, 0x46];
const MACH_O = [
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  // Universal ("fat") binaries; Java class files share it, and are refused as well.
  [0xca, 0xfe, 0xba, 0xbe]
];
const SHEBANG = ascii('#!');
const UTF8_BOM = [0xef, 0xbb, 0xbf];

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');
const RIFF = ascii('RIFF');
const PDF = ascii('%PDF-');
const ZIP = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08]
];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RAR = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07];
const SEVEN_ZIP = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
const GZIP = [0x1f, 0x8b];
const EBML = [0x1a, 0x45, 0xdf, 0xa3];
const TIFF = [
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a]
];
const ICO = [0x00, 0x00, 0x01, 0x00];
/** ISO base media (MP4, MOV, HEIC, AVIF, 3GP): a box type at offset 4. Old QuickTime files start with other boxes. */
const ISO_BOXES = ['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip', 'pnot'].map(ascii);

function isExecutable(bytes: Uint8Array): boolean {
  // A DOS/PE header is binary right away (a NUL within its first bytes); "MZ" followed by plain text is a text file.
  if (startsWith(bytes, MZ) && bytes.includes(0x00)) return true;
  if (startsWith(bytes, ELF) || MACH_O.some(signature => startsWith(bytes, signature))) return true;
  return startsWith(bytes, SHEBANG) || startsWith(bytes, [...UTF8_BOM, ...SHEBANG]);
}

/**
 * Plain text, "UTF-8-ish": no NUL and no control characters other than tab, line breaks, form feed and escape.
 * Bytes above 0x7F pass, so legacy 8-bit text (CSV exported by Excel in Windows-1252) is text too; a UTF-16 byte
 * order mark also makes text (UTF-16 heads are full of NULs).
 */
function isText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  for (const byte of bytes) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) return false;
  }
  return true;
}

/** What the first bytes of a file say it is. Pass at least the first `SNIFF_BYTES` bytes (or the whole file). */
export function sniffBytes(bytes: Uint8Array): SniffResult {
  const families: ContentFamily[] = [];
  if (bytes.length === 0) return { executable: false, families, empty: true };
  const add = (family: ContentFamily, matches: boolean) => {
    if (matches) families.push(family);
  };
  add('png', startsWith(bytes, PNG));
  add('jpeg', startsWith(bytes, JPEG));
  add('gif', startsWith(bytes, GIF87) || startsWith(bytes, GIF89));
  const riff = startsWith(bytes, RIFF);
  add('webp', riff && startsWith(bytes, ascii('WEBP'), 8));
  add('avi', riff && startsWith(bytes, ascii('AVI '), 8));
  add('wav', riff && startsWith(bytes, ascii('WAVE'), 8));
  // "BM", then the file size, then four reserved bytes that are zero.
  add('bmp', startsWith(bytes, ascii('BM')) && bytes.length >= 14 && startsWith(bytes, [0, 0, 0, 0], 6));
  add(
    'tiff',
    TIFF.some(signature => startsWith(bytes, signature))
  );
  add('ico', startsWith(bytes, ICO));
  // Some producers put a few bytes of junk before the header; readers look for it near the start.
  add('pdf', indexOf(bytes, PDF) !== -1);
  add(
    'zip',
    ZIP.some(signature => startsWith(bytes, signature))
  );
  add('ole', startsWith(bytes, OLE));
  add('rar', startsWith(bytes, RAR));
  add('7z', startsWith(bytes, SEVEN_ZIP));
  add('gzip', startsWith(bytes, GZIP));
  add(
    'iso-bmff',
    ISO_BOXES.some(box => startsWith(bytes, box, 4))
  );
  add('ebml', startsWith(bytes, EBML));
  add('ogg', startsWith(bytes, ascii('OggS')));
  add('flac', startsWith(bytes, ascii('fLaC')));
  // An ID3 tag, or an MPEG audio frame sync (11 set bits).
  add('mp3', startsWith(bytes, ascii('ID3')) || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0));
  // DER: an ASN.1 SEQUENCE with a long-form length (PKCS#12 `.pfx`, certificates).
  add('der', bytes[0] === 0x30 && (bytes[1] ?? 0) >= 0x80 && (bytes[1] ?? 0) <= 0x84);
  add('text', isText(bytes));
  return { executable: isExecutable(bytes), families, empty: false };
}

/** Reads only the first `SNIFF_BYTES` bytes of a file (never the whole file) and sniffs them. */
export async function sniffFile(file: Blob): Promise<SniffResult> {
  const head = await file.slice(0, SNIFF_BYTES).arrayBuffer();
  return sniffBytes(new Uint8Array(head));
}

/**
 * Whether a file's first bytes agree with the type its name (or, without a known extension, its MIME type) claims.
 * Programs are refused whatever they are called; a type the library cannot check by content passes.
 */
export function contentVerdict(name: string, mimeType: string, sniff: SniffResult): ContentVerdict {
  if (sniff.executable) return 'executable';
  const expected = fileTypeOf(name, mimeType)?.content;
  if (!expected) return 'ok';
  if (sniff.empty) return expected.includes('text') ? 'ok' : 'mismatch';
  return sniff.families.some(family => expected.includes(family)) ? 'ok' : 'mismatch';
}
