import {
  HelpDeskError,
  isHelpDeskError,
  type Attachment,
  type FileReference,
  type UploadOptions
} from '../../core/index.js';
import { API, type CallContext } from './client.js';
import type { JiraContext } from './context.js';
import type { AttachmentDto } from './schemas.js';

// Files go to Jira in two steps: `attachTemporaryFile` (multipart, part `file`) keeps them on a service desk and gives
// a temporary attachment id; a create (`requestFieldValues.attachment`) or `POST /request/{key}/attachment` then
// attaches them. Temporary files belong to one desk and expire, and each is attached once, so the adapter keeps the
// File of every upload of this page: a reference used on another desk, used twice, or expired is sent again.

const PREFIX = 'jsm-temp:';

interface Held {
  file: File;
  serviceDeskId: string;
  temporaryId: string;
  used: boolean;
}

function parseReference(id: string): { serviceDeskId: string; temporaryId: string } | undefined {
  if (!id.startsWith(PREFIX)) return undefined;
  const [serviceDeskId, temporaryId] = id.slice(PREFIX.length).split(':');
  return serviceDeskId && temporaryId ? { serviceDeskId, temporaryId } : undefined;
}

export class JiraUploads {
  readonly #held = new Map<string, Held>();

  constructor(private readonly ctx: JiraContext) {}

  async upload(file: File, options: UploadOptions = {}): Promise<FileReference> {
    if (!(file instanceof Blob)) {
      throw new HelpDeskError('invalid', 'Not a file.', { fieldErrors: { attachments: 'Not a file.' } });
    }
    await this.ctx.client.requireSession();
    const serviceDeskId = await this.ctx.uploadServiceDeskId(options);
    const temporaryId = await this.ctx.client.uploadTemporary(serviceDeskId, file, options);
    const id = `${PREFIX}${serviceDeskId}:${temporaryId}`;
    this.#held.set(id, { file, serviceDeskId, temporaryId, used: false });
    return {
      id,
      name: file.name,
      size: file.size,
      mimeType: file.type || 'application/octet-stream'
    };
  }

  /**
   * Sends `references` as temporary attachment ids of `serviceDeskId`. When Jira refuses them (they expired, or an
   * administrator cleared them) and every file is still held here, they are uploaded again and sent once more.
   */
  async send<T>(
    references: readonly FileReference[],
    serviceDeskId: string,
    call: CallContext,
    send: (temporaryIds: string[]) => Promise<T>
  ): Promise<T> {
    const ids = await this.temporaryIds(references, serviceDeskId, call);
    try {
      return await send(ids);
    } catch (error) {
      const held = references.every(reference => this.#held.has(reference.id));
      if (references.length === 0 || !held || !isHelpDeskError(error, 'invalid')) throw error;
      return send(await this.temporaryIds(references, serviceDeskId, call, true));
    }
  }

  /** Temporary attachment ids on `serviceDeskId` for these references, uploading again where needed (or `fresh`). */
  async temporaryIds(
    references: readonly FileReference[],
    serviceDeskId: string,
    call: CallContext,
    fresh = false
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const reference of references) {
      const held = this.#held.get(reference.id);
      const parsed = parseReference(String(reference.id));
      if (!parsed) {
        throw new HelpDeskError('invalid', `"${reference.name}" was not uploaded to this help desk.`, {
          fieldErrors: { attachments: `Upload "${reference.name}" again.` }
        });
      }
      if (held && (fresh || held.used || held.serviceDeskId !== serviceDeskId)) {
        ids.push(await this.ctx.client.uploadTemporary(serviceDeskId, held.file, call));
        continue;
      }
      if (!held && parsed.serviceDeskId !== serviceDeskId) {
        throw new HelpDeskError('invalid', `"${reference.name}" was uploaded for another service desk.`, {
          fieldErrors: { attachments: `Upload "${reference.name}" again.` }
        });
      }
      if (held) held.used = true;
      ids.push(parsed.temporaryId);
    }
    return ids;
  }
}

/** Jira's attachment id: the number in its REST or content link (AttachmentDTO has no id property). */
function attachmentIdOf(dto: AttachmentDto): string | undefined {
  for (const link of [dto._links?.jiraRest, dto._links?.content, dto._links?.self]) {
    const found = link ? /\/attachment\/(\d+)/.exec(link) : null;
    if (found) return found[1];
  }
  return undefined;
}

/**
 * An attachment of a request or comment. Its download URL goes through the proxy
 * (`GET rest/servicedeskapi/request/{key}/attachment/{id}`): Jira's own links need a Jira session.
 */
export function mapAttachment(ctx: JiraContext, issueKey: string, dto: AttachmentDto, index: number): Attachment {
  const id = attachmentIdOf(dto);
  const name = dto.filename ?? `attachment-${index + 1}`;
  const url = id
    ? new URL(
        `${API}request/${encodeURIComponent(issueKey)}/attachment/${encodeURIComponent(id)}`,
        ctx.client.resolved.baseUrl
      ).href
    : undefined;
  return {
    id: id ?? `${issueKey}:${name}:${index}`,
    name,
    size: Math.max(0, Math.round(dto.size ?? 0)),
    mimeType: dto.mimeType ?? 'application/octet-stream',
    ...(url ? { url } : {})
  };
}
