import { html, nothing, type TemplateResult } from 'lit';
import { extensionOf, fileTypeOf } from '../../core/attachments/file-types.js';
import type { Attachment } from '../../core/model/case.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';

/**
 * Only links that download or open a page: `http:`, `https:` and `blob:` (the local backend's files). Anything
 * else a backend might send (`javascript:`, `data:`) is not made a link.
 */
export function safeDownloadUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return ['http:', 'https:', 'blob:'].includes(parsed.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A short type people recognise ("PDF", "PNG", "Word"), from the name and the MIME type. */
export function attachmentType(attachment: Attachment): string {
  const known = fileTypeOf(attachment.name, attachment.mimeType);
  const extension = extensionOf(attachment.name).toUpperCase();
  return known?.label ?? (extension || attachment.mimeType || '?');
}

/** The files of a message: name, type and size, each a download link with a name that says all three. */
export function renderAttachments(
  localize: LocalizeController,
  attachments: readonly Attachment[],
  labelledBy?: string
): TemplateResult | typeof nothing {
  if (attachments.length === 0) return nothing;
  return html`<ul
    part="attachments"
    class="attachments"
    aria-label=${labelledBy ? nothing : localize.t('caseDetail.attachments')}
    aria-labelledby=${labelledBy ?? nothing}
  >
    ${attachments.map(attachment => {
      const type = attachmentType(attachment);
      const size = localize.bytes(attachment.size);
      const url = safeDownloadUrl(attachment.url);
      return html`<li class="attachment">
        <span class="attachment-icon" aria-hidden="true">📎</span>
        ${
          url
            ? html`<a
                class="attachment-link"
                href=${url}
                download=${attachment.name}
                target="_blank"
                rel="noopener noreferrer"
                aria-label=${localize.t('caseDetail.download', { name: attachment.name, type, size })}
                >${attachment.name}</a
              >`
            : html`<span class="attachment-name">${attachment.name}</span>`
        }
        <span class="attachment-meta">${type} · ${size}</span>
        ${url ? nothing : html`<span class="attachment-meta">(${localize.t('caseDetail.notDownloadable')})</span>`}
      </li>`;
    })}
  </ul>`;
}
