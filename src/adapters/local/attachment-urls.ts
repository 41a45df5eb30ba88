import type { Attachment } from '../../core/index.js';
import type { LocalDatabase } from './database.js';

/**
 * Object URLs for stored files, made lazily: only when a case or comment that carries the file is read, once per
 * file for the adapter's lifetime, and all revoked by `close()` / `reset()`. Lists of cases carry no URLs, so
 * paging through 10,000 cases never touches a Blob.
 */
export class AttachmentUrls {
  private readonly urls = new Map<string, string>();

  async withUrls(db: LocalDatabase, attachments: readonly Attachment[]): Promise<Attachment[]> {
    const missing = attachments.filter(attachment => !this.urls.has(attachment.id));
    if (missing.length > 0) {
      const files = db.transaction('files').store;
      for (const { id } of missing) {
        const file = await files.get(id);
        if (file && !this.urls.has(id)) this.urls.set(id, URL.createObjectURL(file.blob));
      }
    }
    return attachments.map(attachment => {
      const url = this.urls.get(attachment.id);
      return url === undefined ? { ...attachment } : { ...attachment, url };
    });
  }

  revokeAll(): void {
    for (const url of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
  }
}
