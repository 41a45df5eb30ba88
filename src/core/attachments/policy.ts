import type { AttachmentPolicy, FileKind } from '../model/form.js';
import { extensionForMime, FILE_TYPES, normalizeMime } from './file-types.js';

/** One entry of the "what you may attach" list: a whole kind (`image/*`) or a named type (`PDF`, `Word`). */
export type AcceptedType = { all: true; kind: FileKind } | { all: false; kind: FileKind; label: string };

/** The limits of a policy as data, for the line shown before the customer picks anything. */
export interface PolicySummary {
  maxFiles: number;
  maxFileBytes: number;
  /** Present only when it binds, that is when it is less than `maxFiles × maxFileBytes`. */
  maxTotalBytes?: number;
  required: boolean;
  /** True when the accept list lets any file through; `types` is then empty. */
  anyType: boolean;
  /** The accepted types in the accept list's order, without repeats (`.doc` and `.docx` give one "Word"). */
  types: AcceptedType[];
  /** Caps per kind that bind (less than `maxFiles`), in the policy's order; kinds capped at 0 are left out of `types`. */
  perKind: { kind: FileKind; max: number }[];
}

const KINDS_BY_MIME_TOP: Readonly<Record<string, FileKind>> = { image: 'image', video: 'video', audio: 'audio' };

function acceptedType(entry: string): AcceptedType | 'any' | undefined {
  const rule = entry.trim().toLowerCase();
  if (!rule) return undefined;
  if (rule === '*' || rule === '*/*') return 'any';
  if (rule.startsWith('.')) {
    const extension = rule.slice(1);
    const known = FILE_TYPES[extension];
    return { all: false, kind: known?.kind ?? 'other', label: known?.label ?? extension.toUpperCase() };
  }
  if (rule.endsWith('/*')) {
    const kind = KINDS_BY_MIME_TOP[rule.slice(0, -2)];
    if (kind) return { all: true, kind };
    return { all: false, kind: rule.startsWith('text/') ? 'document' : 'other', label: rule };
  }
  const extension = extensionForMime(normalizeMime(rule));
  if (extension) {
    const known = FILE_TYPES[extension]!;
    return { all: false, kind: known.kind, label: known.label ?? extension.toUpperCase() };
  }
  const subtype = rule.split('/')[1] ?? rule;
  return { all: false, kind: rule.startsWith('text/') ? 'document' : 'other', label: subtype.toUpperCase() };
}

/** Describes a policy's limits as data; the element turns it into one localized sentence. */
export function describePolicy(policy: AttachmentPolicy): PolicySummary {
  const closed = new Set<FileKind>();
  const perKind: PolicySummary['perKind'] = [];
  for (const [kind, max] of Object.entries(policy.perKind ?? {}) as [FileKind, number | undefined][]) {
    if (max === undefined) continue;
    if (max === 0) closed.add(kind);
    else if (max < policy.maxFiles) perKind.push({ kind, max });
  }

  let anyType = policy.accept.every(entry => !entry.trim());
  const types: AcceptedType[] = [];
  const seen = new Set<string>();
  for (const entry of policy.accept) {
    const type = acceptedType(entry);
    if (type === undefined) continue;
    if (type === 'any') {
      anyType = true;
      continue;
    }
    if (closed.has(type.kind)) continue;
    const key = type.all ? `*${type.kind}` : type.label;
    if (seen.has(key)) continue;
    seen.add(key);
    types.push(type);
  }

  const summary: PolicySummary = {
    maxFiles: policy.maxFiles,
    maxFileBytes: policy.maxFileBytes,
    required: policy.required ?? false,
    anyType,
    types: anyType ? [] : types,
    perKind
  };
  if (policy.maxTotalBytes !== undefined && policy.maxTotalBytes < policy.maxFiles * policy.maxFileBytes) {
    summary.maxTotalBytes = policy.maxTotalBytes;
  }
  return summary;
}
