import type { AttachmentPolicy, FileKind } from '../model/form.js';
import { matchesAccept } from './accept.js';
import { fileKindOf } from './file-types.js';
import { contentVerdict, sniffFile, type ContentVerdict } from './sniff.js';

/** The rule a refused file broke. */
export type RefusalRule = 'count' | 'size' | 'total' | 'type' | 'content' | 'perKind';

export interface Refusal {
  file: File;
  rule: RefusalRule;
  /**
   * The limit broken: the number of files (`count`, `perKind`), bytes (`size`, `total`), the accept list joined by
   * commas (`type`), or what the content check found (`content`: `executable` or `mismatch`).
   */
  limit?: number | string;
  /** For `perKind`: the kind whose cap was reached. */
  kind?: FileKind;
}

/** A file the customer already has in the list (picked before, or uploaded and restored from a draft). */
export interface ExistingFile {
  name: string;
  size: number;
  mimeType: string;
  kind: FileKind;
}

export interface CheckResult {
  accepted: File[];
  refused: Refusal[];
}

/**
 * Checks files against a policy before anything is uploaded, in this order for each file: type by extension and
 * MIME (`type`), type by content, where programs and bytes that contradict the claimed type are refused
 * (`content`), size (`size`), the cap of its kind (`perKind`), the number of files (`count`), the total size
 * (`total`). Files are taken in order; a refused file does not count against the limits, so the others stay.
 * Reads only the first bytes of each file (see `sniff.ts`), all at once.
 */
export async function checkFiles(
  policy: AttachmentPolicy,
  existing: readonly ExistingFile[],
  incoming: readonly File[]
): Promise<CheckResult> {
  const typeOk = incoming.map(file => matchesAccept(policy.accept, file.name, file.type));
  const verdicts: (ContentVerdict | undefined)[] = await Promise.all(
    incoming.map(async (file, index) =>
      typeOk[index] ? contentVerdict(file.name, file.type, await sniffFile(file)) : undefined
    )
  );

  let count = existing.length;
  let total = existing.reduce((sum, file) => sum + file.size, 0);
  const perKind = new Map<FileKind, number>();
  for (const file of existing) perKind.set(file.kind, (perKind.get(file.kind) ?? 0) + 1);

  const accepted: File[] = [];
  const refused: Refusal[] = [];
  incoming.forEach((file, index) => {
    const kind = fileKindOf(file.name, file.type);
    const cap = policy.perKind?.[kind];
    const verdict = verdicts[index];
    if (!typeOk[index]) {
      refused.push({ file, rule: 'type', limit: policy.accept.join(', ') });
    } else if (verdict !== 'ok') {
      refused.push({ file, rule: 'content', limit: verdict ?? 'mismatch' });
    } else if (file.size > policy.maxFileBytes) {
      refused.push({ file, rule: 'size', limit: policy.maxFileBytes });
    } else if (cap !== undefined && (perKind.get(kind) ?? 0) >= cap) {
      refused.push({ file, rule: 'perKind', limit: cap, kind });
    } else if (count >= policy.maxFiles) {
      refused.push({ file, rule: 'count', limit: policy.maxFiles });
    } else if (policy.maxTotalBytes !== undefined && total + file.size > policy.maxTotalBytes) {
      refused.push({ file, rule: 'total', limit: policy.maxTotalBytes });
    } else {
      accepted.push(file);
      count += 1;
      total += file.size;
      perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    }
  });
  return { accepted, refused };
}
