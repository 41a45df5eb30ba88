import { checkFiles, type AttachmentPolicy } from '../../core/index.js';
import type { LocalMessages } from './messages.js';
import type { FileRecord } from './records.js';

/**
 * The first problem of the stored files sent with a case or comment under the form's policy (`null`: the form
 * takes no attachments), as one message for the `attachments` field; undefined when they are acceptable. The same
 * core check the attachment picker runs before upload (type, content by magic bytes, size, per-kind caps, count,
 * total), now on the stored bytes: the backend does not trust the page.
 */
export async function checkAttachments(
  policy: AttachmentPolicy | null,
  files: readonly FileRecord[],
  messages: LocalMessages
): Promise<string | undefined> {
  if (!policy) return files.length > 0 ? messages.attachmentsNotAccepted : undefined;
  if (files.length === 0) return policy.required ? messages.attachmentsRequired : undefined;
  const asFiles = files.map(file => new File([file.blob], file.name, { type: file.mimeType }));
  const [refusal] = (await checkFiles(policy, [], asFiles)).refused;
  if (!refusal) return undefined;
  const name = refusal.file.name;
  switch (refusal.rule) {
    case 'count':
      return messages.tooManyFiles(policy.maxFiles);
    case 'size':
      return messages.fileTooLarge(name, policy.maxFileBytes);
    case 'total':
      return messages.filesTooLarge(policy.maxTotalBytes ?? policy.maxFileBytes);
    case 'perKind':
      return messages.tooManyOfKind(
        messages.fileKinds[refusal.kind ?? 'other'],
        policy.perKind?.[refusal.kind ?? 'other'] ?? 0
      );
    case 'type':
    case 'content':
      return messages.fileTypeNotAccepted(name);
  }
}
