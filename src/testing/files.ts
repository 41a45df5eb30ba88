import type { AttachmentPolicy } from '../core/model/form.js';

// Tiny files of common kinds, each starting with its real magic bytes so adapters that sniff content accept them.
const SAMPLES: readonly { name: string; type: string; bytes: () => Uint8Array<ArrayBuffer> }[] = [
  { name: 'conformance.png', type: 'image/png', bytes: () => pngBytes() },
  {
    name: 'conformance.pdf',
    type: 'application/pdf',
    bytes: () => ascii('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
  },
  { name: 'conformance.txt', type: 'text/plain', bytes: () => ascii('Attached by the conformance suite.\n') }
];

function ascii(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/** A valid 1x1 transparent PNG. */
function pngBytes(): Uint8Array<ArrayBuffer> {
  const base64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
  return Uint8Array.from(atob(base64), char => char.charCodeAt(0));
}

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
  return new File([ascii('Attached by the conformance suite.\n')], name, { type: 'text/plain' });
}
