import type { FileKind } from '../model/form.js';

/**
 * What the library knows about a file extension: its kind, its usual MIME type, the signatures its first bytes
 * must show, and a short label for the limits line. One table, so the kind, the accept check and the content check
 * never disagree about a type.
 */
export interface FileTypeInfo {
  kind: FileKind;
  mime: string;
  /** Content families its first bytes may belong to; absent when the library cannot tell by content. */
  content?: readonly ContentFamily[];
  /** Short name shown in the limits line ("PDF", "Word"); the upper-case extension when absent. */
  label?: string;
}

/** What the first bytes of a file say it is (see `sniff.ts`). */
export type ContentFamily =
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'bmp'
  | 'tiff'
  | 'ico'
  | 'pdf'
  | 'zip'
  | 'ole'
  | 'rar'
  | '7z'
  | 'gzip'
  | 'iso-bmff'
  | 'ebml'
  | 'avi'
  | 'wav'
  | 'ogg'
  | 'mp3'
  | 'flac'
  | 'der'
  | 'text';

const IMAGE_TEXT: readonly ContentFamily[] = ['text'];

export const FILE_TYPES: Readonly<Record<string, FileTypeInfo>> = {
  // Images
  png: { kind: 'image', mime: 'image/png', content: ['png'] },
  jpg: { kind: 'image', mime: 'image/jpeg', content: ['jpeg'], label: 'JPEG' },
  jpeg: { kind: 'image', mime: 'image/jpeg', content: ['jpeg'] },
  jfif: { kind: 'image', mime: 'image/jpeg', content: ['jpeg'], label: 'JPEG' },
  gif: { kind: 'image', mime: 'image/gif', content: ['gif'] },
  webp: { kind: 'image', mime: 'image/webp', content: ['webp'] },
  bmp: { kind: 'image', mime: 'image/bmp', content: ['bmp'] },
  tif: { kind: 'image', mime: 'image/tiff', content: ['tiff'], label: 'TIFF' },
  tiff: { kind: 'image', mime: 'image/tiff', content: ['tiff'] },
  ico: { kind: 'image', mime: 'image/x-icon', content: ['ico'] },
  svg: { kind: 'image', mime: 'image/svg+xml', content: IMAGE_TEXT },
  heic: { kind: 'image', mime: 'image/heic', content: ['iso-bmff'] },
  heif: { kind: 'image', mime: 'image/heif', content: ['iso-bmff'] },
  avif: { kind: 'image', mime: 'image/avif', content: ['iso-bmff'] },
  // Video
  mp4: { kind: 'video', mime: 'video/mp4', content: ['iso-bmff'] },
  m4v: { kind: 'video', mime: 'video/x-m4v', content: ['iso-bmff'] },
  mov: { kind: 'video', mime: 'video/quicktime', content: ['iso-bmff'] },
  '3gp': { kind: 'video', mime: 'video/3gpp', content: ['iso-bmff'] },
  mkv: { kind: 'video', mime: 'video/x-matroska', content: ['ebml'] },
  webm: { kind: 'video', mime: 'video/webm', content: ['ebml'] },
  avi: { kind: 'video', mime: 'video/x-msvideo', content: ['avi'] },
  // Audio
  mp3: { kind: 'audio', mime: 'audio/mpeg', content: ['mp3'] },
  m4a: { kind: 'audio', mime: 'audio/mp4', content: ['iso-bmff'] },
  wav: { kind: 'audio', mime: 'audio/wav', content: ['wav'] },
  ogg: { kind: 'audio', mime: 'audio/ogg', content: ['ogg'] },
  oga: { kind: 'audio', mime: 'audio/ogg', content: ['ogg'] },
  flac: { kind: 'audio', mime: 'audio/flac', content: ['flac'] },
  // Documents. Old Office formats are OLE containers, but many web apps export HTML or XML "spreadsheets" and
  // RTF "documents" under those names, so text is accepted for them too (text is never executable; `#!` still is).
  pdf: { kind: 'document', mime: 'application/pdf', content: ['pdf'] },
  doc: { kind: 'document', mime: 'application/msword', content: ['ole', 'text'], label: 'Word' },
  docx: {
    kind: 'document',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    content: ['zip'],
    label: 'Word'
  },
  xls: { kind: 'document', mime: 'application/vnd.ms-excel', content: ['ole', 'text'], label: 'Excel' },
  xlsx: {
    kind: 'document',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: ['zip'],
    label: 'Excel'
  },
  ppt: { kind: 'document', mime: 'application/vnd.ms-powerpoint', content: ['ole'], label: 'PowerPoint' },
  pptx: {
    kind: 'document',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    content: ['zip'],
    label: 'PowerPoint'
  },
  odt: { kind: 'document', mime: 'application/vnd.oasis.opendocument.text', content: ['zip'] },
  ods: { kind: 'document', mime: 'application/vnd.oasis.opendocument.spreadsheet', content: ['zip'] },
  odp: { kind: 'document', mime: 'application/vnd.oasis.opendocument.presentation', content: ['zip'] },
  rtf: { kind: 'document', mime: 'application/rtf', content: ['text'] },
  txt: { kind: 'document', mime: 'text/plain', content: ['text'] },
  log: { kind: 'document', mime: 'text/plain', content: ['text'] },
  md: { kind: 'document', mime: 'text/markdown', content: ['text'] },
  csv: { kind: 'document', mime: 'text/csv', content: ['text'] },
  tsv: { kind: 'document', mime: 'text/tab-separated-values', content: ['text'] },
  json: { kind: 'document', mime: 'application/json', content: ['text'] },
  xml: { kind: 'document', mime: 'application/xml', content: ['text'] },
  // Archives
  zip: { kind: 'archive', mime: 'application/zip', content: ['zip'] },
  rar: { kind: 'archive', mime: 'application/vnd.rar', content: ['rar'] },
  '7z': { kind: 'archive', mime: 'application/x-7z-compressed', content: ['7z'] },
  gz: { kind: 'archive', mime: 'application/gzip', content: ['gzip'] },
  tgz: { kind: 'archive', mime: 'application/gzip', content: ['gzip'] },
  // Certificates (PKCS#12 is DER: an ASN.1 SEQUENCE)
  pfx: { kind: 'other', mime: 'application/x-pkcs12', content: ['der'] },
  p12: { kind: 'other', mime: 'application/x-pkcs12', content: ['der'] }
};

