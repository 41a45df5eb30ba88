import { effectiveMimeType, FileReference, type Attachment, type UploadOptions } from '../../core/index.js';
import { checked } from './checked.js';
import type { LocalContext } from './context.js';
import type { LocalDatabase } from './database.js';
import { invalid } from './errors.js';
import type { FileRecord, UserRecord } from './records.js';
import { requireUser } from './sessions.js';
import { randomId } from './tokens.js';

/**
 * Stores a file in IndexedDB for a case or comment the user is about to send. The per-form limits are checked when
 * the file is used; here only the largest size any form accepts, so nobody fills the browser's storage.
 */
export async function uploadAttachment(
  ctx: LocalContext,
  file: File,
  options: UploadOptions = {}
): Promise<FileReference> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const user = await requireUser(ctx);
  const { db, catalog } = await ctx.state();
  if (!(file instanceof Blob)) throw invalid('Not a file.', { attachments: 'Not a file.' });
  const limits = catalog.forms.flatMap(form => (form.attachments ? [form.attachments.maxFileBytes] : []));
  if (limits.length === 0) {
    throw invalid('No form takes attachments.', { attachments: ctx.messages.attachmentsNotAccepted });
  }
  const name = file.name || 'file';
  const maxBytes = Math.max(...limits);
  if (file.size > maxBytes) {
    throw invalid('The file is too large.', { attachments: ctx.messages.fileTooLarge(name, maxBytes) });
  }

  const record: FileRecord = {
    id: randomId(),
    ownerId: user.id,
    name,
    size: file.size,
    mimeType: effectiveMimeType(name, file.type) || 'application/octet-stream',
    blob: file,
    createdAt: ctx.now().toISOString()
  };
  onProgress?.(0, record.size);
  const tx = db.transaction('files', 'readwrite');
  const abort = () => tx.abort();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    await Promise.all([tx.store.put(record), tx.done]);
  } catch (error) {
    // Aborting the transaction stores nothing; report the caller's abort rather than IndexedDB's.
    signal?.throwIfAborted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
  onProgress?.(record.size, record.size);
  return checked(FileReference, { id: record.id, name, size: record.size, mimeType: record.mimeType }, 'file');
}

/**
 * The stored files behind references sent with a case or comment, in order. References to files that do not exist
 * or belong to someone else are refused as a whole (`invalid` on `attachments`), never half-used.
 */
export async function ownedFiles(
  ctx: LocalContext,
  db: LocalDatabase,
  user: UserRecord,
  references: readonly FileReference[] | undefined
): Promise<FileRecord[]> {
  if (references !== undefined && !Array.isArray(references)) {
    throw invalid('Attachments must be a list.', { attachments: ctx.messages.unknownFile });
  }
  const tx = db.transaction('files');
  const files: FileRecord[] = [];
  for (const reference of references ?? []) {
    const file = typeof reference?.id === 'string' ? await tx.store.get(reference.id) : undefined;
    if (!file || file.ownerId !== user.id) {
      throw invalid('An attachment is unknown.', { attachments: ctx.messages.unknownFile });
    }
    files.push(file);
  }
  return files;
}

export function toAttachment(file: FileRecord): Attachment {
  return { id: file.id, name: file.name, size: file.size, mimeType: file.mimeType };
}