/** The lower-case extension without its dot (`Informe.PDF` gives `pdf`), or '' when the name has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return '';
  return name.slice(dot + 1).toLowerCase();
}

const MIME_TO_EXTENSION: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(FILE_TYPES)
    .reverse()
    .map(([extension, info]) => [info.mime, extension])
);

/** The table entry for a file: by its extension, else by its MIME type. */
export function fileTypeOf(name: string, mimeType: string): FileTypeInfo | undefined {
  const byExtension = FILE_TYPES[extensionOf(name)];
  if (byExtension) return byExtension;
  const extension = MIME_TO_EXTENSION[normalizeMime(mimeType)];
  return extension ? FILE_TYPES[extension] : undefined;
}

/** The extension usually written for a MIME type (`application/pdf` gives `pdf`). */
export function extensionForMime(mimeType: string): string | undefined {
  return MIME_TO_EXTENSION[normalizeMime(mimeType)];
}

export function normalizeMime(mimeType: string): string {
  return mimeType.split(';')[0]!.trim().toLowerCase();
}

/**
 * The MIME type to judge a file by: the browser's, or the usual one for its extension when the browser gave none
 * (Chromium leaves `type` empty for `.mkv`, `.heic`, `.rar` on many systems).
 */
export function effectiveMimeType(name: string, mimeType: string): string {
  const given = normalizeMime(mimeType);
  if (given) return given;
  return FILE_TYPES[extensionOf(name)]?.mime ?? '';
}

/** What kind of file this is, by its extension first (what the customer sees), then by its MIME type. */
export function fileKindOf(name: string, mimeType: string): FileKind {
  const known = FILE_TYPES[extensionOf(name)];
  if (known) return known.kind;
  const mime = normalizeMime(mimeType);
  const top = mime.split('/')[0];
  if (top === 'image' || top === 'video' || top === 'audio') return top;
  const byMime = extensionForMime(mime);
  if (byMime) return FILE_TYPES[byMime]!.kind;
  if (top === 'text') return 'document';
  return 'other';
}
